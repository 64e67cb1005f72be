// Decides whether speech heard while the kiosk is talking is the customer (barge-in)
// or the kiosk's own voice coming back through the microphone (echo). Browser echo
// cancellation removes most of it, but not all, and not on every device. Two tests,
// both needed for a barge-in while the kiosk speaks:
//  1. stronger evidence than normal: a higher speech probability, held longer;
//  2. the microphone's loudness envelope must NOT follow the kiosk's output
//     envelope (allowing for the delay through speaker, room and audio buffers):
//     the kiosk's own voice tracks it closely; a customer talking over it does not.

export interface EchoGuardOptions {
  /** Speech probability a frame needs while the kiosk speaks. */
  speakingThreshold: number;
  /** Consecutive such frames before a barge-in (32 ms each with Silero v5). */
  minFrames: number;
  /** Frames of history compared. */
  window: number;
  /** Largest delay (frames) between output and microphone considered. */
  maxLagFrames: number;
  /** Envelope correlation at or above this is echo. */
  echoCorrelation: number;
  /** Output quieter than this (RMS) is "the kiosk is silent": no echo possible. */
  outputFloor: number;
}

export const DEFAULT_ECHO_GUARD: EchoGuardOptions = {
  speakingThreshold: 0.8,
  minFrames: 8,
  window: 24,
  maxLagFrames: 10,
  echoCorrelation: 0.6,
  outputFloor: 0.003,
};

export type GuardVerdict = "barge-in" | "echo" | undefined;

export class EchoGuard {
  private mic: number[] = [];
  private out: number[] = [];
  private run = 0;
  /** The last correlation computed (for logs and tests). */
  lastCorrelation = NaN;

  constructor(readonly opts: EchoGuardOptions = DEFAULT_ECHO_GUARD) {}

  reset(): void {
    this.mic = [];
    this.out = [];
    this.run = 0;
  }

  /**
   * One VAD frame (every frame, so the history reaches back before the kiosk
   * started talking): its speech probability, the microphone's RMS in it, the
   * kiosk's output RMS at that moment, and whether the kiosk is speaking. Returns
   * a verdict when there is one (only while speaking).
   */
  frame(probability: number, micRms: number, outRms: number, speaking = true): GuardVerdict {
    this.mic.push(micRms);
    this.out.push(outRms);
    const keep = this.opts.window + this.opts.maxLagFrames;
    if (this.mic.length > keep) {
      this.mic.splice(0, this.mic.length - keep);
      this.out.splice(0, this.out.length - keep);
    }
    if (!speaking) {
      this.run = 0;
      return undefined;
    }
    this.run = probability >= this.opts.speakingThreshold ? this.run + 1 : 0;
    if (this.run < this.opts.minFrames) return undefined;
    const corr = this.echoLikeness();
    this.lastCorrelation = corr;
    if (Number.isNaN(corr)) return undefined;
    if (corr >= this.opts.echoCorrelation) {
      this.run = 0;
      return "echo";
    }
    return "barge-in";
  }

  /**
   * Best correlation of log-envelopes over the allowed delays (−1..1); 0 when the
   * kiosk was silent over the compared stretch; NaN while there is too little
   * history to tell (the caller waits).
   */
  echoLikeness(): number {
    let best = NaN;
    let silent = true;
    for (let lag = 0; lag <= this.opts.maxLagFrames; lag++) {
      const n = Math.min(this.opts.window, this.mic.length - lag);
      if (n < this.opts.minFrames) continue;
      const end = this.out.length - lag;
      const outSeg = this.out.slice(end - n, end);
      if (Math.max(...outSeg) < this.opts.outputFloor) continue;
      silent = false;
      const c = pearson(this.mic.slice(-n).map(db), outSeg.map(db));
      best = Number.isNaN(best) ? c : Math.max(best, c);
    }
    if (silent && this.mic.length >= this.opts.minFrames) return 0;
    return best;
  }
}

const db = (rms: number) => 20 * Math.log10(Math.max(rms, 1e-5));

export function pearson(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n < 2) return 0;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i]! - ma;
    const y = b[i]! - mb;
    cov += x * y;
    va += x * x;
    vb += y * y;
  }
  if (va === 0 || vb === 0) return 0;
  return cov / Math.sqrt(va * vb);
}

export function rms(frame: Float32Array): number {
  let sq = 0;
  for (const v of frame) sq += v * v;
  return frame.length ? Math.sqrt(sq / frame.length) : 0;
}
