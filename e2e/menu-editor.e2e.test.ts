// A store owner builds a new menu on the kiosk itself, in Chromium against the real
// `kiosk serve`: from an empty menu, a category, an option group that must be chosen,
// two items using it, a picture uploaded for one; publish; a customer orders the new
// items by touch and by typed words (the offline engine knows the names just typed);
// then the owner rolls back and the old menu is back on the customer screen.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import sharp from "sharp";
import type { Page } from "playwright-core";
import { readFile } from "node:fs/promises";
import { readSpreadsheetFiles } from "../electron/core/admin/menu-editor/workbook.ts";
import { writeCsv } from "../shared/menu-editor/csv.ts";
import { editorWords } from "../renderer/admin/panels/menu-editor/words.ts";
import { seriousViolations } from "./support/a11y.ts";
import { openKiosk, shot, type KioskPage } from "./support/browser.ts";
import { addFromSheet, chooseInSheet, lastKioskReply, openItem, sayTyped, startOrder, waitForCart, waitForScreen } from "./support/driver.ts";
import { saveServerLog, startKioskServer, type KioskServer } from "./support/kiosk-server.ts";
import { see } from "./support/see.ts";

vi.setConfig({ testTimeout: 240_000 });

const PIN = "2468";
const w = editorWords("ko");

let server: KioskServer;
let kiosk: KioskPage | undefined;

beforeAll(async () => {
  server = await startKioskServer({ env: { KIOSK_ADMIN_PIN: PIN } });
}, 240_000);

afterAll(async () => {
  await server?.stop();
  saveServerLog("menu-editor", server);
});

afterEach(async () => {
  if (kiosk) expect(kiosk.errors, "uncaught errors in the page").toEqual([]);
  await kiosk?.close();
  kiosk = undefined;
});

async function openAdmin(page: Page): Promise<void> {
  for (let i = 0; i < 5; i++) await page.mouse.click(20, 20);
  await page.waitForSelector(".admin-pin");
  for (const d of PIN) await page.click(`.admin-key.key-${d}`);
  await page.click(".admin-pin-actions .admin-button.primary");
  await page.waitForSelector(".admin-header");
  await page.getByRole("tab", { name: "메뉴", exact: true }).click();
}

async function closeAdmin(page: Page): Promise<void> {
  await page.getByRole("button", { name: "잠그기", exact: true }).click();
  await page.waitForSelector(".admin-screen", { state: "detached" });
}

/** Fill a labelled input (the editor's labels are its words). */
const fill = (page: Page, scope: string, label: string, value: string) => page.locator(scope).getByLabel(label, { exact: true }).fill(value);

