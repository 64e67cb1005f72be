// The touchscreen's speed, in Debian Chromium against the real `kiosk serve`:
// - loadToReadyMs: navigation start → the screen has its menu and can take an order
//   (the attract screen's Start button is rendered; it only renders with a menu);
// - startToMenuMs: touching Start (and the dine-in/take-out choice) → the menu grid painted;
// - touchToScreenMs: a cart change by touch (+ / − on a line) → the screen showing the
//   cart's new quantity, painted. That path is WebSocket → session → cart → WebSocket →
//   reducer → React; the goal is under 100 ms.
// Medians (and p95) of repeated runs, milliseconds. Timed inside the page with
// performance.now(), sampled at animation frames.
import type { Page } from "playwright-core";
import { openKiosk, LANDSCAPE } from "../e2e/support/browser.ts";
import { DEMO_MENU, startKioskServer } from "../e2e/support/kiosk-server.ts";
import { summarize } from "./stats.ts";
import type { BenchResult } from "./run.ts";

const LOAD_RUNS = 9;
const TOUCH_WARMUP = 3;
const TOUCH_RUNS = 30;
const TOUCH_GOAL_MS = 100;

/** performance.now() at the first animation frame where `selector` is in the DOM. */
async function frameWhenPresent(page: Page, selector: string): Promise<number> {
  const handle = await page.waitForFunction((sel) => (document.querySelector(sel) ? performance.now() : false), selector, { polling: "raf", timeout: 60_000 });
  return (await handle.jsonValue()) as number;
}

export async function run(): Promise<BenchResult> {
  const server = await startKioskServer({ menu: DEMO_MENU });
  const kiosk = await openKiosk(server.url, { viewport: LANDSCAPE });
  const { page } = kiosk;
  // tsx keeps function names with a helper the page does not have.
  await page.evaluate("globalThis.__name ??= (f) => f");
  try {
    const load: number[] = [];
    const dcl: number[] = [];
    const start: number[] = [];
    for (let i = 0; i < LOAD_RUNS; i++) {
      await page.goto(`${server.url}?idleMs=3600000`, { waitUntil: "commit" });
      await page.evaluate("globalThis.__name ??= (f) => f");
      load.push(await frameWhenPresent(page, ".attract-start"));
      dcl.push(await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? NaN));
      // Start, then the first entry choice if the menu asks one, all inside the page
      // so no automation round trip is counted.
      const startMs = await page.evaluate(async () => {
        const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
        const t0 = performance.now();
        document.querySelector<HTMLButtonElement>(".attract-start")!.click();
        for (;;) {
          await frame();
          const choice = document.querySelector<HTMLButtonElement>(".big-choice");
          if (choice) choice.click();
          if (document.querySelector(".menu-grid .item-card")) return performance.now() - t0;
          if (performance.now() - t0 > 30_000) throw new Error("the menu never appeared");
        }
      });
      start.push(startMs);
    }

    // One line in the cart, then + / − on it, alternating, so the quantity stays 1..2.
    await page.click('.item-card:not([disabled])');
    await page.click(".sheet-add .button");
    await page.waitForSelector(".cart-line[data-line] .stepper-value");
    const touch: number[] = [];
    for (let i = 0; i < TOUCH_WARMUP + TOUCH_RUNS; i++) {
      const plus = i % 2 === 0;
      const ms = await page.evaluate(async (inc) => {
        const line = document.querySelector<HTMLElement>(".cart-line[data-line]")!;
        const before = line.querySelector(".stepper-value")!.textContent;
        const buttons = line.querySelectorAll<HTMLButtonElement>(".stepper-button");
        const button = inc ? buttons[1]! : buttons[0]!;
        const shown = new Promise<void>((resolve) => {
          const list = document.querySelector(".cart-lines")!;
          const mo = new MutationObserver(() => {
            const now = document.querySelector(".cart-line[data-line] .stepper-value")?.textContent;
            if (now !== before) {
              mo.disconnect();
              resolve();
            }
          });
          mo.observe(list, { subtree: true, childList: true, characterData: true });
        });
        const t0 = performance.now();
        button.click();
        await shown;
        // The change is on screen at the next frame.
        await new Promise<void>((r) => requestAnimationFrame(() => r()));
        return performance.now() - t0;
      }, plus);
      if (i >= TOUCH_WARMUP) touch.push(ms);
    }
    const touchSummary = summarize(touch, 1);
    return {
      viewport: `${LANDSCAPE.width}x${LANDSCAPE.height}`,
      loadToReadyMs: summarize(load, 1),
      domContentLoadedMs: summarize(dcl, 1),
      startToMenuMs: summarize(start, 1),
      touchToScreenMs: touchSummary,
      touchGoalMs: TOUCH_GOAL_MS,
      touchGoalMet: touchSummary.medianMs < TOUCH_GOAL_MS,
    };
  } finally {
    // A failure above is the one to report, not a browser that is already gone.
    await kiosk.close().catch(() => {});
    await server.stop();
  }
}
