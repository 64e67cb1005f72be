import { afterEach, describe, expect, it } from "vitest";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AdminReply } from "../../../shared/admin-contract.ts";
import { loadMenuFile, MenuHolder } from "../menu/load.ts";
import { OrderReceiver } from "../orders/receiver.ts";
import { sampleCart, tempDir, testMenuJson } from "../orders/test-fixtures.ts";
import { BackOffice } from "./back-office.ts";
import { ADMIN_API_PATH, ADMIN_SESSION_HEADER, adminHttpRoute } from "./http-route.ts";
import { environmentOnlySecretBox, type SecretBox } from "./secrets.ts";
import { aesTestSecretBox } from "./test-secret-box.ts";

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function setup(opts: { env?: Record<string, string>; box?: SecretBox; clock?: { now: number }; dataDir?: string } = {}) {
  const dir = tempDir("kiosk-admin-");
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const menuFile = join(dir, "menu.json");
  writeFileSync(menuFile, JSON.stringify(testMenuJson));
  const holder = new MenuHolder(await loadMenuFile(menuFile));
  const clock = opts.clock;
  const office = new BackOffice({
    dataDir: opts.dataDir ?? join(dir, "data"),
    baseEnv: { KIOSK_ADMIN_PIN: "2580", ...opts.env },
    menu: holder,
    secretBox: opts.box ?? environmentOnlySecretBox(),
    timeZone: "Asia/Seoul",
    ...(clock ? { now: () => clock.now } : {}),
    delivery: { baseDelayMs: 30, maxDelayMs: 200 },
  });
  cleanup.push(() => office.close(0));
  const session = office.admin.openSession();
  const send = (cmd: unknown) => session.handle(cmd);
  const place = () => office.sink.place({ cart: sampleCart(holder.current.model), lang: "ko", menu: holder.current.model });
  return { dir, holder, office, session, send, place };
}

async function startReceiver(secret: string): Promise<{ r: OrderReceiver; url: string }> {
  const r = new OrderReceiver({ secret });
  const url = await r.listen(0);
  cleanup.push(() => r.close());
  return { r, url };
}

