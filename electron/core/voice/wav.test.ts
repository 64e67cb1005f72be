import { describe, expect, it } from "vitest";
import { encodeWav, parseSpeechWav, parseWav, toMono16k, WavError } from "./wav.ts";
import { bytesToBase64, base64ToBytes, encodeSpeechWav } from "../../../renderer/voice/wav-encode.ts";

function ramp(n: number): Int16Array {
  return Int16Array.from({ length: n }, (_, i) => (i * 97) % 65536 - 32768);
}

describe("WAV", () => {
  it("round-trips 16 kHz mono PCM16", () => {
    const samples = ramp(16000);
    const pcm = parseSpeechWav(encodeWav(samples));
    expect(pcm.sampleRate).toBe(16000);
    expect(pcm.channels).toBe(1);
    expect(pcm.durationMs).toBe(1000);
    expect(Array.from(pcm.samples)).toEqual(Array.from(samples));
  });

  it("parses what the screen's encoder writes (Float32 -> PCM16 WAV -> base64)", () => {
    const floats = Float32Array.from({ length: 8000 }, (_, i) => Math.sin(i / 10) * 0.5);
    floats[0] = 1.5; // clipped
    floats[1] = -1;
    const bytes = base64ToBytes(bytesToBase64(encodeSpeechWav(floats)));
    const pcm = parseSpeechWav(bytes);
    expect(pcm.durationMs).toBe(500);
    expect(pcm.samples[0]).toBe(32767);
    expect(pcm.samples[1]).toBe(-32768);
    expect(pcm.samples[100]! / 32767).toBeCloseTo(Math.sin(10) * 0.5, 3);
  });

  it("skips unknown chunks and accepts streamed sizes (espeak-ng writing to a pipe)", () => {
    const base = encodeWav(ramp(100), 22050);
    const list = new Uint8Array([...new TextEncoder().encode("LIST"), 3, 0, 0, 0, 1, 2, 3, 0]);
    const withList = new Uint8Array([...base.slice(0, 36), ...list, ...base.slice(36)]);
    new DataView(withList.buffer).setUint32(36 + list.length + 4, 0xffffffff, true);
    const pcm = parseWav(withList);
    expect(pcm.sampleRate).toBe(22050);
    expect(pcm.samples.length).toBe(100);
  });

  const bad: { name: string; bytes: Uint8Array; code: WavError["code"] }[] = [
    { name: "empty", bytes: new Uint8Array(), code: "not-wav" },
    { name: "text", bytes: new TextEncoder().encode("hello, I am not audio at all"), code: "not-wav" },
    { name: "header only", bytes: encodeWav(new Int16Array()).slice(0, 12), code: "no-format" },
    { name: "8 kHz", bytes: encodeWav(ramp(10), 8000), code: "wrong-rate" },
    { name: "stereo", bytes: encodeWav(ramp(10), 16000, 2), code: "not-mono" },
    {
      name: "float32",
      bytes: (() => {
        const b = encodeWav(ramp(10));
        new DataView(b.buffer).setUint16(20, 3, true);
        new DataView(b.buffer).setUint16(34, 32, true);
        return b;
      })(),
      code: "unsupported-format",
    },
  ];
  for (const b of bad) {
    it(`refuses ${b.name} with a clear error`, () => {
      try {
        parseSpeechWav(b.bytes);
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(WavError);
        expect((err as WavError).code).toBe(b.code);
        expect((err as WavError).message.length).toBeGreaterThan(5);
      }
    });
  }

  it("resamples 22.05 kHz stereo to 16 kHz mono", () => {
    const frames = 22050;
    const st = new Int16Array(frames * 2);
    for (let i = 0; i < frames; i++) {
      st[2 * i] = 1000;
      st[2 * i + 1] = 3000;
    }
    const mono = toMono16k(parseWav(encodeWav(st, 22050, 2)));
    expect(mono.length).toBe(16000);
    expect(mono[500]).toBe(2000);
  });
});
