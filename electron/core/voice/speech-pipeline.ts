// One turn's spoken reply: streamed reply text → sentences → text-to-speech (a few
// sentences at once, so sentence 2 is ready when sentence 1 ends) → `audio` events
// strictly in order → `audioEnd`. The turn's AbortSignal stops it all: pending
// synthesis is cancelled and nothing more is sent. A sentence that cannot be spoken
// is skipped (seq numbers stay contiguous over what was actually sent), so one
// failure never stalls the screen's playback queue.
import type { KioskEvent } from "../../../shared/contract.ts";
import type { SpeechAudio, TextToSpeech } from "../providers/tts.ts";
import { SentenceChunker, type ChunkerOptions } from "./chunker.ts";

export interface SpeechPipelineOptions {
  turnId: string;
  signal: AbortSignal;
  tts: TextToSpeech;
  /** The session's language when a sentence is synthesised (replies can switch language). */
  lang: () => string;
  emit: (event: KioskEvent) => void;
  /** Sentences synthesised at the same time (default 2). */
  concurrency?: number;
  chunker?: ChunkerOptions;
  onFirstAudioByte?: () => void;
  onFirstAudioSent?: () => void;
  onSentenceFailed?: (text: string, err: unknown) => void;
}

interface Pending {
  text: string;
  audio: Promise<SpeechAudio | undefined>;
}

/** Which voice to use for a sentence: Hangul → Korean, Latin only → English, else the session's. */
export function speechLang(text: string, sessionLang: string): string {
  if (/[\uAC00-\uD7A3]/.test(text)) return "ko";
  if (/[A-Za-z]/.test(text)) return "en";
  return sessionLang;
}

export class SpeechPipeline {
  /** Text of each `audio` event sent, by seq: what the customer can have heard. */
  readonly sentTexts: string[] = [];
  private readonly chunker: SentenceChunker;
  private readonly queue: Pending[] = [];
  private running = 0;
  private waiting: (() => void)[] = [];
  private tail: Promise<void> = Promise.resolve();
  private finished = false;
  private firstByte = false;
  /** Resolves when audioEnd was sent or the turn was aborted. */
  readonly done: Promise<void>;
  private resolveDone!: () => void;
  /** All reply text pushed so far (to compare with the final reply). */
  textSoFar = "";

  constructor(private readonly opts: SpeechPipelineOptions) {
    this.chunker = new SentenceChunker(opts.chunker);
    this.done = new Promise((r) => (this.resolveDone = r));
    opts.signal.addEventListener("abort", () => this.resolveDone(), { once: true });
  }

  get aborted(): boolean {
    return this.opts.signal.aborted;
  }

  get isFinished(): boolean {
    return this.finished;
  }

  /** Streamed reply text. */
  push(delta: string): void {
    if (this.finished || this.aborted) return;
    this.textSoFar += delta;
    for (const s of this.chunker.push(delta)) this.enqueue(s);
  }

  /** The reply is complete; `finalText` (the whole reply) adds whatever was not streamed. */
  finish(finalText?: string): Promise<void> {
    if (this.finished) return this.done;
    if (finalText !== undefined && !this.aborted) {
      if (finalText.startsWith(this.textSoFar)) this.push(finalText.slice(this.textSoFar.length));
      // A reply that differs from what was streamed: what was streamed is what is spoken.
    }
    this.finished = true;
    if (!this.aborted) for (const s of this.chunker.flush()) this.enqueue(s);
    this.tail = this.tail.then(() => {
      if (!this.aborted) this.opts.emit({ type: "audioEnd", turnId: this.opts.turnId, count: this.sentTexts.length });
      this.resolveDone();
    });
    return this.done;
  }

  private enqueue(text: string): void {
    const pending: Pending = { text, audio: this.synthesize(text) };
    this.queue.push(pending);
    this.tail = this.tail.then(() => this.send(pending));
  }

  private async synthesize(text: string): Promise<SpeechAudio | undefined> {
    await this.slot();
    try {
      if (this.aborted) return undefined;
      return await this.opts.tts.synthesize(text, {
        lang: speechLang(text, this.opts.lang()),
        signal: this.opts.signal,
        onFirstByte: () => {
          if (!this.firstByte) {
            this.firstByte = true;
            this.opts.onFirstAudioByte?.();
          }
        },
      });
    } catch (err) {
      if (!this.aborted) this.opts.onSentenceFailed?.(text, err);
      return undefined;
    } finally {
      this.release();
    }
  }

  private async send(p: Pending): Promise<void> {
    const audio = await p.audio;
    if (!audio || this.aborted) return;
    const seq = this.sentTexts.length;
    this.sentTexts.push(p.text);
    this.opts.emit({ type: "audio", turnId: this.opts.turnId, seq, mime: audio.mime, data: Buffer.from(audio.audio).toString("base64"), text: p.text });
    if (seq === 0) this.opts.onFirstAudioSent?.();
  }

  private slot(): Promise<void> {
    if (this.running < (this.opts.concurrency ?? 2)) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(() => (this.running++, resolve())));
  }

  private release(): void {
    this.running--;
    this.waiting.shift()?.();
  }
}
