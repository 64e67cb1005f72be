// Decides whether speech heard while the kiosk is talking is the customer (barge-in)
// or the kiosk's own voice coming back through the microphone (echo). Browser echo
// cancellation removes most of it, but not all, and not on every device. Two tests,
// both needed for a barge-in while the kiosk speaks:
//  1. stronger evidence than normal: a higher speech probability, held longer;
//  2. the microphone's loudness envelope must NOT follow the kiosk's output
//     envelope (allowing for the delay through speaker, room and audio buffers):
//     the kiosk's own voice tracks it closely; a customer talking over it does not.
// The two envelopes are sampled together, at the same instants (envelope()), from
// analysers on the microphone stream and on the kiosk's output — not from the VAD's
// frames, which can run late behind real time on a busy machine.

export interface EchoGuardOptions {
  /** Speech probability a VAD frame needs while the kiosk speaks. */
  speakingThreshold: number;
  /** Consecutive such frames before a barge-in is considered (32 ms each with Silero v5). */
  minFrames: number;
  /** Envelope history compared, ms. */
  windowMs: number;
  /** Largest delay between output and microphone considered, ms. */
  maxLagMs: number;
  /** Fewer envelope samples than this in the window: too little to tell, wait. */
  minSamples: number;
  /** Envelope correlation at or above this is echo. */
  echoCorrelation: number;
  /** Output quieter than this (RMS) over the window is "the kiosk is silent": no echo possible. */
  outputFloor: number;
  /** Consecutive evaluations that must all say "not echo" before a barge-in. */
  confirmEvaluations: number;
}

export const DEFAULT_ECHO_GUARD: EchoGuardOptions = {
  speakingThreshold: 0.8,
  minFrames: 8,
  windowMs: 800,
  maxLagMs: 240,
  minSamples: 10,
  echoCorrelation: 0.6,
  outputFloor: 0.003,
  confirmEvaluations: 3,
};

export type GuardVerdict = "barge-in" | "echo" | undefined;

interface Sample {
  atMs: number;
  mic: number;
  out: number;
}

export class EchoGuard {
  private samples: Sample[] = [];
  private run = 0;
  private notEcho = 0;
  /** The last correlation computed (for logs and tests). */
  lastCorrelation = NaN;

  constructor(readonly opts: EchoGuardOptions = DEFAULT_ECHO_GUARD) {}

  reset(): void {
    this.samples = [];
    this.run = 0;
    this.notEcho = 0;
  }

  /** Loudness of the microphone and of the kiosk's output, measured at the same instant. */
  envelope(micRms: number, outRms: number, atMs: number): void {
    this.samples.push({ atMs, mic: micRms, out: outRms });
    const keepFrom = atMs - this.opts.windowMs - this.opts.maxLagMs;
    while (this.samples.length > 0 && this.samples[0]!.atMs < keepFrom) this.samples.shift();
  }

  /** One VAD frame: its speech probability, and whether the kiosk is speaking. A verdict only while speaking. */
  frame(probability: number, speaking: boolean): GuardVerdict {
    if (!speaking) {
      this.run = 0;
      this.notEcho = 0;
      return undefined;
    }
    this.run = probability >= this.opts.speakingThreshold ? this.run + 1 : 0;
    if (this.run < this.opts.minFrames) {
      this.notEcho = 0;
      return undefined;
    }
    const corr = this.echoLikeness();
    this.lastCorrelation = corr;
    if (Number.isNaN(corr)) return undefined;
    if (corr >= this.opts.echoCorrelation) {
      this.run = 0;
      this.notEcho = 0;
      return "echo";
    }
    // One window that does not match can be a transition (a sentence starting or
    // ending); a customer talking keeps not matching.
    return ++this.notEcho >= this.opts.confirmEvaluations ? "barge-in" : undefined;
  }

  /**
   * Best correlation of the log-envelopes over the allowed delays (−1..1); 0 when
   * the kiosk was silent over the window; NaN while there are too few samples.
   */
  echoLikeness(): number {
    const s = this.samples;
    if (s.length < this.opts.minSamples) return NaN;
    const now = s[s.length - 1]!.atMs;
    const inWindow = s.filter((x) => x.atMs >= now - this.opts.windowMs);
    if (inWindow.length < this.opts.minSamples) return NaN;
    const mic = inWindow.map((x) => db(x.mic));
    let best = NaN;
    let silent = true;
    // Delays in whole samples, from the typical spacing of the samples.
    const spacing = Math.max(1, (now - inWindow[0]!.atMs) / Math.max(1, inWindow.length - 1));
    const maxLag = Math.min(Math.round(this.opts.maxLagMs / spacing), s.length - inWindow.length);
    const first = s.length - inWindow.length;
    for (let lag = 0; lag <= maxLag; lag++) {
      const outSeg = s.slice(first - lag, s.length - lag).map((x) => x.out);
      if (Math.max(...outSeg) < this.opts.outputFloor) continue;
      silent = false;
      const c = pearson(mic, outSeg.map(db));
      best = Number.isNaN(best) ? c : Math.max(best, c);
    }
    return silent ? 0 : best;
  }
}

/** Loudness in dB, floored at −60 dB: digital silence and a quiet room are the same thing here. */
const db = (rms: number) => 20 * Math.log10(Math.max(rms, 1e-3));

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
