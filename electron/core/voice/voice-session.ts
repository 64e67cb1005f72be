// The voice stage: listening and speaking around a kiosk session, which itself knows
// nothing of audio. The stage takes the screen's audio commands, and watches the
// session's events on their way to the screen. One spoken turn:
//   audio (WAV) → checks (format, length, energy) → speech-to-text → hallucination
//   filter → the ordinary dialogue turn (session.say with the SAME Turn) → the reply
//   text events, streamed into the speech pipeline → audio events → the screen plays them.
// The turn's one AbortController cancels STT, the LLM and TTS together (barge-in,
// a new utterance, a touch that starts a new turn, a reset). The kiosk stays in
// "speaking" until the screen reports the audio played; what was played decides
// what history keeps of an interrupted reply.
import type { Command, KioskEvent } from "../../../shared/contract.ts";
import type { SpeechToText } from "../providers/stt.ts";
import type { TextToSpeech } from "../providers/tts.ts";
import { KioskSession, Turn, type SessionOptions, type SessionStage } from "../session/session.ts";
import { DEFAULT_ENERGY_GATE, energyGate, filterTranscript, type EnergyGateOptions } from "./speech-filter.ts";
import { SpeechPipeline } from "./speech-pipeline.ts";
import { epochNowMs, LatencyMarks, voiceLatency, type LatencyRing, type TurnLatency } from "./latency.ts";
import { describeError } from "../providers/retry.ts";
import { sttPrompt } from "./stt-prompt.ts";
import { parseSpeechWav, WavError } from "./wav.ts";
import type { ChunkerOptions } from "./chunker.ts";
import { Announcer } from "./announcer.ts";

export interface VoiceOptions {
  /** undefined: no speech input (no key / no STT service configured). */
  stt?: SpeechToText;
  /** undefined: the kiosk does not speak. */
  tts?: TextToSpeech;
  latency?: LatencyRing;
  /** Epoch-ms clock shared with the screen's Date.now(). */
  clock?: () => number;
  energyGate?: EnergyGateOptions;
  /** Sentences synthesised at once (default 2). */
  ttsConcurrency?: number;
  chunker?: ChunkerOptions;
  /** Give up waiting for the screen's "played" report this long after audioEnd. */
  playedTimeoutMs?: number;
  /** Operational log (retries, fallbacks, dropped segments). */
  log?: (line: string) => void;
  /** Told about every finished turn's latency (tests, benchmarks). */
  onLatency?: (t: TurnLatency) => void;
}

export interface VoiceSessionOptions extends SessionOptions {
  voice: VoiceOptions;
}

/** Everything the voice loop keeps for one turn, until its audio is played or stopped. */
interface SpokenTurn {
  turn: Turn;
  pipeline: SpeechPipeline | undefined;
  marks: LatencyMarks;
  /** The final reply text as the session put it into history. */
  reply?: string;
  reported: boolean;
  playedTimer?: ReturnType<typeof setTimeout>;
}

const SAY_AGAIN: Record<string, string> = { ko: "다시 한 번 말씀해 주세요.", en: "Sorry, could you say that again?" };
const RECENT_TURNS = 4;

/** A kiosk session with a voice stage around it. */
export function createVoiceSession(opts: VoiceSessionOptions): KioskSession {
  const session = new KioskSession(opts);
  session.addStage(new VoiceStage(session, opts.voice));
  return session;
}

export class VoiceStage implements SessionStage {
  private readonly turns = new Map<string, SpokenTurn>();
  /** The turn whose audio may still be playing (it outlives the dialogue turn). */
  private speakingTurn: SpokenTurn | undefined;
  private readonly clock: () => number;
  private readonly ring: LatencyRing;
  /** Screen announcements (guided mode), spoken with the same voice; see announcer.ts. */
  private readonly announcer: Announcer;

  constructor(
    private readonly session: KioskSession,
    readonly voice: VoiceOptions,
  ) {
    this.clock = voice.clock ?? epochNowMs;
    this.ring = voice.latency ?? voiceLatency;
    this.announcer = new Announcer({ tts: voice.tts, emit: (e) => this.session.emit(e), log: voice.log });
  }

  command(cmd: Command): Promise<void> | undefined {
    switch (cmd.type) {
      case "audio":
        return this.hear(cmd.wav, cmd.speechEndAtMs);
      case "played":
        this.played(cmd.turnId, cmd.upToSeq, cmd.complete);
        return Promise.resolve();
      case "playing":
        this.playing(cmd.turnId, cmd.seq);
        return Promise.resolve();
      case "announce":
        return this.announcer.announce(cmd);
      case "bargeIn":
      case "reset":
        // An announcement stops with them; the session then does the rest.
        this.announcer.stop();
        return undefined;
      default:
        return undefined;
    }
  }

