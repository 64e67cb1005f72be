// The ticket page the Electron print window loads, in real Chromium (the engine
// Electron prints with): real orders from a real order store, rendered by
// renderKitchenTicket, loaded as ticketPageUrl's data: URL. Checks that its policy
// stops scripts and fetches, that TICKET_MEASURE_SCRIPT measures it, and that
// ticketPageSize then fits the whole ticket on ONE 80 mm page (and that the check
// would notice a page too short). Electron's own print path (webContents.print to a
// printer) cannot run here: the Electron binary is not installed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumLaunch } from "../../test-support/chromium.ts";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { CartAction } from "../core/cart/cart.ts";
import { BackOffice } from "../core/admin/back-office.ts";
import { environmentOnlySecretBox } from "../core/admin/secrets.ts";
import { loadMenuFile, MenuHolder } from "../core/menu/load.ts";
import { renderKitchenTicket } from "../core/orders/ticket.ts";
import { cartOf, sampleCart, testMenuJson } from "../core/orders/test-fixtures.ts";
import { TICKET_MEASURE_SCRIPT, ticketPageSize, ticketPageUrl } from "./ticket-print.ts";

const dir = mkdtempSync(join(tmpdir(), "kiosk-ticket-print-"));
let ctx: BrowserContext;
let page: Page;
let office: BackOffice;
let small = "";
let big = "";
/** Requests that went out from a ticket page (a data: URL is the page itself), and why any failed. */
const requests: string[] = [];
const failures: string[] = [];

beforeAll(async () => {
  const menuFile = join(dir, "menu.json");
  writeFileSync(menuFile, JSON.stringify(testMenuJson));
  const holder = new MenuHolder(await loadMenuFile(menuFile));
  const menu = holder.current.model;
  office = new BackOffice({ dataDir: join(dir, "data"), baseEnv: {}, menu: holder, secretBox: environmentOnlySecretBox() });
  await office.sink.place({ cart: sampleCart(menu), lang: "ko", menu });
  // A long order: every temperature × shot count × syrup choice is its own line.
  const actions: CartAction[] = [];
  for (const temp of ["hot", "iced"]) {
    for (const shots of [0, 1, 2, 3]) {
      for (const syrup of [[], ["vanilla"], ["vanilla", "caramel"]]) actions.push({ type: "add", item: "americano", qty: 1, options: { temp, shots, syrup } });
    }
  }
  await office.sink.place({ cart: cartOf(menu, actions), lang: "ko", menu });
  const store = office.orders!.store;
  const [first, second] = store.listDay(store.today());
  small = renderKitchenTicket(first!, { timeZone: "Asia/Seoul" });
  big = renderKitchenTicket(second!, { timeZone: "Asia/Seoul" });
  expect(second!.lines).toHaveLength(24);

  ctx = await chromium.launchPersistentContext(join(dir, "profile"), {
    ...chromiumLaunch(),
    headless: true,
    viewport: { width: 320, height: 800 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  page = ctx.pages()[0] ?? (await ctx.newPage());
  page.on("requestfinished", (r) => {
    if (!r.url().startsWith("data:")) requests.push(r.url());
  });
  page.on("requestfailed", (r) => failures.push(`${r.url()} ${r.failure()?.errorText ?? ""}`));
}, 60_000);

afterAll(async () => {
  await ctx?.close();
  await office?.close(0);
  rmSync(dir, { recursive: true, force: true });
});

/** Pages in a PDF Chromium made: one "/Type /Page" object per page ("/Pages" is the tree). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

async function printedPages(html: string, heightScale = 1): Promise<{ pages: number; heightUm: number }> {
  await page.goto(ticketPageUrl(html));
  const measured: unknown = await page.evaluate(TICKET_MEASURE_SCRIPT);
  expect(typeof measured).toBe("number");
  const size = ticketPageSize(measured as number);
  const heightUm = Math.round(size.height * heightScale);
  // The same page size Electron's print gets (µm), as Chromium's PDF printer takes it (mm).
  const pdf = await page.pdf({ width: `${size.width / 1000}mm`, height: `${heightUm / 1000}mm`, printBackground: true, margin: { top: "0", right: "0", bottom: "0", left: "0" } });
  return { pages: pdfPages(pdf), heightUm };
}

describe("the ticket print page in Chromium", () => {
  it("fits a small ticket on one 80 mm page", async () => {
    const r = await printedPages(small);
    expect(r.pages).toBe(1);
    // A two-line ticket is a few centimetres, not the 30 cm fallback.
    expect(r.heightUm).toBeGreaterThan(60_000);
    expect(r.heightUm).toBeLessThan(200_000);
  });

  it("fits a 24-line ticket on one page, and the check notices a page too short", async () => {
    const whole = await printedPages(big);
    expect(whole.pages).toBe(1);
    const short = await printedPages(big, 0.6);
    expect(short.pages).toBeGreaterThan(1);
  });

  it("runs no script and fetches nothing, whatever the ticket holds", async () => {
    const hostile = small.replace(
      "</body>",
      '<script>document.title = "script ran"</script><img src="https://example.invalid/track.png"><link rel="stylesheet" href="https://example.invalid/x.css"></body>',
    );
    await page.goto(ticketPageUrl(hostile));
    expect(await page.title()).toBe("#1");
    expect(requests).toEqual([]);
    // Stopped by the page's policy before any network (which would fail differently).
    expect(failures.sort()).toEqual(["https://example.invalid/track.png csp", "https://example.invalid/x.css csp"]);
    // The measurement still works: main's executeJavaScript is not page script.
    expect(await page.evaluate(TICKET_MEASURE_SCRIPT)).toBeGreaterThan(0);
  });
});
