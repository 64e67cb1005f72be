// The hub's HTTP side. Kiosks (signed with the store's pairing secret):
//   POST /api/orders            an order, exactly as the kiosk's outbox delivers it
//   POST /api/kiosk/pair        {kioskId, name, menu} → its number block and the sold-out switches
//   POST /api/kiosk/seen        {kioskId, undelivered}
//   POST /api/kiosk/sold-out    {kioskId, itemId, soldOut} (a switch flipped on a kiosk's admin)
//   POST /api/kiosk/picture     {kioskId, data: base64} → {hash} (a picture of a menu it will publish)
//   POST /api/kiosk/menu        {kioskId, text, pictures?: {path: sha256}} (a menu imported on a kiosk's admin)
//   GET  /api/kiosk/picture?hash=SHA256   a published menu's picture
//   GET  /api/kiosk/stream?kiosk=ID   SSE: "menu" (the published menu, if any) and "soldOut"
//                               at once and on every change
// Store screens (the kitchen display, the pickup board, the staff view), each let in
// once with the staff PIN when the hub has one (screen-access.ts):
//   GET  /login, POST /login    the PIN form; sets the screen's cookie
//   GET  /kds, /board, /staff, /hub-assets/*
//   GET  /api/stream            SSE: "snapshot" (everything of today) at once, then "order", "kiosk", "soldOut"
//   POST /api/orders/ID/ACTION  start | ready | recall | pickup | cancel ({by, reason})
//   POST /api/recall            the order bumped last goes back to the kitchen
//   POST /api/sold-out          {itemId, soldOut}
//   POST /api/menu              {text}: publish the store's menu (a menu file) to every kiosk
//   GET  /api/call/ID?lang=ko   the spoken call for a ready order (audio)
// Every page connection starts with a full snapshot, so a reload or a dropped network
// never loses anything: the page simply gets the whole picture again.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { listenOn } from "../core/http.ts";
import { DEFAULT_TOLERANCE_MS, HEADER_IDEMPOTENCY_KEY, HEADER_SIGNATURE, HEADER_TIMESTAMP, verify } from "../core/orders/signing.ts";
import { parseDeliveredOrder } from "./delivered-order.ts";
import { HubActionError, type HubChange, type HubKiosk, type HubMenu, type HubOrder, type HubStore, type MenuItemRef } from "./hub-store.ts";
import { HttpError, header, openEventStream, parseJsonObject, readBody, sendJson, type EventStream } from "./http-util.ts";
import { kitchenView, type KitchenView } from "./kitchen-view.ts";
import { isOrderAction } from "./order-states.ts";
import type { PickupCaller } from "./pickup-caller.ts";
import { isPageAsset, SCREEN_PATHS, servePage } from "./pages.ts";
import { MAX_PICTURE_BYTES } from "./hub-pictures.ts";
import { handleLogin, redirectToLogin, type ScreenAccess } from "./screen-access.ts";

export interface HubServerOptions {
  store: HubStore;
  secret: string;
  /** Language of the kitchen display (item and option names); default the order's store's first language. */
  kitchenLang?: string;
  caller?: PickupCaller;
  toleranceMs?: number;
  /** With a staff PIN: the store screens need it once per screen (see screen-access.ts). Without: open. */
  screenAccess?: ScreenAccess;
  log?: (line: string) => void;
}

/** An order as the store screens get it: the stored order plus the cook's view of it. */
export interface ScreenOrder extends HubOrder {
  kiosk: { slot: number; name: string } | null;
  kitchen: KitchenView;
}

export interface ScreenKiosk extends Omit<HubKiosk, "menu"> {
  online: boolean;
}

export class HubServer {
  readonly server: Server;
  private readonly pages = new Set<EventStream>();
  private readonly kioskStreams = new Map<string, Set<EventStream>>();
  private readonly stopListening: () => void;

  constructor(private readonly opts: HubServerOptions) {
    this.server = createServer((req, res) => {
      // The Date header is the clock kiosks' calls are checked against: a kiosk whose clock
      // has drifted signs with it (ReceiverClock in core/orders/signing.ts).
      res.setHeader("Date", new Date(opts.store.now()).toUTCString());
      this.handle(req, res).catch((err: unknown) => {
        const status = err instanceof HttpError || err instanceof HubActionError ? err.status : 500;
        if (status === 500) opts.log?.(`request ${req.method} ${req.url} failed: ${(err as Error).stack ?? String(err)}`);
        sendJson(res, status, { ok: false, error: status === 500 ? "internal error" : (err as Error).message });
      });
    });
    this.stopListening = opts.store.onChange((c) => this.broadcast(c));
  }

