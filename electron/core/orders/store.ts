// The order store: every order the kiosk accepts is committed here (SQLite, WAL,
// synchronous=FULL) before the customer sees its number. Placing an order is one
// synchronous transaction: take the next number of the business day, write the
// order and its lines, and queue it for kitchen delivery. Either all of that is on
// disk, or none of it is and the customer is told the order could not be saved.
import type { Database as Db, Statement } from "better-sqlite3";
import { randomUUID } from "node:crypto";
import type { OrderSink, PlaceOrderInput, PlacedOrder } from "../session/orders.ts";
import { DEFAULT_DAY_START, businessDayOf, parseDayStart, countByHour } from "./business-day.ts";
import { OrderStoreError, openOrderDb, storeError } from "./db.ts";
import { orderNumber, type NumberPlan } from "./number-plan.ts";
import { OrderRejected, buildSnapshot, type Names, type OrderSnapshot, type SnapshotLine, type SnapshotOption } from "./snapshot.ts";

export type OrderStatus = "placed" | "sent" | "acknowledged" | "failed";

export interface StoredOrder extends OrderSnapshot {
  id: string;
  /** Shown large to the customer: 1, 2, 3 ... each business day, or inside the store hub's block for this kiosk (number-plan.ts). */
  number: number;
  businessDay: string;
  status: OrderStatus;
  placedAtMs: number;
  sentAtMs: number | null;
  acknowledgedAtMs: number | null;
  failedAtMs: number | null;
}

export interface DeliveryState {
  state: "pending" | "done";
  attempts: number;
  nextAttemptAtMs: number;
  lastAttemptAtMs: number | null;
  lastError: string | null;
  deliveredAtMs: number | null;
}

export interface OrderStoreOptions {
  dataDir: string;
  fileName?: string;
  /** Business-day boundary, "HH:MM" local time (default 04:00). */
  dayStart?: string;
  /** IANA zone for business days and hours; default the process's local zone. */
  timeZone?: string;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
  /** Queue every placed order for delivery (true when a webhook is configured). */
  deliver?: boolean;
  /** The block of numbers the store hub gave this kiosk (number-plan.ts); none: 1, 2, 3, ... */
  numberPlan?: NumberPlan;
}

interface OrderRow {
  id: string;
  business_day: string;
  number: number;
  status: OrderStatus;
  placed_at_ms: number;
  sent_at_ms: number | null;
  acknowledged_at_ms: number | null;
  failed_at_ms: number | null;
  lang: string;
  currency: string;
  total: number;
  item_count: number;
  store_json: string;
  order_options_json: string;
}

interface LineRow {
  order_id: string;
  line_id: string;
  item_id: string;
  names_json: string;
  options_json: string;
  qty: number;
  unit_price: number;
  line_total: number;
}

export class OrderStore implements OrderSink {
  readonly db: Db;
  readonly file: string;
  readonly storeId: string;
  readonly migrated: number[];
  deliver: boolean;
  /** Changing it mid-day is safe: a number already taken today is skipped. */
  numberPlan: NumberPlan | undefined;
  private dayStartMinutes: number;
  private readonly timeZone: string | undefined;
  private readonly now: () => number;
  private closed = false;
  private readonly placedListeners = new Set<(order: StoredOrder) => void>();
  private readonly st: Record<"nextNumber" | "numberTaken" | "insertOrder" | "insertLine" | "enqueue" | "getOrder" | "getLines" | "dayOrders" | "dayLines" | "delivery", Statement>;
  private readonly placeTx: (snapshot: OrderSnapshot, id: string, placedAtMs: number, day: string) => number;

