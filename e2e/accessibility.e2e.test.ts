// Accessibility and layout end to end, in both kiosk orientations: at normal size,
// at 200 % text (the root font-size switch) and in high contrast, every control on
// every screen can be brought into view, is not clipped or covered, and is at least
// 48 px each way; axe finds no serious or critical violation; the grid reflows.
import { describe, expect, it, vi } from "vitest";
import { controlProblems, seriousViolations } from "./support/a11y.ts";
import { LANDSCAPE, PORTRAIT, shot, type Viewport } from "./support/browser.ts";
import { kioskSuite } from "./support/suite.ts";
import { addFromSheet, chooseInSheet, lastKioskReply, openItem, readMenu, sayTyped, selectCategory, startOrder, waitForCart, waitForScreen } from "./support/driver.ts";
import { DEMO_MENU } from "./support/kiosk-server.ts";
import { see } from "./support/see.ts";

vi.setConfig({ testTimeout: 240_000 });

const menu = readMenu(DEMO_MENU);

const suite = kioskSuite("accessibility", { menu: DEMO_MENU });

const name = (v: Viewport) => (v.width > v.height ? "landscape" : "portrait");

async function checkScreen(label: string, opts: { axe?: boolean } = {}) {
  const page = suite.page;
  expect(await controlProblems(page), `controls: ${label}`).toEqual([]);
  if (opts.axe !== false) expect(await seriousViolations(page), `axe: ${label}`).toEqual([]);
  await shot(page, label);
}

describe.each([LANDSCAPE, PORTRAIT])("at %o", (viewport) => {
  const vp = name(viewport);

  it("normal size: the grid puts the side panel beside the menu in landscape and below it in portrait; every control fits", async () => {
    const kiosk = await suite.open({ viewport });
    const { page } = kiosk;
    await startOrder(page);
    const [menuBox, sideBox] = await Promise.all([page.locator(".ordering-menu").boundingBox(), page.locator(".ordering-side").boundingBox()]);
    if (vp === "landscape") expect(sideBox!.x).toBeGreaterThanOrEqual(menuBox!.x + menuBox!.width - 1);
    else expect(sideBox!.y).toBeGreaterThanOrEqual(menuBox!.y + menuBox!.height - 1);
    // Nothing scrolls the page itself: panels scroll inside the screen.
    expect(await page.evaluate(() => [document.documentElement.scrollWidth <= innerWidth, document.documentElement.scrollHeight <= innerHeight])).toEqual([true, true]);
    await checkScreen(`a11y-ordering-normal-${vp}`);
    await openItem(page, "americano");
    await checkScreen(`a11y-sheet-normal-${vp}`);
  });

  it("200 % text and high contrast: attract, order type, ordering with an ask, item sheet, read-back, order number", async () => {
    const kiosk = await suite.open({ viewport, query: { doneMs: 60_000 } });
    const { page } = kiosk;
    await waitForScreen(page, "attract");
    await page.getByRole("button", { name: /큰 글씨/ }).click();
    await see(page.locator("html"), { attr: { class: "large-text" } });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("32px");
    await checkScreen(`a11y-attract-large-${vp}`);

    await page.click(".attract-start");
    await waitForScreen(page, "orderType");
    await checkScreen(`a11y-order-type-large-${vp}`);
    await page.locator(".big-choice").first().click();
    await waitForScreen(page, "ordering");

    await openItem(page, "americano");
    await chooseInSheet(page, "temp", "iced");
    await checkScreen(`a11y-sheet-large-${vp}`);
    await addFromSheet(page);
    await waitForCart(page, (c) => c.lines.length === 1);
    await sayTyped(page, "핸드드립 하나");
    await lastKioskReply(page, 0);
    await see(page.locator(".ask-panel"), { visible: true });
    await checkScreen(`a11y-ordering-ask-large-${vp}`);

    // High contrast on top of large text.
    await page.getByRole("button", { name: /고대비/ }).click();
    expect(await page.evaluate(() => [document.documentElement.className, getComputedStyle(document.body).backgroundColor])).toEqual([
      "large-text high-contrast",
      "rgb(0, 0, 0)",
    ]);
    await checkScreen(`a11y-ordering-ask-large-contrast-${vp}`);
    await page.locator('.ask-panel [data-answer]').first().click();
    await waitForCart(page, (c) => c.pending.length === 0 && c.lines.length === 2);

    await page.click(".checkout-button");
    await waitForScreen(page, "review");
    await checkScreen(`a11y-review-large-contrast-${vp}`);
    await page.click(".confirm-button");
    await waitForScreen(page, "placed");
    await checkScreen(`a11y-order-number-large-contrast-${vp}`);
  });

  it("high contrast at normal size: ordering and item sheet", async () => {
    const kiosk = await suite.open({ viewport, query: { highContrast: 1 } });
    const { page } = kiosk;
    await startOrder(page);
    // An item with required choices, from the second shelf.
    const cakeSet = menu.items.find((i) => i.id === "cake-set")!;
    await selectCategory(page, menu.categories.find((c) => c.id === cakeSet.category)!.name.ko!);
    await openItem(page, cakeSet.id);
    await checkScreen(`a11y-sheet-contrast-${vp}`);
    await page.keyboard.press("Escape");
    await see(page.locator(".sheet"), { count: 0 });
    await checkScreen(`a11y-ordering-contrast-${vp}`);
  });
});
