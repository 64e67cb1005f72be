// The store hub end to end in Chromium: a customer orders by touch on a kiosk paired
// with a real `kiosk hub`; the order appears on the kitchen display (with a chime),
// the cook starts it and marks it ready, and the pickup board moves the number to
// "Ready", highlights it and calls it out loud (Korean, then English) with the audio
// the hub synthesised. A second kitchen screen stays in step.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_ARGS, LANDSCAPE, openKiosk, shot, type KioskPage } from "./support/browser.ts";
import { addFromSheet, chooseInSheet, openItem, startOrder, waitForScreen } from "./support/driver.ts";
import { see } from "./support/see.ts";
import { DEMO_MENU, saveServerLog, startKioskServer, type KioskServer } from "./support/kiosk-server.ts";
import { hubState, startKioskProcess, until, type Proc } from "../test-support/store-hub.ts";
import { chromiumLaunch } from "../test-support/chromium.ts";

vi.setConfig({ testTimeout: 180_000 });

const SECRET = "e2e-store-secret";
const STAFF_PIN = "2580";
const root = mkdtempSync(join(tmpdir(), "hub-e2e-"));
let hub: Proc;
let server: KioskServer;
let kiosk: KioskPage | undefined;
let staffContext: BrowserContext;
let staffProfile: string;
const pageErrors: string[] = [];
let screenLogins = 0;

beforeAll(async () => {
  hub = await startKioskProcess("hub", ["--port", "0", "--data", join(root, "hub"), "--secret", SECRET, "--staff-pin", STAFF_PIN], {});
  server = await startKioskServer({ menu: DEMO_MENU, env: { KIOSK_HUB_URL: hub.url, KIOSK_HUB_SECRET: SECRET } });
  await until("the kiosk is paired and online", async () => (await hubState(hub.url, STAFF_PIN)).kiosks.some((k) => k.online), 30_000);
  // The kitchen and the board are store screens that play sound without a touch first.
  staffProfile = mkdtempSync(join(tmpdir(), "hub-e2e-chromium-"));
  staffContext = await chromium.launchPersistentContext(staffProfile, {
    ...chromiumLaunch(),
    headless: true,
    args: [...CHROMIUM_ARGS, "--autoplay-policy=no-user-gesture-required"],
    viewport: LANDSCAPE,
  });
}, 240_000);

afterAll(async () => {
  await kiosk?.close();
  await staffContext?.close();
  if (staffProfile) rmSync(staffProfile, { recursive: true, force: true });
  await server?.stop();
  saveServerLog("hub-kiosk", server);
  await hub?.stop();
  rmSync(root, { recursive: true, force: true });
});

async function openStaffPage(path: string): Promise<Page> {
  const page = await staffContext.newPage();
  page.setDefaultTimeout(45_000);
  page.on("pageerror", (e) => pageErrors.push(`${path}: ${e.message}`));
  await page.goto(`${hub.url}${path}`, { waitUntil: "domcontentloaded" });
  // The first store screen of this browser is asked for the staff PIN once; the rest share its cookie.
  if (new URL(page.url()).pathname === "/login") {
    await page.fill("#pin", "1234");
    await page.click("button[type=submit]");
    await see(page.locator("#error"), { text: /not right/ });
    await page.fill("#pin", STAFF_PIN);
    await page.click("button[type=submit]");
    screenLogins++;
  }
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(path);
  await see(page.locator("#link"), { text: /Live/ });
  return page;
}

