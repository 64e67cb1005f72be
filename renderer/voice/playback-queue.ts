// Plays a reply's sentences in seq order as their audio arrives, and tells the Node
// side what was heard: `playing` when the first sentence starts (latency), `played`
// when the turn's audio is done (complete) or was stopped (barge-in, stopAudio, a
// newer turn) with the last sentence that finished. Sound output is an interface, so
// this logic is tested without a browser; howler-output.ts is the real one.
import type { Command, KioskEvent } from "../../shared/contract.ts";

export interface Clip {
  turnId: string;
  seq: number;
  mime: string;
  /** base64 */
  data: string;
  text: string;
}

export interface SoundHandlers {
  onStart(): void;
  onEnd(): void;
  /** Could not decode or play: the clip is skipped. */
  onError(message: string): void;
}

export interface PreparedSound {
  play(): void;
  stop(): void;
}

export interface SoundOutput {
  /** Start decoding a clip now; it plays when play() is called. */
  prepare(clip: Clip, handlers: SoundHandlers): PreparedSound;
}

interface TurnPlayback {
  turnId: string;
  sounds: Map<number, PreparedSound>;
  texts: Map<number, string>;
  nextSeq: number;
  playing: number | undefined;
  lastDone: number;
  endCount: number | undefined;
  started: boolean;
}

export type PlaybackListener = (speaking: boolean, text: string | undefined) => void;

export class PlaybackQueue {
  private turn: TurnPlayback | undefined;
  private readonly listeners = new Set<PlaybackListener>();
  /** Turns already stopped: late audio for them is dropped. */
  private readonly stoppedTurns = new Set<string>();

  constructor(
    private readonly output: SoundOutput,
    private readonly send: (cmd: Command) => void,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** True while a reply's sentence is playing or more are due. */
  get speaking(): boolean {
    return this.turn !== undefined && this.turn.playing !== undefined;
  }

  /** The sentence being played (the echo guard compares the microphone with it). */
  get currentText(): string | undefined {
    const t = this.turn;
    return t && t.playing !== undefined ? t.texts.get(t.playing) : undefined;
  }

  get currentTurnId(): string | undefined {
    return this.turn?.turnId;
  }

  onChange(fn: PlaybackListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Feed every event; the queue acts on audio, audioEnd and stopAudio. */
  handle(ev: KioskEvent): void {
    if (ev.type === "audio") this.onAudio(ev);
    else if (ev.type === "audioEnd") this.onAudioEnd(ev.turnId, ev.count);
    else if (ev.type === "stopAudio") this.stop();
  }

  /** Stop at once (barge-in, stopAudio) and report what was heard. */
  stop(): void {
    const t = this.turn;
    if (!t) return;
    this.turn = undefined;
    this.stoppedTurns.add(t.turnId);
    for (const s of t.sounds.values()) s.stop();
    const finished = t.endCount !== undefined && t.lastDone >= t.endCount - 1;
    if (!finished) this.send({ type: "played", turnId: t.turnId, upToSeq: t.lastDone, complete: false });
    this.changed();
  }

  private onAudio(clip: Clip): void {
    if (this.stoppedTurns.has(clip.turnId)) return;
    if (this.turn && this.turn.turnId !== clip.turnId) this.stop();
    const t = (this.turn ??= { turnId: clip.turnId, sounds: new Map(), texts: new Map(), nextSeq: 0, playing: undefined, lastDone: -1, endCount: undefined, started: false });
    if (t.sounds.has(clip.seq) || clip.seq < t.nextSeq) return;
    t.texts.set(clip.seq, clip.text);
    const sound = this.output.prepare(clip, {
      onStart: () => {
        if (this.turn !== t) return;
        if (!t.started) {
          t.started = true;
          this.send({ type: "playing", turnId: t.turnId, seq: clip.seq });
        }
      },
      onEnd: () => this.finished(t, clip.seq),
      onError: (message) => {
        this.log(`could not play sentence ${clip.seq}: ${message}`);
        this.finished(t, clip.seq);
      },
    });
    t.sounds.set(clip.seq, sound);
    this.playNext(t);
  }

  private onAudioEnd(turnId: string, count: number): void {
    const t = this.turn;
    if (!t || t.turnId !== turnId) return;
    t.endCount = count;
    this.maybeComplete(t);
  }

  private finished(t: TurnPlayback, seq: number): void {
    if (this.turn !== t || t.playing !== seq) return;
    t.sounds.delete(seq);
    t.playing = undefined;
    t.lastDone = seq;
    t.nextSeq = seq + 1;
    if (!this.playNext(t)) {
      this.maybeComplete(t);
      this.changed();
    }
  }

  private playNext(t: TurnPlayback): boolean {
    if (t.playing !== undefined) return true;
    const next = t.sounds.get(t.nextSeq);
    if (!next) return false;
    t.playing = t.nextSeq;
    next.play();
    this.changed();
    return true;
  }

  private maybeComplete(t: TurnPlayback): void {
    if (t.endCount === undefined || t.playing !== undefined || t.lastDone < t.endCount - 1) return;
    this.turn = undefined;
    if (t.endCount > 0) this.send({ type: "played", turnId: t.turnId, upToSeq: t.lastDone, complete: true });
    this.changed();
  }

  private changed(): void {
    for (const l of this.listeners) l(this.speaking, this.currentText);
  }
}
