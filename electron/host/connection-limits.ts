// Per-connection and per-host limits for the web host's screens. Each `say` can
// cost several model calls and each `audio` up to ~6 MB sent to speech-to-text, so
// one connection may not send them as fast as it likes; nor may one address hold
// many screens open. Token buckets: a burst is fine, a sustained flood is refused.

export interface ConnectionLimits {
  /** Any message: sustained rate and burst. */
  messagesPerSecond: number;
  messageBurst: number;
  /** `say` and `audio` (model and speech calls): sustained rate per minute and burst. */
  turnsPerMinute: number;
  turnBurst: number;
  /** Bytes received per minute (audio is the big one). */
  bytesPerMinute: number;
  /** Screens open at once, in all, and per address off this machine. */
  maxConnections: number;
  maxConnectionsPerRemoteAddress: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  messagesPerSecond: 20,
  messageBurst: 60,
  turnsPerMinute: 30,
  turnBurst: 10,
  bytesPerMinute: 64 * 1024 * 1024,
  maxConnections: 64,
  maxConnectionsPerRemoteAddress: 4,
};

export class TokenBucket {
  private tokens: number;
  private lastMs: number;

  constructor(
    private readonly capacity: number,
    private readonly refillPerMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = capacity;
    this.lastMs = now();
  }

  /** Take `n` tokens if there are that many (a request bigger than the bucket is allowed only when it is full). */
  take(n = 1): boolean {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + (t - this.lastMs) * this.refillPerMs);
    this.lastMs = t;
    const need = Math.min(n, this.capacity);
    if (this.tokens < need) return false;
    this.tokens -= n;
    return true;
  }
}

/** Commands that start model or speech work. Big frames count as audio without being parsed twice. */
export function isCostlyCommand(text: string): boolean {
  return text.length > 4096 || /"type"\s*:\s*"(say|audio)"/.test(text);
}

/** One connection's budget: admit() says whether a message may go on to the kiosk. */
export class ConnectionBudget {
  private readonly messages: TokenBucket;
  private readonly turns: TokenBucket;
  private readonly bytes: TokenBucket;

  constructor(limits: ConnectionLimits = DEFAULT_CONNECTION_LIMITS, now: () => number = Date.now) {
    this.messages = new TokenBucket(limits.messageBurst, limits.messagesPerSecond / 1000, now);
    this.turns = new TokenBucket(limits.turnBurst, limits.turnsPerMinute / 60_000, now);
    this.bytes = new TokenBucket(limits.bytesPerMinute, limits.bytesPerMinute / 60_000, now);
  }

  admit(text: string): { ok: true } | { ok: false; reason: string } {
    if (!this.messages.take()) return { ok: false, reason: "too many messages; slow down" };
    if (!this.bytes.take(Buffer.byteLength(text, "utf8"))) return { ok: false, reason: "too much data in the last minute; slow down" };
    if (isCostlyCommand(text) && !this.turns.take()) return { ok: false, reason: "too many spoken or typed turns in the last minute; slow down" };
    return { ok: true };
  }
}