describe("AdminSession", () => {
  it("starts locked, validates every command, and unlocks only with the PIN", async () => {
    const { send } = await setup();
    expect(await send({ type: "overview" })).toEqual({ type: "locked", reason: "required" });
    expect(await send("{not json")).toEqual({ type: "error", code: "bad-command", message: "not JSON" });
    expect(await send({ type: "setSoldOut", item: "americano" })).toMatchObject({ type: "error", code: "bad-command", message: expect.stringMatching(/^soldOut: /) });
    expect(await send({ type: "explode" })).toMatchObject({ type: "error", code: "bad-command" });
    expect(await send({ type: "unlock", pin: "0000", reqId: "r1" })).toEqual({ type: "locked", reason: "wrong-pin", attemptsLeft: 4, reqId: "r1" });
    expect(await send({ type: "unlock", pin: "2580" })).toMatchObject({ type: "unlocked", defaultPin: false });
    expect(await send({ type: "overview" })).toMatchObject({ type: "overview", storeName: "테스트 카페", ordersToday: 0, webhookConfigured: false });
    expect(await send({ type: "lock" })).toEqual({ type: "locked", reason: "by-request" });
    expect(await send({ type: "overview" })).toEqual({ type: "locked", reason: "required" });
  });

  it("locks out after 5 wrong PINs, for every admin screen, and says until when", async () => {
    const clock = { now: Date.parse("2025-06-01T10:00:00Z") };
    const { send, office } = await setup({ clock });
    for (let i = 0; i < 4; i++) await send({ type: "unlock", pin: "1111" });
    expect(await send({ type: "unlock", pin: "1111" })).toEqual({ type: "locked", reason: "locked-out", lockedUntilMs: clock.now + 5 * 60_000 });
    const other = office.admin.openSession();
    expect(await other.handle({ type: "unlock", pin: "2580" })).toMatchObject({ type: "locked", reason: "locked-out" });
    clock.now += 5 * 60_000;
    expect(await other.handle({ type: "unlock", pin: "2580" })).toMatchObject({ type: "unlocked" });
  });

  it("locks again after being idle", async () => {
    const clock = { now: Date.parse("2025-06-01T10:00:00Z") };
    const { send } = await setup({ clock });
    await send({ type: "unlock", pin: "2580" });
    clock.now += 2 * 60_000;
    expect((await send({ type: "stats" })).type).toBe("stats");
    clock.now += 3 * 60_000 + 1;
    expect(await send({ type: "stats" })).toEqual({ type: "locked", reason: "timeout" });
  });

  it("lists today's orders with their delivery state, prints a ticket, and resends", async () => {
    const { r, url } = await startReceiver("k-secret");
    const { send, place, office } = await setup({ env: { KIOSK_WEBHOOK_URL: url, KIOSK_WEBHOOK_SECRET: "k-secret" } });
    const a = await place();
    await place();
    await office.orders!.delivery!.flush(5000);
    await send({ type: "unlock", pin: "2580" });
    const list = (await send({ type: "listOrders", lang: "en" })) as Extract<AdminReply, { type: "orders" }>;
    expect(list.orders.map((o) => [o.number, o.status, o.delivery?.state])).toEqual([
      [2, "acknowledged", "done"],
      [1, "acknowledged", "done"],
    ]);
    expect(list.orders[1]!.lines).toEqual(["2× Americano (Iced, Extra shots ×1, Syrup: Vanilla syrup)", "1× Cheesecake"]);
    expect(list.orders[1]!.orderOptions).toEqual(["To go"]);
    const ticket = await send({ type: "ticket", id: a.id });
    expect(ticket).toMatchObject({ type: "ticket", id: a.id });
    expect((ticket as { html: string }).html).toContain("#1");
    expect(await send({ type: "resendOrder", id: a.id })).toEqual({ type: "done", message: "order #1 queued for delivery" });
    await office.orders!.delivery!.flush(5000);
    expect(r.stats).toMatchObject({ accepted: 2, duplicates: 1 });
    expect(await send({ type: "resendOrder", id: "nope" })).toMatchObject({ type: "error", code: "unknown-order" });
    const stats = (await send({ type: "stats" })) as Extract<AdminReply, { type: "stats" }>;
    expect(stats.ordersPerHour.reduce((s, h) => s + h.count, 0)).toBe(2);
  });

  it("a sold-out switch reaches the menu in use at once and shows in the item list", async () => {
    const { send, holder } = await setup();
    await send({ type: "unlock", pin: "2580" });
    expect(await send({ type: "setSoldOut", item: "cheesecake", soldOut: true })).toMatchObject({ type: "menuResult", ok: true });
    expect(holder.current.model.item("cheesecake")!.soldOut).toBe(true);
    const items = (await send({ type: "menuItems" })) as Extract<AdminReply, { type: "menuItems" }>;
    expect(items.items.find((i) => i.id === "cheesecake")).toMatchObject({ name: "치즈케이크", soldOut: true });
    const bad = await send({ type: "importMenu", text: JSON.stringify({ ...testMenuJson, version: 2 }) });
    expect(bad).toMatchObject({ type: "menuResult", ok: false, problems: [expect.stringMatching(/^version: /)] });
  });

  it("settings made here win over the environment and take effect without a restart", async () => {
    const { r, url } = await startReceiver("env-secret");
    const { send, place, office } = await setup({ env: { KIOSK_WEBHOOK_SECRET: "env-secret", KIOSK_LLM_MODEL: "env-model" } });
    await send({ type: "unlock", pin: "2580" });
    const before = (await send({ type: "getSettings" })) as Extract<AdminReply, { type: "settings" }>;
    expect(before.settings).toMatchObject({ webhookUrl: null, webhookSecretSet: true, provider: { llmModel: "env-model" }, apiKey: "none", secretsStorable: false });
    expect(before.settings.privacy).toEqual({ keepTranscripts: false, keepAudio: false, retentionDays: 7 });
    const after = (await send({ type: "updateSettings", patch: { webhookUrl: url, provider: { llmModel: "admin-model" }, privacy: { keepTranscripts: true } } })) as Extract<
      AdminReply,
      { type: "settings" }
    >;
    expect(after.settings).toMatchObject({ webhookUrl: url, provider: { llmModel: "admin-model" }, privacy: { keepTranscripts: true, retentionDays: 7 } });
    expect(after.settings.sources).toMatchObject({ KIOSK_WEBHOOK_URL: "settings", KIOSK_LLM_MODEL: "settings", KIOSK_WEBHOOK_SECRET: "environment" });
    const order = await place();
    await office.orders!.delivery!.flush(5000);
    expect(r.received.map((x) => x.key)).toEqual([order.id]);
    expect(await send({ type: "updateSettings", patch: { businessDayStart: "25:00" } })).toMatchObject({ type: "error", code: "bad-command" });
  });

  it("the customer screen's default mode and idle times: kept, shown, checked, and read by the host's menu event", async () => {
    const { send, office } = await setup();
    await send({ type: "unlock", pin: "2580" });
    const before = (await send({ type: "getSettings" })) as Extract<AdminReply, { type: "settings" }>;
    expect(before.settings.screen).toEqual({ defaultMode: "standard", idleSeconds: 60, idleCountdownSeconds: 15 });
    const after = (await send({ type: "updateSettings", patch: { screen: { defaultMode: "guided", idleSeconds: 90 } } })) as Extract<AdminReply, { type: "settings" }>;
    expect(after.settings.screen).toEqual({ defaultMode: "guided", idleSeconds: 90, idleCountdownSeconds: 15 });
    expect(office.settings.screen()).toEqual({ defaultMode: "guided", idleSeconds: 90, idleCountdownSeconds: 15 });
    // Too short to be fair, or a mode that does not exist: refused, nothing changed.
    expect(await send({ type: "updateSettings", patch: { screen: { idleSeconds: 5 } } })).toMatchObject({ type: "error", code: "bad-command" });
    expect(await send({ type: "updateSettings", patch: { screen: { defaultMode: "fast" } } })).toMatchObject({ type: "error", code: "bad-command" });
    expect(office.settings.screen().idleSeconds).toBe(90);
  });

  it("the web host refuses to store keys and says they come from the environment; Electron's box stores them sealed", async () => {
    const web = await setup();
    await web.send({ type: "unlock", pin: "2580" });
    expect(await web.send({ type: "setSecret", name: "apiKey", value: "sk-123" })).toMatchObject({
      type: "error",
      code: "secrets-unavailable",
      message: expect.stringMatching(/does not store keys.*environment/),
    });
    const electron = await setup({ box: aesTestSecretBox() });
    await electron.send({ type: "unlock", pin: "2580" });
    const r = (await electron.send({ type: "setSecret", name: "apiKey", value: "sk-123" })) as Extract<AdminReply, { type: "settings" }>;
    expect(r.settings.apiKey).toBe("settings");
    expect(electron.office.effectiveEnv().OPENAI_API_KEY).toBe("sk-123");
  });

  it("changes the PIN only with the current one", async () => {
    const { send, office } = await setup();
    await send({ type: "unlock", pin: "2580" });
    expect(await send({ type: "changePin", current: "9999", next: "135790" })).toMatchObject({ type: "error", code: "wrong-pin" });
    expect(await send({ type: "changePin", current: "2580", next: "12" })).toMatchObject({ type: "error", code: "bad-command" });
    expect(await send({ type: "changePin", current: "2580", next: "135790" })).toEqual({ type: "done", message: "PIN changed" });
    const fresh = office.admin.openSession();
    expect(await fresh.handle({ type: "unlock", pin: "2580" })).toMatchObject({ type: "locked", reason: "wrong-pin" });
    expect(await fresh.handle({ type: "unlock", pin: "135790" })).toMatchObject({ type: "unlocked" });
  });

  it("a damaged order database: the kiosk still starts, orders are refused, the admin screen says why", async () => {
    const dir = tempDir("kiosk-admin-broken-");
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, "data"));
    writeFileSync(join(dir, "data", "orders.sqlite"), "garbage ".repeat(1000));
    const { send, place } = await setup({ dataDir: join(dir, "data") });
    await expect(place()).rejects.toThrow(/damaged/);
    await send({ type: "unlock", pin: "2580" });
    const o = (await send({ type: "overview" })) as Extract<AdminReply, { type: "overview" }>;
    expect(o.warnings[0]).toMatch(/^orders are refused: .*damaged/);
    expect(await send({ type: "listOrders" })).toMatchObject({ type: "error", code: "order-store" });
  });
});

