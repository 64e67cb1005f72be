// A store the screen has never seen (e2e/fixtures/harbor-noodles.menu.json): English
// first, US dollars, a required order option with a price, an item with a required
// choice, a narrowed group, a sold-out item, an item with no picture and one whose
// picture is missing. Nothing in the screen knows this store; it all comes from the menu.
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { controlProblems, seriousViolations } from "./support/a11y.ts";
import { LANDSCAPE, PORTRAIT, shot } from "./support/browser.ts";
import { kioskSuite } from "./support/suite.ts";
import { addFromSheet, chooseInSheet, lastKioskReply, openItem, readMenu, sayTyped, selectCategory, waitForCart, waitForScreen } from "./support/driver.ts";
import { PROJECT_ROOT } from "./support/kiosk-server.ts";
import { see } from "./support/see.ts";

vi.setConfig({ testTimeout: 180_000 });

const MENU = join(PROJECT_ROOT, "e2e/fixtures/harbor-noodles.menu.json");
const menu = readMenu(MENU);
const item = (id: string) => menu.items.find((i) => i.id === id)!;
const group = (id: string) => menu.optionGroups.find((g) => g.id === id)!;
const usd = (cents: number) => `$${(cents / 100).toFixed(2)}`;

const suite = kioskSuite("other-store", { menu: MENU });

async function expectAccessible(label: string) {
  expect(await seriousViolations(suite.page), `axe: ${label}`).toEqual([]);
  expect(await controlProblems(suite.page), `controls: ${label}`).toEqual([]);
}

