// The touchscreen end to end: the real `kiosk serve` (offline engine) and Debian
// Chromium. A customer orders by touch and by typing, meets a sold-out item, walks
// away, and switches language. Every screen passes axe with no serious or critical
// violation; screenshots of each screen go to e2e/screenshots/.
import { describe, expect, it, vi } from "vitest";
import { seriousViolations } from "./support/a11y.ts";
import { see } from "./support/see.ts";
import { LANDSCAPE, PORTRAIT, shot } from "./support/browser.ts";
import { kioskSuite } from "./support/suite.ts";
import { addFromSheet, cartOnScreen, chooseInSheet, lastKioskReply, openItem, readMenu, sayTyped, selectCategory, startOrder, waitForCart, waitForScreen } from "./support/driver.ts";
import { DEMO_MENU, startKioskServer, type KioskServer } from "./support/kiosk-server.ts";

const menu = readMenu(DEMO_MENU);
const item = (id: string) => menu.items.find((i) => i.id === id)!;
const group = (id: string) => menu.optionGroups.find((g) => g.id === id)!;
const choice = (g: string, c: string) => group(g).choices!.find((x) => x.id === c)!;
const won = (n: number) => `${n.toLocaleString("ko-KR")}원`;

// A browser and a server per file on a small machine: give each customer time.
vi.setConfig({ testTimeout: 120_000 });

const suite = kioskSuite("kiosk", { menu: DEMO_MENU });

async function expectAccessible(label: string) {
  expect(await seriousViolations(suite.page), `axe: ${label}`).toEqual([]);
}

describe("a touch order", () => {
  it("goes from the attract screen through options, the cart and the read-back to an order number, then back to the start", async () => {
    const kiosk = await suite.open({ viewport: LANDSCAPE, query: { doneMs: 4000 } });
    const { page } = kiosk;

    await waitForScreen(page, "attract");
    await see(page.locator(".attract-title"), { text: "말씀하시거나 화면을 터치하세요" });
    await shot(page, "01-attract-landscape");
    await expectAccessible("attract");

    // Dine-in / take-out, from the menu's order option.
    await page.click(".attract-start");
    await waitForScreen(page, "orderType");
    const dining = menu.orderOptions![0]!;
    await see(page.locator("#order-type-title"), { text: dining.name.ko! });
    await shot(page, "02-order-type-landscape");
    await expectAccessible("order type");
    const togo = dining.choices!.find((c) => c.id !== dining.default)!;
    await page.locator(".big-choice", { hasText: togo.name.ko! }).click();
    await waitForScreen(page, "ordering");
    await see(page.locator(".order-options"), { text: togo.name.ko! });
    await shot(page, "03-ordering-landscape");
    await expectAccessible("ordering");

    // An americano: iced, large, one extra shot, two of them.
    const americano = item("americano");
    await openItem(page, americano.id);
    await see(page.locator("#sheet-title"), { text: americano.name.ko! });
    await chooseInSheet(page, "temp", "iced");
    await chooseInSheet(page, "size", "large");
    await page.locator('fieldset[data-group="shots"] .stepper-button').last().click();
    await page.locator(".sheet-foot .stepper-button").last().click();
    await see(page.locator(".sheet-add .button"), { text: "2개 담기" });
    await shot(page, "04-item-sheet-landscape");
    await expectAccessible("item sheet");
    await addFromSheet(page);

    const unit = americano.price + (choice("size", "large").price ?? 0) + (group("shots").unitPrice ?? 0);
    let cart = await waitForCart(page, (c) => c.lines.length === 1);
    expect(cart.lines[0]).toMatchObject({ item: "americano", qty: 2, total: won(unit * 2) });
    expect(cart.lines[0]!.options.split(" · ")).toEqual([choice("temp", "iced").name.ko, choice("size", "large").name.ko, `${group("shots").name.ko} ×1`]);
    expect(cart.totalText).toBe(won(unit * 2));

    // + and − on the line change the cart (and its total) through the Node side.
    await page.getByRole("button", { name: `${americano.name.ko} 하나 더` }).click();
    cart = await waitForCart(page, (c) => c.lines[0]?.qty === 3);
    expect(cart.total).toBe(unit * 3);
    await page.getByRole("button", { name: `${americano.name.ko} 하나 빼기` }).click();
    cart = await waitForCart(page, (c) => c.lines[0]?.qty === 2);

    // An item with a required choice: Add stays disabled until it is made.
    const drip = item("hand-drip");
    await openItem(page, drip.id);
    const add = page.locator(".sheet-add .button");
    await see(add, { disabled: true });
    await see(page.locator('fieldset[data-group="bean"] .badge-required-open'), { text: "필수" });
    const bean = group("bean").choices![1]!;
    await chooseInSheet(page, "bean", bean.id);
    await see(add, { disabled: false });
    await addFromSheet(page);
    cart = await waitForCart(page, (c) => c.lines.length === 2);
    expect(cart.total).toBe(unit * 2 + drip.price + (bean.price ?? 0));

    // Read-back, then the order.
    await page.click(".checkout-button");
    await waitForScreen(page, "review");
    await see(page.locator(".review-line"), { count: 2 });
    await see(page.locator(".confirm-button"), { text: `${won(cart.total)} 주문하기` });
    await see(page.getByRole("button", { name: togo.name.ko!, exact: true }), { attr: { "aria-pressed": "true" } });
    await shot(page, "05-review-landscape");
    await expectAccessible("review");
    await page.click(".confirm-button");

    await waitForScreen(page, "placed");
    const number = await page.locator(".order-number").textContent();
    expect(number).toMatch(/^\d+$/);
    await see(page.locator(".placed-total"), { contains: won(cart.total) });
    await shot(page, "06-order-number-landscape");
    await expectAccessible("order number");

    // A few seconds later the kiosk is ready for the next customer, with nothing left over.
    await waitForScreen(page, "attract", 10_000);
    await startOrder(page);
    expect((await cartOnScreen(page)).lines).toEqual([]);
    await see(page.locator(".bubble"), { count: 0 });
  });
});

