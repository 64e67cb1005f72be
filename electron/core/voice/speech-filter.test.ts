import { describe, expect, it } from "vitest";
import { energyGate, filterTranscript, HALLUCINATIONS } from "./speech-filter.ts";
import type { PcmAudio } from "./wav.ts";

function tone(ms: number, amplitude: number, silenceMs = 0): PcmAudio {
  const rate = 16000;
  const n = Math.round((rate * ms) / 1000);
  const pad = Math.round((rate * silenceMs) / 1000);
  const samples = new Int16Array(n + 2 * pad);
  for (let i = 0; i < n; i++) samples[pad + i] = Math.round(amplitude * 32767 * Math.sin((2 * Math.PI * 220 * i) / rate));
  return { sampleRate: rate, channels: 1, bitsPerSample: 16, samples, durationMs: (samples.length / rate) * 1000 };
}

describe("energyGate", () => {
  const rows: { name: string; pcm: PcmAudio; ok: boolean; reason?: string }[] = [
    { name: "a clear second of voice", pcm: tone(1000, 0.3), ok: true },
    { name: "150 ms click", pcm: tone(150, 0.5), ok: false, reason: "too-short" },
    { name: "long but near-silent", pcm: tone(1500, 0.003), ok: false, reason: "too-quiet" },
    { name: "200 ms of voice in 1.2 s of silence", pcm: tone(200, 0.4, 500), ok: false, reason: "too-quiet" },
    { name: "400 ms of voice padded with silence", pcm: tone(400, 0.2, 400), ok: true },
    { name: "empty", pcm: tone(0, 0), ok: false, reason: "too-short" },
  ];
  for (const r of rows) {
    it(r.name, () => {
      const v = energyGate(r.pcm);
      expect(v.ok).toBe(r.ok);
      if (!v.ok) expect(v.reason).toBe(r.reason);
    });
  }
});

describe("filterTranscript", () => {
  const rows: { text: string; want: string | null }[] = [
    { text: "시청해 주셔서 감사합니다.", want: null },
    { text: "시청해주셔서 감사합니다!", want: null },
    { text: "MBC 뉴스 김성현입니다.", want: null },
    { text: "MBC 뉴스", want: null },
    { text: "구독과 좋아요 부탁드립니다", want: null },
    { text: "Thanks for watching!", want: null },
    { text: "Thank you for watching.", want: null },
    { text: "Subtitles by the Amara.org community", want: null },
    { text: "You", want: null },
    { text: "♪♪", want: null },
    { text: "[Music]", want: null },
    { text: "(음악)", want: null },
    { text: "...", want: null },
    { text: "   ", want: null },
    { text: "아이스 아메리카노 두 잔 주세요. 시청해 주셔서 감사합니다.", want: "아이스 아메리카노 두 잔 주세요." },
    { text: "Two lattes please, thanks for watching", want: "Two lattes please" },
    { text: "MBC 뉴스 카페라떼 한 잔이요", want: "카페라떼 한 잔이요" },
    { text: "감사합니다", want: "감사합니다" },
    { text: "Thank you", want: "Thank you" },
    { text: "you know, one latte", want: "you know, one latte" },
    { text: "아이스 아메리카노 두 잔 주세요", want: "아이스 아메리카노 두 잔 주세요" },
    { text: "구독 말고 포장이요", want: "구독 말고 포장이요" },
  ];
  for (const r of rows) {
    it(JSON.stringify(r.text), () => {
      const v = filterTranscript(r.text);
      if (r.want === null) expect(v.ok).toBe(false);
      else expect(v).toEqual({ ok: true, text: r.want });
    });
  }

  it("drops every phrase of its own table", () => {
    for (const p of HALLUCINATIONS) expect(filterTranscript(p).ok, p).toBe(false);
  });
});
