// The hub's HTTP side in-process, over real loopback HTTP: signed kiosk calls, bad
// input, the live page stream and staff actions.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { HEADER_IDEMPOTENCY_KEY, HEADER_SIGNATURE, HEADER_TIMESTAMP, sign } from "../core/orders/signing.ts";
import { tempDir, testMenuJson } from "../core/orders/test-fixtures.ts";
import { HubServer } from "./hub-server.ts";
import { HubStore } from "./hub-store.ts";
import { PickupCaller } from "./pickup-caller.ts";
import { testKiosk, type TestKiosk } from "./test-orders.ts";
import type { SpeechAudio, TextToSpeech } from "../core/providers/tts.ts";
import { SseReader } from "./sse-reader.ts";
import { pictureHash } from "./menu-pictures.ts";

const SECRET = "pairing-secret";
const JSON_HEADERS = { "content-type": "application/json" };
let dir: string;
let store: HubStore;
let server: HubServer;
let url: string;
let kiosk: TestKiosk;
const spokenTexts: string[] = [];

// A text-to-speech at the process boundary: records what it was asked to say.
const recordingTts: TextToSpeech = {
  name: "recording",
  async synthesize(text, opts): Promise<SpeechAudio> {
    spokenTexts.push(`${opts.lang}:${text}`);
    return { mime: "audio/wav", audio: new TextEncoder().encode(`RIFF${text}`), provider: "recording" };
  },
};

beforeEach(async () => {
  dir = tempDir("hub-server-");
  store = new HubStore({ dataDir: dir });
  server = new HubServer({ store, secret: SECRET, caller: new PickupCaller(recordingTts) });
  url = await server.listen(0);
  kiosk = testKiosk();
});
afterEach(async () => {
  await server.close();
  store.close();
  kiosk.close();
  rmSync(dir, { recursive: true, force: true });
});

