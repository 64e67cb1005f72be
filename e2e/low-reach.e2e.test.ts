// The low-reach layout end to end, in both orientations, at normal size and at
// 200 % text: switched on by one touch on a button that is itself low on the
// screen (or preset with ?lowReach=1), then a whole order, attract to number. On
// every screen every control's top lies in the lower 45 % of the screen, every
// control still fits (≥ 48 px, not clipped, not covered: it scrolls instead), and
// axe finds nothing serious. Also: axe and the controls in the guided and easy
// modes and all modes together, the easy mode's confirm step, and the read-back's
// required choice at 200 % text.
import { describe, expect, it, vi } from "vitest";
import { controlProblems, seriousViolations } from "./support/a11y.ts";
import { LANDSCAPE, PORTRAIT, shot, type Viewport } from "./support/browser.ts";
import { kioskSuite } from "./support/suite.ts";
import { addFromSheet, chooseInSheet, openItem, startOrder, waitForCart, waitForScreen } from "./support/driver.ts";
import type { Page } from "playwright-core";
import { DEMO_MENU } from "./support/kiosk-server.ts";
import { reachProblems } from "./support/guide.ts";

vi.setConfig({ testTimeout: 300_000 });

const suite = kioskSuite("low-reach", { menu: DEMO_MENU, startTimeoutMs: 300_000 });

/** Attract → ordering; in easy mode the order-type choice is confirmed first. */
async function startAnyMode(page: Page): Promise<void> {
  await waitForScreen(page, "attract");
  await page.click(".attract-start");
  await waitForScreen(page, "orderType");
  await page.locator(".big-choice").first().click();
  if (await page.locator(".kiosk.mode-easy").count()) {
    expect(await page.locator("#confirm-question").textContent()).toBe("매장, 맞나요?");
    await page.click('.confirm-modal [data-answer="yes"]');
  }
  await waitForScreen(page, "ordering");
}

const orientation = (v: Viewport) => (v.width > v.height ? "landscape" : "portrait");

async function checkReach(label: string): Promise<void> {
  const page = suite.page;
  expect(await reachProblems(page), `reach: ${label}`).toEqual([]);
  expect(await controlProblems(page), `controls: ${label}`).toEqual([]);
  expect(await seriousViolations(page), `axe: ${label}`).toEqual([]);
  await shot(page, `low-reach-${label}`);
}