  /** The spoken side of a turn, made when the turn first shows (its words, or its audio). */
  private spokenTurn(turn: Turn): SpokenTurn {
    const known = this.turns.get(turn.id);
    if (known) return known;
    const spoken: SpokenTurn = { turn, pipeline: undefined, marks: new LatencyMarks(turn.id, this.clock), reported: false };
    if (this.voice.tts) {
      spoken.pipeline = new SpeechPipeline({
        turnId: turn.id,
        signal: turn.signal,
        tts: this.voice.tts,
        lang: () => this.session.lang,
        emit: (e) => this.session.emit(e),
        concurrency: this.voice.ttsConcurrency,
        chunker: this.voice.chunker,
        onFirstAudioByte: () => spoken.marks.mark("firstAudioByte"),
        onFirstAudioSent: () => {
          spoken.marks.mark("firstAudioSent");
          if (!this.speakingTurn || this.speakingTurn.turn.signal.aborted) this.speakingTurn = spoken;
          this.session.setState("speaking");
        },
        onSentenceFailed: (text, err) => this.voice.log?.(`tts failed for "${text.slice(0, 40)}": ${describeError(err)}`),
      });
    }
    this.turns.set(turn.id, spoken);
    // Keep a few finished turns: a late "played" report still trims history.
    for (const id of this.turns.keys()) {
      if (this.turns.size <= RECENT_TURNS) break;
      this.forget(id);
    }
    return spoken;
  }

  /** Stops whatever the kiosk is saying too: a turn's audio outlives its dialogue. */
  cancellingTurn(): void {
    const speaking = this.speakingTurn;
    this.speakingTurn = undefined;
    const inFlight = this.session.turnInFlight;
    if (speaking && speaking.turn !== inFlight && !speaking.turn.signal.aborted) {
      speaking.turn.controller.abort(new Error("turn cancelled"));
      if (!inFlight) {
        this.session.emit({ type: "stopAudio" });
        this.session.setState("listening");
      }
    }
  }

  wasReset(): void {
    this.announcer.stop();
    for (const id of [...this.turns.keys()]) this.forget(id);
  }

  /** The session's events: its reply text feeds speech; "listening" waits until a reply is heard. */
  event(event: KioskEvent, next: (event: KioskEvent) => void): void {
    if (event.type === "state" && event.state === "listening" && this.speakingTurn && !this.speakingTurn.turn.signal.aborted) return;
    next(event);
    if (event.type !== "user" && event.type !== "replyDelta" && event.type !== "reply") return;
    const inFlight = this.session.turnInFlight;
    const spoken = this.turns.get(event.turnId) ?? (inFlight?.id === event.turnId ? this.spokenTurn(inFlight) : undefined);
    if (!spoken || event.type === "user") return;
    if (event.type === "replyDelta") {
      if (event.delta.trim()) spoken.marks.mark("firstText");
      spoken.pipeline?.push(event.delta);
      return;
    }
    spoken.marks.mark("firstText");
    spoken.reply = event.text;
    if (spoken.pipeline && !spoken.turn.signal.aborted) {
      // From here the turn is "speaking" until its audio is played (no flicker to "listening").
      if (event.text.trim()) this.speakingTurn = spoken;
      void spoken.pipeline.finish(event.text).then(() => this.audioFinished(spoken));
    }
  }

  /** One speech segment from the screen. */
  private async hear(wavBase64: string, speechEndAtMs: number | undefined): Promise<void> {
    const receivedAt = this.clock();
    if (!this.voice.stt) {
      this.session.emit({ type: "notice", level: "error", code: "voice-unavailable", message: this.session.lang === "ko" ? "음성 주문은 준비 중이에요. 화면을 눌러 주문해 주세요." : "Voice ordering is not set up. Please use the touchscreen." });
      return;
    }
    const turn = this.session.beginTurn();
    const spoken = this.spokenTurn(turn);
    // A screen clock far off ours (or in the future) is ignored rather than trusted.
    const plausibleEnd = speechEndAtMs !== undefined && speechEndAtMs <= receivedAt + 50 && receivedAt - speechEndAtMs < 30_000;
    spoken.marks.mark("speechEnd", plausibleEnd ? speechEndAtMs : receivedAt);
    spoken.marks.mark("audioReceived", receivedAt);
    this.session.setState("heard");

    let wav: Uint8Array;
    try {
      wav = Buffer.from(wavBase64, "base64");
      const pcm = parseSpeechWav(wav);
      const gate = energyGate(pcm, this.voice.energyGate ?? DEFAULT_ENERGY_GATE);
      if (!gate.ok) {
        this.voice.log?.(`speech segment dropped (${gate.reason}: ${Math.round(gate.energy.durationMs)} ms, ${gate.energy.voicedMs} ms voiced)`);
        return this.dropTurn(turn);
      }
    } catch (err) {
      const message = err instanceof WavError ? err.message : String(err);
      this.voice.log?.(`speech segment refused: ${message}`);
      this.session.emit({ type: "notice", level: "error", code: "bad-audio", message });
      return this.dropTurn(turn);
    }

    let text: string;
    try {
      const heard = await this.voice.stt.transcribe(wav, { lang: this.session.lang, prompt: sttPrompt(this.session.menu), signal: turn.signal });
      if (turn.signal.aborted) return;
      spoken.marks.mark("transcript");
      const verdict = filterTranscript(heard.text);
      if (!verdict.ok) {
        this.voice.log?.(`transcript dropped (${verdict.reason}): ${JSON.stringify(heard.text)}`);
        return this.dropTurn(turn);
      }
      text = verdict.text;
      if (heard.lang && heard.lang !== this.session.lang && this.session.menu.languages.includes(heard.lang)) this.session.setLanguage(heard.lang);
    } catch (err) {
      if (turn.signal.aborted) return;
      this.voice.log?.(`speech-to-text failed: ${describeError(err)}`);
      return this.sayAgain(turn);
    }
    await this.session.say(text, turn);
  }

