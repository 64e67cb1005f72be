// The staff PIN in front of the hub's store screens: the cookie it issues (unit), and the
// hub's HTTP side with a PIN over real loopback HTTP (what a screen without it gets, the
// login form, wrong PINs, and kiosks that never need it).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { IncomingMessage } from "node:http";
import { rmSync } from "node:fs";
import { HEADER_SIGNATURE, HEADER_TIMESTAMP, sign } from "../core/orders/signing.ts";
import { tempDir } from "../core/orders/test-fixtures.ts";
import { HubServer } from "./hub-server.ts";
import { HubStore } from "./hub-store.ts";
import { SCREEN_COOKIE, ScreenAccess } from "./screen-access.ts";

const SECRET = "pairing-secret";
const PIN = "2580";

function requestWith(cookie: string | undefined): IncomingMessage {
  return { headers: cookie === undefined ? {} : { cookie } } as IncomingMessage;
}

/** The name=value part of a Set-Cookie header. */
function cookiePair(setCookie: string): string {
  return setCookie.split(";")[0]!;
}

describe("ScreenAccess", () => {
  let nowMs = 1_800_000_000_000;
  const access = (pin = PIN, secret = SECRET) => new ScreenAccess({ pin, secret, now: () => nowMs });

  it("lets in a screen with the cookie it issued, also after a restart (a new instance)", () => {
    const cookie = cookiePair(access().issue());
    expect(access().allows(requestWith(cookie))).toBe(true);
    expect(access().allows(requestWith(`theme=dark; ${cookie}; lang=ko`))).toBe(true);
  });

  it.each([
    ["no cookie", undefined],
    ["an empty cookie", `${SCREEN_COOKIE}=`],
    ["garbage", `${SCREEN_COOKIE}=<script>`],
    ["a forged signature", `${SCREEN_COOKIE}=1800000000000.${"A".repeat(43)}`],
  ])("refuses %s", (_what, cookie) => {
    expect(access().allows(requestWith(cookie))).toBe(false);
  });

  it("logs every screen out when the PIN or the secret changes", () => {
    const cookie = cookiePair(access().issue());
    expect(access("9999").allows(requestWith(cookie))).toBe(false);
    expect(access(PIN, "another-secret").allows(requestWith(cookie))).toBe(false);
  });

  it("refuses a cookie whose time was changed, and one older than a year", () => {
    const cookie = cookiePair(access().issue());
    const [, value] = cookie.split("=");
    const [issued, mac] = value!.split(".");
    expect(access().allows(requestWith(`${SCREEN_COOKIE}=${Number(issued) + 1}.${mac}`))).toBe(false);
    nowMs += 366 * 24 * 3600_000;
    expect(access().allows(requestWith(cookie))).toBe(false);
  });

  it("makes an address wait a minute after five wrong PINs, even for the right one; others are not held up", () => {
    const a = access();
    for (let i = 0; i < 4; i++) expect(a.login("0000", "10.0.0.9")).toMatchObject({ ok: false, status: 401 });
    expect(a.login("0000", "10.0.0.9")).toMatchObject({ ok: false, status: 401 });
    expect(a.login(PIN, "10.0.0.9")).toMatchObject({ ok: false, status: 429, message: expect.stringMatching(/try again in 60 s/) });
    expect(a.login(PIN, "10.0.0.7")).toMatchObject({ ok: true });
    nowMs += 61_000;
    expect(a.login(PIN, "10.0.0.9")).toMatchObject({ ok: true });
  });

  it("does not accept a PIN that only starts like the right one", () => {
    expect(access().login(`${PIN}0`, "a")).toMatchObject({ ok: false });
    expect(access().login(PIN.slice(0, 3), "b")).toMatchObject({ ok: false });
    expect(access().login("", "c")).toMatchObject({ ok: false });
  });
});