describe("kitchen display and pickup board", () => {
  it("a touch order appears on the kitchen display, the cook marks it ready, and the board shows and calls it", async () => {
    const kds = await openStaffPage("/kds");
    // A second kitchen screen whose late threshold is tiny (minutes): its tickets turn red at once.
    const kds2 = await openStaffPage("/kds?warn=0.001&late=0.002");
    const board = await openStaffPage("/board");
    expect(screenLogins).toBe(1);

    // A customer at the kiosk: two iced large americanos, to go.
    kiosk = await openKiosk(server.url, { viewport: LANDSCAPE });
    const { page } = kiosk;
    await startOrder(page, "포장");
    await openItem(page, "americano");
    await chooseInSheet(page, "temp", "iced");
    await chooseInSheet(page, "size", "large");
    await page.locator(".sheet-foot .stepper-button").last().click();
    await addFromSheet(page);
    await page.click(".checkout-button");
    await waitForScreen(page, "review");
    await page.click(".confirm-button");
    await waitForScreen(page, "placed");
    const number = (await page.locator(".order-number").textContent())!.trim();
    expect(Number(number)).toBeGreaterThanOrEqual(101);
    expect(Number(number)).toBeLessThanOrEqual(299);

    // The kitchen: the ticket, grouped for the cook, with a chime; both kitchen screens.
    const ticket = kds.locator(`.ticket[data-number="${number}"]`);
    await see(ticket.locator(".notes"), { text: "포장" });
    await see(ticket.locator(".lines > li").first(), { contains: "2×" });
    await see(ticket.locator(".lines > li").first(), { contains: "아메리카노" });
    await see(ticket.locator(".options li"), { count: 2 });
    expect(await kds.evaluate(() => document.body.dataset.chimes)).toBe("1");
    await see(kds2.locator(`.ticket[data-number="${number}"]`), { count: 1 });
    await kds2.waitForSelector(`.ticket.late[data-number="${number}"]`);
    expect(await ticket.getAttribute("class")).toContain("fresh");
    await see(board.locator(`#preparing li[data-number="${number}"]`), { count: 1 });
    await shot(kds, "hub-01-kitchen-display");

    // The cook starts it (both kitchen screens follow), then marks it ready.
    await ticket.locator("button.start").click();
    await see(kds2.locator(`.ticket[data-number="${number}"]`), { attr: { "data-state": "preparing" } });
    await ticket.locator("button.ready").click();
    await see(ticket, { count: 0 });
    await see(kds2.locator(`.ticket[data-number="${number}"]`), { count: 0 });

    // The board: the number moves to Ready, highlighted, and is called out loud.
    const ready = board.locator(`#ready li[data-number="${number}"]`);
    await see(ready, { attr: { class: "called" } });
    await see(board.locator(`#preparing li[data-number="${number}"]`), { count: 0 });
    await see(board.locator("#called"), { contains: `${number}번 고객님` });
    await board.waitForFunction((n) => (document.body.dataset.spoken ?? "").split(",").includes(n), number, { timeout: 30_000 });
    expect(await board.evaluate(() => document.body.dataset.speechError ?? "")).toBe("");
    await shot(board, "hub-02-pickup-board");

    // A reload of the kitchen loses nothing: recall brings the order back on screen.
    await kds.reload();
    await see(kds.locator("#link"), { text: /Live/ });
    await kds.locator("#recall").click();
    await see(kds.locator(`.ticket[data-number="${number}"]`), { attr: { "data-state": "preparing" } });
    await see(board.locator(`#preparing li[data-number="${number}"]`), { count: 1 });

    // The staff view lists the order under its kiosk.
    const staff = await openStaffPage("/staff");
    await see(staff.locator(`#orders tr[data-number="${number}"]`), { count: 1 });
    await see(staff.locator("#kiosks tbody tr"), { count: 1 });
    await shot(staff, "hub-03-staff-view");

    // Ready again; a board that keeps ready numbers for 6 s lets it go by itself, and
    // once staff hand it over (picked up) it leaves the main board too.
    const quickBoard = await openStaffPage("/board?readyMinutes=0.1");
    await kds.locator(`.ticket[data-number="${number}"] button.ready`).click();
    await see(board.locator(`#ready li[data-number="${number}"]`), { count: 1 });
    await see(quickBoard.locator(`#ready li[data-number="${number}"]`), { count: 1 });
    await see(quickBoard.locator(`#ready li[data-number="${number}"]`), { count: 0 }, 15_000);
    await staff.locator(`#orders tr[data-number="${number}"] button`, { hasText: "Picked up" }).click();
    await see(board.locator(`#ready li[data-number="${number}"]`), { count: 0 });
    await see(staff.locator(`#orders tr[data-number="${number}"]`), { contains: "수령 / Picked up" });

    expect(pageErrors).toEqual([]);
  });
});
