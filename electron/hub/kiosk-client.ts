// The kiosk's side of the store hub. Orders need nothing here: the kiosk's outbox
// delivers them to the hub (KIOSK_HUB_URL/api/orders, see core/orders/service.ts),
// signed and idempotent, and keeps them until the hub has them. This client:
//   - pairs with the hub and keeps the number block it was given (hub-pairing.json in
//     the data folder), so the kiosk numbers its orders without collisions also when
//     it starts while the hub is down;
//   - takes the store's menu when one is published on the hub (at once, or on
//     reconnect when the kiosk was away), as if staff had imported it on this kiosk,
//     and publishes a menu staff import on this kiosk's admin screen to the hub (so it
//     reaches the other kiosks; sent after reconnecting when the hub was away);
//   - follows the hub's sold-out switches (a stream that gets the full set at once
//     and on every change; on reconnect the full set again, so an offline kiosk
//     catches up), and sends the switches staff flip on this kiosk's admin screen
//     (kept and sent after reconnecting when the hub was away);
//   - checks in every few seconds with how many orders still wait for delivery.
import { createHash } from "node:crypto";
import type { MenuAdmin } from "../core/admin/menu-admin.ts";
import type { MenuHolder } from "../core/menu/load.ts";
import { isNumberPlan, type NumberPlan } from "../core/orders/number-plan.ts";
import { readPairingFile, writePairingFile } from "./pairing-file.ts";
import { fetchPictures, sendPictures, type PictureHashes } from "./menu-pictures.ts";
import { describeClockOffset, HEADER_SIGNATURE, HEADER_TIMESTAMP, ReceiverClock, sign } from "../core/orders/signing.ts";
import type { OrderStore } from "../core/orders/store.ts";
import { SseReader } from "./sse-reader.ts";

/** The hub pings kiosk streams every 5 s; this long without a byte means the link is gone. */
const STREAM_IDLE_MS = 15_000;

export interface HubClientOptions {
  url: string;
  secret: string;
  dataDir: string;
  store: OrderStore;
  menu: MenuHolder;
  menuAdmin: MenuAdmin;
  /** Orders still waiting for delivery (reported to the hub's staff view). */
  undelivered: () => number;
  /** The hub is reachable again: deliver what waits now, not at its backoff time. */
  onOnline?: () => void;
  /** The text of the menu staff imported on this kiosk, if any (sent to the hub when it changes). */
  importedMenu?: () => string | undefined;
  /** Shown on the hub's staff view. */
  name?: string;
  heartbeatMs?: number;
  retryMaxMs?: number;
  log?: (line: string) => void;
  fetch?: typeof globalThis.fetch;
}

export type HubLink = "connecting" | "online" | "offline";

/** The kiosk's sold-out switches as a map item → sold out. */
export function soldOutMap(holder: MenuHolder): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const item of holder.current.model.menu.items) out[item.id] = item.soldOut === true;
  return out;
}

/**
 * What to change locally so the kiosk matches the hub, given the hub's switches and
 * this kiosk's. Items the hub never switched keep what the kiosk has (its menu file).
 */
export function soldOutChanges(hub: Record<string, boolean>, local: Record<string, boolean>): [string, boolean][] {
  return Object.entries(hub).filter(([id, v]) => id in local && local[id] !== v);
}

export class HubClient {
  private readonly base: string;
  private readonly fetchFn: typeof globalThis.fetch;
  private readonly stop = new AbortController();
  private readonly hubClock = new ReceiverClock();
  private stopMenuWatch: (() => void) | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private applyingHub = false;
  private lastLocal: Record<string, boolean>;
  /** Switches flipped on this kiosk that the hub has not confirmed yet. */
  private readonly pendingLocal = new Map<string, boolean>();
  private failures = 0;
  /** The hub menu this kiosk applied (or published) last (kept in the pairing file). */
  private menuHash: string | undefined;
  /** The imported menu as last seen here, to notice a new import. */
  private localMenuHash: string | undefined;
  /** A menu imported here that the hub has not taken yet. */
  private pendingMenu: string | undefined;
  link: HubLink = "connecting";
  plan: NumberPlan | undefined;

  constructor(private readonly opts: HubClientOptions) {
    this.base = opts.url.replace(/\/+$/, "");
    this.fetchFn = opts.fetch ?? globalThis.fetch;
    const kept = readPairingFile(opts.dataDir);
    this.plan = kept?.plan;
    this.menuHash = kept?.menuHash;
    if (this.plan) opts.store.numberPlan = this.plan;
    this.lastLocal = soldOutMap(opts.menu);
    this.localMenuHash = hashOf(opts.importedMenu?.());
  }

