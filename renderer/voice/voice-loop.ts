// The screen's half of the voice loop: microphone + VAD → speech segments → `audio`
// commands; `audio` events → the playback queue; the customer speaking over the
// kiosk → `bargeIn` (guarded against the kiosk's own voice). Lives outside React
// (one per screen); React reads it through useVoice().
import type { Command, KioskEvent } from "../../shared/contract.ts";
import { DEFAULT_ECHO_GUARD, EchoGuard, type EchoGuardOptions } from "./echo-guard.ts";
import { DEFAULT_MIC, MicInput, MicUnavailableError, type MicOptions } from "./mic.ts";
import { PlaybackQueue, type SoundOutput } from "./playback-queue.ts";
import { bytesToBase64, encodeSpeechWav } from "./wav-encode.ts";

export type MicStatus = "off" | "starting" | "listening" | "hearing" | "unavailable" | "denied" | "needs-setup";
export type VoiceMode = "hands-free" | "push-to-talk";

export interface VoiceSnapshot {
  mic: MicStatus;
  mode: VoiceMode;
  /** The kiosk is playing a reply. */
  speaking: boolean;
  /** Push-to-talk button held. */
  talking: boolean;
  /** From the Node side's `menu` event. */
  input: boolean;
  output: boolean;
  /** Why the mic is off (for staff and logs). */
  detail?: string;
}

export interface VoiceConnection {
  send(cmd: Command): void;
  onEvent(fn: (ev: KioskEvent) => void): () => void;
}

export interface VoiceLoopOptions {
  mode: VoiceMode;
  mic: MicOptions;
  echo: EchoGuardOptions;
  output: SoundOutput & { outputLevel(): number; micLevelProbe(stream: MediaStream): { level(): number; close(): void } };
  /** How often the echo guard samples the two loudness envelopes, ms. */
  envelopeEveryMs?: number;
  /** Override the microphone stream (tests; a device picker). */
  getStream?: () => Promise<MediaStream>;
  log?: (line: string) => void;
}

export class VoiceLoop {
  private snap: VoiceSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly queue: PlaybackQueue;
  private readonly guard: EchoGuard;
  private mic: MicInput | undefined;
  private sampler: { timer: ReturnType<typeof setInterval>; close(): void } | undefined;
  private opening: Promise<void> | undefined;
  private wanted = false;
  private segmentStartedWhileSpeaking = false;
  private segmentBargedIn = false;
  private readonly stopEvents: () => void;
  private readonly log: (line: string) => void;
  /** Counters the e2e tests and the staff screen read. */
  readonly stats = { segmentsSent: 0, echoSegmentsDropped: 0, bargeIns: 0, echoVerdicts: 0 };

  constructor(
    private readonly conn: VoiceConnection,
    private readonly opts: VoiceLoopOptions,
  ) {
    this.log = opts.log ?? ((l) => console.info(`[voice] ${l}`));
    this.snap = { mic: "off", mode: opts.mode, speaking: false, talking: false, input: false, output: false };
    this.guard = new EchoGuard(opts.echo);
    this.queue = new PlaybackQueue(opts.output, (c) => conn.send(c), this.log);
    this.queue.onChange((speaking) => this.set({ speaking }));
    this.stopEvents = conn.onEvent((ev) => this.onEvent(ev));
    navigator.mediaDevices?.addEventListener?.("devicechange", this.onDeviceChange);
  }

  // --- React side ------------------------------------------------------------
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getSnapshot = (): VoiceSnapshot => this.snap;

  /** The screen wants the microphone on (a customer is there) or off. */
  setWanted(on: boolean): void {
    this.wanted = on;
    void this.sync();
  }

  /** Push-to-talk: the button went down. Speaking over the kiosk stops it. */
  async pressToTalk(): Promise<void> {
    if (this.snap.speaking) this.bargeIn("button");
    this.set({ talking: true });
    await this.sync();
    await this.mic?.resume();
  }

  /** Push-to-talk: released; the utterance so far is sent. */
  async releaseToTalk(): Promise<void> {
    this.set({ talking: false });
    if (this.snap.mode === "push-to-talk") await this.mic?.pause();
  }

  /** Stop the kiosk talking now (the customer spoke, touched, or pressed the button). */
  bargeIn(why: string): void {
    if (!this.queue.speaking && this.queue.currentTurnId === undefined) return;
    this.stats.bargeIns++;
    this.log(`barge-in (${why})`);
    // bargeIn first: the Node side aborts the turn, then learns how much was heard.
    this.conn.send({ type: "bargeIn" });
    this.queue.stop();
  }

  async destroy(): Promise<void> {
    this.stopEvents();
    navigator.mediaDevices?.removeEventListener?.("devicechange", this.onDeviceChange);
    this.queue.stop();
    this.stopSampler();
    await this.mic?.destroy();
    this.mic = undefined;
  }

