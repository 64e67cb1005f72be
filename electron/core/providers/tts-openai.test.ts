import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { OpenAITextToSpeech } from "./tts-openai.ts";
import { EspeakTextToSpeech, espeakAvailable } from "./tts-espeak.ts";
import { testEspeak } from "../../../test-support/espeak/index.ts";
import { FallbackTextToSpeech } from "./tts-fallback.ts";
import { parseWav } from "../voice/wav.ts";
import { startAudioFake, type RunningAudioFake } from "../../../test-support/fake-openai/audio-server.ts";

let fake: RunningAudioFake;
beforeAll(async () => {
  fake = await startAudioFake();
});
afterAll(() => fake.close());
beforeEach(() => fake.audio.reset());

const tts = (extra: Partial<ConstructorParameters<typeof OpenAITextToSpeech>[0]> = {}) =>
  new OpenAITextToSpeech({ apiKey: "test-key", baseURL: fake.baseURL, retry: { backoffMs: 10, attemptTimeoutMs: 8000, budgetMs: 20000 }, ...extra });

describe("OpenAITextToSpeech against the fake server", () => {
  it("sends model, voice, format and text; returns the streamed mp3 bytes", async () => {
    let firstByte = 0;
    const out = await tts({ model: "gpt-4o-mini-tts", voice: "coral", instructions: "warm, brisk café staff" }).synthesize("아이스 아메리카노 두 잔 담았어요.", {
      lang: "ko",
      signal: new AbortController().signal,
      onFirstByte: () => firstByte++,
    });
    expect(fake.audio.speeches[0]).toMatchObject({ model: "gpt-4o-mini-tts", voice: "coral", input: "아이스 아메리카노 두 잔 담았어요.", responseFormat: "mp3", instructions: "warm, brisk café staff" });
    expect(out.mime).toBe("audio/mpeg");
    expect(out.provider).toBe("openai-tts");
    // An MPEG audio frame sync (or an ID3 tag) at the start.
    expect(out.audio[0] === 0xff || String.fromCharCode(...out.audio.subarray(0, 3)) === "ID3").toBe(true);
    expect(out.audio.length).toBeGreaterThan(1000);
    expect(firstByte).toBe(1);
  });

  it("returns WAV when asked for wav", async () => {
    const out = await tts({ format: "wav" }).synthesize("Two lattes.", { lang: "en", signal: new AbortController().signal });
    expect(out.mime).toBe("audio/wav");
    expect(parseWav(out.audio).durationMs).toBeGreaterThan(300);
    expect(fake.audio.speeches[0]).toMatchObject({ model: "gpt-4o-mini-tts", voice: "alloy", responseFormat: "wav" });
    expect(fake.audio.speeches[0]!.instructions).toBeUndefined();
  });

  it("retries a 500 once", async () => {
    fake.audio.speechReply({ status: 500 });
    const out = await tts({ format: "wav" }).synthesize("Okay.", { lang: "en", signal: new AbortController().signal });
    expect(out.audio.length).toBeGreaterThan(44);
    expect(fake.audio.speeches).toHaveLength(2);
  });

  it("aborting mid-stream closes the response", async () => {
    fake.audio.speechReply({ hang: true });
    const turn = new AbortController();
    const p = tts().synthesize("Hello.", { lang: "en", signal: turn.signal });
    await waitFor(() => fake.audio.openSpeechResponses === 1);
    turn.abort(new Error("barge-in"));
    await expect(p).rejects.toThrow("barge-in");
    await waitFor(() => fake.audio.openSpeechResponses === 0);
  });

  it("falls back to espeak-ng when the service keeps failing", async () => {
    // The machine's espeak-ng, else its WebAssembly build behind the same command line.
    const command = testEspeak();
    expect(await espeakAvailable(command)).toBe(true);
    fake.audio.speechReply({ status: 503 }, { status: 503 });
    let fellBack: unknown;
    const voice = new FallbackTextToSpeech(tts({ retry: { maxAttempts: 2, backoffMs: 10, budgetMs: 20000, attemptTimeoutMs: 8000 } }), new EspeakTextToSpeech({ command }), (e) => (fellBack = e));
    const out = await voice.synthesize("네, 담았어요.", { lang: "ko", signal: new AbortController().signal });
    expect(out.provider).toBe("espeak-ng");
    expect(out.mime).toBe("audio/wav");
    expect(String(fellBack)).toMatch(/503/);
  });
});

describe("EspeakTextToSpeech", () => {
  it("speaks Korean and English as WAV", async () => {
    const voice = new EspeakTextToSpeech({ command: testEspeak() });
    for (const [lang, text] of [
      ["ko", "아이스 아메리카노 두 잔 주세요"],
      ["en", "-two lattes, please"],
    ] as const) {
      const out = await voice.synthesize(text, { lang, signal: new AbortController().signal });
      const pcm = parseWav(out.audio);
      expect(pcm.durationMs, lang).toBeGreaterThan(500);
    }
  });

  it("an abort kills the process", async () => {
    const turn = new AbortController();
    const p = new EspeakTextToSpeech({ command: testEspeak() }).synthesize("아주 긴 문장입니다. ".repeat(200), { lang: "ko", signal: turn.signal });
    setTimeout(() => turn.abort(new Error("stop")), 30);
    await expect(p).rejects.toThrow("stop");
  });

  it("a missing executable is a clear error", async () => {
    await expect(new EspeakTextToSpeech({ command: "/nonexistent/espeak" }).synthesize("hi", { lang: "en", signal: new AbortController().signal })).rejects.toThrow(/could not start/);
    expect(await espeakAvailable("/nonexistent/espeak")).toBe(false);
  });
});

async function waitFor(cond: () => boolean, ms = 15000): Promise<void> {
  const end = performance.now() + ms;
  while (!cond()) {
    if (performance.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}
