// The business day an order belongs to. A café open until 2 a.m. still counts those
// orders to the previous day, so order numbers reset at a configurable boundary
// (default 04:00 local time), not at midnight. Computed on the wall clock of the
// store's time zone, so daylight-saving jumps never split or merge days.

export const DEFAULT_DAY_START = "04:00";

/** "HH:MM" (24 h) → minutes after midnight; throws on anything else. */
export function parseDayStart(text: string): number {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  if (!m) throw new Error(`business day start must be HH:MM (24-hour), got "${text}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? "";
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      ...(timeZone ? { timeZone } : {}),
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      hourCycle: "h23",
    });
    formatters.set(key, f);
  }
  return f;
}

/** The wall-clock time at `ms` in `timeZone` (default: the process's local zone). */
export function wallClock(ms: number, timeZone?: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(ms);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute") };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** "YYYY-MM-DD" of the business day that contains `ms`. */
export function businessDayOf(ms: number, dayStartMinutes: number, timeZone?: string): string {
  const w = wallClock(ms, timeZone);
  let y = w.year;
  let mo = w.month;
  let d = w.day;
  if (w.hour * 60 + w.minute < dayStartMinutes) {
    // Before the boundary: still yesterday's business day (calendar arithmetic in UTC is exact).
    const prev = new Date(Date.UTC(y, mo - 1, d) - 86_400_000);
    y = prev.getUTCFullYear();
    mo = prev.getUTCMonth() + 1;
    d = prev.getUTCDate();
  }
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
}

/** Orders per local clock hour, from their placing times (hours with none are left out). */
export function countByHour(placedAtMs: Iterable<number>, timeZone?: string): { hour: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const ms of placedAtMs) {
    const h = wallClock(ms, timeZone).hour;
    counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([hour, count]) => ({ hour, count }));
}