describe.each([
  [PORTRAIT, false],
  [LANDSCAPE, false],
  [PORTRAIT, true],
  [LANDSCAPE, true],
])("low reach at %o, 200 %% text: %s", (viewport, large) => {
  const name = `${orientation(viewport)}${large ? "-large" : ""}`;

  it("every screen of a whole order keeps every control in the lower 45 %", async () => {
    // Portrait at normal size: switched on by touch on the start screen's own low button.
    const byTouch = viewport === PORTRAIT && !large;
    const kiosk = await suite.open({ viewport, query: { doneMs: 120_000, ...(byTouch ? {} : { lowReach: 1 }), ...(large ? { largeText: 1 } : {}) } });
    const { page } = kiosk;
    await waitForScreen(page, "attract");
    if (byTouch) {
      const button = page.locator('.attract-modes [data-mode="lowReach"]');
      // The rule bites: without the layout, controls sit higher than that. (Polled: on a
      // loaded machine the start screen's controls may not be laid out yet when it shows.)
      await button.waitFor({ state: "visible" });
      await expect.poll(async () => (await reachProblems(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
      const box = (await button.boundingBox())!;
      expect(box.y, "the low-reach button is itself low").toBeGreaterThanOrEqual(viewport.height * 0.55);
      await button.click();
    }
    await page.waitForSelector(".kiosk.mode-low-reach");
    // Voice input cannot work on this kiosk (no speech-to-text configured): the header says why.
    expect(await page.locator(".voice-problem").textContent()).toBe("음성 입력을 쓸 수 없어요: 음성 인식이 설정되지 않았어요");
    await checkReach(`attract-${name}`);

    await page.click(".attract-start");
    await waitForScreen(page, "orderType");
    await checkReach(`order-type-${name}`);
    await page.locator(".big-choice").nth(1).click();
    await waitForScreen(page, "ordering");
    await checkReach(`ordering-${name}`);

    await openItem(page, "americano");
    await chooseInSheet(page, "temp", "iced");
    await checkReach(`sheet-${name}`);
    await addFromSheet(page);
    await waitForCart(page, (c) => c.lines.length === 1);
    await checkReach(`ordering-cart-${name}`);

    await page.click(".checkout-button");
    await waitForScreen(page, "review");
    await checkReach(`review-${name}`);
    await page.click(".confirm-button");
    await waitForScreen(page, "placed");
    await checkReach(`placed-${name}`);
    expect(await page.locator(".placed-lines li").first().textContent()).toBe("아메리카노 ×14,000원");
  });
});

describe("every mode stays clean", () => {
  it.each([
    ["guided", { guide: 1 }],
    ["easy", { easy: 1 }],
    ["all modes, 200 % text, high contrast", { guide: 1, lowReach: 1, easy: 1, largeText: 1, highContrast: 1 }],
  ])("%s: axe and the controls on the menu and the item sheet", async (label, query) => {
    const kiosk = await suite.open({ viewport: PORTRAIT, query });
    const { page } = kiosk;
    await startAnyMode(page);
    expect(await seriousViolations(page), `axe: ${label} ordering`).toEqual([]);
    expect(await controlProblems(page), `controls: ${label} ordering`).toEqual([]);
    await openItem(page, "americano");
    expect(await seriousViolations(page), `axe: ${label} sheet`).toEqual([]);
    expect(await controlProblems(page), `controls: ${label} sheet`).toEqual([]);
    await shot(page, `modes-${label.replace(/[^a-z0-9]+/gi, "-")}`);
  });

  it("time: the idle warning is extended by any key, and the customer can turn the time limit off", async () => {
    const kiosk = await suite.open({ viewport: PORTRAIT, query: { idleMs: 1000, idleCountdownMs: 60_000 } });
    const { page } = kiosk;
    await startOrder(page);
    await page.waitForSelector(".idle-modal");
    await page.keyboard.press("Shift");
    await page.waitForSelector(".idle-modal", { state: "detached" });
    await page.waitForSelector(".idle-modal");
    expect(await seriousViolations(page), "axe: idle warning").toEqual([]);
    await page.getByRole("button", { name: "시간 제한 없이 계속하기" }).click();
    await page.waitForSelector(".idle-modal", { state: "detached" });
    // Several idle periods later: no warning, still ordering.
    await page.waitForTimeout(3500);
    expect(await page.locator(".idle-modal").count()).toBe(0);
    await waitForScreen(page, "ordering");
  });

  it("easy mode: voice offered first, a confirm step before every change, nothing sent on no", async () => {
    const kiosk = await suite.open({ viewport: PORTRAIT, query: { easy: 1 } });
    const { page } = kiosk;
    await startAnyMode(page);
    // No speech-to-text here: easy mode says plainly that voice is not available now.
    expect(await page.locator(".easy-voice-first").textContent()).toContain("지금은 말로 주문할 수 없어요");
    await openItem(page, "americano");
    await page.click(".sheet-add .button");
    await page.waitForSelector(".confirm-modal");
    expect(await page.locator("#confirm-question").textContent()).toBe("아메리카노 한 개, 장바구니에 담을까요?");
    expect(await seriousViolations(page), "axe: confirm").toEqual([]);
    await shot(page, "easy-confirm");
    await page.click('.confirm-modal [data-answer="yes"]');
    await waitForCart(page, (c) => c.lines.length === 1 && c.lines[0]!.qty === 1);
    // A change answered "no" changes nothing.
    await page.click('.cart-line .stepper-button[aria-label$="하나 더"]');
    expect(await page.locator("#confirm-question").textContent()).toBe("아메리카노, 두 개로 바꿀까요?");
    await page.click('.confirm-modal [data-answer="no"]');
    await page.waitForSelector(".confirm-modal", { state: "detached" });
    await page.waitForTimeout(300);
    expect((await waitForCart(page, (c) => c.lines.length === 1)).lines[0]!.qty).toBe(1);
  });

  it("at 200 % text the read-back's eat-in / take-out choice is never under the total", async () => {
    for (const viewport of [PORTRAIT, LANDSCAPE]) {
      const kiosk = await suite.open({ viewport, query: { largeText: 1 } });
      const { page } = kiosk;
      await startOrder(page);
      for (const item of ["americano", "espresso", "cappuccino"]) {
        await openItem(page, item);
        await addFromSheet(page);
      }
      await waitForCart(page, (c) => c.lines.length === 3);
      await page.click(".checkout-button");
      await waitForScreen(page, "review");
      // As the customer first sees it (nothing scrolled): every part of the choice that is on
      // screen is the choice itself, not the total or the buttons over it. Below the screen
      // edge it may go (the screen scrolls to it); under another element it may not.
      const covered = await page.evaluate(() => {
        const out: string[] = [];
        for (const b of Array.from(document.querySelectorAll<HTMLElement>(".review-order-option .seg-button"))) {
          const r = b.getBoundingClientRect();
          const x = r.left + r.width / 2;
          for (let y = r.top + 4; y < r.bottom - 3; y += 8) {
            if (y < 0 || y >= innerHeight) continue;
            const hit = document.elementFromPoint(x, y);
            if (!hit || !(b === hit || b.contains(hit))) {
              out.push(`${b.textContent} at y=${Math.round(y)}: under ${hit?.className ?? "nothing"}`);
              break;
            }
          }
        }
        return out;
      });
      await shot(page, `review-large-${orientation(viewport)}`);
      expect(covered, orientation(viewport)).toEqual([]);
      expect(await controlProblems(page)).toEqual([]);
      await suite.closePage();
    }
  });
});
