// The microphone with voice-activity detection (Silero v5 through vad-web and
// onnxruntime-web). Every file it loads (model, worklet, wasm) is served by the
// kiosk itself under /vad/ — never a CDN. Speech segments come out as Float32
// samples at 16 kHz. A microphone that disappears (unplugged, permission revoked)
// is reported once; the caller decides what to do (touch keeps working).
import { MicVAD } from "@ricky0123/vad-web";

export interface MicOptions {
  /** Where the VAD model, worklet and onnxruntime files are served. */
  assetBase: string;
  /** Silence that ends an utterance, ms (end-of-speech wait). */
  redemptionMs: number;
  /** Audio kept from before speech started, ms. */
  preSpeechPadMs: number;
  /** Shorter speech is a misfire (a cough, a click), ms. */
  minSpeechMs: number;
  positiveSpeechThreshold: number;
  negativeSpeechThreshold: number;
  /** Start with the VAD paused (push-to-talk). */
  startPaused: boolean;
}

export const DEFAULT_MIC: MicOptions = {
  assetBase: "/vad/",
  redemptionMs: 500,
  preSpeechPadMs: 300,
  minSpeechMs: 250,
  positiveSpeechThreshold: 0.5,
  negativeSpeechThreshold: 0.35,
  startPaused: false,
};

export const MIC_CONSTRAINTS: MediaTrackConstraints = {
  channelCount: 1,
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
};

export interface MicCallbacks {
  onSpeechStart(): void;
  /** A finished utterance: 16 kHz mono samples. */
  onSpeechEnd(audio: Float32Array): void;
  onMisfire(): void;
  /** Every 32 ms frame: speech probability and the frame's samples. */
  onFrame(probability: number, frame: Float32Array): void;
  /** The microphone went away (track ended). */
  onLost(reason: string): void;
}

export class MicUnavailableError extends Error {
  constructor(
    readonly kind: "denied" | "no-device" | "failed",
    message: string,
  ) {
    super(message);
    this.name = "MicUnavailableError";
  }
}

export class MicInput {
  private lost = false;
  private constructor(
    private readonly vad: MicVAD,
    private readonly stream: MediaStream,
  ) {}

  static async open(opts: MicOptions, cb: MicCallbacks, getStream?: () => Promise<MediaStream>): Promise<MicInput> {
    if (!navigator.mediaDevices?.getUserMedia) throw new MicUnavailableError("no-device", "this browser has no microphone access");
    const ref: { mic?: MicInput; stream?: MediaStream } = {};
    const lost = (why: string) => {
      if (ref.mic && !ref.mic.lost) {
        ref.mic.lost = true;
        cb.onLost(why);
      }
    };
    // The microphone opens only once the model has loaded (MicVAD calls this from
    // start()), so nothing said while the model loads is half-heard.
    const acquire = async (): Promise<MediaStream> => {
      if (ref.stream) return ref.stream;
      let stream: MediaStream;
      try {
        stream = getStream ? await getStream() : await navigator.mediaDevices.getUserMedia({ audio: MIC_CONSTRAINTS });
      } catch (err) {
        const name = (err as DOMException)?.name;
        if (name === "NotAllowedError" || name === "SecurityError") throw new MicUnavailableError("denied", "microphone permission denied");
        if (name === "NotFoundError" || name === "OverconstrainedError") throw new MicUnavailableError("no-device", "no microphone found");
        throw new MicUnavailableError("failed", `microphone failed: ${String(err)}`);
      }
      for (const track of stream.getAudioTracks()) track.addEventListener("ended", () => lost("the microphone was disconnected"));
      ref.stream = stream;
      return stream;
    };
    let vad: MicVAD;
    try {
      vad = await MicVAD.new({
        model: "v5",
        baseAssetPath: opts.assetBase,
        onnxWASMBasePath: opts.assetBase,
        redemptionMs: opts.redemptionMs,
        preSpeechPadMs: opts.preSpeechPadMs,
        minSpeechMs: opts.minSpeechMs,
        positiveSpeechThreshold: opts.positiveSpeechThreshold,
        negativeSpeechThreshold: opts.negativeSpeechThreshold,
        // Push-to-talk: releasing the button ends the utterance.
        submitUserSpeechOnPause: true,
        startOnLoad: false,
        // One stream for the kiosk's life: pausing must not close the microphone.
        getStream: acquire,
        pauseStream: async () => {},
        resumeStream: acquire,
        ortConfig: (ort) => {
          ort.env.logLevel = "error";
          // The model is tiny; one thread avoids worker start-up cost.
          ort.env.wasm.numThreads = 1;
        },
        onSpeechStart: () => cb.onSpeechStart(),
        onSpeechEnd: (audio) => cb.onSpeechEnd(audio),
        onVADMisfire: () => cb.onMisfire(),
        onFrameProcessed: (probs, frame) => cb.onFrame(probs.isSpeech, frame),
      });
    } catch (err) {
      throw new MicUnavailableError("failed", `voice detection could not start: ${String((err as Error)?.message ?? err)}`);
    }
    try {
      await vad.start();
    } catch (err) {
      for (const t of ref.stream?.getTracks() ?? []) t.stop();
      throw err instanceof MicUnavailableError ? err : new MicUnavailableError("failed", `microphone failed: ${String(err)}`);
    }
    const mic = new MicInput(vad, ref.stream!);
    ref.mic = mic;
    if (opts.startPaused) await vad.pause();
    return mic;
  }

  /** The microphone stream (the echo guard measures its loudness). */
  get mediaStream(): MediaStream {
    return this.stream;
  }

  get listening(): boolean {
    return this.vad.listening;
  }

  async resume(): Promise<void> {
    if (!this.lost) await this.vad.start();
  }

  /** Pause listening; an utterance in progress is submitted (push-to-talk release). */
  async pause(): Promise<void> {
    await this.vad.pause();
  }

  async destroy(): Promise<void> {
    try {
      await this.vad.destroy();
    } catch {
      // already torn down (a lost device)
    }
    for (const t of this.stream.getTracks()) t.stop();
  }
}