function signedPost(path: string, body: string, opts: { secret?: string; ts?: number; key?: string } = {}) {
  const ts = opts.ts ?? Date.now();
  return fetch(`${url}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [HEADER_TIMESTAMP]: String(ts),
      [HEADER_SIGNATURE]: sign(opts.secret ?? SECRET, ts, body),
      ...(opts.key ? { [HEADER_IDEMPOTENCY_KEY]: opts.key } : {}),
    },
    body,
  });
}

/** Read Server-Sent Events from a page stream until `stop` says so. */
async function readEvents(path: string, stop: (events: { event: string; data: unknown }[]) => boolean, after?: () => Promise<void>) {
  const controller = new AbortController();
  const res = await fetch(`${url}${path}`, { signal: controller.signal });
  const events: { event: string; data: unknown }[] = [];
  let started = false;
  const reader = new SseReader();
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    for (const { event, data } of reader.push(chunk)) if (event && data) events.push({ event, data: JSON.parse(data) });
    if (!started && events.length > 0) {
      started = true;
      await after?.();
    }
    if (stop(events)) break;
  }
  controller.abort();
  return events;
}

describe("hub server: order delivery", () => {
  it("keeps a signed order once and answers a repeat with 2xx", async () => {
    const order = kiosk.order();
    const body = JSON.stringify(order);
    const first = await signedPost("/api/orders", body, { key: order.id });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ ok: true, duplicate: false });
    const again = await signedPost("/api/orders", body, { key: order.id });
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
    expect(store.count()).toBe(1);
  });

  it.each([
    ["a wrong secret", { secret: "nope" }, 401, /signature check failed: bad-signature/],
    ["a stale timestamp", { ts: Date.now() - 10 * 60_000 }, 401, /stale/],
    ["no idempotency key", { key: "" }, 400, /idempotency-key/],
  ])("refuses %s and keeps nothing", async (_what, opts, status, message) => {
    const order = kiosk.order();
    const res = await signedPost("/api/orders", JSON.stringify(order), { key: order.id, ...opts });
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
    expect(store.count()).toBe(0);
  });

  it.each([
    ["not JSON", "{oops", /not JSON/],
    ["not an order", JSON.stringify({ event: "order.placed", version: 1, id: "x" }), /not an order: number/],
    ["an order without lines", "LINES", /not an order: lines/],
  ])("refuses a body that is %s with the reason", async (_what, bodyText, message) => {
    const order = kiosk.order();
    const body = bodyText === "LINES" ? JSON.stringify({ ...order, lines: [] }) : bodyText;
    const res = await signedPost("/api/orders", body, { key: order.id });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
    expect(store.count()).toBe(0);
  });
});

describe("hub server: menu pictures", () => {
  const PICTURE = Buffer.from("RIFF....WEBPVP8 a small picture");
  const menuWith = (image: string) => JSON.stringify({ ...testMenuJson, items: testMenuJson.items.map((i, n) => (n === 0 ? { ...i, image } : i)) });
  const pair = () => signedPost("/api/kiosk/pair", JSON.stringify({ kioskId: "k1", name: "door" }));

  it("keeps a picture once, serves it by hash, and publishes a menu that names it", async () => {
    expect((await pair()).status).toBe(200);
    const sent = await signedPost("/api/kiosk/picture", JSON.stringify({ kioskId: "k1", data: PICTURE.toString("base64") }));
    expect(sent.status).toBe(200);
    const { hash } = (await sent.json()) as { hash: string };
    expect(hash).toBe(pictureHash(PICTURE));
    await signedPost("/api/kiosk/picture", JSON.stringify({ kioskId: "k1", data: PICTURE.toString("base64") }));
    expect((store.db.prepare("SELECT COUNT(*) AS n FROM pictures").get() as { n: number }).n).toBe(1);

    const ts = Date.now();
    const got = await fetch(`${url}/api/kiosk/picture?hash=${hash}`, { headers: { [HEADER_TIMESTAMP]: String(ts), [HEADER_SIGNATURE]: sign(SECRET, ts, "") } });
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer())).toEqual(PICTURE);
    // Kiosks only: unsigned, it is refused.
    expect((await fetch(`${url}/api/kiosk/picture?hash=${hash}`)).status).toBe(401);

    const text = menuWith("images/a.webp");
    const published = await signedPost("/api/kiosk/menu", JSON.stringify({ kioskId: "k1", text, pictures: { "images/a.webp": hash } }));
    expect(published.status).toBe(200);
    expect(store.menu()).toMatchObject({ text, pictures: { "images/a.webp": hash } });
  });

  it.each([
    ["a picture the hub never got", { "images/a.webp": "a".repeat(64) }, 409, /send these pictures first: images\/a\.webp/],
    ["a path leaving the menu's folder", { "../a.webp": "a".repeat(64) }, 400, /relative path/],
    ["a hash that is not one", { "images/a.webp": "abc" }, 400, /sha256/],
    ["a list that is not a map", ["images/a.webp"], 400, /\{path: sha256\}/],
  ])("refuses a menu naming %s and keeps the menu it had", async (_what, pictures, status, message) => {
    await pair();
    const res = await signedPost("/api/kiosk/menu", JSON.stringify({ kioskId: "k1", text: menuWith("images/a.webp"), pictures }));
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
    expect(store.menu()).toBeUndefined();
  });

  it.each([
    ["not base64", { data: "%%%" }, 400],
    ["empty", { data: "" }, 400],
    ["too large", { data: Buffer.alloc(3_000_001).toString("base64") }, 413],
  ])("refuses a picture that is %s", async (_what, body, status) => {
    await pair();
    const res = await signedPost("/api/kiosk/picture", JSON.stringify({ kioskId: "k1", ...body }));
    expect(res.status).toBe(status);
    expect((store.db.prepare("SELECT COUNT(*) AS n FROM pictures").get() as { n: number }).n).toBe(0);
  });
});

describe("hub server: store screens", () => {
  it("starts every page stream with a snapshot, then sends each new order once", async () => {
    const old = kiosk.order();
    store.receive(old);
    const fresh = kiosk.order();
    const events = await readEvents(
      "/api/stream",
      (ev) => ev.some((e) => e.event === "order"),
      async () => {
        await signedPost("/api/orders", JSON.stringify(fresh), { key: fresh.id });
      },
    );
    expect(events[0]!.event).toBe("snapshot");
    expect((events[0]!.data as { orders: { id: string }[] }).orders.map((o) => o.id)).toEqual([old.id]);
    const order = events.find((e) => e.event === "order")!.data as { id: string; isNew: boolean; kitchen: { notes: string[] } };
    expect(order).toMatchObject({ id: fresh.id, isNew: true, kitchen: { notes: ["포장"] } });
  });

  it("takes kitchen actions, refuses impossible ones, and recalls the last ready order", async () => {
    const o = kiosk.order();
    store.receive(o);
    const act = (action: string, body: unknown = {}) => fetch(`${url}/api/orders/${o.id}/${action}`, { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(body) });
    expect((await act("start")).status).toBe(200);
    expect((await act("start")).status).toBe(409);
    expect((await act("explode")).status).toBe(404);
    expect((await act("ready")).status).toBe(200);
    const recall = await fetch(`${url}/api/recall`, { method: "POST", headers: JSON_HEADERS });
    expect(((await recall.json()) as { order: { state: string } }).order.state).toBe("preparing");
    const cancel = await act("cancel", { by: "manager", reason: "" });
    expect(cancel.status).toBe(400);
    expect(store.get(o.id)!.state).toBe("preparing");
  });

  it.each([
    ["a form post (no JSON)", { "content-type": "text/plain" }, 415],
    ["another site's page", { "content-type": "application/json", origin: "http://evil.example" }, 403],
  ])("refuses a kitchen action from %s", async (_what, headers, status) => {
    const o = kiosk.order();
    store.receive(o);
    const res = await fetch(`${url}/api/orders/${o.id}/start`, { method: "POST", headers, body: "{}" });
    expect(res.status).toBe(status);
    expect(store.get(o.id)!.state).toBe("new");
  });

  it("speaks the pickup call in Korean and English, once per order and language", async () => {
    const o = kiosk.order();
    store.receive(o);
    for (const lang of ["ko", "en", "ko"]) {
      const res = await fetch(`${url}/api/call/${o.id}?lang=${lang}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("audio/wav");
    }
    expect(spokenTexts).toEqual([`ko:${o.number}번 고객님, 주문하신 메뉴가 나왔습니다.`, `en:Order number ${o.number}, your order is ready.`]);
    expect((await fetch(`${url}/api/call/unknown?lang=ko`)).status).toBe(404);
  });

  it("serves the kitchen display, the pickup board and the staff view with a strict CSP", async () => {
    for (const path of ["/kds", "/board", "/staff", "/hub-assets/kds.js", "/hub-assets/hub.css"]) {
      const res = await fetch(`${url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    }
    expect((await fetch(`${url}/hub-assets/../hub-db.ts`)).status).toBe(404);
  });
});

describe("hub server: kiosks", () => {
  it("pairs kiosks with distinct blocks and streams sold-out switches to every kiosk", async () => {
    const pair = async (kioskId: string) => (await (await signedPost("/api/kiosk/pair", JSON.stringify({ kioskId, name: kioskId }))).json()) as { plan: { first: number } };
    expect((await pair("a")).plan.first).toBe(101);
    expect((await pair("b")).plan.first).toBe(301);
    const ts = Date.now();
    const controller = new AbortController();
    const res = await fetch(`${url}/api/kiosk/stream?kiosk=b`, { headers: { [HEADER_TIMESTAMP]: String(ts), [HEADER_SIGNATURE]: sign(SECRET, ts, "") }, signal: controller.signal });
    expect(res.status).toBe(200);
    await signedPost("/api/kiosk/sold-out", JSON.stringify({ kioskId: "a", itemId: "americano", soldOut: true }));
    let text = "";
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      text += new TextDecoder().decode(chunk);
      if (text.includes('"americano":true')) break;
    }
    controller.abort();
    expect(text).toMatch(/^event: soldOut\ndata: \{\}\n\n/);
    expect(text).toContain('event: soldOut\ndata: {"americano":true}');
  });

  it("publishes a menu from the staff view to kiosk streams, and refuses a broken one with its problems", async () => {
    const post = (text: string) => fetch(`${url}/api/menu`, { method: "POST", headers: JSON_HEADERS, body: JSON.stringify({ text }) });
    const bad = await post(JSON.stringify({ version: 1 }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/^the menu was not published: /);
    await signedPost("/api/kiosk/pair", JSON.stringify({ kioskId: "a", name: "a" }));
    expect((await post(JSON.stringify(testMenuJson))).status).toBe(200);
    const ts = Date.now();
    const controller = new AbortController();
    const res = await fetch(`${url}/api/kiosk/stream?kiosk=a`, { headers: { [HEADER_TIMESTAMP]: String(ts), [HEADER_SIGNATURE]: sign(SECRET, ts, "") }, signal: controller.signal });
    let text = "";
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      text += new TextDecoder().decode(chunk);
      if (text.includes("event: soldOut")) break;
    }
    controller.abort();
    expect(text.indexOf("event: menu")).toBe(0);
    expect(text).toContain('"publishedBy":"hub staff view"');
  });

  it("refuses an unsigned stream and calls from kiosks that never paired", async () => {
    expect((await fetch(`${url}/api/kiosk/stream?kiosk=a`)).status).toBe(401);
    const res = await signedPost("/api/kiosk/seen", JSON.stringify({ kioskId: "stranger", undelivered: 1 }));
    expect(res.status).toBe(404);
  });
});
