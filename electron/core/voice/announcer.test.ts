// Screen announcements through a voice session, against the fake OpenAI speech
// server through the real SDK: what is asked is what the speech service is asked to
// say; audio comes back as a turn of its own; newer announcements and key presses
// (bargeIn) stop older ones; too many are refused; bad commands are refused by the contract.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { parseCommand, type KioskEvent } from "../../../shared/contract.ts";
import type { DialogueEngine } from "../dialogue/engine.ts";
import { loadMenuFile } from "../menu/load.ts";
import { MemoryOrderSink } from "../session/orders.ts";
import { KioskSession } from "../session/session.ts";
import { OpenAITextToSpeech } from "../providers/tts-openai.ts";
import { startAudioFake, type RunningAudioFake } from "../../../test-support/fake-openai/audio-server.ts";
import type { MenuModel } from "../../../shared/menu/model.ts";
import { encodeWav, parseWav } from "./wav.ts";
import { Announcer } from "./announcer.ts";
import { createVoiceSession } from "./voice-session.ts";
import { createVoiceSetup } from "./setup.ts";
import { testEspeak } from "../../../test-support/espeak/index.ts";

const MENU = fileURLToPath(new URL("../../../assets/menu/demo-cafe.menu.json", import.meta.url));
const engine: DialogueEngine = {
  name: "offline",
  turn: async () => ({ reply: "네.", lang: "ko", understood: true, engine: "offline" }),
};

let fake: RunningAudioFake;
let menu: MenuModel;
beforeAll(async () => {
  const wav = encodeWav(new Int16Array(2400), 24000);
  fake = await startAudioFake({ speechAudio: async () => ({ bytes: wav, mime: "audio/wav" }) });
  menu = (await loadMenuFile(MENU)).model;
});
afterAll(() => fake.close());
beforeEach(() => fake.audio.reset());

function setup() {
  const events: KioskEvent[] = [];
  const tts = new OpenAITextToSpeech({ apiKey: "test-key", baseURL: fake.baseURL, format: "wav", retry: { backoffMs: 10, attemptTimeoutMs: 8000, budgetMs: 20000 } });
  const session = createVoiceSession({ menu, engine, orders: new MemoryOrderSink(), voice: { tts } });
  session.on((e) => events.push(e));
  return { session, events };
}

