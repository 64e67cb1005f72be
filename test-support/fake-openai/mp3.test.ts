import { describe, expect, it } from "vitest";
import { encodeWav } from "../../electron/core/voice/wav.ts";
import { mp3Chunks, wavToMp3 } from "./mp3.ts";

const concatAll = (parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

/** MPEG-1/2/2.5 Layer III frames: the sample rate and bitrate of each, walking the headers. */
function frames(mp3: Uint8Array): { rate: number; kbps: number }[] {
  const rates = [44100, 48000, 32000];
  const mpeg2 = [22050, 24000, 16000];
  const mpeg25 = [11025, 12000, 8000];
  const kbps1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
  const kbps2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
  const out: { rate: number; kbps: number }[] = [];
  let at = 0;
  while (at + 4 <= mp3.length) {
    if (mp3[at] !== 0xff || (mp3[at + 1]! & 0xe0) !== 0xe0) throw new Error(`no frame sync at ${at}`);
    const version = (mp3[at + 1]! >> 3) & 3; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
    const v1 = version === 3;
    const kbps = (v1 ? kbps1 : kbps2)[mp3[at + 2]! >> 4]!;
    const rate = (v1 ? rates : version === 2 ? mpeg2 : mpeg25)[(mp3[at + 2]! >> 2) & 3]!;
    const pad = (mp3[at + 2]! >> 1) & 1;
    out.push({ rate, kbps });
    at += Math.floor(((v1 ? 144 : 72) * kbps * 1000) / rate) + pad;
  }
  return out;
}

describe("wavToMp3", () => {
  it.each([
    ["espeak's 22.05 kHz mono", 22050, 1, 64],
    ["16 kHz mono", 16000, 1, 64],
    ["44.1 kHz stereo", 44100, 2, 128],
  ])("%s becomes whole MP3 frames of the same rate and length", (_name, rate, channels, kbps) => {
    const seconds = 1.5;
    const n = Math.round(rate * seconds);
    const samples = new Int16Array(n * channels);
    for (let i = 0; i < n; i++) for (let c = 0; c < channels; c++) samples[i * channels + c] = Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate));
    const mp3 = wavToMp3(encodeWav(samples, rate, channels), kbps);
    const fs = frames(mp3);
    expect(new Set(fs.map((f) => f.rate))).toEqual(new Set([rate]));
    expect(new Set(fs.map((f) => f.kbps))).toEqual(new Set([kbps]));
    const perFrame = rate >= 32000 ? 1152 : 576;
    const duration = (fs.length * perFrame) / rate;
    expect(duration).toBeGreaterThanOrEqual(seconds);
    expect(duration).toBeLessThan(seconds + 0.2); // encoder delay and padding only
  });

  it("halves the rate when asked (espeak's 22.05 kHz as 11.025 kHz MPEG-2.5), same length", () => {
    const rate = 22050;
    const samples = new Int16Array(rate * 2).map((_, i) => Math.round(8000 * Math.sin((2 * Math.PI * 300 * i) / rate)));
    const fs = frames(concatAll([...mp3Chunks(encodeWav(samples, rate, 1), 32, 500, { halveRate: true })]));
    expect(new Set(fs.map((f) => f.rate))).toEqual(new Set([11025]));
    const duration = (fs.length * 576) / 11025;
    expect(duration).toBeGreaterThanOrEqual(2);
    expect(duration).toBeLessThan(2.2);
  });

  it("refuses what is not a WAV", () => {
    expect(() => wavToMp3(new TextEncoder().encode("not audio"))).toThrow();
  });
});
