// The whole voice loop in Chromium: speech made with espeak-ng at test time plays as
// the fake microphone → vad-web (Silero v5, served by the kiosk) → 16 kHz WAV over
// the WebSocket → `kiosk serve` → the fake OpenAI server's transcription route
// (real SDK, real multipart) → the offline dialogue engine → the cart on screen →
// reply sentences synthesised by the fake's speech route (espeak-ng, mp3 encoded in code) →
// howler playback → `playing` / `played` reported back.
//
// The fake cannot understand speech: it answers each transcription with the text the
// test scripted for that utterance, after checking it received a valid 16 kHz WAV of
// about the utterance's length.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServe, type ServeProcess } from "../test-support/kiosk-serve.ts";
import { startAudioFake, type RunningAudioFake } from "../test-support/fake-openai/audio-server.ts";
import type { UploadedWav } from "../test-support/fake-openai/audio.ts";
import { micRecording, ofType, openKiosk, sayIntoMic, speak, until, type VoiceBrowser } from "./voice-helpers.ts";

let fake: RunningAudioFake;
let serve: ServeProcess;
let dir: string;
const browsers: VoiceBrowser[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kiosk-voice-e2e-"));
  fake = await startAudioFake();
  serve = await startServe({
    args: ["--engine", "offline"],
    env: {
      OPENAI_API_KEY: "test-key",
      OPENAI_BASE_URL: fake.baseURL,
      KIOSK_DATA_DIR: join(dir, "data"),
      KIOSK_MENU: undefined,
    },
    timeoutMs: 180_000,
  });
}, 240_000);

// One Chromium at a time: a finished test's browser (its VAD still running) only slows the next.
afterEach(async (ctx) => {
  for (const b of browsers.splice(0)) {
    if (ctx.task.result?.state === "fail") {
      console.error(`--- ${ctx.task.name}\ncommands: ${JSON.stringify(b.wire.commands).slice(0, 3000)}\nevents: ${JSON.stringify(b.wire.events.map((e) => (e.type === "menu" ? { type: "menu" } : e))).slice(0, 3000)}\nconsole:\n${b.consoleLines.join("\n").slice(-3000)}\nserve:\n${serve.stderr().slice(-2000)}`);
    }
    await b.close().catch(() => {});
  }
});