  // --- events from the Node side ----------------------------------------------
  private onEvent(ev: KioskEvent): void {
    if (ev.type === "menu") {
      this.set({ input: ev.voice.input, output: ev.voice.output, ...(ev.voice.input ? {} : { mic: "needs-setup" as const, detail: ev.voice.reason }) });
      void this.sync();
      return;
    }
    this.queue.handle(ev);
  }

  // --- microphone ----------------------------------------------------------------
  private async sync(): Promise<void> {
    if (this.opening) await this.opening;
    const want = this.wanted && this.snap.input;
    if (!want) {
      if (this.mic) {
        this.log("microphone off");
        this.stopSampler();
        const m = this.mic;
        this.mic = undefined;
        await m.destroy();
      }
      if (this.snap.mic !== "needs-setup" && this.snap.mic !== "denied" && this.snap.mic !== "unavailable") this.set({ mic: "off" });
      return;
    }
    if (this.mic || this.snap.mic === "denied") return;
    this.opening = this.open();
    await this.opening;
    this.opening = undefined;
  }

  private async open(): Promise<void> {
    this.log("opening the microphone");
    this.set({ mic: "starting", detail: undefined });
    const pushToTalk = this.snap.mode === "push-to-talk";
    try {
      this.mic = await MicInput.open(
        { ...this.opts.mic, startPaused: pushToTalk && !this.snap.talking },
        {
          onSpeechStart: () => this.onSpeechStart(),
          onSpeechEnd: (audio) => this.onSpeechEnd(audio),
          onMisfire: () => this.endSegment(),
          onFrame: (p) => this.onFrame(p),
          onLost: (why) => void this.onLost(why),
        },
        this.opts.getStream,
      );
      this.startSampler(this.mic.mediaStream);
      this.set({ mic: "listening" });
      this.log("microphone listening");
    } catch (err) {
      const e = err instanceof MicUnavailableError ? err : new MicUnavailableError("failed", String(err));
      this.log(`microphone unavailable: ${e.message}`);
      this.set({ mic: e.kind === "denied" ? "denied" : "unavailable", detail: e.message });
    }
  }

  /** Both loudness envelopes, sampled together, for the echo guard. */
  private startSampler(stream: MediaStream): void {
    this.stopSampler();
    const probe = this.opts.output.micLevelProbe(stream);
    const timer = setInterval(() => this.guard.envelope(probe.level(), this.opts.output.outputLevel(), performance.now()), this.opts.envelopeEveryMs ?? 20);
    this.sampler = { timer, close: () => probe.close() };
  }

  private stopSampler(): void {
    if (!this.sampler) return;
    clearInterval(this.sampler.timer);
    this.sampler.close();
    this.sampler = undefined;
    this.guard.reset();
  }

  private async onLost(why: string): Promise<void> {
    this.stopSampler();
    this.log(why);
    const m = this.mic;
    this.mic = undefined;
    this.set({ mic: "unavailable", detail: why });
    await m?.destroy();
  }

  /** A microphone plugged back in: try again. */
  private onDeviceChange = (): void => {
    if (this.snap.mic === "unavailable" && this.wanted) void this.sync();
  };

  private onSpeechStart(): void {
    this.segmentStartedWhileSpeaking = this.queue.speaking;
    this.segmentBargedIn = false;
    if (!this.queue.speaking) this.set({ mic: "hearing" });
  }

  private onFrame(probability: number): void {
    const verdict = this.guard.frame(probability, this.queue.speaking);
    if (verdict === "echo") {
      this.stats.echoVerdicts++;
      this.log(`own voice heard (envelope correlation ${this.guard.lastCorrelation.toFixed(2)}): not a barge-in`);
    } else if (verdict === "barge-in") {
      this.segmentBargedIn = true;
      this.bargeIn(`speech over the reply, correlation ${this.guard.lastCorrelation.toFixed(2)}`);
      this.set({ mic: "hearing" });
    }
  }

  private onSpeechEnd(audio: Float32Array): void {
    const speechEndAtMs = Date.now();
    const echo = this.segmentStartedWhileSpeaking && !this.segmentBargedIn;
    this.endSegment();
    if (echo) {
      // Started while the kiosk talked and never passed the guard: its own voice.
      this.stats.echoSegmentsDropped++;
      this.log(`dropped a ${Math.round(audio.length / 16)} ms segment heard while speaking (echo)`);
      return;
    }
    this.stats.segmentsSent++;
    this.conn.send({ type: "audio", wav: bytesToBase64(encodeSpeechWav(audio)), speechEndAtMs });
  }

  private endSegment(): void {
    this.segmentStartedWhileSpeaking = false;
    this.segmentBargedIn = false;
    if (this.snap.mic === "hearing") this.set({ mic: "listening" });
  }

  private set(patch: Partial<VoiceSnapshot>): void {
    this.snap = { ...this.snap, ...patch };
    for (const l of this.listeners) l();
  }
}

export function defaultVoiceOptions(output: VoiceLoopOptions["output"], overrides: Partial<VoiceLoopOptions> = {}): VoiceLoopOptions {
  return { mode: "hands-free", mic: DEFAULT_MIC, echo: DEFAULT_ECHO_GUARD, output, ...overrides };
}
