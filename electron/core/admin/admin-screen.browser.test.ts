// The admin screen in a real browser (Chromium), against the real admin service over
// the web host's admin route, under the kiosk's Content-Security-Policy: the corner
// gesture, the PIN pad (wrong PIN, right PIN), today's orders, a sold-out switch
// that reaches the menu in use, the ticket page, and no CSP violation anywhere.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { chromiumLaunch } from "../../../test-support/chromium.ts";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { securityHeaders } from "../../host/security-headers.ts";
import { loadMenuFile, MenuHolder } from "../menu/load.ts";
import { sampleCart, testMenuJson } from "../orders/test-fixtures.ts";
import { BackOffice } from "./back-office.ts";
import { adminHttpRoute } from "./http-route.ts";
import { environmentOnlySecretBox } from "./secrets.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const dir = mkdtempSync(join(tmpdir(), "kiosk-admin-browser-"));
let server: Server;
let base = "";
let ctx: BrowserContext;
let page: Page;
let holder: MenuHolder;
let office: BackOffice;
const cspViolations: string[] = [];
const ticketStatuses: number[] = [];

beforeAll(async () => {
  const menuFile = join(dir, "menu.json");
  writeFileSync(menuFile, JSON.stringify(testMenuJson));
  holder = new MenuHolder(await loadMenuFile(menuFile));
  office = new BackOffice({ dataDir: join(dir, "data"), baseEnv: { KIOSK_ADMIN_PIN: "2580" }, menu: holder, secretBox: environmentOnlySecretBox() });
  await office.sink.place({ cart: sampleCart(holder.current.model), lang: "ko", menu: holder.current.model });

  const bundle = await build({
    stdin: {
      contents: `import "../transport/zod-without-eval.ts";
        import { createRoot } from "react-dom/client";
        import { AdminEntry } from "./AdminEntry.tsx";
        import { httpAdminTransport } from "./transport.ts";
        createRoot(document.getElementById("root")).render(<><h1 id="customer">customer screen</h1><AdminEntry transport={httpAdminTransport()} /></>);`,
      resolveDir: join(ROOT, "renderer/admin"),
      loader: "tsx",
      sourcefile: "admin-entry.tsx",
    },
    bundle: true,
    write: false,
    format: "esm",
    jsx: "automatic",
    outdir: join(dir, "out"),
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const files = new Map(bundle.outputFiles.map((f) => [f.path.endsWith(".css") ? "/app.css" : "/app.js", f.text]));
  const route = adminHttpRoute(office.admin);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    void route(req, res, url).then((handled) => {
      if (handled) return;
      const body = url.pathname === "/" ? '<!doctype html><html><head><link rel="stylesheet" href="/app.css"></head><body><div id="root"></div><script type="module" src="/app.js"></script></body></html>' : files.get(url.pathname);
      if (body === undefined) return void res.writeHead(404).end();
      const type = url.pathname === "/" ? "text/html" : url.pathname.endsWith(".css") ? "text/css" : "text/javascript";
      res.writeHead(200, { ...securityHeaders(), "content-type": `${type}; charset=utf-8` }).end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  ctx = await chromium.launchPersistentContext(join(dir, "profile"), {
    ...chromiumLaunch(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  page = ctx.pages()[0] ?? (await ctx.newPage());
  page.on("console", (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) cspViolations.push(m.text());
  });
  page.on("response", (r) => {
    if (r.url().includes("/admin/ticket/")) ticketStatuses.push(r.status());
  });
}, 60_000);

afterAll(async () => {
  await ctx?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  await office?.close(0);
  rmSync(dir, { recursive: true, force: true });
});

async function typePin(pin: string) {
  for (const d of pin) await page.getByRole("button", { name: d, exact: true }).click();
  await page.getByRole("button", { name: "확인" }).click();
}

describe("the admin screen in Chromium", () => {
  it("opens only after 5 quick taps on the corner, then asks for the PIN", async () => {
    await page.goto(base);
    await page.locator("#customer").waitFor();
    for (let i = 0; i < 4; i++) await page.mouse.click(10, 10);
    expect(await page.getByText("관리자 PIN을 입력하세요").count()).toBe(0);
    await page.mouse.click(10, 10);
    await page.getByText("관리자 PIN을 입력하세요").waitFor();
  });

  it("refuses a wrong PIN with the tries left, accepts the right one and shows today's order", async () => {
    await typePin("1111");
    await page.getByText("PIN이 틀렸어요. 4번 더 틀리면 잠겨요.").waitFor();
    await typePin("2580");
    await page.getByRole("heading", { name: "관리자 — 테스트 카페" }).waitFor();
    await page.getByText("#1", { exact: true }).waitFor();
    expect(await page.getByText("2× 아메리카노 (아이스, 샷 추가 ×1, 시럽: 바닐라 시럽)").count()).toBe(1);
  });

  it("serves the ticket page for printing to the unlocked screen only", async () => {
    await page.getByRole("button", { name: "티켓 인쇄" }).click();
    await expect.poll(() => ticketStatuses).toEqual([200]);
    const anon = await fetch(`${base}/admin/ticket/${encodeURIComponent(office.orders!.store.listDay()[0]!.id)}?session=nope`);
    expect(anon.status).toBe(403);
  });

  it("switches an item to sold out: the menu in use changes at once", async () => {
    await page.getByRole("tab", { name: "메뉴" }).click();
    const row = page.locator(".admin-item", { hasText: "치즈케이크" });
    await row.getByRole("switch").click();
    await expect.poll(() => holder.current.model.item("cheesecake")?.soldOut).toBe(true);
    await row.getByRole("switch", { checked: true }).waitFor();
  });

  it("shows settings with where each value comes from, and that keys cannot be stored on the web host", async () => {
    await page.getByRole("tab", { name: "설정" }).click();
    await page.getByText("주방 전송 주소 (웹훅)").waitFor();
    expect(await page.getByText(/does not store keys/).count()).toBeGreaterThan(0);
  });

  it("locks when asked, and a hold of 3 seconds on the corner opens it again", async () => {
    await page.getByRole("button", { name: "잠그기" }).click();
    await page.locator("#customer").waitFor();
    await page.mouse.move(10, 10);
    await page.mouse.down();
    await page.getByText("관리자 PIN을 입력하세요").waitFor({ timeout: 5000 });
    await page.mouse.up();
    expect(cspViolations).toEqual([]);
  });

  it("with the default PIN, opens only the PIN change; the admin screen comes after a new PIN", async () => {
    // As if KIOSK_ADMIN_PIN had never been set: the documented default 0000 is in use.
    delete office.admin.deps.baseEnv.KIOSK_ADMIN_PIN;
    await typePin("0000");
    await page.getByText("기본 PIN(0000)은 누구나 알 수 있어요. 다른 기능을 쓰기 전에 새 PIN을 정해 주세요.").waitFor();
    expect(await page.getByRole("tab", { name: "메뉴" }).count()).toBe(0);
    await page.getByLabel("현재 PIN").fill("0000");
    await page.getByLabel("새 PIN (4–8자리)").fill("482615");
    await page.getByRole("button", { name: "저장" }).click();
    await page.getByRole("heading", { name: "관리자 — 테스트 카페" }).waitFor();
    expect(cspViolations).toEqual([]);
  });
});
