// The hub's database: one SQLite file (WAL, synchronous=FULL, like the kiosk's order
// store) in the hub's data folder. An order is on disk before the kiosk hears "ok",
// so a hub killed at any moment loses nothing a kiosk believes delivered; the kiosk
// retries everything else and the hub keeps one row per order id.
import Database from "better-sqlite3";
import type { Database as Db } from "better-sqlite3";
import { chmodSync, existsSync } from "node:fs";
import { join } from "node:path";
import { ensurePrivateDir } from "../core/orders/db.ts";
import { migrate, type Migration } from "../core/orders/migrations.ts";

export const HUB_DB_FILE = "hub.sqlite";

export class HubStoreError extends Error {}

const hubMigrations: readonly Migration[] = [
  {
    version: 1,
    name: "kiosks, orders with kitchen state, sold-out switches",
    up: (db) =>
      db.exec(`
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE kiosks (
          id TEXT PRIMARY KEY,
          slot INTEGER NOT NULL UNIQUE,
          name TEXT NOT NULL,
          first_number INTEGER NOT NULL,
          last_number INTEGER NOT NULL,
          paired_at_ms INTEGER NOT NULL,
          last_seen_ms INTEGER NOT NULL,
          undelivered INTEGER NOT NULL DEFAULT 0,
          menu_json TEXT
        );
        CREATE TABLE orders (
          id TEXT PRIMARY KEY,
          kiosk_id TEXT,
          number INTEGER NOT NULL,
          business_day TEXT NOT NULL,
          placed_at_ms INTEGER NOT NULL,
          received_at_ms INTEGER NOT NULL,
          state TEXT NOT NULL CHECK (state IN ('new', 'preparing', 'ready', 'picked_up', 'cancelled')),
          state_at_ms INTEGER NOT NULL,
          started_at_ms INTEGER,
          ready_at_ms INTEGER,
          picked_up_at_ms INTEGER,
          cancelled_at_ms INTEGER,
          cancelled_by TEXT,
          cancel_reason TEXT,
          payload_json TEXT NOT NULL
        );
        CREATE INDEX orders_day ON orders (business_day, received_at_ms);
        CREATE TABLE sold_out (
          item_id TEXT PRIMARY KEY,
          sold_out INTEGER NOT NULL,
          changed_at_ms INTEGER NOT NULL,
          changed_by TEXT NOT NULL
        );
      `),
  },
  {
    version: 2,
    name: "the store's menu, as published on the hub",
    up: (db) =>
      db.exec(`
        CREATE TABLE menus (
          version INTEGER PRIMARY KEY AUTOINCREMENT,
          hash TEXT NOT NULL,
          text TEXT NOT NULL,
          published_at_ms INTEGER NOT NULL,
          published_by TEXT NOT NULL
        );
      `),
  },
  {
    version: 3,
    name: "menu pictures, so a menu published on one kiosk shows its pictures on every kiosk",
    up: (db) =>
      db.exec(`
        CREATE TABLE pictures (
          hash TEXT PRIMARY KEY,
          bytes BLOB NOT NULL,
          added_at_ms INTEGER NOT NULL
        );
        ALTER TABLE menus ADD COLUMN pictures_json TEXT;
      `),
  },
];

export function openHubDb(dataDir: string): Db {
  // Owner-only, like a kiosk's data folder and order database.
  ensurePrivateDir(dataDir);
  const file = join(dataDir, HUB_DB_FILE);
  const existed = existsSync(file);
  let db: Db;
  try {
    db = new Database(file);
    db.pragma("journal_mode = WAL");
    if (process.platform !== "win32") for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
    if (existed && db.pragma("quick_check(1)", { simple: true }) !== "ok") throw new Error("quick_check failed");
    db.pragma("synchronous = FULL");
    db.pragma("busy_timeout = 5000");
    migrate(db, hubMigrations);
  } catch (err) {
    throw new HubStoreError(`the hub database ${file} cannot be used (${(err as Error).message}); move it away or restore it from a backup`, { cause: err });
  }
  return db;
}
