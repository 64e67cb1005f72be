// Web-first assertions for playwright-core (which has no test runner of its own):
// poll what the page shows until it matches or the time is up, then fail with what
// was last seen. One function, checks as data, so every test reads the same way.
import type { Locator } from "playwright-core";

export interface Seen {
  count: number;
  text: string;
  visible: boolean;
  disabled: boolean;
  attrs: Record<string, string>;
}

export interface Want {
  count?: number;
  /** Whole text (trimmed, spaces collapsed) equals a string or matches a pattern. */
  text?: string | RegExp;
  contains?: string;
  visible?: boolean;
  disabled?: boolean;
  attr?: Record<string, string>;
}

async function look(loc: Locator): Promise<Seen> {
  return loc.evaluateAll((els) => {
    const first = els[0] as HTMLElement | undefined;
    const attrs: Record<string, string> = {};
    if (first) for (const a of Array.from(first.attributes)) attrs[a.name] = a.value;
    let visible = false;
    if (first) {
      const r = first.getBoundingClientRect();
      const st = getComputedStyle(first);
      visible = r.width > 0 && r.height > 0 && st.visibility !== "hidden" && st.display !== "none";
    }
    return {
      count: els.length,
      text: (first?.textContent ?? "").replace(/\s+/g, " ").trim(),
      visible,
      disabled: first ? (first as HTMLButtonElement).disabled === true : false,
      attrs,
    };
  });
}

function matches(s: Seen, w: Want): boolean {
  if (w.count !== undefined && s.count !== w.count) return false;
  if (w.visible !== undefined && s.visible !== w.visible) return false;
  if (w.disabled !== undefined && (s.count === 0 || s.disabled !== w.disabled)) return false;
  if (w.text !== undefined && (s.count === 0 || (typeof w.text === "string" ? s.text !== w.text : !w.text.test(s.text)))) return false;
  if (w.contains !== undefined && (s.count === 0 || !s.text.includes(w.contains))) return false;
  if (w.attr) for (const [k, v] of Object.entries(w.attr)) if (s.attrs[k] !== v) return false;
  return true;
}

/** Wait until the first element of `loc` (and their count) is as wanted. */
export async function see(loc: Locator, want: Want, timeoutMs = 10_000): Promise<Seen> {
  const deadline = Date.now() + timeoutMs;
  let seen = await look(loc);
  while (!matches(seen, want)) {
    if (Date.now() > deadline) {
      throw new Error(`${String(loc)}: wanted ${JSON.stringify(want, (_k, v: unknown) => (v instanceof RegExp ? String(v) : v))}, saw ${JSON.stringify(seen)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
    seen = await look(loc);
  }
  return seen;
}