  get kioskId(): string {
    return this.opts.store.storeId;
  }

  start(): void {
    this.stopMenuWatch = this.opts.menu.onChange(() => this.menuChanged());
    this.heartbeat = setInterval(() => void this.checkIn(), this.opts.heartbeatMs ?? 5000);
    this.heartbeat.unref();
    void this.run();
  }

  close(): void {
    this.stop.abort();
    this.stopMenuWatch?.();
    clearInterval(this.heartbeat);
  }

  /** Pair, then follow the hub's stream; when it drops, wait a little and do it all again. */
  private async run(): Promise<void> {
    while (!this.stop.signal.aborted) {
      try {
        await this.pair();
        await this.follow();
      } catch (err) {
        if (this.stop.signal.aborted) return;
        if (this.link !== "offline" || this.failures === 0) this.opts.log?.(`store hub ${this.base} unreachable (${(err as Error).message}); retrying`);
        this.link = "offline";
      }
      this.failures++;
      const wait = Math.min(this.opts.retryMaxMs ?? 5000, 250 * 2 ** Math.min(this.failures, 6));
      await new Promise((r) => setTimeout(r, wait).unref());
    }
  }

  private async pair(): Promise<void> {
    const menu = this.opts.menu.current.model.menu.items.map((i) => ({ id: i.id, name: i.name }));
    const answer = (await this.post("/api/kiosk/pair", { kioskId: this.kioskId, name: this.opts.name ?? `kiosk ${this.kioskId.slice(0, 8)}`, menu })) as {
      plan?: unknown;
      soldOut?: Record<string, boolean>;
    };
    if (!isNumberPlan(answer.plan)) throw new Error("the hub answered without a number block");
    const changed = !this.plan || this.plan.first !== answer.plan.first || this.plan.last !== answer.plan.last;
    this.plan = answer.plan;
    if (changed) {
      this.savePairing();
      this.opts.log?.(`paired with the store hub: order numbers ${answer.plan.first}–${answer.plan.last}`);
    }
    this.opts.store.numberPlan = answer.plan;
    // Switches flipped here while the hub was away go first, then the hub's set wins.
    // One the hub refuses (4xx) is dropped with a log line, so it cannot block pairing.
    let soldOut = answer.soldOut ?? {};
    for (const [itemId, value] of [...this.pendingLocal]) {
      const r = (await this.refusedIsDone(`sold-out switch ${itemId}`, this.post("/api/kiosk/sold-out", { kioskId: this.kioskId, itemId, soldOut: value }))) as {
        soldOut?: Record<string, boolean>;
      };
      if (this.pendingLocal.get(itemId) === value) this.pendingLocal.delete(itemId);
      soldOut = r.soldOut ?? soldOut;
    }
    const unsent = this.pendingMenu;
    if (unsent !== undefined) {
      await this.refusedIsDone("the menu imported here", this.pushMenu(unsent));
      if (this.pendingMenu === unsent) this.pendingMenu = undefined;
    }
    this.applyHub(soldOut);
    this.failures = 0;
  }