  /** Nothing usable was heard: back to listening, nothing said. */
  private dropTurn(turn: Turn): void {
    this.session.endTurn(turn);
    this.forget(turn.id);
    if (!turn.signal.aborted) this.session.setState("listening");
  }

  /** The words could not be understood at all (STT down): ask again; touch keeps working. */
  private sayAgain(turn: Turn): void {
    const text = SAY_AGAIN[this.session.lang] ?? SAY_AGAIN.en!;
    this.session.emit({ type: "notice", level: "info", code: "stt-failed", message: text });
    this.session.emit({ type: "replyDelta", turnId: turn.id, delta: text });
    this.session.emit({ type: "reply", turnId: turn.id, text, engine: "voice" });
    this.session.endTurn(turn);
    this.session.setState("listening");
  }

  private audioFinished(spoken: SpokenTurn): void {
    if (spoken.turn.signal.aborted) return this.report(spoken);
    if (!spoken.pipeline || spoken.pipeline.sentTexts.length === 0) {
      // Nothing was spoken (TTS failed for every sentence): do not wait for the screen.
      if (this.speakingTurn === spoken) this.speakingTurn = undefined;
      this.report(spoken);
      if (this.session.turnInFlight === undefined) this.session.setState("listening");
      return;
    }
    // A screen that never reports back must not keep the kiosk "speaking" forever.
    spoken.playedTimer = setTimeout(() => this.played(spoken.turn.id, spoken.pipeline!.sentTexts.length - 1, true), this.voice.playedTimeoutMs ?? 60_000);
    spoken.playedTimer.unref?.();
  }

  private playing(turnId: string, seq: number): void {
    const spoken = this.turns.get(turnId);
    if (!spoken || seq !== 0) return;
    spoken.marks.mark("playbackStart");
    this.report(spoken);
  }

  /** The screen finished (complete) or stopped (barge-in) playing a turn's audio. */
  private played(turnId: string, upToSeq: number, complete: boolean): void {
    const spoken = this.turns.get(turnId);
    if (!spoken) return;
    clearTimeout(spoken.playedTimer);
    const sent = spoken.pipeline?.sentTexts ?? [];
    const stillStreaming = !complete || !spoken.pipeline?.isFinished || spoken.turn.signal.aborted;
    if (spoken.reply !== undefined && (stillStreaming || upToSeq < sent.length - 1)) {
      const heard = sent.slice(0, Math.max(0, upToSeq + 1)).join(" ");
      if (heard !== spoken.reply) this.session.trimLastReply(spoken.reply, heard);
    }
    this.report(spoken);
    if (!complete && !spoken.turn.signal.aborted && (this.speakingTurn === spoken || this.session.turnInFlight === spoken.turn)) {
      // The screen stopped playing this turn (without a bargeIn, or before it): stop making more of it.
      this.session.cancelTurn();
      return;
    }
    if (this.speakingTurn === spoken) {
      this.speakingTurn = undefined;
      if (!this.session.turnInFlight) this.session.setState("listening");
    }
  }

  private report(spoken: SpokenTurn): void {
    if (spoken.reported || !spoken.marks.has("speechEnd")) return;
    if (!spoken.marks.has("firstAudioSent") && !spoken.turn.signal.aborted && spoken.pipeline && !spoken.pipeline.isFinished) return;
    spoken.reported = true;
    const result = spoken.marks.result();
    this.ring.add(result);
    this.voice.onLatency?.(result);
    this.session.emit({ type: "latency", turnId: result.turnId, stages: result.stages as Record<string, number> });
  }

  private forget(turnId: string): void {
    const t = this.turns.get(turnId);
    if (t) clearTimeout(t.playedTimer);
    this.turns.delete(turnId);
  }

}