afterAll(async () => {
  await serve?.stop();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function kiosk(micFile: string, mixer?: { echoGain: number }, url = serve.url): Promise<VoiceBrowser> {
  const b = await openKiosk(url, { micFile, ...(mixer ? { mixer } : {}) });
  browsers.push(b);
  return b;
}

/** The model and onnxruntime load slowly on a busy 2-core machine: wait for the mic before speaking. */
async function listening(b: VoiceBrowser): Promise<void> {
  await b.page.locator('.mic-button[data-mic="listening"]').waitFor({ timeout: 90_000 });
}

/** Silence before the first words: the VAD starts a moment after the microphone opens. */
const LEAD_MS = 3000;

const commands = (b: VoiceBrowser, type: string) => ofType(b.wire.commands, type);
const events = (b: VoiceBrowser, type: string) => ofType(b.wire.events, type);

function expectValidUpload(wav: UploadedWav | { error: string }, spokenMs: number): void {
  expect("error" in wav ? wav.error : "ok").toBe("ok");
  const w = wav as UploadedWav;
  expect(w.sampleRate).toBe(16000);
  expect(w.channels).toBe(1);
  // The segment holds the utterance plus the pre-speech pad and the end-of-speech wait.
  expect(w.durationMs).toBeGreaterThan(spokenMs * 0.7);
  expect(w.durationMs).toBeLessThan(spokenMs + 2500);
  expect(w.voicedMs).toBeGreaterThan(spokenMs * 0.4);
}

describe("voice ordering in Chromium", () => {
  it("Korean: spoken order → transcript → cart on screen → spoken reply played", async () => {
    fake.audio.reset();
    const said = "아이스 아메리카노 두 잔 주세요";
    const rec = micRecording(dir, "ko-order", [{ silenceMs: LEAD_MS }, { say: said, voice: "ko" }, { silenceMs: 4000 }]);
    fake.audio.reply({ text: said });
    const b = await kiosk(rec.file);

    await until(() => fake.audio.transcriptions.length >= 1, 120_000, "a transcription request");
    const req = fake.audio.transcriptions[0]!;
    expectValidUpload(req.wav, rec.spans[0]!.endMs - rec.spans[0]!.startMs);
    expect(req.model).toBe("gpt-4o-mini-transcribe");
    expect(req.language).toBe("ko");
    expect(req.prompt).toContain("아메리카노");

    // The cart on screen: the offline engine understood the words.
    await b.page.locator('.cart-line[data-item="americano"]').waitFor({ timeout: 15_000 });
    await expect(b.page.locator('.cart-line[data-item="americano"]').textContent()).resolves.toMatch(/2/);

    // The reply was spoken sentence by sentence and played to the end.
    await until(() => commands(b, "played").some((c) => c.complete === true), 30_000, "the reply to play to the end");
    const audio = events(b, "audio");
    expect(audio.length).toBeGreaterThanOrEqual(1);
    expect(audio[0]).toMatchObject({ seq: 0, mime: "audio/mpeg" });
    expect(fake.audio.speeches.map((s) => s.input)).toEqual(audio.map((a) => a.text));
    expect(commands(b, "playing")[0]).toMatchObject({ turnId: audio[0]!.turnId, seq: 0 });
    const latency = events(b, "latency")[0] as { stages: Record<string, number> } | undefined;
    expect(latency?.stages.total).toBeGreaterThan(0);
    expect(commands(b, "bargeIn")).toEqual([]);
    const speechEnd = commands(b, "audio")[0]!.speechEndAtMs as number;
    expect(Math.abs(speechEnd - Date.now())).toBeLessThan(60_000);
  }, 240_000);

  it("English: the kiosk follows the language spoken", async () => {
    fake.audio.reset();
    const said = "Two cafe lattes please";
    const rec = micRecording(dir, "en-order", [{ silenceMs: LEAD_MS }, { say: said, voice: "en-us" }, { silenceMs: 4000 }]);
    fake.audio.reply({ text: said });
    const b = await kiosk(rec.file);
    await until(() => fake.audio.transcriptions.length >= 1, 120_000, "a transcription request");
    expectValidUpload(fake.audio.transcriptions[0]!.wav, rec.spans[0]!.endMs - rec.spans[0]!.startMs);
    await b.page.locator('.cart-line[data-item="cafe-latte"]').waitFor({ timeout: 15_000 });
    await until(() => events(b, "audio").length > 0, 20_000, "spoken reply");
    // The reply is English, so the English voice was asked for English text.
    expect(String(events(b, "audio")[0]!.text)).toMatch(/[A-Za-z]/);
    expect(events(b, "lang").some((e) => e.lang === "en")).toBe(true);
  }, 240_000);

  it("barge-in: the customer talks over the reply → playback stops, the turn is aborted, the new words are heard", async () => {
    fake.audio.reset();
    const first = "아이스 아메리카노 두 잔 주세요";
    const second = "아니요 카페라떼 한 잔 주세요";
    const rec = micRecording(dir, "barge-in", [{ silenceMs: LEAD_MS }, { say: first, voice: "ko" }, { silenceMs: 30_000 }]);
    fake.audio.reply({ text: first }, { text: second });
    const b = await kiosk(rec.file, { echoGain: 0 });
    // The moment the kiosk starts answering, the customer talks over it.
    await until(() => commands(b, "playing").length > 0, 120_000, "the reply to start playing");
    await sayIntoMic(b.page, speak(second, "ko"));
    await until(() => commands(b, "bargeIn").length > 0, 20_000, "a barge-in");
    await until(() => fake.audio.transcriptions.length >= 2, 60_000, "the second utterance");
    const order = b.wire.commands.map((c) => c.type);
    // The screen stopped at once, said how much of the reply was heard, and asked the Node side to stop.
    expect(order.indexOf("bargeIn")).toBeGreaterThan(order.indexOf("playing"));
    expect(commands(b, "played").find((c) => c.complete === false)).toMatchObject({ turnId: commands(b, "playing")[0]!.turnId });
    await until(() => events(b, "stopAudio").length > 0, 10_000, "stopAudio from the kiosk");
    // The words said over the reply were heard as a new utterance.
    expectValidUpload(fake.audio.transcriptions[1]!.wav, speak(second, "ko").length / 16);
    expect(b.wire.events.filter((e) => e.type === "__closed")).toEqual([]); // one session throughout
    await b.page.locator('.cart-line[data-item="cafe-latte"]').waitFor({ timeout: 30_000 });
    const stats = await b.page.evaluate(() => (window as unknown as { __kioskVoice: { loop: { stats: Record<string, number> } } }).__kioskVoice.loop.stats);
    expect(stats.bargeIns).toBeGreaterThanOrEqual(1);
  }, 240_000);

  it("echo: the kiosk's own voice in the microphone does not barge in", async () => {
    fake.audio.reset();
    const said = "아이스 아메리카노 두 잔 주세요";
    const rec = micRecording(dir, "echo", [{ silenceMs: LEAD_MS }, { say: said, voice: "ko" }, { silenceMs: 30_000 }]);
    fake.audio.reply({ text: said }, { text: "should never be asked" });
    // The kiosk's voice comes back into the microphone at 80 % with no echo cancellation.
    const b = await kiosk(rec.file, { echoGain: 0.8 });
    await until(() => commands(b, "played").length > 0, 150_000, "the reply to finish or stop");
    expect(await b.page.evaluate(() => (window as unknown as { __echoLoopback?: boolean }).__echoLoopback)).toBe(true);
    expect(commands(b, "bargeIn")).toEqual([]);
    expect(commands(b, "played")[0]).toMatchObject({ complete: true });
    // The echo never became an utterance of its own.
    await new Promise((r) => setTimeout(r, 1500));
    expect(commands(b, "audio")).toHaveLength(1);
    expect(fake.audio.transcriptions).toHaveLength(1);
    const stats = await b.page.evaluate(() => (window as unknown as { __kioskVoice: { loop: { stats: Record<string, number> } } }).__kioskVoice.loop.stats);
    expect((stats.echoVerdicts ?? 0) + (stats.echoSegmentsDropped ?? 0)).toBeGreaterThan(0);
  }, 240_000);

  it("STT down (500s): the kiosk asks to repeat, out loud, and touch ordering still works", async () => {
    fake.audio.reset();
    const rec = micRecording(dir, "stt-down", [{ silenceMs: LEAD_MS }, { say: "아이스 아메리카노 두 잔 주세요", voice: "ko" }, { silenceMs: 3000 }]);
    fake.audio.reply({ status: 500 }, { status: 500 }, { status: 500 });
    const b = await kiosk(rec.file);
    await b.page.getByText("다시 한 번 말씀해 주세요").first().waitFor({ timeout: 120_000 });
    expect(fake.audio.transcriptions).toHaveLength(3);
    await until(() => events(b, "audio").some((a) => a.text === "다시 한 번 말씀해 주세요."), 20_000, "the spoken request to repeat");
    // Touch: a cheesecake from the menu.
    await b.page.locator("#tab-dessert").click();
    await b.page.locator('.item-card[data-item="basque-cheesecake"]').click();
    await b.page.locator(".sheet .sheet-add .button-primary").click();
    await b.page.locator('.cart-line[data-item="basque-cheesecake"]').waitFor({ timeout: 10_000 });
  }, 240_000);

  it("a microphone that disappears: voice shows unavailable, touch keeps working", async () => {
    fake.audio.reset();
    const rec = micRecording(dir, "mic-lost", [{ silenceMs: 8000 }]);
    const b = await kiosk(rec.file);
    await listening(b);
    // The device goes away: the track ends (as the browser reports an unplugged mic).
    await b.page.evaluate(() => {
      for (const s of (window as unknown as { __micStreams: MediaStream[] }).__micStreams) {
        for (const t of s.getAudioTracks()) {
          t.stop();
          t.dispatchEvent(new Event("ended"));
        }
      }
    });
    await b.page.locator('.mic-button[data-mic="unavailable"]').waitFor({ timeout: 5_000 });
    await b.page.locator(".attract-start").click();
    // For here or to go first (the menu's entry option), then the menu.
    await b.page.locator(".big-choice").first().click();
    await b.page.locator("#tab-dessert").click();
    await b.page.locator('.item-card[data-item="basque-cheesecake"]').click();
    await b.page.locator(".sheet .sheet-add .button-primary").click();
    await b.page.locator('.cart-line[data-item="basque-cheesecake"]').waitFor({ timeout: 10_000 });
  }, 240_000);

  it("no API key: voice input says it needs setup, the microphone stays closed, the offline voice is reported available", async () => {
    const keyless = await startServe({ args: ["--engine", "offline"], env: { OPENAI_API_KEY: "", OPENAI_BASE_URL: undefined, KIOSK_DATA_DIR: join(dir, "data-keyless") }, timeoutMs: 180_000 });
    try {
      const rec = micRecording(dir, "keyless", [{ silenceMs: 5000 }]);
      const b = await kiosk(rec.file, undefined, keyless.url);
      await b.page.locator('.mic-button[data-mic="needs-setup"]').waitFor({ timeout: 60_000 });
      expect(events(b, "menu")[0]).toMatchObject({ voice: { input: false, output: true } });
      expect(await b.page.evaluate(() => (window as unknown as { __micStreams: MediaStream[] }).__micStreams.length)).toBe(0);
    } finally {
      await keyless.stop();
    }
  }, 240_000);
});
