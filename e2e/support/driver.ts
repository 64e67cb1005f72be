// What a customer does at the kiosk, as steps on the page, and what the screen
// shows, read back from it. Selectors are the screen's own roles, labels and data
// attributes; texts come from the menu under test, never from this file.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import type { Menu } from "../../shared/menu/schema.ts";

export function readMenu(file: string): Menu {
  return JSON.parse(readFileSync(file, "utf8")) as Menu;
}

export type Screen = "attract" | "orderType" | "ordering" | "review" | "placed";

export async function waitForScreen(page: Page, screen: Screen, timeoutMs = 15_000): Promise<void> {
  await page.waitForSelector(`.kiosk[data-screen="${screen}"]`, { timeout: timeoutMs });
}

/** Attract → (order type, choosing `orderChoice` or the first) → ordering. */
export async function startOrder(page: Page, orderChoiceName?: string): Promise<void> {
  await waitForScreen(page, "attract");
  await page.click(".attract-start");
  const screen = await page.getAttribute(".kiosk", "data-screen");
  if (screen === "orderType") {
    const choice = orderChoiceName ? page.locator(".big-choice", { hasText: orderChoiceName }) : page.locator(".big-choice").first();
    await choice.click();
  }
  await waitForScreen(page, "ordering");
}

export async function selectCategory(page: Page, categoryName: string): Promise<void> {
  await page.getByRole("tab", { name: categoryName, exact: true }).click();
}

export async function openItem(page: Page, itemId: string): Promise<void> {
  await page.click(`.item-card[data-item="${itemId}"]`);
  await page.waitForSelector('.sheet[role="dialog"]');
}

export async function chooseInSheet(page: Page, groupId: string, choiceId: string): Promise<void> {
  await page.click(`fieldset[data-group="${groupId}"] label[data-choice="${choiceId}"]`);
}

export async function addFromSheet(page: Page): Promise<void> {
  await page.click(".sheet-add .button");
  await page.waitForSelector('.sheet[role="dialog"]', { state: "detached" });
}

export async function sayTyped(page: Page, text: string): Promise<void> {
  await page.fill("#say-input", text);
  await page.press("#say-input", "Enter");
}

/** Waits until the kiosk has answered the last thing the customer said, and returns the answer. */
export async function lastKioskReply(page: Page, turnsBefore: number, timeoutMs = 15_000): Promise<string> {
  await page.waitForFunction(
    (n) => {
      const replies = document.querySelectorAll('.bubble[data-role="kiosk"]:not(.bubble-streaming)');
      return replies.length > n;
    },
    turnsBefore,
    { timeout: timeoutMs },
  );
  return page.evaluate(() => {
    const all = document.querySelectorAll('.bubble[data-role="kiosk"]');
    return (all[all.length - 1]?.textContent ?? "").replace(/^[^:]*:\s*/, "");
  });
}

export async function kioskReplyCount(page: Page): Promise<number> {
  return page.locator('.bubble[data-role="kiosk"]:not(.bubble-streaming)').count();
}

export interface CartLineOnScreen {
  item: string;
  qty: number;
  options: string;
  total: string;
}

export interface CartOnScreen {
  lines: CartLineOnScreen[];
  pending: { item: string; missing: string }[];
  total: number;
  totalText: string;
}

export async function cartOnScreen(page: Page): Promise<CartOnScreen> {
  return page.evaluate(() => {
    const lines = Array.from(document.querySelectorAll<HTMLElement>(".cart-line[data-line]")).map((el) => ({
      item: el.dataset.item ?? "",
      qty: Number(el.querySelector(".stepper-value")?.textContent ?? "NaN"),
      options: el.querySelector(".cart-line-options")?.textContent ?? "",
      total: el.querySelector(".cart-line-total")?.textContent ?? "",
    }));
    const pending = Array.from(document.querySelectorAll<HTMLElement>(".cart-line[data-pending]")).map((el) => ({
      item: el.dataset.item ?? "",
      missing: el.querySelector(".cart-line-missing")?.textContent ?? "",
    }));
    const totalEl = document.querySelector<HTMLElement>(".cart-total-amount");
    return { lines, pending, total: Number(totalEl?.dataset.total ?? "NaN"), totalText: totalEl?.textContent ?? "" };
  });
}

/** Waits until the cart on screen satisfies `check` (cart events arrive asynchronously). */
export async function waitForCart(page: Page, check: (c: CartOnScreen) => boolean, timeoutMs = 15_000): Promise<CartOnScreen> {
  const deadline = Date.now() + timeoutMs;
  let last = await cartOnScreen(page);
  while (!check(last)) {
    if (Date.now() > deadline) throw new Error(`the cart on screen never matched: ${JSON.stringify(last)}`);
    await page.waitForTimeout(50);
    last = await cartOnScreen(page);
  }
  return last;
}