  /** The hub's live stream; resolves or throws when it ends. */
  private async follow(): Promise<void> {
    const path = `/api/kiosk/stream?kiosk=${encodeURIComponent(this.kioskId)}`;
    // The hub writes something at least every 5 s; a connection silent for longer is
    // dead (a pulled cable sends no FIN), so give up on it and connect again.
    const idle = new AbortController();
    let watchdog = setTimeout(() => idle.abort(new Error("the hub went silent")), STREAM_IDLE_MS);
    const alive = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => idle.abort(new Error("the hub went silent")), STREAM_IDLE_MS);
    };
    try {
      const res = await this.fetchFn(`${this.base}${path}`, { headers: this.signed(""), signal: AbortSignal.any([this.stop.signal, idle.signal]) });
      this.learnHubTime(res);
      if (!res.ok || !res.body) throw new Error(`stream: HTTP ${res.status}`);
      this.link = "online";
      this.opts.log?.("store hub connected");
      this.opts.onOnline?.();
      void this.checkIn();
      await this.readStream(res.body, alive);
    } finally {
      clearTimeout(watchdog);
    }
    throw new Error("the hub closed the stream");
  }

  private async readStream(body: ReadableStream<Uint8Array>, alive: () => void): Promise<void> {
    const reader = new SseReader();
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      alive();
      for (const { event, data } of reader.push(chunk)) {
        if (event === "soldOut" && data) this.applyHub(JSON.parse(data) as Record<string, boolean>);
        else if (event === "menu" && data) await this.applyMenu(JSON.parse(data) as HubMenuMessage);
      }
    }
  }

  private savePairing(): void {
    writePairingFile(this.opts.dataDir, { hub: this.base, plan: this.plan!, ...(this.menuHash ? { menuHash: this.menuHash } : {}) });
  }

  /**
   * A menu published on the hub that this kiosk has not taken yet replaces its menu,
   * with its pictures fetched first (a hub that drops meanwhile throws: the stream is
   * read again on reconnect, and the menu with it).
   */
  private async applyMenu(menu: HubMenuMessage): Promise<void> {
    if (menu.hash === this.menuHash) return;
    const pictures = await fetchPictures(menu.pictures ?? {}, this.opts.menuAdmin.publishDir, (hash) => this.getPicture(hash));
    if (pictures.missing.length) this.opts.log?.(`the store hub's menu (version ${menu.version}) names pictures the hub does not have: ${pictures.missing.join(", ")}`);
    this.applyingHub = true;
    let result;
    try {
      result = this.opts.menuAdmin.importText(menu.text, "store-hub.menu.json");
    } finally {
      this.applyingHub = false;
    }
    this.lastLocal = soldOutMap(this.opts.menu);
    this.localMenuHash = hashOf(this.opts.importedMenu?.());
    if (!result.ok) {
      this.opts.log?.(`the store hub's menu (version ${menu.version}) cannot be used here: ${result.problems.join("; ")}`);
      return;
    }
    this.menuHash = menu.hash;
    if (this.plan) this.savePairing();
    this.opts.log?.(`menu from the store hub (version ${menu.version}): ${result.summary}`);
  }

  private applyHub(hub: Record<string, boolean>): void {
    const changes = soldOutChanges(hub, soldOutMap(this.opts.menu)).filter(([id]) => !this.pendingLocal.has(id));
    this.applyingHub = true;
    try {
      for (const [id, value] of changes) this.opts.menuAdmin.setSoldOut(id, value);
    } finally {
      this.applyingHub = false;
    }
    this.lastLocal = soldOutMap(this.opts.menu);
    if (changes.length) this.opts.log?.(`sold-out switches from the store hub: ${changes.map(([id, v]) => `${id} ${v ? "sold out" : "available"}`).join(", ")}`);
  }

  /** The menu changed here: a switch flipped on this kiosk's admin goes to the hub. */
  private menuChanged(): void {
    if (this.applyingHub) return;
    this.menuImported();
    const now = soldOutMap(this.opts.menu);
    const flipped = Object.entries(now).filter(([id, v]) => id in this.lastLocal && this.lastLocal[id] !== v);
    this.lastLocal = now;
    for (const [itemId, value] of flipped) {
      this.pendingLocal.set(itemId, value);
      this.post("/api/kiosk/sold-out", { kioskId: this.kioskId, itemId, soldOut: value }).then(
        () => {
          if (this.pendingLocal.get(itemId) === value) this.pendingLocal.delete(itemId);
        },
        (err: unknown) => {
          if (!(err instanceof HubRefused)) return this.opts.log?.(`sold-out switch ${itemId} not sent to the store hub yet (${(err as Error).message}); sent when it is back`);
          if (this.pendingLocal.get(itemId) === value) this.pendingLocal.delete(itemId);
          this.opts.log?.(`sold-out switch ${itemId}: the store hub refused it (${err.message})`);
        },
      );
    }
  }

  /** Staff imported a menu on this kiosk: publish it to the hub (now, or once it is back). */
  private menuImported(): void {
    const text = this.opts.importedMenu?.();
    const hash = hashOf(text);
    if (text === undefined || hash === this.localMenuHash) return;
    this.localMenuHash = hash;
    if (hash === this.menuHash) return;
    this.pendingMenu = text;
    this.pushMenu(text).catch((err: unknown) => {
      if (err instanceof HubRefused) {
        if (this.pendingMenu === text) this.pendingMenu = undefined;
        this.opts.log?.(`the menu imported here: the store hub refused it (${err.message})`);
      } else this.opts.log?.(`the imported menu is not on the store hub yet (${(err as Error).message}); sent when it is back`);
    });
  }

  private async pushMenu(text: string): Promise<void> {
    const upload = async (bytes: Buffer) => ((await this.post("/api/kiosk/picture", { kioskId: this.kioskId, data: bytes.toString("base64") })) as { hash: string }).hash;
    const { pictures, missing } = await sendPictures(text, this.opts.menu.current.baseDir, upload);
    if (missing.length) this.opts.log?.(`the menu imported here names pictures this kiosk does not have either: ${missing.join(", ")}`);
    const r = (await this.post("/api/kiosk/menu", { kioskId: this.kioskId, text, pictures })) as { menu?: { hash: string; version: number } };
    if (this.pendingMenu === text) this.pendingMenu = undefined;
    if (r.menu) {
      this.menuHash = r.menu.hash;
      if (this.plan) this.savePairing();
      this.opts.log?.(`menu imported here published to every kiosk (hub version ${r.menu.version})`);
    }
  }

  private async checkIn(): Promise<void> {
    if (this.link !== "online") return;
    try {
      await this.post("/api/kiosk/seen", { kioskId: this.kioskId, undelivered: this.opts.undelivered() });
    } catch {
      // The stream notices a hub that went away; a lost check-in only ages "last seen".
    }
  }

  /** What the kiosk's admin screen should say about the hub link, if anything. */
  staffNote(): string | undefined {
    if (this.link === "online") return undefined;
    const waiting = this.opts.undelivered();
    const orders = waiting > 0 ? ` (${waiting} order${waiting === 1 ? "" : "s"} waiting)` : "";
    if (!this.plan) return `not paired with the store hub ${this.base} yet: order numbers count from 1 until it is${orders}`;
    if (this.link === "offline") return `the store hub ${this.base} is unreachable: orders are kept here and sent when it is back${orders}`;
    return undefined;
  }

  /** A call the hub refused for good (4xx) is logged and counts as done; others throw (retry later). */
  private async refusedIsDone<T>(what: string, call: Promise<T>): Promise<T | Record<string, never>> {
    try {
      return await call;
    } catch (err) {
      if (!(err instanceof HubRefused)) throw err;
      this.opts.log?.(`${what}: the store hub refused it (${err.message})`);
      return {};
    }
  }

  private signed(body: string): Record<string, string> {
    const ts = this.hubClock.now(Date.now());
    return { [HEADER_TIMESTAMP]: String(ts), [HEADER_SIGNATURE]: sign(this.opts.secret, ts, body) };
  }

  /** A picture of a hub menu; undefined when the hub has none with that hash. */
  private async getPicture(hash: string): Promise<Uint8Array | undefined> {
    const res = await this.fetchFn(`${this.base}/api/kiosk/picture?hash=${hash}`, { headers: this.signed(""), signal: AbortSignal.any([this.stop.signal, AbortSignal.timeout(30_000)]) });
    this.learnHubTime(res);
    if (res.status === 404) return undefined;
    if (!res.ok) throw new Error(`picture ${hash.slice(0, 12)}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }

  /** A kiosk's clock drifts without internet: sign with the hub's time when they differ (signing.ts). */
  private learnHubTime(res: Response): void {
    const offset = this.hubClock.learn(res.headers.get("date"), Date.now());
    if (offset !== undefined) this.opts.log?.(`the store hub's clock is ${describeClockOffset(offset)} this kiosk's: signing with the hub's time`);
  }

  private async post(path: string, payload: unknown): Promise<unknown> {
    const body = JSON.stringify(payload);
    const res = await this.fetchFn(`${this.base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...this.signed(body) },
      body,
      signal: AbortSignal.any([this.stop.signal, AbortSignal.timeout(5000)]),
    });
    this.learnHubTime(res);
    const text = await res.text();
    let json: { ok?: boolean; error?: string } = {};
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      // Reported below with the status.
    }
    const message = `${path}: HTTP ${res.status}${json.error ? ` ${json.error}` : ""}`;
    // 4xx but not 401/404/408/429: the hub read the call and will never take it as it is.
    if (res.status >= 400 && res.status < 500 && ![401, 404, 408, 429].includes(res.status)) throw new HubRefused(message);
    if (!res.ok) throw new Error(message);
    return json;
  }
}

class HubRefused extends Error {}

/** A menu as the hub's stream sends it (HubMenu in hub-store.ts). */
interface HubMenuMessage {
  hash: string;
  text: string;
  version: number;
  pictures?: PictureHashes;
}

function hashOf(text: string | undefined): string | undefined {
  return text === undefined ? undefined : createHash("sha256").update(text).digest("hex");
}
