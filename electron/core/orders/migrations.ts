// The order database's schema, as an ordered list of migrations. A database records
// every migration it has had in schema_version; opening it applies the missing ones
// in order, each in its own transaction. Never edit a migration that has shipped:
// add a new one at the end.
import type { Database } from "better-sqlite3";

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: "orders, lines, day counters, outbox",
    up: (db) =>
      db.exec(`
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE day_counters (business_day TEXT PRIMARY KEY, last_number INTEGER NOT NULL);
        CREATE TABLE orders (
          id TEXT PRIMARY KEY,
          business_day TEXT NOT NULL,
          number INTEGER NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('placed', 'sent', 'acknowledged', 'failed')),
          placed_at_ms INTEGER NOT NULL,
          sent_at_ms INTEGER,
          acknowledged_at_ms INTEGER,
          failed_at_ms INTEGER,
          lang TEXT NOT NULL,
          currency TEXT NOT NULL,
          total INTEGER NOT NULL,
          item_count INTEGER NOT NULL,
          store_json TEXT NOT NULL,
          order_options_json TEXT NOT NULL,
          UNIQUE (business_day, number)
        );
        CREATE TABLE order_lines (
          order_id TEXT NOT NULL REFERENCES orders(id),
          line_no INTEGER NOT NULL,
          line_id TEXT NOT NULL,
          item_id TEXT NOT NULL,
          names_json TEXT NOT NULL,
          options_json TEXT NOT NULL,
          qty INTEGER NOT NULL,
          unit_price INTEGER NOT NULL,
          line_total INTEGER NOT NULL,
          PRIMARY KEY (order_id, line_no)
        ) WITHOUT ROWID;
        CREATE TABLE outbox (
          order_id TEXT PRIMARY KEY REFERENCES orders(id),
          state TEXT NOT NULL CHECK (state IN ('pending', 'done')),
          attempts INTEGER NOT NULL DEFAULT 0,
          next_attempt_at_ms INTEGER NOT NULL,
          claimed_by TEXT,
          claimed_pid INTEGER,
          claimed_until_ms INTEGER,
          last_attempt_at_ms INTEGER,
          last_error TEXT,
          delivered_at_ms INTEGER,
          created_at_ms INTEGER NOT NULL
        );
      `),
  },
  {
    version: 2,
    name: "indexes for the delivery queue and listings by time",
    up: (db) =>
      db.exec(`
        CREATE INDEX outbox_due ON outbox (state, next_attempt_at_ms);
        CREATE INDEX orders_placed_at ON orders (placed_at_ms);
      `),
  },
];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;

export function currentSchemaVersion(db: Database): number {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (!has) return 0;
  const row = db.prepare("SELECT MAX(version) AS v FROM schema_version").get() as { v: number | null };
  return row.v ?? 0;
}

/**
 * Bring the database up to the latest schema. Returns the versions applied. Throws
 * when the database was written by a newer kiosk (its schema is unknown here).
 */
export function migrate(db: Database, list: readonly Migration[] = migrations, nowMs = Date.now()): number[] {
  db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at_ms INTEGER NOT NULL)");
  const current = currentSchemaVersion(db);
  const latest = list[list.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new Error(`the order database has schema version ${current}, newer than this kiosk knows (${latest}); update the kiosk`);
  }
  const applied: number[] = [];
  const record = db.prepare("INSERT INTO schema_version (version, name, applied_at_ms) VALUES (?, ?, ?)");
  for (const m of list) {
    if (m.version <= current) continue;
    db.transaction(() => {
      m.up(db);
      record.run(m.version, m.name, nowMs);
    })();
    applied.push(m.version);
  }
  return applied;
}