async function waitFor(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("announce command", () => {
  it("speaks the text with the session's TTS as audio events of its own turn, and touches nothing else", async () => {
    const { session, events } = setup();
    await session.handle({ type: "announce", text: "메뉴 화면입니다. 커피, 12개 중 1번째.", lang: "ko", id: "7" });
    expect(fake.audio.speeches.map((s) => s.input)).toEqual(["메뉴 화면입니다.", "커피, 12개 중 1번째."]);
    const audio = events.filter((e) => e.type === "audio");
    expect(audio.map((e) => [e.turnId, e.seq, e.text])).toEqual([
      ["announce-7", 0, "메뉴 화면입니다."],
      ["announce-7", 1, "커피, 12개 중 1번째."],
    ]);
    expect(events.filter((e) => e.type === "audioEnd")).toEqual([{ type: "audioEnd", turnId: "announce-7", count: 2 }]);
    // Not a dialogue turn: no state change, no conversation.
    expect(events.filter((e) => e.type === "state" || e.type === "reply" || e.type === "user")).toEqual([]);
    expect(session.conversation()).toEqual([]);
    // The screen's report for an announcement is ignored quietly.
    await session.handle({ type: "played", turnId: "announce-7", upToSeq: 1, complete: true });
    expect(events.filter((e) => e.type === "notice" || e.type === "error")).toEqual([]);
  });

  it("a newer announcement aborts the one being synthesised; only the newer one is sent", async () => {
    const { session, events } = setup();
    fake.audio.speechReply({ hang: true });
    const first = session.handle({ type: "announce", text: "First one.", lang: "en", id: "1" });
    await waitFor(() => fake.audio.openSpeechResponses === 1);
    await session.handle({ type: "announce", text: "Second one.", lang: "en", id: "2" });
    await first;
    await waitFor(() => fake.audio.openSpeechResponses === 0);
    expect(events.filter((e) => e.type === "audio").map((e) => e.turnId)).toEqual(["announce-2"]);
    expect(events.some((e) => e.type === "audioEnd" && e.turnId === "announce-1")).toBe(false);
  });

  it("a key press (bargeIn) stops the announcement: synthesis aborted, stopAudio sent", async () => {
    const { session, events } = setup();
    fake.audio.speechReply({ hang: true });
    const p = session.handle({ type: "announce", text: "A long help text.", lang: "en", id: "h" });
    await waitFor(() => fake.audio.openSpeechResponses === 1);
    await session.handle({ type: "bargeIn" });
    await p;
    await waitFor(() => fake.audio.openSpeechResponses === 0);
    expect(events.filter((e) => e.type === "stopAudio")).toHaveLength(1);
    expect(events.filter((e) => e.type === "audio")).toEqual([]);
  });

  it("refuses more than the limit in the window with an error, and speaks again after it", async () => {
    let now = 0;
    const events: KioskEvent[] = [];
    const said: string[] = [];
    const tts = { name: "x", synthesize: async (text: string) => (said.push(text), { mime: "audio/wav", audio: new Uint8Array(50), provider: "x" }) };
    const a = new Announcer({ tts, emit: (e) => events.push(e), limit: { max: 2, windowMs: 1000 }, now: () => now });
    await a.announce({ type: "announce", text: "one", lang: "en", id: "1" });
    await a.announce({ type: "announce", text: "two", lang: "en", id: "2" });
    await a.announce({ type: "announce", text: "three", lang: "en", id: "3" });
    expect(said).toEqual(["one", "two"]);
    expect(events.filter((e) => e.type === "error").map((e) => e.type === "error" && e.code)).toEqual(["announce-rate"]);
    now = 1000;
    await a.announce({ type: "announce", text: "four", lang: "en", id: "4" });
    expect(said).toEqual(["one", "two", "four"]);
  });

  it("with no API key the offline voice (espeak-ng) speaks announcements, Korean and English", async () => {
    // The machine's espeak-ng, else its WebAssembly build behind the same command line.
    const setup = await createVoiceSetup({ apiKey: undefined, stt: { baseUrl: undefined, model: "m" }, tts: { baseUrl: undefined, model: "m", voice: "v" } }, { espeakCommand: testEspeak() });
    if (!setup.tts) throw new Error(`the offline voice did not start with ${testEspeak()}`);
    const events: KioskEvent[] = [];
    const session = createVoiceSession({ menu, engine, orders: new MemoryOrderSink(), voice: { tts: setup.tts } });
    session.on((e) => events.push(e));
    await session.handle({ type: "announce", text: "합계 만 천사백 원. Total 11,400 won.", lang: "ko", id: "e" });
    const audio = events.filter((e): e is Extract<KioskEvent, { type: "audio" }> => e.type === "audio");
    expect(audio.map((a) => a.text)).toEqual(["합계 만 천사백 원.", "Total 11,400 won."]);
    for (const a of audio) expect(parseWav(new Uint8Array(Buffer.from(a.data, "base64"))).durationMs).toBeGreaterThan(300);
    expect(fake.audio.speeches).toEqual([]);
  });

  it("a kiosk without a voice says nothing and reports nothing", async () => {
    const events: KioskEvent[] = [];
    const plain = new KioskSession({ menu, engine, orders: new MemoryOrderSink() });
    plain.on((e) => events.push(e));
    await plain.handle({ type: "announce", text: "hello", lang: "en", id: "1" });
    const voiceless = createVoiceSession({ menu, engine, orders: new MemoryOrderSink(), voice: {} });
    voiceless.on((e) => events.push(e));
    await voiceless.handle({ type: "announce", text: "hello", lang: "en", id: "2" });
    expect(events).toEqual([]);
  });

  it.each([
    [{ type: "announce", text: "", lang: "ko", id: "1" }, "text"],
    [{ type: "announce", text: "   ", lang: "ko", id: "1" }, "text"],
    [{ type: "announce", text: "x".repeat(1201), lang: "ko", id: "1" }, "text"],
    [{ type: "announce", text: "hi", lang: "ko", id: "../x" }, "id"],
    [{ type: "announce", text: "hi", lang: "korean-language", id: "1" }, "lang"],
    [{ type: "announce", text: "hi", id: "1" }, "lang"],
  ])("the contract refuses %j (%s)", (raw, field) => {
    const r = parseCommand(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(field);
  });
});