describe("adminHttpRoute", () => {
  it("carries commands over HTTP with a session per screen, and refuses other origins and non-JSON", async () => {
    const { office } = await setup();
    const route = adminHttpRoute(office.admin);
    const server = createServer((req, res) => {
      void route(req, res, new URL(req.url ?? "/", "http://x")).then((handled) => {
        if (!handled) res.writeHead(404).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    cleanup.push(() => new Promise<void>((r) => server.close(() => r())));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${base}${ADMIN_API_PATH}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

    const first = await post({ type: "unlock", pin: "2580" });
    const token = first.headers.get(ADMIN_SESSION_HEADER)!;
    expect(await first.json()).toMatchObject({ type: "unlocked" });
    const same = await post({ type: "overview" }, { [ADMIN_SESSION_HEADER]: token });
    expect(await same.json()).toMatchObject({ type: "overview" });
    const otherScreen = await post({ type: "overview" });
    expect(await otherScreen.json()).toEqual({ type: "locked", reason: "required" });
    expect((await post({ type: "overview" }, { [ADMIN_SESSION_HEADER]: token, origin: "http://evil.example" })).status).toBe(403);
    const form = await fetch(`${base}${ADMIN_API_PATH}`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "type=overview" });
    expect(form.status).toBe(415);
    expect((await post("garbage", { [ADMIN_SESSION_HEADER]: token })).status).toBe(400);
    expect((await fetch(`${base}/elsewhere`)).status).toBe(404);
  });
});

describe("BackOffice.observe", () => {
  it("feeds a session's latency into the stats, and keeps its transcript only when the store keeps transcripts", async () => {
    const { office, send } = await setup();
    const listeners = new Set<(e: import("../../../shared/contract.ts").KioskEvent) => void>();
    const session = { on: (l: (e: import("../../../shared/contract.ts").KioskEvent) => void) => (listeners.add(l), () => listeners.delete(l)) };
    office.observe(session);
    const emit = (e: import("../../../shared/contract.ts").KioskEvent) => listeners.forEach((l) => l(e));
    emit({ type: "latency", turnId: "t1", stages: { stt: 300, engine: 40 } });
    emit({ type: "user", turnId: "t1", text: "not kept" });
    await send({ type: "unlock", pin: "2580" });
    const stats = (await send({ type: "stats" })) as Extract<AdminReply, { type: "stats" }>;
    expect(stats.latency).toEqual([
      { stage: "engine", p50Ms: 40, p95Ms: 40, n: 1 },
      { stage: "stt", p50Ms: 300, p95Ms: 300, n: 1 },
    ]);
    const { existsSync: exists, readdirSync: list } = await import("node:fs");
    expect(exists(office.archive.transcriptDir)).toBe(false);
    await send({ type: "updateSettings", patch: { privacy: { keepTranscripts: true } } });
    emit({ type: "user", turnId: "t2", text: "kept now" });
    expect(list(office.archive.transcriptDir)).toHaveLength(1);
  });
});