describe("a typed order", () => {
  it("goes through the offline engine: items, options, a question answered by a button, confirm, order number", async () => {
    const kiosk = await suite.open({ viewport: PORTRAIT });
    const { page } = kiosk;
    await startOrder(page);

    await sayTyped(page, "아이스 아메리카노 두 잔이랑 치즈케이크 하나 포장해 주세요");
    await see(page.locator('.bubble[data-role="user"]').last(), { contains: "아이스 아메리카노 두 잔이랑 치즈케이크 하나 포장해 주세요" });
    const reply = await lastKioskReply(page, 0);
    expect(reply).toContain(item("americano").name.ko);
    const cart = await waitForCart(page, (c) => c.lines.length === 2);
    expect(cart.lines.map((l) => [l.item, l.qty])).toEqual([
      ["americano", 2],
      ["basque-cheesecake", 1],
    ]);
    expect(cart.total).toBe(item("americano").price * 2 + item("basque-cheesecake").price);
    await see(page.locator(".order-options"), { text: "포장" });

    // A line that needs a choice: the question comes with its answers as buttons.
    await sayTyped(page, "핸드드립 하나");
    await lastKioskReply(page, 1);
    const ask = page.locator('.ask-panel[data-ask="choice"]');
    await see(ask, { visible: true });
    await see(page.locator(".cart-line[data-pending]"), { count: 1 });
    await shot(page, "07-ask-choice-portrait");
    await expectAccessible("ask choice");
    const bean = group("bean").choices![2]!;
    await ask.locator(`[data-answer="${bean.id}"]`).click();
    await waitForCart(page, (c) => c.pending.length === 0 && c.lines.length === 3);
    await see(ask, { count: 0 });

    // "That's my order": the kiosk reads it back and asks to confirm; the big Yes places it.
    await sayTyped(page, "주문할게요");
    await lastKioskReply(page, 2);
    const confirm = page.locator('.ask-panel[data-ask="confirm"]');
    await see(confirm, { visible: true });
    await shot(page, "08-ask-confirm-portrait");
    await confirm.locator('[data-answer="yes"]').click();
    await waitForScreen(page, "placed");
    await see(page.locator(".order-number"), { text: /^\d+$/ });
    await shot(page, "09-order-number-portrait");
  });
});

