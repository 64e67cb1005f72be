// The voice loop in Node, against the fake OpenAI audio server through the real SDK.
// The dialogue engine here is a scripted one (the DialogueEngine interface), so the
// test controls when reply text streams; the cart it writes to is the real one.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import type { KioskEvent } from "../../../shared/contract.ts";
import type { DialogueEngine, TurnContext, TurnInput, TurnOutcome } from "../dialogue/engine.ts";
import { loadMenuFile } from "../menu/load.ts";
import { MemoryOrderSink } from "../session/orders.ts";
import { OpenAISpeechToText } from "../providers/stt-openai.ts";
import { OpenAITextToSpeech } from "../providers/tts-openai.ts";
import { startAudioFake, type RunningAudioFake } from "../../../test-support/fake-openai/audio-server.ts";
import { abortableSleep } from "../providers/retry.ts";
import { encodeWav } from "./wav.ts";
import { LatencyRing, type TurnLatency } from "./latency.ts";
import { createVoiceSession, type VoiceOptions } from "./voice-session.ts";
import type { MenuModel } from "../../../shared/menu/model.ts";

const MENU = fileURLToPath(new URL("../../../assets/menu/demo-cafe.menu.json", import.meta.url));

function tone(ms: number, amplitude: number, rate = 16000): Uint8Array {
  const n = Math.round((rate * ms) / 1000);
  return encodeWav(Int16Array.from({ length: n }, (_, i) => Math.round(amplitude * 32767 * Math.sin((2 * Math.PI * 180 * i) / rate))), rate);
}
const b64 = (u: Uint8Array) => Buffer.from(u).toString("base64");
const SPEECH = b64(tone(1200, 0.3));

/** Streams a scripted reply in pieces, `gapMs` apart, after adding americanos to the real cart. */
class ScriptedEngine implements DialogueEngine {
  readonly name = "offline" as const;
  heard: string[] = [];
  gapMs = 30;
  reply = "아이스 아메리카노 두 잔 담았어요. 더 필요하신 건 있으세요?";
  async turn(input: TurnInput, ctx: TurnContext): Promise<TurnOutcome> {
    this.heard.push(input.text);
    ctx.cart.apply({ type: "add", item: "americano", qty: 2, options: { temp: "iced" } });
    const pieces = this.reply.match(/.{1,6}/gsu) ?? [];
    for (const p of pieces) {
      await abortableSleep(this.gapMs, ctx.signal);
      ctx.onReplyDelta?.(p);
    }
    return { reply: this.reply, lang: "ko", understood: true, engine: "offline" };
  }
}

let fake: RunningAudioFake;
let menu: MenuModel;
beforeAll(async () => {
  const speechWav = tone(400, 0.2, 24000);
  fake = await startAudioFake({ speechAudio: async () => ({ bytes: speechWav, mime: "audio/wav" }) });
  menu = (await loadMenuFile(MENU)).model;
});
afterAll(() => fake.close());
beforeEach(() => fake.audio.reset());

function setup(voice: Partial<VoiceOptions> = {}) {
  const engine = new ScriptedEngine();
  const events: KioskEvent[] = [];
  const ring = new LatencyRing();
  const logs: string[] = [];
  const stt = new OpenAISpeechToText({ apiKey: "k", baseURL: fake.baseURL, retry: { backoffMs: 10, attemptTimeoutMs: 8000, budgetMs: 15000 } });
  const tts = new OpenAITextToSpeech({ apiKey: "k", baseURL: fake.baseURL, format: "wav", retry: { backoffMs: 10, attemptTimeoutMs: 8000, budgetMs: 20000 } });
  const session = createVoiceSession({ menu, engine, orders: new MemoryOrderSink(), voice: { stt, tts, latency: ring, log: (l) => logs.push(l), ...voice } });
  session.on((e) => events.push(e));
  const types = () => events.map((e) => (e.type === "state" ? `state:${e.state}` : e.type === "audio" ? `audio#${e.seq}` : e.type));
  return { session, engine, events, ring, logs, types };
}

