// Signing kitchen deliveries (see README.md in this folder for the wire format).
// The signature covers the timestamp and the exact body bytes, so a receiver can
// reject a replayed old delivery and any change to the order in transit.
import { createHmac, timingSafeEqual } from "node:crypto";

export const HEADER_SIGNATURE = "x-kiosk-signature";
export const HEADER_TIMESTAMP = "x-kiosk-timestamp";
export const HEADER_IDEMPOTENCY_KEY = "idempotency-key";
export const HEADER_ATTEMPT = "x-kiosk-delivery-attempt";
export const SIGNATURE_VERSION = "v1";
/** A delivery whose timestamp is further than this from the receiver's clock is refused. */
export const DEFAULT_TOLERANCE_MS = 5 * 60_000;

/** The string that is signed: `<timestamp ms>.<raw body>`. */
export function signedString(timestampMs: number | string, body: string): string {
  return `${timestampMs}.${body}`;
}

export function sign(secret: string, timestampMs: number, body: string): string {
  return `${SIGNATURE_VERSION}=${createHmac("sha256", secret).update(signedString(timestampMs, body)).digest("hex")}`;
}

export type VerifyResult = { ok: true; timestampMs: number } | { ok: false; reason: "missing-signature" | "bad-timestamp" | "stale" | "bad-signature" };

/** Check a delivery's signature headers against its raw body, in constant time. */
export function verify(
  secret: string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  body: string,
  nowMs: number,
  toleranceMs = DEFAULT_TOLERANCE_MS,
): VerifyResult {
  if (!headers.signature) return { ok: false, reason: "missing-signature" };
  if (!headers.timestamp || !/^\d{1,16}$/.test(headers.timestamp)) return { ok: false, reason: "bad-timestamp" };
  const ts = Number(headers.timestamp);
  if (Math.abs(nowMs - ts) > toleranceMs) return { ok: false, reason: "stale" };
  const expected = createHmac("sha256", secret).update(signedString(headers.timestamp, body)).digest();
  const prefix = `${SIGNATURE_VERSION}=`;
  const given = headers.signature.startsWith(prefix) ? headers.signature.slice(prefix.length) : "";
  const givenBytes = /^[0-9a-f]{64}$/i.test(given) ? Buffer.from(given, "hex") : Buffer.alloc(expected.length);
  // Always compare full-length buffers so timing does not reveal how much matched.
  const same = timingSafeEqual(expected, givenBytes) && givenBytes.length === expected.length && given.length === 64;
  return same ? { ok: true, timestampMs: ts } : { ok: false, reason: "bad-signature" };
}

/** Clock differences up to this are left alone (a Date header has one-second resolution, and answers take time). */
export const CLOCK_SKEW_THRESHOLD_MS = 30_000;

/**
 * The receiver's clock as a sender sees it. A kiosk without internet has no time
 * server, so its clock drifts from the hub's or the kitchen's; past the tolerance every
 * delivery would be refused as stale and the kitchen would never see an order. Each
 * answer's Date header tells the receiver's time: when ours is off by more than 30 s,
 * sign with theirs. The receiver still checks every timestamp against its own clock
 * (and every signature); only the time this sender signs with moves.
 */
export class ReceiverClock {
  private offsetMs = 0;

  /** The time to sign with. */
  now(localMs: number): number {
    return localMs + this.offsetMs;
  }

  /** Learn from an answer's Date header; returns the new offset when it changed. */
  learn(dateHeader: string | null | undefined, localMs: number): number | undefined {
    const theirs = dateHeader ? Date.parse(dateHeader) : NaN;
    if (!Number.isFinite(theirs)) return undefined;
    const seen = theirs - localMs;
    const next = Math.abs(seen) > CLOCK_SKEW_THRESHOLD_MS ? seen : 0;
    const changed = next === 0 ? this.offsetMs !== 0 : Math.abs(next - this.offsetMs) > CLOCK_SKEW_THRESHOLD_MS;
    if (!changed) return undefined;
    this.offsetMs = next;
    return next;
  }
}

/** "7 min ahead of" / "2 min behind" / "in step with": the receiver's clock against this machine's. */
export function describeClockOffset(offsetMs: number): string {
  if (offsetMs === 0) return "in step with";
  const minutes = Math.max(1, Math.round(Math.abs(offsetMs) / 60_000));
  return `${minutes} min ${offsetMs > 0 ? "ahead of" : "behind"}`;
}
