// Screen announcements (the guided keypad mode's voice): the screen asks for a text
// to be spoken (`announce` command) and it is synthesised with the kiosk's own TTS
// (the same providers as replies, the offline espeak voice included) and sent as
// ordinary `audio` / `audioEnd` events under the turn id "announce-<id>", which the
// screen's playback queue plays like a reply. Announcements are not dialogue: they
// never enter history or change the kiosk's state.
//
// A newer announcement supersedes the one before it (its synthesis is aborted; the
// screen's queue drops a turn's audio when another turn's arrives). `stop()` (the
// customer pressed a key: `bargeIn`) aborts it and tells the screen to stop playing.
// A screen sending more than `limit.max` in `limit.windowMs` is refused with an
// `error` event, so a stuck key cannot keep a speech service busy.
import type { Command, KioskEvent } from "../../../shared/contract.ts";
import type { TextToSpeech } from "../providers/tts.ts";
import { describeError } from "../providers/retry.ts";
import { SpeechPipeline } from "./speech-pipeline.ts";

export type AnnounceCommand = Extract<Command, { type: "announce" }>;

export interface AnnouncerOptions {
  /** undefined: the kiosk has no voice; announcements are dropped silently (the screen knows from the menu event). */
  tts: TextToSpeech | undefined;
  emit: (event: KioskEvent) => void;
  limit?: { max: number; windowMs: number };
  now?: () => number;
  log?: (line: string) => void;
}

export const DEFAULT_ANNOUNCE_LIMIT = { max: 30, windowMs: 10_000 };

export const announceTurnId = (id: string): string => `announce-${id}`;

export class Announcer {
  private current: { controller: AbortController; pipeline: SpeechPipeline } | undefined;
  private readonly recent: number[] = [];
  private readonly limit: { max: number; windowMs: number };
  private readonly now: () => number;

  constructor(private readonly opts: AnnouncerOptions) {
    this.limit = opts.limit ?? DEFAULT_ANNOUNCE_LIMIT;
    this.now = opts.now ?? (() => performance.now());
  }

  /** Speak `cmd.text`; resolves when its audio was sent (or it was superseded / refused). */
  announce(cmd: AnnounceCommand): Promise<void> {
    const tts = this.opts.tts;
    if (!tts) return Promise.resolve();
    const t = this.now();
    while (this.recent.length > 0 && t - this.recent[0]! >= this.limit.windowMs) this.recent.shift();
    if (this.recent.length >= this.limit.max) {
      this.opts.emit({ type: "error", code: "announce-rate", message: `more than ${this.limit.max} announcements in ${this.limit.windowMs} ms; this one was not spoken` });
      return Promise.resolve();
    }
    this.recent.push(t);
    this.abortCurrent();
    const controller = new AbortController();
    const pipeline = new SpeechPipeline({
      turnId: announceTurnId(cmd.id),
      signal: controller.signal,
      tts,
      lang: () => cmd.lang,
      emit: this.opts.emit,
      concurrency: 2,
      onSentenceFailed: (text, err) => this.opts.log?.(`announcement not spoken ("${text.slice(0, 40)}"): ${describeError(err)}`),
    });
    const mine = { controller, pipeline };
    this.current = mine;
    return pipeline.finish(cmd.text).then(() => {
      if (this.current === mine) this.current = undefined;
    });
  }

  /** The customer pressed a key or spoke: stop the announcement being made or played. */
  stop(): boolean {
    if (!this.current) return false;
    this.abortCurrent();
    this.opts.emit({ type: "stopAudio" });
    return true;
  }

  private abortCurrent(): void {
    this.current?.controller.abort(new Error("announcement superseded"));
    this.current = undefined;
  }
}