  listen(port = 0, host = "127.0.0.1"): Promise<string> {
    return listenOn(this.server, port, host);
  }

  async close(): Promise<void> {
    this.stopListening();
    for (const s of this.pages) s.end();
    for (const set of this.kioskStreams.values()) for (const s of set) s.end();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  screenOrder(o: HubOrder): ScreenOrder {
    const k = o.kioskId ? this.opts.store.kiosk(o.kioskId) : undefined;
    const lang = this.opts.kitchenLang ?? o.order.store.languages[0] ?? o.order.lang;
    return { ...o, kiosk: k ? { slot: k.slot, name: k.name } : null, kitchen: kitchenView(o.order, lang) };
  }

  screenKiosk(k: HubKiosk): ScreenKiosk {
    const { menu: _menu, ...rest } = k;
    return { ...rest, online: (this.kioskStreams.get(k.id)?.size ?? 0) > 0 };
  }

  snapshot() {
    const { store } = this.opts;
    return {
      nowMs: store.now(),
      businessDay: store.today(),
      orders: store.listScreen().map((o) => this.screenOrder(o)),
      kiosks: store.kiosks().map((k) => this.screenKiosk(k)),
      soldOut: store.soldOut(),
      menu: store.menuItems(),
      publishedMenu: menuInfo(store.menu()),
      perHour: store.ordersPerHour(),
      voice: this.opts.caller?.available ?? false,
    };
  }

  private broadcast(c: HubChange): void {
    if (c.type === "order") {
      const data = { ...this.screenOrder(c.order), isNew: c.isNew };
      for (const p of this.pages) p.send("order", data);
    } else if (c.type === "kiosk") {
      const data = this.screenKiosk(c.kiosk);
      for (const p of this.pages) p.send("kiosk", data);
    } else if (c.type === "menu") {
      const info = menuInfo(c.menu);
      for (const p of this.pages) p.send("menu", { ...info, items: this.opts.store.menuItems() });
      for (const set of this.kioskStreams.values()) for (const s of set) s.send("menu", c.menu);
    } else {
      for (const p of this.pages) p.send("soldOut", c.soldOut);
      for (const set of this.kioskStreams.values()) for (const s of set) s.send("soldOut", c.soldOut);
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://hub");
    const path = url.pathname;
    const method = req.method ?? "GET";
    if (method === "GET" && path === "/health") return sendJson(res, 200, { ok: true });
    if (path.startsWith("/api/kiosk/") || (path === "/api/orders" && method === "POST")) return this.kioskApi(req, res, url);
    const access = this.opts.screenAccess;
    if (access && path === "/login") return handleLogin(access, req, res, url, SCREEN_PATHS);
    if (access && !isPageAsset(path) && !access.allows(req)) {
      if (method === "GET" && SCREEN_PATHS.includes(path)) return redirectToLogin(res, path + url.search);
      throw new HttpError(401, "this store screen needs the staff PIN: open /login on it");
    }
    if (method === "GET" && path === "/api/stream") return this.pageStream(req, res);
    if (method === "POST") checkScreenRequest(req);
    if (method === "GET" && path === "/api/state") return sendJson(res, 200, this.snapshot());
    if (method === "POST" && path === "/api/recall") {
      const last = this.opts.store.lastBumped();
      if (!last) throw new HttpError(409, "nothing to recall: no order was marked ready today");
      return sendJson(res, 200, { ok: true, order: this.screenOrder(this.opts.store.act(last.id, "recall")) });
    }
    const action = /^\/api\/orders\/([^/]+)\/([a-z]+)$/.exec(path);
    if (method === "POST" && action) {
      const [, id, name] = action;
      if (!isOrderAction(name)) throw new HttpError(404, `unknown action "${name}" (start, ready, recall, pickup, cancel)`);
      const body = parseJsonObject((await readBody(req, 10_000)) || "{}");
      const order = this.opts.store.act(decodeURIComponent(id!), name, { by: asString(body.by), reason: asString(body.reason) });
      return sendJson(res, 200, { ok: true, order: this.screenOrder(order) });
    }
    if (method === "POST" && path === "/api/menu") {
      const body = parseJsonObject(await readBody(req, 5_000_000));
      if (typeof body.text !== "string") throw new HttpError(400, "send {text: the menu file's text}");
      return sendJson(res, 200, { ok: true, menu: menuInfo(this.opts.store.publishMenu(body.text, "hub staff view")) });
    }
    if (method === "POST" && path === "/api/sold-out") {
      const body = parseJsonObject(await readBody(req, 10_000));
      if (typeof body.itemId !== "string" || typeof body.soldOut !== "boolean") throw new HttpError(400, "send {itemId: string, soldOut: boolean}");
      return sendJson(res, 200, { ok: true, soldOut: this.opts.store.setSoldOut(body.itemId, body.soldOut, "hub staff view") });
    }
    const call = /^\/api\/call\/([^/]+)$/.exec(path);
    if (method === "GET" && call) return this.callAudio(res, decodeURIComponent(call[1]!), url.searchParams.get("lang") ?? "ko");
    if (method === "GET" && servePage(path, res)) return;
    throw new HttpError(404, `nothing at ${method} ${path}`);
  }

  private pageStream(req: IncomingMessage, res: ServerResponse): void {
    const stream = openEventStream(req, res);
    this.pages.add(stream);
    stream.onClose(() => this.pages.delete(stream));
    // Snapshot and subscription in one tick: no change can fall between them.
    stream.send("snapshot", this.snapshot());
  }

  private async callAudio(res: ServerResponse, id: string, lang: string): Promise<void> {
    const order = this.opts.store.get(id);
    if (!order) throw new HttpError(404, `no order ${id}`);
    if (!this.opts.caller?.available) throw new HttpError(503, "no voice on this hub (install espeak-ng or configure a speech service)");
    const audio = await this.opts.caller.audio(order.id, order.number, lang);
    res.writeHead(200, { "Content-Type": audio.mime, "Cache-Control": "private, max-age=600" });
    res.end(audio.audio);
  }

  /** Kiosk calls: each one signed like an order delivery (HMAC of "<timestamp>.<body>" with the pairing secret). */
  private async kioskApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    // A picture comes as base64 in JSON: a third larger than the picture itself.
    const limit = path === "/api/kiosk/picture" ? Math.ceil(MAX_PICTURE_BYTES * 1.4) + 1_000 : 1_000_000;
    const body = req.method === "POST" ? await readBody(req, limit) : "";
    const check = verify(
      this.opts.secret,
      { signature: header(req, HEADER_SIGNATURE), timestamp: header(req, HEADER_TIMESTAMP) },
      body,
      this.opts.store.now(),
      this.opts.toleranceMs ?? DEFAULT_TOLERANCE_MS,
    );
    if (!check.ok) throw new HttpError(401, `signature check failed: ${check.reason} (is KIOSK_HUB_SECRET the hub's secret?)`);
    const { store } = this.opts;
    if (req.method === "POST" && path === "/api/orders") {
      const key = header(req, HEADER_IDEMPOTENCY_KEY);
      if (!key) throw new HttpError(400, `missing ${HEADER_IDEMPOTENCY_KEY} header`);
      const parsed = parseDeliveredOrder(parseJsonObject(body));
      if (!parsed.ok) throw new HttpError(400, parsed.reason);
      if (parsed.order.id !== key) throw new HttpError(400, "idempotency key does not match the order id");
      // On disk (synchronous=FULL) before the 2xx: once the kiosk hears "ok" it never sends this order again.
      const { duplicate, order } = store.receive(parsed.order);
      if (order.kioskId) store.seen(order.kioskId);
      return sendJson(res, 200, { ok: true, duplicate });
    }
    if (req.method === "GET" && path === "/api/kiosk/stream") {
      const id = url.searchParams.get("kiosk") ?? "";
      if (!store.kiosk(id)) throw new HttpError(404, "this kiosk is not paired: pair first");
      const stream = openEventStream(req, res, 5_000);
      let set = this.kioskStreams.get(id);
      if (!set) this.kioskStreams.set(id, (set = new Set()));
      set.add(stream);
      stream.onClose(() => {
        set.delete(stream);
        if (set.size === 0) this.kioskStreams.delete(id);
        const k = store.kiosk(id);
        if (k) for (const p of this.pages) p.send("kiosk", this.screenKiosk(k));
      });
      // The published menu first (so switches apply to its items), then the switches.
      const menu = store.menu();
      if (menu) stream.send("menu", menu);
      stream.send("soldOut", store.soldOut());
      store.seen(id);
      return;
    }
    if (req.method === "GET" && path === "/api/kiosk/picture") {
      const bytes = store.pictures.get(url.searchParams.get("hash") ?? "");
      if (!bytes) throw new HttpError(404, "no such picture on the hub");
      res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": bytes.length, "Cache-Control": "private, max-age=31536000, immutable" });
      res.end(bytes);
      return;
    }
    if (req.method !== "POST") throw new HttpError(404, `nothing at ${req.method} ${path}`);
    const msg = parseJsonObject(body);
    const kioskId = asString(msg.kioskId);
    if (!kioskId || kioskId.length > 100) throw new HttpError(400, "kioskId is missing");
    if (path === "/api/kiosk/pair") {
      const name = (asString(msg.name) ?? "").slice(0, 60) || `kiosk ${kioskId.slice(0, 8)}`;
      const kiosk = store.pair(kioskId, name, asMenu(msg.menu));
      return sendJson(res, 200, { ok: true, plan: kiosk.plan, slot: kiosk.slot, soldOut: store.soldOut() });
    }
    if (!store.kiosk(kioskId)) throw new HttpError(404, "this kiosk is not paired: pair first");
    if (path === "/api/kiosk/seen") {
      const undelivered = typeof msg.undelivered === "number" && Number.isInteger(msg.undelivered) && msg.undelivered >= 0 ? msg.undelivered : undefined;
      store.seen(kioskId, undelivered);
      return sendJson(res, 200, { ok: true });
    }
    if (path === "/api/kiosk/picture") {
      if (typeof msg.data !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(msg.data)) throw new HttpError(400, "send {kioskId, data: the picture's bytes in base64}");
      return sendJson(res, 200, { ok: true, hash: store.pictures.add(Buffer.from(msg.data, "base64")) });
    }
    if (path === "/api/kiosk/menu") {
      if (typeof msg.text !== "string") throw new HttpError(400, "send {kioskId, text: the menu file's text, pictures?: {path: sha256}}");
      const menu = store.publishMenu(msg.text, store.kiosk(kioskId)!.name, msg.pictures);
      return sendJson(res, 200, { ok: true, menu: menuInfo(menu) });
    }
    if (path === "/api/kiosk/sold-out") {
      if (typeof msg.itemId !== "string" || typeof msg.soldOut !== "boolean") throw new HttpError(400, "send {kioskId, itemId: string, soldOut: boolean}");
      const k = store.kiosk(kioskId)!;
      return sendJson(res, 200, { ok: true, soldOut: store.setSoldOut(msg.itemId, msg.soldOut, k.name) });
    }
    throw new HttpError(404, `nothing at POST ${path}`);
  }
}

/**
 * Store-screen actions come only from the hub's own pages: JSON (which a page on another
 * site cannot send without a CORS preflight the hub never grants) from its own origin.
 */
function checkScreenRequest(req: IncomingMessage): void {
  if (!String(req.headers["content-type"] ?? "").startsWith("application/json")) throw new HttpError(415, "send application/json");
  const origin = req.headers.origin;
  if (origin && origin !== `http://${req.headers.host}` && origin !== `https://${req.headers.host}`) throw new HttpError(403, "store-screen actions come only from the hub's own pages");
}

/** What the staff view shows of the published menu (not its whole text). */
function menuInfo(m: HubMenu | undefined) {
  return m ? { version: m.version, hash: m.hash, publishedAtMs: m.publishedAtMs, publishedBy: m.publishedBy } : null;
}

function asString(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

function asMenu(v: unknown): MenuItemRef[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: MenuItemRef[] = [];
  for (const i of v.slice(0, 2000)) {
    const r = i as { id?: unknown; name?: unknown };
    if (typeof r.id !== "string" || typeof r.name !== "object" || r.name === null) continue;
    const name: Record<string, string> = {};
    for (const [k, t] of Object.entries(r.name as Record<string, unknown>)) if (typeof t === "string") name[k] = t;
    out.push({ id: r.id, name });
  }
  return out;
}
