// Chromium driven by playwright-core (the machine's own, else the one the
// @sparticuz/chromium dev dependency ships: test-support/chromium.ts): one persistent
// context with a throwaway profile per test, the flags the project's CI uses, and every
// page error collected so a test can insist there were none.
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { chromiumLaunch } from "../../test-support/chromium.ts";
import { PROJECT_ROOT } from "./kiosk-server.ts";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const LANDSCAPE = { width: 1920, height: 1080 } as const;
export const PORTRAIT = { width: 1080, height: 1920 } as const;
export type Viewport = { width: number; height: number };

export interface KioskPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors in the page (must stay empty). */
  errors: string[];
  close(): Promise<void>;
}

export async function openKiosk(baseUrl: string, opts: { viewport?: Viewport; query?: Record<string, string | number> } = {}): Promise<KioskPage> {
  const profile = mkdtempSync(join(tmpdir(), "kiosk-e2e-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunch(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: opts.viewport ?? LANDSCAPE,
    deviceScaleFactor: 1,
    hasTouch: false,
    reducedMotion: "reduce",
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // CI machines are small and busy; waits are for things that do happen, so be patient.
  page.setDefaultTimeout(45_000);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // A slow machine must not meet the (60 s) idle timeout mid-test; the idle test sets its own.
  const query = { idleMs: 3_600_000, ...opts.query };
  const q = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  await page.goto(`${baseUrl}${q.size ? `?${q}` : ""}`, { waitUntil: "domcontentloaded" });
  return {
    page,
    context,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const SHOT_DIR = join(PROJECT_ROOT, "e2e", "screenshots");

/** A full-viewport screenshot under e2e/screenshots/ (gitignored), for people to look at. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOT_DIR, { recursive: true });
  const file = join(SHOT_DIR, `${name}.png`);
  // Let fonts and pictures settle so the picture shows what a customer sees.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file });
  return file;
}
