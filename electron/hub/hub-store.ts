// What the hub keeps: paired kiosks (with their number blocks), every delivered order
// with its kitchen state, and the store's sold-out switches. Every write is one
// transaction on disk; listeners hear about it afterwards (the live pages, kiosks).
import type { Database as Db } from "better-sqlite3";
import { createHash } from "node:crypto";
import { ID_PATTERN } from "../../shared/menu/schema.ts";
import { MenuError, parseMenuText } from "../core/menu/load.ts";
import { HubActionError } from "./hub-action-error.ts";
import { HubPictures } from "./hub-pictures.ts";
import type { PictureHashes } from "./menu-pictures.ts";
import { businessDayOf, DEFAULT_DAY_START, parseDayStart, countByHour } from "../core/orders/business-day.ts";
import { DEFAULT_BLOCK_SIZE, planForSlot, slotCapacity, NumberPlanError, type NumberPlan } from "../core/orders/number-plan.ts";
import type { DeliveredOrder } from "./delivered-order.ts";
import { openHubDb } from "./hub-db.ts";
import { transition, type OrderAction, type OrderState } from "./order-states.ts";

export interface HubOrder {
  id: string;
  kioskId: string | null;
  number: number;
  businessDay: string;
  placedAtMs: number;
  receivedAtMs: number;
  state: OrderState;
  stateAtMs: number;
  startedAtMs: number | null;
  readyAtMs: number | null;
  pickedUpAtMs: number | null;
  cancelled: { atMs: number; by: string; reason: string } | null;
  order: DeliveredOrder;
}

export interface MenuItemRef {
  id: string;
  name: Record<string, string>;
}

export interface HubKiosk {
  id: string;
  slot: number;
  name: string;
  plan: NumberPlan;
  pairedAtMs: number;
  lastSeenMs: number;
  undelivered: number;
  menu: MenuItemRef[];
}

/** The store's menu as published on the hub (a whole menu file, menu-format.md). */
export interface HubMenu {
  version: number;
  /** sha256 of the text: kiosks apply a menu they have not applied before. */
  hash: string;
  text: string;
  /** The pictures it shows, by path, with their content hashes (hub-pictures.ts). */
  pictures: PictureHashes;
  publishedAtMs: number;
  publishedBy: string;
}

export type HubChange =
  | { type: "order"; order: HubOrder; isNew: boolean }
  | { type: "soldOut"; soldOut: Record<string, boolean> }
  | { type: "menu"; menu: HubMenu }
  | { type: "kiosk"; kiosk: HubKiosk };

export interface HubStoreOptions {
  dataDir: string;
  blockSize?: number;
  dayStart?: string;
  timeZone?: string;
  now?: () => number;
}

export { HubActionError };

interface OrderRow {
  id: string;
  kiosk_id: string | null;
  number: number;
  business_day: string;
  placed_at_ms: number;
  received_at_ms: number;
  state: OrderState;
  state_at_ms: number;
  started_at_ms: number | null;
  ready_at_ms: number | null;
  picked_up_at_ms: number | null;
  cancelled_at_ms: number | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
  payload_json: string;
}

interface KioskRow {
  id: string;
  slot: number;
  name: string;
  first_number: number;
  last_number: number;
  paired_at_ms: number;
  last_seen_ms: number;
  undelivered: number;
  menu_json: string | null;
}

export class HubStore {
  readonly db: Db;
  readonly blockSize: number;
  readonly now: () => number;
  private readonly dayStartMinutes: number;
  private readonly timeZone: string | undefined;
  private readonly listeners = new Set<(c: HubChange) => void>();
  readonly pictures: HubPictures;

