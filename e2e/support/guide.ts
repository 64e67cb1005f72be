// Helpers for the barrier-free end-to-end tests: what the kiosk asked the speech
// service to say (the fake OpenAI server records every request), keyboard-only
// navigation to a control, a page-side counter proving no pointer was used, and the
// low-reach rule (every control's top in the lower 45 % of the screen).
import type { Page } from "playwright-core";
import type { FakeAudio } from "../../test-support/fake-openai/audio.ts";

/** Everything the kiosk asked to be spoken since `from` (an index into the recorded requests). */
export function spokenSince(audio: FakeAudio, from: number): string {
  return audio.speeches
    .slice(from)
    .map((s) => s.input)
    .join(" ");
}

/** Waits until every fragment was asked to be spoken since `from`; returns the text. */
export async function waitForSpoken(page: Page, audio: FakeAudio, from: number, fragments: string[], timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = spokenSince(audio, from);
    if (fragments.every((f) => text.includes(f))) return text;
    if (Date.now() > deadline) throw new Error(`never spoken: ${JSON.stringify(fragments.filter((f) => !text.includes(f)))}\nspoken: ${text}`);
    await page.waitForTimeout(50);
  }
}

/**
 * Waits until nothing new was asked to be spoken for `quietMs`: announcements a screen
 * change starts may still be arriving, and a key pressed meanwhile has its spoken answer
 * replaced by them (the newest announcement wins).
 */
export async function waitForQuiet(page: Page, audio: FakeAudio, quietMs = 800, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let count = audio.speeches.length;
  let since = Date.now();
  for (;;) {
    if (audio.speeches.length !== count) {
      count = audio.speeches.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    if (Date.now() > deadline) throw new Error(`speech never went quiet for ${quietMs} ms`);
    await page.waitForTimeout(50);
  }
}

/** Presses ArrowDown until the focused element matches `selector`; returns how many presses it took. */
export async function arrowTo(page: Page, selector: string, maxPresses = 60): Promise<number> {
  for (let n = 0; n <= maxPresses; n++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return n;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`${selector} never got the focus after ${maxPresses} presses (focused: ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))})`);
}

/** Counts pointer and mouse events in the page, to prove an order was made without them. */
export async function countPointerEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __pointerEvents: number };
    w.__pointerEvents = 0;
    for (const type of ["pointerdown", "pointerup", "mousedown", "mouseup", "touchstart"]) {
      window.addEventListener(type, () => w.__pointerEvents++, { capture: true });
    }
  });
}

export const pointerEventCount = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __pointerEvents: number }).__pointerEvents);

export interface ReachProblem {
  control: string;
  top: number;
  limit: number;
}

/**
 * The low-reach rule: brought into view, every customer control of the kiosk (in
 * the open dialog when there is one) has its top in the lower `fraction` of the
 * viewport, i.e. no higher than `fraction` of the screen height above its bottom edge.
 */
export async function reachProblems(page: Page, fraction = 0.45): Promise<ReachProblem[]> {
  await page.evaluate("globalThis.__name ??= (f) => f");
  return page.evaluate((frac) => {
    const limit = innerHeight * (1 - frac);
    const root = document.querySelector(".kiosk")!;
    const dialogs = root.querySelectorAll('[aria-modal="true"]');
    const scope = dialogs[dialogs.length - 1] ?? root;
    const out: { control: string; top: number; limit: number }[] = [];
    const controls = Array.from(scope.querySelectorAll<HTMLElement>('button, input:not([type="radio"]):not([type="checkbox"]), [role="tab"], label.choice, a[href], select, textarea'));
    for (const el of controls) {
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden" || el.closest(".visually-hidden")) continue;
      el.scrollIntoView({ block: "nearest", inline: "nearest" });
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.top < limit - 1) out.push({ control: `${el.tagName.toLowerCase()}.${String(el.className).split(/\s+/).join(".")} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 30)}"`, top: Math.round(r.top), limit: Math.round(limit) });
    }
    return out;
  }, fraction);
}