describe("a noodle bar in dollars, English first", () => {
  it("takes a touch order: required order option, required item choice, toppings, chili level, order number", async () => {
    const kiosk = await suite.open({ viewport: PORTRAIT });
    const { page } = kiosk;
    await waitForScreen(page, "attract");
    // The menu's first language is the kiosk's.
    await see(page.locator("html"), { attr: { lang: "en" } });
    await see(page.locator(".attract-title"), { text: "Speak or touch the screen to order" });
    await see(page.locator(".store-name"), { text: menu.store.name.en! });
    await shot(page, "20-noodles-attract-portrait");
    await expectAccessible("noodles attract");

    await page.click(".attract-start");
    await waitForScreen(page, "orderType");
    const serve = menu.orderOptions![0]!;
    await see(page.locator("#order-type-title"), { text: serve.name.en! });
    const takeAway = serve.choices!.find((c) => c.id === "take-away")!;
    await shot(page, "21-noodles-order-type-portrait");
    await expectAccessible("noodles order type");
    await page.locator(".big-choice", { hasText: takeAway.name.en! }).click();
    await waitForScreen(page, "ordering");

    // The menu as the menu says: dollars, a sold-out card, a letter tile where there is no picture.
    await see(page.locator('.item-card[data-item="house-ramen"] .item-price'), { text: usd(item("house-ramen").price) });
    await see(page.locator('.item-card[data-item="cold-soba"]'), { attr: { "aria-disabled": "true" }, contains: "Sold out" });
    await shot(page, "22-noodles-ordering-portrait");
    await expectAccessible("noodles ordering");

    // House ramen: broth is required (Add waits for it); two toppings at most; chili 0..5.
    await openItem(page, "house-ramen");
    const add = page.locator(".sheet-add .button");
    await see(add, { disabled: true });
    await see(page.locator("#sheet-missing"), { text: `Please choose: ${group("broth").name.en}` });
    const spicy = group("broth").choices!.find((c) => c.price)!;
    await see(page.locator(`label[data-choice="${spicy.id}"]`), { contains: `+${usd(spicy.price!)}` });
    await chooseInSheet(page, "broth", spicy.id);
    await chooseInSheet(page, "toppings", "egg");
    await chooseInSheet(page, "toppings", "chashu");
    // A third topping is not allowed by the menu's max of 2.
    await see(page.locator('label[data-choice="corn"] input'), { disabled: true });
    await page.locator('fieldset[data-group="chili"] .stepper-button').last().click();
    await page.locator('fieldset[data-group="chili"] .stepper-button').last().click();
    await see(add, { disabled: false, text: "Add" });
    await shot(page, "23-noodles-sheet-portrait");
    await expectAccessible("noodles sheet");
    await addFromSheet(page);

    const toppings = group("toppings").choices!;
    const unit = item("house-ramen").price + spicy.price! + toppings[0]!.price! + toppings[1]!.price!;
    const cart = await waitForCart(page, (c) => c.lines.length === 1);
    expect(cart.lines[0]).toMatchObject({ item: "house-ramen", qty: 1, total: usd(unit) });
    expect(cart.lines[0]!.options).toBe(`${spicy.name.en} · ${toppings[0]!.name.en} · ${toppings[1]!.name.en} · ${group("chili").name.en} ×2`);
    expect(cart.total).toBe(unit);
    expect(cart.totalText).toBe(usd(unit));

    // Edamame's picture is missing on purpose: the card falls back to a letter tile.
    await selectCategory(page, menu.categories.find((c) => c.id === "sides")!.name.en!);
    await see(page.locator('.item-card[data-item="edamame"] .item-image-tile'), { text: "E" });
    await see(page.locator('.item-card[data-item="gyoza"] .item-image-tile'), { text: "G" });

    await page.click(".checkout-button");
    await waitForScreen(page, "review");
    await see(page.getByRole("button", { name: takeAway.name.en!, exact: true }), { attr: { "aria-pressed": "true" } });
    await shot(page, "24-noodles-review-portrait");
    await expectAccessible("noodles review");
    await page.click(".confirm-button");
    await waitForScreen(page, "placed");
    await see(page.locator(".order-number"), { text: /^\d+$/ });
    await see(page.locator(".pay-at-counter"), { text: "Please pay at the counter" });
    await shot(page, "25-noodles-order-number-portrait");
    await expectAccessible("noodles order number");
  });

  it("takes a typed order in English: the kiosk asks for the broth (answered with a button), refuses the sold-out item, confirms", async () => {
    const kiosk = await suite.open({ viewport: LANDSCAPE });
    const { page } = kiosk;
    await waitForScreen(page, "attract");
    await page.click(".attract-start");
    await waitForScreen(page, "orderType");
    // "Start over" is there from the first question on.
    await page.getByRole("button", { name: "Start over" }).click();
    await waitForScreen(page, "attract");
    await page.click(".attract-start");
    await page.locator(".big-choice").first().click();
    await waitForScreen(page, "ordering");

    await sayTyped(page, "two gyoza please");
    await lastKioskReply(page, 0);
    await waitForCart(page, (c) => c.lines.some((l) => l.item === "gyoza" && l.qty === 2));

    await sayTyped(page, "one house ramen");
    await lastKioskReply(page, 1);
    const ask = page.locator('.ask-panel[data-ask="choice"]');
    await see(ask, { visible: true, contains: group("broth").name.en! });
    await see(page.locator(".cart-line[data-pending]"), { count: 1, contains: `Needs a choice: ${group("broth").name.en}` });
    await shot(page, "26-noodles-ask-landscape");
    await expectAccessible("noodles ask");
    await ask.locator('[data-answer="miso"]').click();
    const cart = await waitForCart(page, (c) => c.pending.length === 0 && c.lines.length === 2);
    expect(cart.total).toBe(item("gyoza").price * 2 + item("house-ramen").price);

    await sayTyped(page, "cold soba please");
    const refusal = await lastKioskReply(page, 2);
    expect(refusal).toMatch(/sold out/i);

    await sayTyped(page, "that's all");
    await lastKioskReply(page, 3);
    const confirm = page.locator('.ask-panel[data-ask="confirm"]');
    await see(confirm, { visible: true });
    await confirm.locator('[data-answer="yes"]').click();
    await waitForScreen(page, "placed");
    await see(page.locator(".order-number"), { text: /^\d+$/ });
  });
});