async function until(cond: () => boolean, ms = 20000): Promise<void> {
  const end = performance.now() + ms;
  while (!cond()) {
    if (performance.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}

const audioEvents = (events: KioskEvent[]) => events.filter((e): e is Extract<KioskEvent, { type: "audio" }> => e.type === "audio");

describe("a session with the voice stage", () => {
  it("hears, answers, and starts speaking before the reply is fully written", async () => {
    let measured: TurnLatency | undefined;
    const { session, engine, events, types, ring } = setup({ onLatency: (l) => (measured = l) });
    engine.gapMs = 80;
    let speechRequestsWhenReplyDone = -1;
    session.on((e) => {
      if (e.type === "reply") speechRequestsWhenReplyDone = fake.audio.speeches.length;
    });
    fake.audio.reply({ text: "아이스 아메리카노 두 잔 주세요" });
    // The screen says the customer stopped talking half a second ago (encoding, upload).
    await session.handle({ type: "audio", wav: SPEECH, speechEndAtMs: Date.now() - 500 });
    await until(() => events.some((e) => e.type === "audioEnd"));

    expect(engine.heard).toEqual(["아이스 아메리카노 두 잔 주세요"]);
    const stt = fake.audio.transcriptions[0]!;
    expect(stt.language).toBe("ko");
    expect(stt.prompt).toContain("아메리카노");
    expect(stt.prompt).toContain("Americano");
    expect(stt.wav).toMatchObject({ sampleRate: 16000, durationMs: 1200 });

    const t = types();
    expect(t.slice(0, 3)).toEqual(["state:heard", "user", "state:thinking"]);
    // The first sentence went to speech synthesis while the model was still writing the second.
    expect(speechRequestsWhenReplyDone).toBe(1);
    expect(t.indexOf("state:speaking")).toBeGreaterThan(t.indexOf("audio#0"));
    expect(audioEvents(events).map((a) => a.text)).toEqual(["아이스 아메리카노 두 잔 담았어요.", "더 필요하신 건 있으세요?"]);
    expect(events.find((e) => e.type === "audioEnd")).toMatchObject({ count: 2 });
    expect(fake.audio.speeches.map((s) => s.input)).toEqual(["아이스 아메리카노 두 잔 담았어요.", "더 필요하신 건 있으세요?"]);
    expect(session.cart().lines[0]).toMatchObject({ item: "americano", qty: 2 });
    // Still speaking until the screen says it played.
    expect(t.filter((s) => s === "state:listening")).toEqual([]);

    const turnId = audioEvents(events)[0]!.turnId;
    await session.handle({ type: "playing", turnId, seq: 0 });
    const latency = events.find((e) => e.type === "latency");
    expect(latency).toBeDefined();
    if (latency?.type !== "latency") throw new Error("no latency event");
    // The marks happen in the order of the pipeline, on one clock...
    const order = ["speechEnd", "audioReceived", "transcript", "firstText", "firstAudioByte", "firstAudioSent", "playbackStart"] as const;
    const at = order.map((m) => measured!.marks[m]!);
    expect(at.every((t) => Number.isFinite(t))).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    // ...so the stages add up to what the customer waited,
    const chain = ["upload", "stt", "firstText", "firstAudioByte", "firstAudioSent", "playback"].map((st) => latency.stages[st]!);
    expect(Math.abs(chain.reduce((a, b) => a + b, 0) - latency.stages.total!)).toBeLessThanOrEqual(0.5); // stages are rounded to 0.1 ms
    // and each stage is measured where it happens: the screen's end of speech starts the
    // upload, and the engine's first words came after its first 80 ms pause.
    expect(latency.stages.upload).toBeGreaterThanOrEqual(450);
    expect(latency.stages.firstText).toBeGreaterThanOrEqual(75);
    expect(latency.stages).toEqual(measured!.stages);
    expect(ring.summary().total?.n).toBe(1);

    await session.handle({ type: "played", turnId, upToSeq: 1, complete: true });
    expect(types().at(-1)).toBe("state:listening");
    expect(session.conversation()).toEqual([
      { role: "user", text: "아이스 아메리카노 두 잔 주세요" },
      { role: "assistant", text: "아이스 아메리카노 두 잔 담았어요. 더 필요하신 건 있으세요?" },
    ]);
  });

  it("barge-in after the first sentence: audio stops and history keeps only what was heard", async () => {
    const { session, events } = setup();
    fake.audio.reply({ text: "아이스 아메리카노 두 잔 주세요" });
    await session.handle({ type: "audio", wav: SPEECH });
    await until(() => events.some((e) => e.type === "audioEnd"));
    const turnId = audioEvents(events)[0]!.turnId;
    await session.handle({ type: "bargeIn" });
    expect(events.at(-2)).toEqual({ type: "stopAudio" });
    expect(events.at(-1)).toEqual({ type: "state", state: "listening" });
    await session.handle({ type: "played", turnId, upToSeq: 0, complete: false });
    expect(session.conversation().at(-1)).toEqual({ role: "assistant", text: "아이스 아메리카노 두 잔 담았어요." });
  });

  it("the screen stopping playback (played, incomplete) before any bargeIn also aborts the turn", async () => {
    const { session, engine, events } = setup();
    engine.gapMs = 60;
    fake.audio.reply({ text: "라떼 주세요" });
    const turn = session.handle({ type: "audio", wav: SPEECH });
    await until(() => audioEvents(events).length === 1);
    const turnId = audioEvents(events)[0]!.turnId;
    await session.handle({ type: "played", turnId, upToSeq: -1, complete: false });
    await turn;
    expect(events.filter((e) => e.type === "stopAudio")).toHaveLength(1);
    await session.handle({ type: "bargeIn" }); // arriving after: nothing left to stop
    expect(events.filter((e) => e.type === "stopAudio")).toHaveLength(1);
    expect(events.some((e) => e.type === "audioEnd")).toBe(false);
    const stop = events.findIndex((e) => e.type === "stopAudio");
    expect(events.slice(stop)).toContainEqual({ type: "state", state: "listening" });
  });

  it("barge-in before anything was played drops the reply from history", async () => {
    const { session, events } = setup();
    fake.audio.reply({ text: "아이스 아메리카노 두 잔 주세요" });
    await session.handle({ type: "audio", wav: SPEECH });
    await until(() => events.some((e) => e.type === "audioEnd"));
    const turnId = audioEvents(events)[0]!.turnId;
    await session.handle({ type: "bargeIn" });
    await session.handle({ type: "played", turnId, upToSeq: -1, complete: false });
    expect(session.conversation()).toEqual([{ role: "user", text: "아이스 아메리카노 두 잔 주세요" }]);
  });

  it("barge-in while the model is still writing aborts the turn: no more audio, no reply", async () => {
    const { session, engine, events } = setup();
    engine.gapMs = 60;
    fake.audio.reply({ text: "라떼 주세요" });
    const turn = session.handle({ type: "audio", wav: SPEECH });
    await until(() => audioEvents(events).length === 1);
    await session.handle({ type: "bargeIn" });
    await turn;
    await new Promise((r) => setTimeout(r, 300));
    expect(audioEvents(events)).toHaveLength(1);
    expect(events.some((e) => e.type === "reply" || e.type === "audioEnd")).toBe(false);
    expect(events.filter((e) => e.type === "stopAudio")).toHaveLength(1);
    expect(fake.audio.openSpeechResponses).toBe(0);
  });

  it("a new utterance while speaking interrupts the old reply", async () => {
    const { session, events } = setup();
    fake.audio.reply({ text: "아이스 아메리카노 두 잔 주세요" }, { text: "하나 더요" });
    await session.handle({ type: "audio", wav: SPEECH });
    await until(() => events.some((e) => e.type === "audioEnd"));
    await session.handle({ type: "audio", wav: SPEECH });
    const stopIdx = events.findIndex((e) => e.type === "stopAudio");
    const secondUser = events.findLastIndex((e) => e.type === "user");
    expect(stopIdx).toBeGreaterThan(0);
    expect(stopIdx).toBeLessThan(secondUser);
  });

  it("aborting during speech-to-text cancels the upload on the wire", async () => {
    const { session, events } = setup();
    fake.audio.reply({ hang: true });
    const p = session.handle({ type: "audio", wav: SPEECH });
    await until(() => fake.audio.transcriptions.length === 1);
    await session.handle({ type: "bargeIn" });
    await p;
    await until(() => fake.audio.abortedTranscriptions === 1);
    expect(events.some((e) => e.type === "user")).toBe(false);
  });

  it("STT down (500s): the kiosk asks again out loud, and touch keeps working", async () => {
    const { session, events, logs } = setup();
    fake.audio.reply({ status: 500 }, { status: 500 }, { status: 500 });
    await session.handle({ type: "audio", wav: SPEECH });
    await until(() => events.some((e) => e.type === "audioEnd"));
    expect(events.find((e) => e.type === "notice")).toMatchObject({ code: "stt-failed", message: "다시 한 번 말씀해 주세요." });
    expect(events.find((e) => e.type === "reply")).toMatchObject({ text: "다시 한 번 말씀해 주세요.", engine: "voice" });
    expect(audioEvents(events).map((a) => a.text)).toEqual(["다시 한 번 말씀해 주세요."]);
    expect(logs.join("\n")).toMatch(/speech-to-text failed.*500/);
    await session.handle({ type: "touch", action: { type: "addItem", item: "americano", qty: 1, options: { temp: "hot" } } });
    expect(session.cart().lines).toHaveLength(1);
  });

  it("English session asks again in English", async () => {
    const { session, events } = setup();
    session.setLanguage("en");
    fake.audio.reply({ status: 503 }, { status: 503 }, { status: 503 });
    await session.handle({ type: "audio", wav: SPEECH });
    expect(events.find((e) => e.type === "reply")).toMatchObject({ text: "Sorry, could you say that again?" });
    expect(fake.audio.transcriptions[0]!.language).toBe("en");
  });

  it("drops a hallucinated transcript without a turn", async () => {
    const { session, engine, events } = setup();
    fake.audio.reply({ text: "시청해 주셔서 감사합니다." });
    await session.handle({ type: "audio", wav: SPEECH });
    expect(engine.heard).toEqual([]);
    expect(events.map((e) => e.type)).toEqual(["state", "state"]);
    expect(events.at(-1)).toEqual({ type: "state", state: "listening" });
  });

  it("drops near-silence and clicks before they cost a transcription", async () => {
    const { session, logs } = setup();
    await session.handle({ type: "audio", wav: b64(tone(1500, 0.002)) });
    await session.handle({ type: "audio", wav: b64(tone(120, 0.5)) });
    expect(fake.audio.transcriptions).toHaveLength(0);
    expect(logs).toEqual([expect.stringMatching(/too-quiet/), expect.stringMatching(/too-short/)]);
  });

  it("a wrong-format or garbage segment is a clear notice and changes nothing", async () => {
    const { session, events } = setup();
    await session.handle({ type: "touch", action: { type: "addItem", item: "americano", qty: 1, options: { temp: "hot" } } });
    await session.handle({ type: "audio", wav: b64(tone(1000, 0.3, 8000)) });
    await session.handle({ type: "audio", wav: "bm90IGEgd2F2IGF0IGFsbA==" });
    const notices = events.filter((e) => e.type === "notice");
    expect(notices).toEqual([
      expect.objectContaining({ code: "bad-audio", message: expect.stringMatching(/16000 Hz/) }),
      expect.objectContaining({ code: "bad-audio", message: expect.stringMatching(/not a WAV/) }),
    ]);
    expect(session.cart().lines).toHaveLength(1);
    expect(fake.audio.transcriptions).toHaveLength(0);
  });

  it("without STT: audio is refused with a notice, but typed turns are still spoken", async () => {
    const { session, events } = setup({ stt: undefined });
    await session.handle({ type: "audio", wav: SPEECH });
    expect(events[0]).toMatchObject({ type: "notice", code: "voice-unavailable" });
    await session.handle({ type: "say", text: "아이스 아메리카노 두 잔" });
    await until(() => events.some((e) => e.type === "audioEnd"));
    expect(audioEvents(events)).toHaveLength(2);
  });

  it("a sentence whose TTS fails for good is skipped; seq stays contiguous", async () => {
    const { session, events, logs } = setup();
    fake.audio.speechReply({ status: 400, message: "bad input" });
    fake.audio.reply({ text: "아이스 아메리카노 두 잔 주세요" });
    await session.handle({ type: "audio", wav: SPEECH });
    await until(() => events.some((e) => e.type === "audioEnd"));
    expect(audioEvents(events).map((a) => [a.seq, a.text])).toEqual([[0, "더 필요하신 건 있으세요?"]]);
    expect(events.find((e) => e.type === "audioEnd")).toMatchObject({ count: 1 });
    expect(logs.join("\n")).toMatch(/tts failed/);
  });

  it("a screen that never reports playback does not keep the kiosk speaking", async () => {
    const { session, events } = setup({ playedTimeoutMs: 50 });
    fake.audio.reply({ text: "아이스 아메리카노 두 잔 주세요" });
    await session.handle({ type: "audio", wav: SPEECH });
    await until(() => events.at(-1)?.type === "state" && (events.at(-1) as { state: string }).state === "listening", 15000);
    expect(events.some((e) => e.type === "latency")).toBe(true);
  });
});