describe("hub server with a staff PIN", () => {
  let dir: string;
  let store: HubStore;
  let server: HubServer;
  let url: string;
  const logs: string[] = [];

  beforeEach(async () => {
    dir = tempDir("hub-screen-access-");
    store = new HubStore({ dataDir: dir });
    server = new HubServer({ store, secret: SECRET, screenAccess: new ScreenAccess({ pin: PIN, secret: SECRET, log: (l) => logs.push(l) }) });
    url = await server.listen(0);
  });
  afterEach(async () => {
    await server.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const login = (pin: string, next = "/kds", headers: Record<string, string> = {}) =>
    fetch(`${url}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams({ pin, next }).toString(),
    });

  it.each([
    ["GET", "/kds", 303, "/login?next=%2Fkds"],
    ["GET", "/board?readyMinutes=3", 303, "/login?next=%2Fboard%3FreadyMinutes%3D3"],
    ["GET", "/staff", 303, "/login?next=%2Fstaff"],
    ["GET", "/api/state", 401, null],
    ["GET", "/api/stream", 401, null],
    ["GET", "/api/call/some-order", 401, null],
    ["POST", "/api/sold-out", 401, null],
    ["POST", "/api/recall", 401, null],
    ["POST", "/api/menu", 401, null],
  ])("without the PIN: %s %s is %i", async (method, path, status, location) => {
    const res = await fetch(`${url}${path}`, { method, redirect: "manual", headers: { "content-type": "application/json" }, ...(method === "POST" ? { body: JSON.stringify({ itemId: "x", soldOut: true }) } : {}) });
    expect(res.status).toBe(status);
    expect(res.headers.get("location")).toBe(location);
    if (status === 401) expect(((await res.json()) as { error: string }).error).toMatch(/staff PIN/);
    expect(store.soldOut()).toEqual({});
  });

  it("serves the pages' scripts and styles, the health check and the PIN form without it", async () => {
    expect((await fetch(`${url}/hub-assets/hub.css`)).status).toBe(200);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const form = await fetch(`${url}/login?next=${encodeURIComponent("/kds?warn=3")}`);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('name="pin"');
    expect(html).toContain('value="/kds?warn=3"');
  });

  it("a right PIN sends the screen back where it was going with a cookie that opens everything", async () => {
    const res = await login(PIN, "/board?readyMinutes=3");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/board?readyMinutes=3");
    const setCookie = res.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = cookiePair(setCookie);
    expect((await fetch(`${url}/kds`, { headers: { cookie } })).status).toBe(200);
    expect((await fetch(`${url}/api/state`, { headers: { cookie } })).status).toBe(200);
    const soldOut = await fetch(`${url}/api/sold-out`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ itemId: "latte", soldOut: true }) });
    expect(soldOut.status).toBe(200);
    expect(store.soldOut()).toEqual({ latte: true });
    expect(logs.some((l) => l.includes("let in with the staff PIN"))).toBe(true);
  });

  it.each([["https://evil.example/"], ["//evil.example/kds"], ["/api/menu"], ["javascript:alert(1)"]])("never sends a screen to %s after login", async (next) => {
    const res = await login(PIN, next);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/");
  });

  it("a wrong PIN shows the form again with the reason and sets no cookie", async () => {
    const res = await login("1111");
    expect(res.status).toBe(401);
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(await res.text()).toContain("That PIN is not right.");
  });

  it("refuses a login posted from another site or not as a form", async () => {
    expect((await login(PIN, "/kds", { origin: "http://evil.example" })).status).toBe(403);
    const json = await fetch(`${url}/login`, { method: "POST", redirect: "manual", headers: { "content-type": "application/json" }, body: JSON.stringify({ pin: PIN }) });
    expect(json.status).toBe(415);
  });

  it("kiosks need no PIN: their calls are signed with the pairing secret", async () => {
    const body = JSON.stringify({ kioskId: "k1", name: "by the door" });
    const ts = Date.now();
    const res = await fetch(`${url}/api/kiosk/pair`, { method: "POST", headers: { "content-type": "application/json", [HEADER_TIMESTAMP]: String(ts), [HEADER_SIGNATURE]: sign(SECRET, ts, body) }, body });
    expect(res.status).toBe(200);
  });
});
