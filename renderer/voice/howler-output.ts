// Sound output through howler (Web Audio): each sentence is decoded from a data:
// URL as soon as it arrives (so the next one is ready when the current one ends),
// and everything goes through Howler's master gain, where an analyser measures
// what the kiosk is saying right now (for the echo guard).
import { Howl, Howler } from "howler";
import type { Clip, PreparedSound, SoundHandlers, SoundOutput } from "./playback-queue.ts";

const FORMATS: Record<string, string> = {
  "audio/mpeg": "mp3",
  "audio/mp3": "mp3",
  "audio/wav": "wav",
  "audio/x-wav": "wav",
  "audio/wave": "wav",
  "audio/ogg": "ogg",
  "audio/opus": "opus",
  "audio/aac": "aac",
  "audio/webm": "webm",
  "audio/flac": "flac",
};

export class HowlerOutput implements SoundOutput {
  private analyser: AnalyserNode | undefined;
  private buf: Float32Array<ArrayBuffer> | undefined;

  prepare(clip: Clip, h: SoundHandlers): PreparedSound {
    const format = FORMATS[clip.mime.toLowerCase()] ?? clip.mime.split("/")[1] ?? "mp3";
    let wanted = false;
    let loaded = false;
    let stopped = false;
    const howl = new Howl({
      src: [`data:${clip.mime};base64,${clip.data}`],
      format: [format],
      html5: false,
      preload: true,
      onload: () => {
        loaded = true;
        if (wanted && !stopped) howl.play();
      },
      onplay: () => h.onStart(),
      onend: () => {
        howl.unload();
        h.onEnd();
      },
      onloaderror: (_id, err) => {
        howl.unload();
        h.onError(`decode: ${String(err)}`);
      },
      onplayerror: (_id, err) => {
        howl.unload();
        h.onError(`play: ${String(err)}`);
      },
    });
    return {
      play: () => {
        wanted = true;
        this.ensureAnalyser();
        if (loaded && !stopped) howl.play();
      },
      stop: () => {
        stopped = true;
        howl.stop();
        howl.unload();
      },
    };
  }

  /** RMS (0..1) of what the kiosk is playing right now; 0 when silent or unknown. */
  outputLevel(): number {
    const a = this.analyser;
    if (!a || !this.buf) return 0;
    a.getFloatTimeDomainData(this.buf);
    let sq = 0;
    for (const v of this.buf) sq += v * v;
    return Math.sqrt(sq / this.buf.length);
  }

  /**
   * A loudness probe on a microphone stream, in the same AudioContext as the output
   * analyser, so the echo guard samples both at the same instants.
   */
  micLevelProbe(stream: MediaStream): { level(): number; close(): void } {
    Howler.volume(); // makes sure howler's AudioContext exists
    const ctx = Howler.ctx;
    if (!ctx) return { level: () => 0, close: () => {} };
    this.ensureAnalyser();
    const src = ctx.createMediaStreamSource(stream);
    const a = ctx.createAnalyser();
    a.fftSize = 1024;
    src.connect(a);
    const buf = new Float32Array(a.fftSize);
    return {
      level: () => {
        a.getFloatTimeDomainData(buf);
        let sq = 0;
        for (const v of buf) sq += v * v;
        return Math.sqrt(sq / buf.length);
      },
      close: () => src.disconnect(),
    };
  }

  /** Howler's AudioContext (the e2e echo test routes it into a fake microphone). */
  get context(): AudioContext | undefined {
    return Howler.ctx ?? undefined;
  }

  private ensureAnalyser(): void {
    if (this.analyser || !Howler.ctx || !Howler.masterGain) return;
    const a = Howler.ctx.createAnalyser();
    a.fftSize = 1024;
    Howler.masterGain.connect(a);
    this.analyser = a;
    this.buf = new Float32Array(a.fftSize);
  }
}