describe("a sold-out item", () => {
  it("cannot be ordered by touch but can be reached by keys (and heard), and asking for it is refused without touching the cart", async () => {
    const soldOut = menu.items.find((i) => i.soldOut)!;
    const kiosk = await suite.open({ viewport: LANDSCAPE });
    const { page } = kiosk;
    await startOrder(page);
    await selectCategory(page, menu.categories.find((c) => c.id === soldOut.category)!.name.ko!);
    const card = page.locator(`.item-card[data-item="${soldOut.id}"]`);
    await see(card, { attr: { "aria-disabled": "true", "data-say-extra": "품절" } });
    await see(card.locator(".badge-soldout"), { text: "품절" });
    // (playwright treats aria-disabled as not clickable, so the tap is forced.)
    await card.click({ force: true });
    await page.waitForTimeout(300);
    await see(page.locator(".sheet"), { count: 0 });
    // Still in the keyboard's (and the guided mode's) way through the menu.
    await card.focus();
    expect(await card.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
    await see(page.locator(".sheet"), { count: 0 });
    await shot(page, "10-sold-out-landscape");

    await sayTyped(page, `${soldOut.name.ko} 주세요`);
    const reply = await lastKioskReply(page, 0);
    expect(reply).toContain("품절");
    expect((await cartOnScreen(page)).lines).toEqual([]);
  });
});

describe("an idle customer", () => {
  it("is asked whether they are still there; staying keeps the order, silence starts over", async () => {
    const kiosk = await suite.open({ viewport: LANDSCAPE, query: { idleMs: 5000, idleCountdownMs: 5000 } });
    const { page } = kiosk;
    await startOrder(page);
    await selectCategory(page, menu.categories.find((c) => c.id === "dessert")!.name.ko!);
    await openItem(page, "basque-cheesecake");
    await addFromSheet(page);
    await waitForCart(page, (c) => c.lines.length === 1);

    const dialog = page.getByRole("alertdialog");
    await see(dialog, { visible: true }, 15_000);
    await see(dialog, { contains: "아직 계세요?" });
    await shot(page, "11-idle-landscape");
    await expectAccessible("idle dialog");
    await dialog.getByRole("button", { name: "네, 계속할게요" }).click();
    await see(dialog, { count: 0 });
    expect((await cartOnScreen(page)).lines).toHaveLength(1);

    // No answer this time: back to the attract screen, and the Node side forgot the cart.
    await see(dialog, { visible: true }, 15_000);
    await waitForScreen(page, "attract", 15_000);
    await startOrder(page);
    await waitForCart(page, (c) => c.lines.length === 0, 5000);
  });
});

describe("the language switch", () => {
  it("turns the screen, the menu and the conversation to English and back", async () => {
    const kiosk = await suite.open({ viewport: LANDSCAPE });
    const { page } = kiosk;
    await startOrder(page);
    await page.getByRole("button", { name: "English", exact: true }).click();
    await see(page.locator("html"), { attr: { lang: "en" } });
    await see(page.getByRole("heading", { name: "Your order" }), { visible: true });
    await see(page.getByRole("tab", { selected: true }), { text: menu.categories[0]!.name.en! });
    await see(page.locator('.item-card[data-item="americano"] .item-name'), { text: item("americano").name.en! });
    await see(page.locator('.item-card[data-item="americano"] .item-price'), { text: `₩${item("americano").price.toLocaleString("en")}` });

    await sayTyped(page, "two iced americanos please");
    const reply = await lastKioskReply(page, 0);
    expect(reply).toMatch(/Americano/);
    await waitForCart(page, (c) => c.lines[0]?.qty === 2);
    await shot(page, "12-english-landscape");
    await expectAccessible("english ordering");

    await page.getByRole("button", { name: "한국어", exact: true }).click();
    await see(page.locator("html"), { attr: { lang: "ko" } });
    await see(page.getByRole("heading", { name: "장바구니" }), { visible: true });
    await see(page.locator('.cart-line[data-item="americano"] .cart-line-name'), { text: item("americano").name.ko! });
  });
});

describe("a lost connection", () => {
  it("says so while the kiosk is unreachable, and comes back with a fresh session when it returns", async () => {
    const own = await startKioskServer({ menu: DEMO_MENU });
    let again: KioskServer | undefined;
    try {
      const kiosk = await suite.open({ viewport: LANDSCAPE }, own.url);
      const { page } = kiosk;
      await startOrder(page);
      await openItem(page, "americano");
      await addFromSheet(page);
      await waitForCart(page, (c) => c.lines.length === 1);

      await own.stop();
      const banner = page.locator(".connection-banner");
      await see(banner, { visible: true, text: "연결이 끊어졌어요. 다시 연결하는 중…", attr: { role: "alert" } });
      await see(page.locator(".state-indicator"), { text: "연결 중…" });
      await shot(page, "13-connection-lost-landscape");

      // The same kiosk comes back on the same address: the screen reconnects by itself.
      again = await startKioskServer({ menu: DEMO_MENU, port: own.port });
      await see(banner, { count: 0 }, 30_000);
      // A new session on the Node side: the screen shows its (empty) cart, not a stale one.
      await waitForCart(page, (c) => c.lines.length === 0, 15_000);
      await openItem(page, "americano");
      await addFromSheet(page);
      await waitForCart(page, (c) => c.lines.length === 1);
    } finally {
      await again?.stop();
      await own.stop();
    }
  });
});
