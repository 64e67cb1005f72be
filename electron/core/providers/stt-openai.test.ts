import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OpenAISpeechToText } from "./stt-openai.ts";
import { RetriesExhaustedError } from "./retry.ts";
import { encodeWav } from "../voice/wav.ts";
import { startAudioFake, type RunningAudioFake } from "../../../test-support/fake-openai/audio-server.ts";

let fake: RunningAudioFake;
beforeAll(async () => {
  fake = await startAudioFake();
});
afterAll(() => fake.close());
beforeEach(() => fake.audio.reset());

/** 1.2 s of a 200 Hz tone at 16 kHz: a valid speech segment. */
function segment(): Uint8Array {
  return encodeWav(Int16Array.from({ length: 19200 }, (_, i) => Math.round(8000 * Math.sin((2 * Math.PI * 200 * i) / 16000))));
}

const stt = (extra: Partial<ConstructorParameters<typeof OpenAISpeechToText>[0]> = {}) =>
  new OpenAISpeechToText({ apiKey: "test-key", baseURL: fake.baseURL, retry: { backoffMs: 10, attemptTimeoutMs: 8000, budgetMs: 20000 }, ...extra });

describe("OpenAISpeechToText against the fake server", () => {
  it("uploads the WAV as multipart with model, language and prompt", async () => {
    fake.audio.reply({ text: "아이스 아메리카노 두 잔 주세요" });
    const out = await stt({ model: "gpt-4o-transcribe" }).transcribe(segment(), { lang: "ko", prompt: "메뉴: 아이스 아메리카노, 카페 라떼", signal: new AbortController().signal });
    expect(out).toEqual({ text: "아이스 아메리카노 두 잔 주세요" });
    const req = fake.audio.transcriptions[0]!;
    expect(req.model).toBe("gpt-4o-transcribe");
    expect(req.language).toBe("ko");
    expect(req.prompt).toBe("메뉴: 아이스 아메리카노, 카페 라떼");
    expect(req.responseFormat).toBe("json");
    expect(req.fileName).toBe("speech.wav");
    expect(req.wav).toMatchObject({ sampleRate: 16000, channels: 1, durationMs: 1200 });
  });

  it("uses a current transcription model by default and can leave the language to the model", async () => {
    fake.audio.reply({ text: "two lattes" });
    await stt({ languageHint: false }).transcribe(segment(), { lang: "ko", signal: new AbortController().signal });
    expect(fake.audio.transcriptions[0]).toMatchObject({ model: "gpt-4o-mini-transcribe", language: undefined, prompt: undefined });
  });

  it("asks whisper-1 for verbose_json and reports the language it heard", async () => {
    fake.audio.reply({ text: "two lattes please", language: "english" });
    const out = await stt({ model: "whisper-1" }).transcribe(segment(), { signal: new AbortController().signal });
    expect(out).toEqual({ text: "two lattes please", lang: "en" });
    expect(fake.audio.transcriptions[0]!.responseFormat).toBe("verbose_json");
  });

  it("retries 429 and 500 and then answers", async () => {
    fake.audio.reply({ status: 429 }, { status: 500 }, { text: "라떼 한 잔" });
    const out = await stt().transcribe(segment(), { signal: new AbortController().signal });
    expect(out.text).toBe("라떼 한 잔");
    expect(fake.audio.transcriptions).toHaveLength(3);
  });

  it("gives up after its attempts with the last failure", async () => {
    fake.audio.reply({ status: 500 }, { status: 502 }, { status: 503 }, { text: "never reached" });
    const err = await stt()
      .transcribe(segment(), { signal: new AbortController().signal })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetriesExhaustedError);
    expect((err as Error).message).toMatch(/503/);
    expect(fake.audio.transcriptions).toHaveLength(3);
  });

  it("does not retry a 400 (a broken file stays broken)", async () => {
    const err = await stt()
      .transcribe(new TextEncoder().encode("not audio"), { signal: new AbortController().signal })
      .catch((e: unknown) => e);
    expect((err as { status?: number }).status).toBe(400);
    expect(fake.audio.transcriptions).toHaveLength(1);
  });

  it("times out a hanging request and retries within the budget", async () => {
    fake.audio.reply({ hang: true }, { text: "치즈케이크 하나" });
    const started = performance.now();
    const out = await stt({ retry: { attemptTimeoutMs: 300, budgetMs: 10000, backoffMs: 10 } }).transcribe(segment(), { signal: new AbortController().signal });
    expect(out.text).toBe("치즈케이크 하나");
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(performance.now() - started).toBeLessThan(9000);
  });

  it("aborting the turn cancels the request on the wire", async () => {
    fake.audio.reply({ hang: true });
    const turn = new AbortController();
    const p = stt().transcribe(segment(), { signal: turn.signal });
    await waitFor(() => fake.audio.transcriptions.length === 1);
    turn.abort(new Error("barge-in"));
    await expect(p).rejects.toThrow("barge-in");
    await waitFor(() => fake.audio.abortedTranscriptions === 1);
    expect(fake.audio.transcriptions).toHaveLength(1); // no retry after an abort
  });
});

async function waitFor(cond: () => boolean, ms = 15000): Promise<void> {
  const end = performance.now() + ms;
  while (!cond()) {
    if (performance.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}