  constructor(opts: HubStoreOptions) {
    this.db = openHubDb(opts.dataDir);
    this.now = opts.now ?? Date.now;
    this.pictures = new HubPictures(this.db, this.now);
    this.dayStartMinutes = parseDayStart(opts.dayStart ?? DEFAULT_DAY_START);
    this.timeZone = opts.timeZone;
    // The block size is fixed when the first kiosk pairs: changing it later would move blocks under paired kiosks.
    const stored = this.db.prepare("SELECT value FROM meta WHERE key = 'block_size'").get() as { value: string } | undefined;
    const asked = opts.blockSize ?? DEFAULT_BLOCK_SIZE;
    planForSlot(0, asked);
    const paired = (this.db.prepare("SELECT COUNT(*) AS n FROM kiosks").get() as { n: number }).n;
    if (stored && paired > 0 && Number(stored.value) !== asked && opts.blockSize !== undefined) {
      throw new NumberPlanError(`this hub already gave kiosks blocks of ${stored.value} numbers; the block size cannot change while kiosks are paired`);
    }
    this.blockSize = stored && paired > 0 ? Number(stored.value) : asked;
    this.db.prepare("INSERT INTO meta (key, value) VALUES ('block_size', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(String(this.blockSize));
  }

  onChange(fn: (c: HubChange) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(c: HubChange): void {
    for (const l of this.listeners) {
      try {
        l(c);
      } catch {
        // A page or kiosk that cannot be told must not undo what is stored.
      }
    }
  }

  today(): string {
    return businessDayOf(this.now(), this.dayStartMinutes, this.timeZone);
  }

  /** Pair a kiosk (or greet one paired before: it keeps its slot and block for good). */
  pair(id: string, name: string, menu: MenuItemRef[] | undefined): HubKiosk {
    const now = this.now();
    const kiosk = this.db.transaction(() => {
      const existing = this.db.prepare("SELECT * FROM kiosks WHERE id = ?").get(id) as KioskRow | undefined;
      if (existing) {
        this.db.prepare("UPDATE kiosks SET name = ?, last_seen_ms = ?, menu_json = COALESCE(?, menu_json) WHERE id = ?").run(name, now, menu ? JSON.stringify(menu) : null, id);
      } else {
        const used = new Set((this.db.prepare("SELECT slot FROM kiosks").all() as { slot: number }[]).map((r) => r.slot));
        let slot = 0;
        while (used.has(slot)) slot++;
        if (slot >= slotCapacity(this.blockSize)) throw new HubActionError(409, `this hub has no free block of numbers left (${used.size} kiosks paired)`);
        const plan = planForSlot(slot, this.blockSize);
        this.db
          .prepare("INSERT INTO kiosks (id, slot, name, first_number, last_number, paired_at_ms, last_seen_ms, menu_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
          .run(id, slot, name, plan.first, plan.last, now, now, menu ? JSON.stringify(menu) : null);
      }
      return this.kiosk(id)!;
    })();
    this.emit({ type: "kiosk", kiosk });
    return kiosk;
  }

  kiosk(id: string): HubKiosk | undefined {
    const r = this.db.prepare("SELECT * FROM kiosks WHERE id = ?").get(id) as KioskRow | undefined;
    return r ? kioskFromRow(r) : undefined;
  }

  kiosks(): HubKiosk[] {
    return (this.db.prepare("SELECT * FROM kiosks ORDER BY slot").all() as KioskRow[]).map(kioskFromRow);
  }

  /** A paired kiosk checked in: when, and how many of its orders still wait to reach the hub. */
  seen(id: string, undelivered?: number): HubKiosk | undefined {
    const r = this.db
      .prepare("UPDATE kiosks SET last_seen_ms = ?, undelivered = COALESCE(?, undelivered) WHERE id = ?")
      .run(this.now(), undelivered ?? null, id);
    if (r.changes === 0) return undefined;
    const kiosk = this.kiosk(id)!;
    this.emit({ type: "kiosk", kiosk });
    return kiosk;
  }

  /** Keep a delivered order once (by id). A repeat changes nothing and says so. */
  receive(order: DeliveredOrder): { order: HubOrder; duplicate: boolean } {
    const now = this.now();
    const inserted = this.db
      .prepare(
        `INSERT INTO orders (id, kiosk_id, number, business_day, placed_at_ms, received_at_ms, state, state_at_ms, payload_json)
         VALUES (?, ?, ?, ?, ?, ?, 'new', ?, ?) ON CONFLICT (id) DO NOTHING`,
      )
      .run(order.id, order.kioskId ?? null, order.number, order.businessDay, order.placedAtMs, now, now, JSON.stringify(order));
    const stored = this.get(order.id)!;
    if (inserted.changes > 0) this.emit({ type: "order", order: stored, isNew: true });
    return { order: stored, duplicate: inserted.changes === 0 };
  }

  get(id: string): HubOrder | undefined {
    const r = this.db.prepare("SELECT * FROM orders WHERE id = ?").get(id) as OrderRow | undefined;
    return r ? orderFromRow(r) : undefined;
  }

  /** A staff action (kitchen screen, staff view). Throws HubActionError (404, 409, 400) when it cannot apply. */
  act(id: string, action: OrderAction, who: { by?: string; reason?: string } = {}): HubOrder {
    const current = this.get(id);
    if (!current) throw new HubActionError(404, `no order ${id}`);
    const t = transition(current.state, action);
    if (!t.ok) throw new HubActionError(409, t.reason);
    const now = this.now();
    if (action === "cancel") {
      const by = who.by?.trim();
      const reason = who.reason?.trim();
      if (!by || !reason) throw new HubActionError(400, "a cancellation needs who cancels it and why");
      this.db
        .prepare("UPDATE orders SET state = 'cancelled', state_at_ms = ?, cancelled_at_ms = ?, cancelled_by = ?, cancel_reason = ? WHERE id = ?")
        .run(now, now, by.slice(0, 100), reason.slice(0, 300), id);
    } else {
      const column = { start: "started_at_ms", ready: "ready_at_ms", pickup: "picked_up_at_ms", recall: undefined }[action];
      // Recall clears the ready/pickup times so the order reads as in preparation again.
      const extra = column ? `, ${column} = @now` : ", ready_at_ms = NULL, picked_up_at_ms = NULL";
      this.db.prepare(`UPDATE orders SET state = @to, state_at_ms = @now${extra} WHERE id = @id`).run({ to: t.to, now, id });
    }
    const order = this.get(id)!;
    this.emit({ type: "order", order, isNew: false });
    return order;
  }

  /** The order last marked ready (or picked up): what "recall" on the kitchen screen brings back. */
  lastBumped(): HubOrder | undefined {
    const r = this.db
      .prepare("SELECT * FROM orders WHERE state IN ('ready', 'picked_up') ORDER BY state_at_ms DESC, rowid DESC LIMIT 1")
      .get() as OrderRow | undefined;
    return r ? orderFromRow(r) : undefined;
  }

  listDay(day = this.today()): HubOrder[] {
    return (this.db.prepare("SELECT * FROM orders WHERE business_day = ? ORDER BY received_at_ms, rowid").all(day) as OrderRow[]).map(orderFromRow);
  }

  /**
   * What the store screens show: today's orders, plus any order of an earlier day still
   * open in the kitchen or waiting at the counter (a kiosk whose business day starts at
   * another hour, or an order left over from last night, must not vanish on a reload).
   */
  listScreen(day = this.today()): HubOrder[] {
    return (
      this.db
        .prepare("SELECT * FROM orders WHERE business_day = ? OR state IN ('new', 'preparing', 'ready') ORDER BY received_at_ms, rowid")
        .all(day) as OrderRow[]
    ).map(orderFromRow);
  }

  count(): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM orders").get() as { n: number }).n;
  }

  ordersPerHour(day = this.today()): { hour: number; count: number }[] {
    const rows = this.db.prepare("SELECT placed_at_ms FROM orders WHERE business_day = ?").all(day) as { placed_at_ms: number }[];
    return countByHour(rows.map((r) => r.placed_at_ms), this.timeZone);
  }

  soldOut(): Record<string, boolean> {
    const out: Record<string, boolean> = {};
    for (const r of this.db.prepare("SELECT item_id, sold_out FROM sold_out ORDER BY item_id").all() as { item_id: string; sold_out: number }[]) {
      out[r.item_id] = r.sold_out === 1;
    }
    return out;
  }

  setSoldOut(itemId: string, soldOut: boolean, by: string): Record<string, boolean> {
    if (!ID_PATTERN.test(itemId) || itemId.length > 100) throw new HubActionError(400, `"${itemId}" is not a menu item id`);
    this.db
      .prepare("INSERT INTO sold_out (item_id, sold_out, changed_at_ms, changed_by) VALUES (?, ?, ?, ?) ON CONFLICT (item_id) DO UPDATE SET sold_out = excluded.sold_out, changed_at_ms = excluded.changed_at_ms, changed_by = excluded.changed_by")
      .run(itemId, soldOut ? 1 : 0, this.now(), by.slice(0, 100));
    const all = this.soldOut();
    this.emit({ type: "soldOut", soldOut: all });
    return all;
  }

  /**
   * Publish the store's menu: checked with the same validator as a menu file (a bad one
   * changes nothing and throws HubActionError 400 with every problem), kept, and sent to
   * every kiosk. Publishing the menu in use again changes nothing.
   */
  publishMenu(text: string, by: string, pictures?: unknown): HubMenu {
    try {
      parseMenuText(text, "menu.json");
    } catch (err) {
      if (err instanceof MenuError) throw new HubActionError(400, `the menu was not published: ${err.problems.join("; ")}`);
      throw err;
    }
    const checked = this.pictures.check(pictures);
    const hash = createHash("sha256").update(text).digest("hex");
    const current = this.menu();
    if (current?.hash === hash) return current;
    this.db
      .prepare("INSERT INTO menus (hash, text, published_at_ms, published_by, pictures_json) VALUES (?, ?, ?, ?, ?)")
      .run(hash, text, this.now(), by.slice(0, 100), JSON.stringify(checked));
    const menu = this.menu()!;
    this.emit({ type: "menu", menu });
    return menu;
  }

  /** The menu published last, if any. */
  menu(): HubMenu | undefined {
    const r = this.db.prepare("SELECT * FROM menus ORDER BY version DESC LIMIT 1").get() as
      | { version: number; hash: string; text: string; published_at_ms: number; published_by: string; pictures_json: string | null }
      | undefined;
    if (!r) return undefined;
    const pictures = r.pictures_json ? (JSON.parse(r.pictures_json) as PictureHashes) : {};
    return { version: r.version, hash: r.hash, text: r.text, pictures, publishedAtMs: r.published_at_ms, publishedBy: r.published_by };
  }

  /** The menu's items (the hub's published menu, else the latest report of any kiosk), for the sold-out switches. */
  menuItems(): MenuItemRef[] {
    const published = this.menu();
    if (published) {
      const items = (JSON.parse(published.text) as { items: { id: string; name: Record<string, string> }[] }).items;
      return items.map((i) => ({ id: i.id, name: i.name }));
    }
    const r = this.db.prepare("SELECT menu_json FROM kiosks WHERE menu_json IS NOT NULL ORDER BY last_seen_ms DESC LIMIT 1").get() as { menu_json: string } | undefined;
    return r ? (JSON.parse(r.menu_json) as MenuItemRef[]) : [];
  }

  close(): void {
    this.listeners.clear();
    if (this.db.open) this.db.close();
  }
}

function kioskFromRow(r: KioskRow): HubKiosk {
  return {
    id: r.id,
    slot: r.slot,
    name: r.name,
    plan: { slot: r.slot, first: r.first_number, last: r.last_number },
    pairedAtMs: r.paired_at_ms,
    lastSeenMs: r.last_seen_ms,
    undelivered: r.undelivered,
    menu: r.menu_json ? (JSON.parse(r.menu_json) as MenuItemRef[]) : [],
  };
}

function orderFromRow(r: OrderRow): HubOrder {
  return {
    id: r.id,
    kioskId: r.kiosk_id,
    number: r.number,
    businessDay: r.business_day,
    placedAtMs: r.placed_at_ms,
    receivedAtMs: r.received_at_ms,
    state: r.state,
    stateAtMs: r.state_at_ms,
    startedAtMs: r.started_at_ms,
    readyAtMs: r.ready_at_ms,
    pickedUpAtMs: r.picked_up_at_ms,
    cancelled: r.cancelled_at_ms !== null ? { atMs: r.cancelled_at_ms, by: r.cancelled_by ?? "", reason: r.cancel_reason ?? "" } : null,
    order: JSON.parse(r.payload_json) as DeliveredOrder,
  };
}