  private constructor(opened: ReturnType<typeof openOrderDb>, opts: OrderStoreOptions) {
    this.db = opened.db;
    this.file = opened.file;
    this.storeId = opened.storeId;
    this.migrated = opened.migrated;
    this.deliver = opts.deliver ?? false;
    this.numberPlan = opts.numberPlan;
    this.dayStartMinutes = parseDayStart(opts.dayStart ?? DEFAULT_DAY_START);
    this.timeZone = opts.timeZone;
    this.now = opts.now ?? Date.now;
    const db = this.db;
    this.st = {
      nextNumber: db.prepare(
        "INSERT INTO day_counters (business_day, last_number) VALUES (?, 1) ON CONFLICT (business_day) DO UPDATE SET last_number = last_number + 1 RETURNING last_number",
      ),
      numberTaken: db.prepare("SELECT 1 FROM orders WHERE business_day = ? AND number = ?"),
      insertOrder: db.prepare(
        `INSERT INTO orders (id, business_day, number, status, placed_at_ms, lang, currency, total, item_count, store_json, order_options_json)
         VALUES (?, ?, ?, 'placed', ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertLine: db.prepare(
        "INSERT INTO order_lines (order_id, line_no, line_id, item_id, names_json, options_json, qty, unit_price, line_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      enqueue: db.prepare("INSERT INTO outbox (order_id, state, attempts, next_attempt_at_ms, created_at_ms) VALUES (?, 'pending', 0, ?, ?)"),
      getOrder: db.prepare("SELECT * FROM orders WHERE id = ?"),
      getLines: db.prepare("SELECT * FROM order_lines WHERE order_id = ? ORDER BY line_no"),
      dayOrders: db.prepare("SELECT * FROM orders WHERE business_day = ? ORDER BY number"),
      dayLines: db.prepare("SELECT l.* FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.business_day = ? ORDER BY l.order_id, l.line_no"),
      delivery: db.prepare("SELECT * FROM outbox WHERE order_id = ?"),
    };
    this.placeTx = db.transaction((snapshot: OrderSnapshot, id: string, placedAtMs: number, day: string) => {
      // The day counter counts orders; the plan turns the count into the number shown.
      let number: number;
      do {
        const { last_number: n } = this.st.nextNumber.get(day) as { last_number: number };
        number = orderNumber(this.numberPlan, n);
      } while (this.st.numberTaken.get(day, number));
      this.st.insertOrder.run(
        id,
        day,
        number,
        placedAtMs,
        snapshot.lang,
        snapshot.currency,
        snapshot.total,
        snapshot.itemCount,
        JSON.stringify(snapshot.store),
        JSON.stringify(snapshot.orderOptions),
      );
      snapshot.lines.forEach((l, i) => {
        this.st.insertLine.run(id, i + 1, l.lineId, l.item, JSON.stringify(l.name), JSON.stringify(l.options), l.qty, l.unitPrice, l.lineTotal);
      });
      if (this.deliver) this.st.enqueue.run(id, placedAtMs, placedAtMs);
      return number;
    });
  }

  /** Open the store in `dataDir`; throws OrderStoreError when the database is damaged or missing. */
  static open(opts: OrderStoreOptions): OrderStore {
    return new OrderStore(openOrderDb(opts.dataDir, opts.fileName), opts);
  }

  nowMs(): number {
    return this.now();
  }

  setDayStart(hhmm: string): void {
    this.dayStartMinutes = parseDayStart(hhmm);
  }

  businessDayOf(ms: number): string {
    return businessDayOf(ms, this.dayStartMinutes, this.timeZone);
  }

  today(): string {
    return this.businessDayOf(this.now());
  }

  /** Called after each commit (used to wake the delivery worker). */
  onPlaced(fn: (order: StoredOrder) => void): () => void {
    this.placedListeners.add(fn);
    return () => this.placedListeners.delete(fn);
  }

  /** OrderSink: resolves only after the order is committed to disk. */
  async place(input: PlaceOrderInput): Promise<PlacedOrder> {
    const order = this.placeSync(input);
    return { id: order.id, number: order.number, cart: input.cart };
  }

  placeSync(input: PlaceOrderInput): StoredOrder {
    if (this.closed) throw new OrderStoreError("closed", "the order store is closed");
    let snapshot: OrderSnapshot;
    try {
      snapshot = buildSnapshot(input.cart, input.menu, input.lang);
    } catch (err) {
      if (err instanceof OrderRejected) throw new OrderStoreError("rejected", `order refused: ${err.message}`, { cause: err });
      throw err;
    }
    const id = randomUUID();
    const placedAtMs = this.now();
    const day = this.businessDayOf(placedAtMs);
    let number: number;
    try {
      number = this.placeTx(snapshot, id, placedAtMs, day);
    } catch (err) {
      throw storeError(err, "the order was not saved", this.file);
    }
    const order: StoredOrder = {
      ...snapshot,
      id,
      number,
      businessDay: day,
      status: "placed",
      placedAtMs,
      sentAtMs: null,
      acknowledgedAtMs: null,
      failedAtMs: null,
    };
    for (const l of this.placedListeners) {
      try {
        l(order);
      } catch {
        // A listener (delivery wake-up) must never undo or fail a committed order.
      }
    }
    return order;
  }

  get(id: string): StoredOrder | undefined {
    const row = this.st.getOrder.get(id) as OrderRow | undefined;
    if (!row) return undefined;
    return fromRows(row, this.st.getLines.all(id) as LineRow[]);
  }

  /** All orders of a business day (default today), by number. */
  listDay(day = this.today()): StoredOrder[] {
    const rows = this.st.dayOrders.all(day) as OrderRow[];
    const lines = new Map<string, LineRow[]>();
    for (const l of this.st.dayLines.all(day) as LineRow[]) {
      const list = lines.get(l.order_id);
      if (list) list.push(l);
      else lines.set(l.order_id, [l]);
    }
    return rows.map((r) => fromRows(r, lines.get(r.id) ?? []));
  }

  delivery(id: string): DeliveryState | undefined {
    const r = this.st.delivery.get(id) as
      | { state: "pending" | "done"; attempts: number; next_attempt_at_ms: number; last_attempt_at_ms: number | null; last_error: string | null; delivered_at_ms: number | null }
      | undefined;
    if (!r) return undefined;
    return {
      state: r.state,
      attempts: r.attempts,
      nextAttemptAtMs: r.next_attempt_at_ms,
      lastAttemptAtMs: r.last_attempt_at_ms,
      lastError: r.last_error,
      deliveredAtMs: r.delivered_at_ms,
    };
  }

  /** Orders per local clock hour of a business day (hours with none are left out). */
  ordersPerHour(day = this.today()): { hour: number; count: number }[] {
    const rows = this.db.prepare("SELECT placed_at_ms FROM orders WHERE business_day = ?").all(day) as { placed_at_ms: number }[];
    return countByHour(rows.map((r) => r.placed_at_ms), this.timeZone);
  }

  count(): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM orders").get() as { n: number }).n;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  get isClosed(): boolean {
    return this.closed;
  }
}

function fromRows(r: OrderRow, lines: LineRow[]): StoredOrder {
  const store = JSON.parse(r.store_json) as OrderSnapshot["store"];
  return {
    id: r.id,
    number: r.number,
    businessDay: r.business_day,
    status: r.status,
    placedAtMs: r.placed_at_ms,
    sentAtMs: r.sent_at_ms,
    acknowledgedAtMs: r.acknowledged_at_ms,
    failedAtMs: r.failed_at_ms,
    store,
    lang: r.lang,
    currency: r.currency,
    total: r.total,
    itemCount: r.item_count,
    orderOptions: JSON.parse(r.order_options_json) as SnapshotOption[],
    lines: lines.map(
      (l): SnapshotLine => ({
        lineId: l.line_id,
        item: l.item_id,
        name: JSON.parse(l.names_json) as Names,
        qty: l.qty,
        unitPrice: l.unit_price,
        lineTotal: l.line_total,
        options: JSON.parse(l.options_json) as SnapshotOption[],
      }),
    ),
  };
}

/** An order sink for a kiosk whose store could not be opened: every order is refused with the reason. */
export class RefusingOrderSink implements OrderSink {
  constructor(readonly reason: OrderStoreError) {}
  async place(): Promise<PlacedOrder> {
    throw this.reason;
  }
}
