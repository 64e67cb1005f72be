// Where the time of a spoken turn goes. Each voice turn collects marks on one clock
// (epoch milliseconds, the same clock as the screen's Date.now(), so the screen's
// end-of-speech time can be compared): the customer stops talking → the audio
// arrives → the transcript → the first reply text → the first audio byte from TTS →
// the first audio sent to the screen → the screen starts playing. Finished turns go
// into a small ring; the admin screen reads p50/p95 per stage from it.

export type LatencyMark = "speechEnd" | "audioReceived" | "transcript" | "firstText" | "firstAudioByte" | "firstAudioSent" | "playbackStart";

/** Stage name → [from mark, to mark]. Every stage is reported only when both marks exist. */
export const LATENCY_STAGES = {
  /** Screen: WAV encoding + transport. */
  upload: ["speechEnd", "audioReceived"],
  /** Speech-to-text, retries included. */
  stt: ["audioReceived", "transcript"],
  /** Dialogue engine / LLM until its first reply text. */
  firstText: ["transcript", "firstText"],
  /** First sentence complete + TTS first byte. */
  firstAudioByte: ["firstText", "firstAudioByte"],
  /** Rest of the first sentence's audio + sending it. */
  firstAudioSent: ["firstAudioByte", "firstAudioSent"],
  /** Screen: decoding and starting playback. */
  playback: ["firstAudioSent", "playbackStart"],
  /** What the customer feels: silence after they stopped talking until the kiosk speaks. */
  total: ["speechEnd", "playbackStart"],
  /** Same, up to the audio leaving the Node side (when the screen reports no playback). */
  toFirstAudio: ["speechEnd", "firstAudioSent"],
} as const satisfies Record<string, readonly [LatencyMark, LatencyMark]>;

export type LatencyStage = keyof typeof LATENCY_STAGES;

export interface TurnLatency {
  turnId: string;
  /** Epoch ms of each mark that happened. */
  marks: Partial<Record<LatencyMark, number>>;
  /** Stage durations, ms. */
  stages: Partial<Record<LatencyStage, number>>;
}

export const epochNowMs = (): number => performance.timeOrigin + performance.now();

/** Marks of one turn; the first value of a mark wins (the first sentence, the first byte). */
export class LatencyMarks {
  readonly marks: Partial<Record<LatencyMark, number>> = {};
  constructor(
    readonly turnId: string,
    private readonly now: () => number = epochNowMs,
  ) {}

  mark(name: LatencyMark, atMs: number = this.now()): void {
    if (this.marks[name] === undefined) this.marks[name] = atMs;
  }

  has(name: LatencyMark): boolean {
    return this.marks[name] !== undefined;
  }

  result(): TurnLatency {
    const stages: Partial<Record<LatencyStage, number>> = {};
    for (const [stage, [from, to]] of Object.entries(LATENCY_STAGES) as [LatencyStage, readonly [LatencyMark, LatencyMark]][]) {
      const a = this.marks[from];
      const b = this.marks[to];
      if (a !== undefined && b !== undefined) stages[stage] = Math.round((b - a) * 10) / 10;
    }
    return { turnId: this.turnId, marks: { ...this.marks }, stages };
  }
}

export interface StageSummary {
  p50Ms: number;
  p95Ms: number;
  n: number;
}

/** The last `capacity` voice turns, for p50/p95 per stage. */
export class LatencyRing {
  private readonly items: TurnLatency[] = [];
  constructor(readonly capacity = 200) {}

  add(turn: TurnLatency): void {
    this.items.push(turn);
    if (this.items.length > this.capacity) this.items.splice(0, this.items.length - this.capacity);
  }

  recent(): readonly TurnLatency[] {
    return this.items;
  }

  clear(): void {
    this.items.length = 0;
  }

  summary(): Partial<Record<LatencyStage, StageSummary>> {
    const out: Partial<Record<LatencyStage, StageSummary>> = {};
    for (const stage of Object.keys(LATENCY_STAGES) as LatencyStage[]) {
      const xs = this.items.map((t) => t.stages[stage]).filter((x): x is number => x !== undefined);
      if (xs.length) out[stage] = { p50Ms: nearestRank(xs, 50), p95Ms: nearestRank(xs, 95), n: xs.length };
    }
    return out;
  }
}

export function nearestRank(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

/** Every kiosk session of this process records here (the admin screen reads it). */
export const voiceLatency = new LatencyRing();
