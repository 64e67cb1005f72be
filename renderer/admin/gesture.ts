// The deliberate gesture that opens the admin screen from a hidden corner: hold for
// 3 seconds, or tap 5 times within 2 seconds. Customers brushing the corner do
// neither by accident. Pure logic (times in ms), so it is tested without a DOM.

export interface GestureOptions {
  holdMs: number;
  taps: number;
  tapWindowMs: number;
}

export const DEFAULT_GESTURE: GestureOptions = { holdMs: 3000, taps: 5, tapWindowMs: 2000 };

export class AdminGestureDetector {
  private downAtMs: number | undefined;
  private tapTimes: number[] = [];

  constructor(private readonly opts: GestureOptions = DEFAULT_GESTURE) {}

  /** Finger down; returns when (ms from now) a hold would complete, for a timer. */
  down(nowMs: number): number {
    this.downAtMs = nowMs;
    return this.opts.holdMs;
  }

  /** The hold timer fired: true when the finger is still down long enough. */
  holdElapsed(nowMs: number): boolean {
    if (this.downAtMs === undefined || nowMs - this.downAtMs < this.opts.holdMs) return false;
    this.reset();
    return true;
  }

  /** Finger up: counts as a tap; true when this tap completes the tap sequence. */
  up(nowMs: number): boolean {
    if (this.downAtMs === undefined) return false;
    const held = nowMs - this.downAtMs;
    this.downAtMs = undefined;
    if (held >= this.opts.holdMs) {
      this.reset();
      return true;
    }
    this.tapTimes = [...this.tapTimes.filter((t) => nowMs - t <= this.opts.tapWindowMs), nowMs];
    if (this.tapTimes.length >= this.opts.taps) {
      this.reset();
      return true;
    }
    return false;
  }

  /** The finger slid away or the touch was cancelled. */
  cancel(): void {
    this.downAtMs = undefined;
  }

  reset(): void {
    this.downAtMs = undefined;
    this.tapTimes = [];
  }
}