describe("menu editor", () => {
  it("builds a menu from empty, a customer orders it by touch and by words, and a rollback brings the old menu back", async () => {
    kiosk = await openKiosk(server.url);
    const { page } = kiosk;
    page.on("dialog", (d) => void d.accept());
    await waitForScreen(page, "attract");
    await see(page.locator(".store-name"), { visible: true });
    await openAdmin(page);

    await page.getByRole("tab", { name: w("tabEdit"), exact: true }).click();
    await page.getByRole("button", { name: w("startEmpty"), exact: true }).click();
    // An empty menu cannot be published: the problem says so, in words.
    await see(page.locator(".menu-problem-summary summary"), { text: w("problems", { n: 1 }) });
    await page.getByRole("button", { name: w("publish"), exact: true }).click();
    await see(page.locator(".menu-editor .admin-message[role=alert]"), { text: w("notPublished") });

    // The store's own name.
    await page.getByRole("tab", { name: w("store"), exact: true }).click();
    await fill(page, ".menu-store", `${w("storeName")} (한국어)`, "국수집");
    await fill(page, ".menu-store", `${w("storeName")} (English)`, "Noodle House");

    // A category.
    await page.getByRole("tab", { name: w("categories"), exact: true }).click();
    await page.getByRole("button", { name: w("addCategory"), exact: true }).click();
    await fill(page, ".menu-categories", w("id"), "noodles");
    await fill(page, ".menu-categories", `${w("name")} (한국어)`, "국수");
    await fill(page, ".menu-categories", `${w("name")} (English)`, "Noodles");

    // An option group that must be chosen, one choice costing extra.
    await page.getByRole("tab", { name: w("groups"), exact: true }).click();
    await page.getByRole("button", { name: w("addGroup"), exact: true }).click();
    const group = ".menu-editor form.menu-form";
    await fill(page, group, w("id"), "broth");
    await fill(page, group, `${w("name")} (한국어)`, "국물");
    await fill(page, group, `${w("name")} (English)`, "Broth");
    expect(await page.locator(group).getByLabel(w("required")).isChecked()).toBe(true);
    const choices = page.locator(`${group} .menu-card`);
    await choices.nth(0).getByLabel(w("choiceId"), { exact: true }).fill("mild");
    await choices.nth(0).getByLabel(`${w("choiceName")} (ko)`).fill("순한 국물");
    await choices.nth(0).getByLabel(`${w("choiceName")} (en)`).fill("Mild");
    await page.getByRole("button", { name: w("addChoice"), exact: true }).click();
    await choices.nth(1).getByLabel(w("choiceId"), { exact: true }).fill("spicy");
    await choices.nth(1).getByLabel(`${w("choiceName")} (ko)`).fill("매운 국물");
    await choices.nth(1).getByLabel(`${w("choiceName")} (en)`).fill("Spicy");
    await choices.nth(1).getByLabel(w("choicePrice")).fill("500");

    // Two items using it; a bad price first gets its message next to the field.
    await page.getByRole("tab", { name: w("items"), exact: true }).click();
    const item = ".menu-editor form.menu-form";
    for (const [id, ko, en, price] of [["udon", "우동", "Udon", "7000"], ["soba", "메밀국수", "Soba", "8000"]] as const) {
      await page.getByRole("button", { name: w("addItem"), exact: true }).click();
      await fill(page, item, w("id"), id);
      await fill(page, item, `${w("name")} (한국어)`, ko);
      await fill(page, item, `${w("name")} (English)`, en);
      await fill(page, item, w("price"), "칠천원");
      await see(page.locator(`${item} .menu-field.invalid .menu-field-problems`).first(), { text: "숫자로 적어 주세요" });
      await fill(page, item, w("price"), price);
      await page.locator(item).getByLabel("국물", { exact: true }).check();
    }
    // A picture for soba: a photo far larger than the screen needs; and a file that is not one.
    await page.locator(item).locator('input[type="file"]').setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a picture") });
    await see(page.locator(`${item} .menu-picture + .admin-message[role=alert]`), { contains: "is not a picture" });
    const photo = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: "#d2a36c" } }).jpeg().toBuffer();
    await page.locator(item).locator('input[type="file"]').setInputFiles({ name: "soba.jpg", mimeType: "image/jpeg", buffer: photo });
    await see(page.locator(`${item} .admin-message[role=status]`), { contains: "720×540" });
    await see(page.locator(".menu-problem-summary summary"), { text: w("noProblems") });
    await shot(page, "40-menu-editor-item");
    expect(await seriousViolations(page), "axe: menu editor item form").toEqual([]);

    await page.locator(".menu-by input").fill("사장님");
    await page.getByRole("button", { name: w("publish"), exact: true }).click();
    await see(page.locator(".menu-editor .admin-message[role=status]"), { contains: "국수집: 2 items in 1 categories" });
    await closeAdmin(page);

    // The customer screen has switched, no restart: no order-type question (the new menu has no order options).
    await see(page.locator(".store-name"), { text: "국수집" });
    await startOrder(page);
    await see(page.locator(".item-card"), { count: 2 });
    const sobaPicture = page.locator('.item-card[data-item="soba"] img.item-image');
    await see(sobaPicture, { visible: true });
    // The uploaded photo, shrunk to 720 px wide, is what the card loads.
    await sobaPicture.evaluate((img: HTMLImageElement) => (img.complete ? undefined : new Promise((done) => img.addEventListener("load", done, { once: true }))));
    expect(await sobaPicture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(720);
    await see(page.locator('.item-card[data-item="udon"] .item-image-tile'), { text: "우" });
    await shot(page, "41-menu-editor-customer");

    // By touch: udon needs its broth chosen.
    await openItem(page, "udon");
    await see(page.locator(".sheet-add .button"), { disabled: true });
    await chooseInSheet(page, "broth", "spicy");
    await addFromSheet(page);
    await waitForCart(page, (c) => c.lines.some((l) => l.item === "udon" && l.total.includes("7,500")));

    // By typed words: the names just typed in the editor.
    await sayTyped(page, "메밀국수 하나 순한 국물로 주세요");
    await lastKioskReply(page, 0);
    const cart = await waitForCart(page, (c) => c.lines.some((l) => l.item === "soba"));
    expect(cart.lines.find((l) => l.item === "soba")).toMatchObject({ qty: 1, options: "순한 국물" });
    expect(cart.total).toBe(7500 + 8000);

    // Rollback, while this customer is reading their order back: the menu before the
    // first change is one action away, and the open order keeps its lines, flagged.
    await page.click(".checkout-button");
    await waitForScreen(page, "review");
    await openAdmin(page);
    await page.getByRole("tab", { name: w("tabHistory"), exact: true }).click();
    const versions = page.locator(".menu-versions > li");
    await see(versions, { count: 2 });
    await see(versions.nth(0), { contains: "사장님" });
    await see(versions.nth(0), { contains: "4 added (국수; 우동; 메밀국수; 국물)" });
    await shot(page, "42-menu-editor-history");
    await versions.nth(1).getByRole("button", { name: w("restore"), exact: true }).click();
    await see(page.locator(".menu-history .admin-message[role=status]"), { contains: "카페 별빛" });
    await closeAdmin(page);
    await waitForScreen(page, "review");
    const flagged = page.locator(".review-line-unavailable");
    await see(flagged, { count: 2 });
    await see(flagged.first(), { contains: "메뉴에서 빠졌어요" });
    await see(page.locator(".confirm-button"), { disabled: true });
    await see(page.locator("#review-blocked"), { text: "주문할 수 없는 메뉴를 빼 주세요" });
    await shot(page, "43-menu-editor-review-flagged");
    expect(await seriousViolations(page), "axe: review with flagged lines").toEqual([]);
    await flagged.first().getByRole("button").click();
    await see(flagged, { count: 1 });
    await flagged.first().getByRole("button").click();
    await see(flagged, { count: 0 });
    await page.getByRole("button", { name: "더 고르기", exact: true }).click();
    await waitForScreen(page, "ordering");
    await see(page.locator('.item-card[data-item="americano"]'), { visible: true });
    await see(page.locator(".store-name"), { text: "카페 별빛" });
    await see(page.locator('.item-card[data-item="soba"]'), { count: 0 });
  });

  // Runs on the menu the rollback above brought back (the demo café).
  it("exports the menu as a workbook; an edited items sheet comes back with a preview, problems by row, then is published", async () => {
    kiosk = await openKiosk(server.url);
    const { page } = kiosk;
    await waitForScreen(page, "attract");
    await openAdmin(page);
    await page.getByRole("tab", { name: w("tabSheet"), exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: w("exportXlsx"), exact: true }).click()]);
    expect(download.suggestedFilename()).toBe("menu-cafe-byeol.xlsx");
    const xlsx = await readFile((await download.path())!);
    const { sheets } = await readSpreadsheetFiles([{ fileName: "menu.xlsx", data: xlsx }]);
    const items = sheets.find((s) => s.name === "Items")!.rows;
    const col = (name: string) => items[0]!.indexOf(name);
    const americano = items.find((r) => r[0] === "americano")!;

    // A broken row first: nothing can be published, the row says why.
    americano[col("price")] = "free";
    const upload = (rows: string[][]) => page.locator('.menu-sheet input[type="file"]').setInputFiles({ name: "items.csv", mimeType: "text/csv", buffer: Buffer.from(writeCsv(rows)) });
    await upload(items);
    await see(page.locator(".menu-preview .admin-problems"), { contains: 'Items 3: price: "free" is not a whole number' });
    await see(page.getByRole("button", { name: w("publishSheet"), exact: true }), { disabled: true });

    americano[col("price")] = "4,300";
    await upload(items);
    await see(page.locator(".menu-diff"), { contains: `${w("changed", { n: 1 })}: 아메리카노 (price)` });
    await see(page.locator(".menu-preview .admin-problems"), { count: 0 });
    await shot(page, "44-menu-editor-spreadsheet-preview");
    expect(await seriousViolations(page), "axe: spreadsheet preview").toEqual([]);
    await page.getByRole("button", { name: w("publishSheet"), exact: true }).click();
    await see(page.locator(".menu-sheet .admin-message[role=status]"), { contains: "카페 별빛" });
    await closeAdmin(page);
    await startOrder(page);
    await see(page.locator('.item-card[data-item="americano"] .item-price'), { text: "4,300원" });
  });
});
