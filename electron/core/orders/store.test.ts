import { afterEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { OrderStore } from "./store.ts";
import { OrderStoreError, openOrderDb } from "./db.ts";
import { LATEST_SCHEMA_VERSION, migrate, migrations } from "./migrations.ts";
import { cartOf, sampleCart, tempDir, testMenu } from "./test-fixtures.ts";

const menu = testMenu();
const dirs: string[] = [];
const stores: OrderStore[] = [];
function newDir(): string {
  const d = tempDir();
  dirs.push(d);
  return d;
}
function open(dataDir: string, extra: Partial<Parameters<typeof OrderStore.open>[0]> = {}): OrderStore {
  const s = OrderStore.open({ dataDir, timeZone: "Asia/Seoul", ...extra });
  stores.push(s);
  return s;
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function expectStoreError(fn: () => unknown, code: OrderStoreError["code"], message: RegExp): void {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(OrderStoreError);
    expect((err as OrderStoreError).code).toBe(code);
    expect((err as Error).message).toMatch(message);
    return;
  }
  expect.unreachable("expected an OrderStoreError");
}

describe("migrations", () => {
  it("creates the schema from empty, records each version, and re-opens without migrating again", () => {
    const dir = newDir();
    const first = open(dir);
    expect(first.migrated).toEqual(migrations.map((m) => m.version));
    const versions = first.db.prepare("SELECT version FROM schema_version ORDER BY version").all() as { version: number }[];
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(first.db.pragma("journal_mode", { simple: true })).toBe("wal");
    first.placeSync({ cart: sampleCart(menu), lang: "ko", menu });
    const storeId = first.storeId;
    first.close();

    const again = open(dir);
    expect(again.migrated).toEqual([]);
    expect(again.storeId).toBe(storeId);
    expect(again.count()).toBe(1);
  });

  it("brings an older database up to date, keeping its orders", () => {
    const dir = newDir();
    const file = join(dir, "orders.sqlite");
    const db = new Database(file);
    migrate(db, migrations.slice(0, 1));
    db.prepare("INSERT INTO meta (key, value) VALUES ('store_id', 'old')").run();
    db.close();
    const s = open(dir);
    expect(s.migrated).toEqual([2]);
    expect(s.storeId).toBe("old");
    const indexes = s.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'outbox_due'").all();
    expect(indexes).toHaveLength(1);
  });

  it("refuses a database written by a newer kiosk", () => {
    const dir = newDir();
    open(dir).close();
    const db = new Database(join(dir, "orders.sqlite"));
    db.prepare("INSERT INTO schema_version (version, name, applied_at_ms) VALUES (?, 'future', 0)").run(LATEST_SCHEMA_VERSION + 1);
    db.close();
    expectStoreError(() => open(dir), "schema", /newer than this kiosk knows/);
  });
});

describe("order numbers", () => {
  it("count up within a business day and restart at 1 after the boundary", () => {
    const dir = newDir();
    let now = Date.parse("2025-05-01T12:00:00+09:00");
    const s = open(dir, { now: () => now, dayStart: "04:00" });
    const place = () => s.placeSync({ cart: sampleCart(menu), lang: "ko", menu });
    expect([place().number, place().number, place().number]).toEqual([1, 2, 3]);
    now = Date.parse("2025-05-02T02:30:00+09:00"); // after midnight, still May 1st's business day
    const late = place();
    expect([late.number, late.businessDay]).toEqual([4, "2025-05-01"]);
    now = Date.parse("2025-05-02T04:00:00+09:00");
    const next = place();
    expect([next.number, next.businessDay]).toEqual([1, "2025-05-02"]);
    expect(s.listDay("2025-05-01").map((o) => o.number)).toEqual([1, 2, 3, 4]);
    expect(s.listDay("2025-05-02").map((o) => o.number)).toEqual([1]);
  });

  it("keep counting after a restart", () => {
    const dir = newDir();
    const now = () => Date.parse("2025-05-01T12:00:00+09:00");
    const a = open(dir, { now });
    a.placeSync({ cart: sampleCart(menu), lang: "ko", menu });
    a.placeSync({ cart: sampleCart(menu), lang: "ko", menu });
    a.close();
    const b = open(dir, { now });
    expect(b.placeSync({ cart: sampleCart(menu), lang: "ko", menu }).number).toBe(3);
  });

  it("use the configured boundary", () => {
    const dir = newDir();
    const s = open(dir, { now: () => Date.parse("2025-05-02T05:30:00+09:00"), dayStart: "06:00" });
    expect(s.placeSync({ cart: sampleCart(menu), lang: "ko", menu }).businessDay).toBe("2025-05-01");
  });
});

describe("placing an order", () => {
  it("stores the snapshot, and reads back exactly what was placed", () => {
    const s = open(newDir());
    const cart = sampleCart(menu);
    const placed = s.placeSync({ cart, lang: "en", menu });
    const back = s.get(placed.id)!;
    expect(back).toEqual(placed);
    expect(back.status).toBe("placed");
    expect(back.lines.map((l) => [l.lineId, l.name.en, l.qty, l.unitPrice, l.lineTotal])).toEqual([
      [cart.lines[0]!.id, "Americano", 2, 5300, 10600],
      [cart.lines[1]!.id, "Cheesecake", 1, 6000, 6000],
    ]);
    expect(back.total).toBe(cart.total);
  });

  it("is committed when place() resolves: another connection sees it at once", async () => {
    const dir = newDir();
    const s = open(dir);
    const other = new Database(join(dir, "orders.sqlite"), { readonly: true });
    try {
      const placed = await s.place({ cart: sampleCart(menu), lang: "ko", menu });
      const row = other.prepare("SELECT number, total FROM orders WHERE id = ?").get(placed.id) as { number: number; total: number };
      expect(row).toEqual({ number: placed.number, total: 16600 });
      expect(other.prepare("SELECT COUNT(*) AS n FROM order_lines WHERE order_id = ?").get(placed.id)).toEqual({ n: 2 });
    } finally {
      other.close();
    }
  });

  it("queues the order for delivery in the same transaction when delivery is on", () => {
    const s = open(newDir(), { deliver: true });
    const placed = s.placeSync({ cart: sampleCart(menu), lang: "ko", menu });
    expect(s.delivery(placed.id)).toMatchObject({ state: "pending", attempts: 0 });
    const off = open(newDir());
    expect(off.delivery(off.placeSync({ cart: sampleCart(menu), lang: "ko", menu }).id)).toBeUndefined();
  });

  it("refuses a cart that cannot be an order, and writes nothing", async () => {
    const s = open(newDir());
    await expect(s.place({ cart: cartOf(menu, []), lang: "ko", menu })).rejects.toMatchObject({ code: "rejected" });
    await expect(s.place({ cart: cartOf(menu, [{ type: "add", item: "smoothie", qty: 1 }]), lang: "ko", menu })).rejects.toThrow(/missing size/);
    expect(s.count()).toBe(0);
  });

  it("keeps no audio or transcript: the schema has no blob column", () => {
    const s = open(newDir());
    const cols = s.db
      .prepare("SELECT m.name AS tbl, p.name AS col, p.type AS type FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'")
      .all() as { tbl: string; col: string; type: string }[];
    expect(cols.length).toBeGreaterThan(20);
    expect(cols.filter((c) => /blob/i.test(c.type) || /audio|transcript|wav/i.test(c.col))).toEqual([]);
  });
});

describe("a damaged database", () => {
  it("that is not a database at all: clear error, and the file is left as it was", () => {
    const dir = newDir();
    const file = join(dir, "orders.sqlite");
    writeFileSync(file, "this is not a database, it is a shopping list\n".repeat(200));
    const before = readFileSync(file);
    expectStoreError(() => open(dir), "corrupt", /orders\.sqlite is damaged .*orders are refused/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("with a damaged page: refused at start", () => {
    const dir = newDir();
    const s = open(dir);
    for (let i = 0; i < 200; i++) s.placeSync({ cart: sampleCart(menu), lang: "ko", menu });
    s.close();
    const file = join(dir, "orders.sqlite");
    expect(statSync(file).size).toBeGreaterThan(8 * 4096);
    const fd = openSync(file, "r+");
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4 * 4096);
    closeSync(fd);
    expectStoreError(() => open(dir), "corrupt", /damaged/);
  });

  it("that went missing after orders were kept: refused, no new database is made", () => {
    const dir = newDir();
    const s = open(dir);
    s.placeSync({ cart: sampleCart(menu), lang: "ko", menu });
    s.close();
    rmSync(join(dir, "orders.sqlite"));
    expectStoreError(() => open(dir), "missing", /missing but orders were kept here before/);
    expect(existsSync(join(dir, "orders.sqlite"))).toBe(false);
    writeFileSync(join(dir, "orders.sqlite"), "");
    expectStoreError(() => openOrderDb(dir), "missing", /is empty/);
  });
});

describe("a full disk", () => {
  it("refuses the order with a clear error, writes nothing half-way, and recovers when space is back", async () => {
    const s = open(newDir(), { deliver: true });
    const pages = s.db.pragma("page_count", { simple: true }) as number;
    s.db.pragma(`max_page_count = ${pages + 3}`);
    const placed: number[] = [];
    let failure: unknown;
    for (let i = 0; i < 500 && !failure; i++) {
      try {
        placed.push((await s.place({ cart: sampleCart(menu), lang: "ko", menu })).number);
      } catch (err) {
        failure = err;
      }
    }
    expect(failure).toBeInstanceOf(OrderStoreError);
    expect((failure as OrderStoreError).code).toBe("disk-full");
    expect((failure as Error).message).toMatch(/disk is full.*nothing was saved/);
    const count = (sql: string) => (s.db.prepare(sql).get() as { n: number }).n;
    expect(count("SELECT COUNT(*) AS n FROM orders")).toBe(placed.length);
    expect(count("SELECT COUNT(*) AS n FROM outbox")).toBe(placed.length);
    expect(count("SELECT COUNT(*) AS n FROM order_lines")).toBe(placed.length * 2);
    expect(count("SELECT COALESCE(MAX(last_number), 0) AS n FROM day_counters")).toBe(placed.length);
    s.db.pragma("max_page_count = 1073741823");
    const after = s.placeSync({ cart: sampleCart(menu), lang: "ko", menu });
    expect(after.number).toBe(placed.length + 1);
  });
});

describe("order numbers from the store hub's plan", () => {
  it("numbers inside the kiosk's block, and a plan given mid-day skips numbers already taken", () => {
    const store = open(newDir());
    const place = () => store.placeSync({ cart: sampleCart(menu), lang: "ko", menu }).number;
    expect([place(), place()]).toEqual([1, 2]);
    // Paired mid-day with block 101–105: the day's count (3) maps into the block.
    store.numberPlan = { slot: 0, first: 101, last: 105 };
    expect([place(), place(), place()]).toEqual([103, 104, 105]);
    // The block is used up: the same block 10 000 higher, never a number of today again.
    expect(place()).toBe(10101);
    // A plan whose block holds numbers already used today moves past them.
    store.numberPlan = { slot: 9, first: 101, last: 110 };
    const next = place();
    expect([101, 102, 103, 104, 105]).not.toContain(next);
    const numbers = store.listDay().map((o) => o.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
