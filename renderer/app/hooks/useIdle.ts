// "Are you still there?": after idleMs without a touch, a key or anything from the
// conversation, show a countdown; when it runs out, call onTimeout. While the kiosk
// is thinking or speaking the customer is not idle.
import { useEffect, useRef, useState } from "react";

export interface IdleOptions {
  active: boolean;
  busy: boolean;
  idleMs: number;
  countdownMs: number;
  /** Changes whenever something happened worth counting as activity (events). */
  activityKey: unknown;
  onTimeout: () => void;
}

export interface IdleStatus {
  warning: boolean;
  secondsLeft: number;
  stillHere: () => void;
}

const TICK_MS = 250;

export function useIdle(o: IdleOptions): IdleStatus {
  const last = useRef(Date.now());
  const [status, setStatus] = useState<{ warning: boolean; secondsLeft: number }>({ warning: false, secondsLeft: 0 });
  const timeoutRef = useRef(o.onTimeout);
  timeoutRef.current = o.onTimeout;

  useEffect(() => {
    last.current = Date.now();
  }, [o.activityKey, o.active]);

  useEffect(() => {
    const touch = () => {
      last.current = Date.now();
    };
    const evs = ["pointerdown", "keydown", "input", "wheel"] as const;
    for (const e of evs) window.addEventListener(e, touch, { capture: true, passive: true });
    return () => {
      for (const e of evs) window.removeEventListener(e, touch, { capture: true });
    };
  }, []);

  useEffect(() => {
    if (!o.active) {
      setStatus((s) => (s.warning ? { warning: false, secondsLeft: 0 } : s));
      return;
    }
    const id = window.setInterval(() => {
      const now = Date.now();
      if (o.busy) last.current = now;
      const elapsed = now - last.current;
      if (elapsed < o.idleMs) {
        setStatus((s) => (s.warning ? { warning: false, secondsLeft: 0 } : s));
        return;
      }
      const leftMs = o.idleMs + o.countdownMs - elapsed;
      if (leftMs <= 0) {
        last.current = now;
        setStatus({ warning: false, secondsLeft: 0 });
        timeoutRef.current();
        return;
      }
      const secondsLeft = Math.ceil(leftMs / 1000);
      setStatus((s) => (s.warning && s.secondsLeft === secondsLeft ? s : { warning: true, secondsLeft }));
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [o.active, o.busy, o.idleMs, o.countdownMs]);

  return {
    ...status,
    stillHere: () => {
      last.current = Date.now();
      setStatus({ warning: false, secondsLeft: 0 });
    },
  };
}

/** Seconds left until `ms` after mount, ticking once a second; calls onDone at zero. */
export function useCountdown(ms: number, onDone: () => void): number {
  const [left, setLeft] = useState(Math.ceil(ms / 1000));
  const doneRef = useRef(onDone);
  doneRef.current = onDone;
  useEffect(() => {
    const start = Date.now();
    const tick = window.setInterval(() => setLeft(Math.max(0, Math.ceil((ms - (Date.now() - start)) / 1000))), TICK_MS);
    const done = window.setTimeout(() => doneRef.current(), ms);
    return () => {
      window.clearInterval(tick);
      window.clearTimeout(done);
    };
  }, [ms]);
  return left;
}
