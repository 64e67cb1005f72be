import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumLaunch } from "../../../test-support/chromium.ts";
import { chromium, type BrowserContext } from "playwright-core";
import type { CartAction } from "../cart/cart.ts";
import type { OptionValue } from "../../../shared/menu/schema.ts";
import { OrderStore } from "./store.ts";
import { renderKitchenTicket } from "./ticket.ts";
import { cartOf, sampleCart, tempDir, testMenu } from "./test-fixtures.ts";

const dir = tempDir();
const store = OrderStore.open({ dataDir: dir, timeZone: "Asia/Seoul", now: () => Date.parse("2025-06-01T13:05:00+09:00") });
const menu = testMenu();
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("renderKitchenTicket", () => {
  it("shows the number large, each line with its options, order options and the total, in the chosen language", () => {
    const order = store.placeSync({ cart: sampleCart(menu), lang: "en", menu });
    const ko = renderKitchenTicket(order, { timeZone: "Asia/Seoul" });
    expect(ko).toContain('<div class="number">#1</div>');
    expect(ko).toContain("2025-06-01 13:05");
    expect(ko).toContain("아메리카노");
    expect(ko).toContain("- 아이스");
    expect(ko).toContain("- 샷 추가 ×1");
    expect(ko).toContain("- 시럽: 바닐라 시럽");
    expect(ko).toContain('<div class="orderopts">포장</div>');
    expect(ko).toContain("16,600 KRW");
    expect(ko).toContain("@page { margin: 0; }");
    const en = renderKitchenTicket(order, { lang: "en", timeZone: "Asia/Seoul" });
    expect(en).toContain("Americano");
    expect(en).toContain("- Extra shots ×1");
    expect(en).not.toContain("아메리카노");
  });

  it("writes amounts in the currency's major unit (prices are kept in minor units)", () => {
    const order = store.placeSync({ cart: sampleCart(menu), lang: "en", menu });
    const inDollars = renderKitchenTicket({ ...order, currency: "USD", total: 1660, lines: order.lines.map((l) => ({ ...l, lineTotal: 450 })) }, { lang: "en", timeZone: "Asia/Seoul" });
    expect(inDollars).toContain("16.60 USD");
    expect(inDollars).toContain('<td class="price">4.50</td>');
    expect(inDollars).not.toContain("1,660 USD");
  });

  it("leaves out options with nothing chosen and escapes text from the menu", () => {
    const m = testMenu();
    m.menu.items[2]!.name.ko = '<script>alert("x")</script>';
    const order = store.placeSync({ cart: cartOf(m, [{ type: "add", item: "americano", qty: 1 }, { type: "add", item: "cheesecake", qty: 1 }]), lang: "ko", menu: m });
    const html = renderKitchenTicket(order);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).not.toContain("샷 추가"); // 0 extra shots is not printed
    expect(html).not.toContain("시럽"); // no syrup chosen
    expect(html).toContain("- 따뜻하게");
  });

  it("fits a receipt printer: 80 mm wide in a real browser, nothing wider", async () => {
    const lines = Array.from({ length: 6 }, (_, i): CartAction => {
      const options: Record<string, OptionValue> = i % 2 ? {} : { shots: i % 3, temp: "iced" };
      return { type: "add", item: i % 2 ? "cheesecake" : "americano", qty: 1 + i, options };
    });
    const order = store.placeSync({ cart: cartOf(menu, lines), lang: "ko", menu });
    const profile = mkdtempSync(join(tmpdir(), "kiosk-ticket-browser-"));
    let ctx: BrowserContext | undefined;
    try {
      ctx = await chromium.launchPersistentContext(profile, {
        ...chromiumLaunch(),
        headless: true,
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
      });
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await page.setContent(renderKitchenTicket(order));
      const size = await page.evaluate(() => ({
        body: document.body.getBoundingClientRect().width,
        rightmost: Math.max(...[...document.querySelectorAll("body *")].map((e) => e.getBoundingClientRect().right)),
        mm: 96 / 25.4,
      }));
      expect(size.body).toBeGreaterThan(79 * size.mm);
      expect(size.body).toBeLessThanOrEqual(80 * size.mm + 0.5);
      expect(size.rightmost).toBeLessThanOrEqual(80 * size.mm + 0.5);
      // Printed on 80 mm paper as tall as the ticket: one page, 80 mm (226.77 pt) wide.
      const heightPx = await page.evaluate(() => document.documentElement.scrollHeight);
      const pdf = (await page.pdf({ width: "80mm", height: `${heightPx + 2}px`, printBackground: true })).toString("latin1");
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
      const widthPt = Number(/MediaBox \[0 0 ([\d.]+) /.exec(pdf)?.[1]);
      expect(Math.abs(widthPt - 226.77)).toBeLessThan(1); // Chromium rounds to whole pixels
    } finally {
      await ctx?.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 60_000);
});
