// Opening the order database. A damaged or missing database is a clear error and the
// kiosk refuses orders: it never quietly starts a fresh database, because that would
// restart order numbers and hide every order the kitchen has not received yet.
import Database from "better-sqlite3";
import type { Database as Db } from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { migrate } from "./migrations.ts";

export const ORDER_DB_FILE = "orders.sqlite";

export type OrderStoreErrorCode = "corrupt" | "missing" | "disk-full" | "read-only" | "busy" | "io" | "schema" | "closed" | "rejected";

export class OrderStoreError extends Error {
  constructor(
    readonly code: OrderStoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "OrderStoreError";
  }
}

/** Turn a SQLite failure into an error staff can act on. */
export function storeError(err: unknown, what: string, file: string): OrderStoreError {
  if (err instanceof OrderStoreError) return err;
  const code = String((err as { code?: unknown }).code ?? "");
  const msg = (err as Error).message ?? String(err);
  if (code === "SQLITE_FULL") return new OrderStoreError("disk-full", `${what}: the disk is full (${file}); nothing was saved`, { cause: err });
  if (code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB") {
    return new OrderStoreError("corrupt", `${what}: the order database ${file} is damaged (${msg}); orders are refused until it is repaired or moved away`, { cause: err });
  }
  if (code.startsWith("SQLITE_READONLY") || code === "SQLITE_CANTOPEN" || code === "SQLITE_PERM") {
    return new OrderStoreError("read-only", `${what}: cannot write the order database ${file} (${msg})`, { cause: err });
  }
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) return new OrderStoreError("busy", `${what}: the order database is busy (${msg})`, { cause: err });
  return new OrderStoreError("io", `${what}: ${msg}`, { cause: err });
}

/**
 * The kiosk's data folder: orders, settings, the PIN hash and lock state. Only the
 * kiosk's own user may read it (0700; an existing folder is tightened too).
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== "win32") chmodSync(dir, 0o700);
}

/** Write a small file (owner-only, 0600) so that it is either the old or the new content after a crash. */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w", 0o600);
  try {
    if (typeof content === "string") writeSync(fd, content);
    else writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  try {
    const dfd = openSync(dirname(file), "r");
    fsyncSync(dfd);
    closeSync(dfd);
  } catch {
    // Some file systems cannot fsync a directory; the rename is still atomic.
  }
}

export interface OpenedDb {
  db: Db;
  file: string;
  storeId: string;
  /** Migrations applied by this open (empty when the schema was current). */
  migrated: number[];
}

/**
 * Open (or, the very first time, create) the order database in `dataDir`.
 * Next to it, `orders.sqlite.id` remembers that a database was created here, so a
 * database that later disappears or is emptied is reported instead of replaced.
 */
export function openOrderDb(dataDir: string, fileName = ORDER_DB_FILE): OpenedDb {
  const file = join(dataDir, fileName);
  const marker = `${file}.id`;
  try {
    ensurePrivateDir(dataDir);
  } catch (err) {
    throw new OrderStoreError("read-only", `cannot create the data directory ${dataDir}: ${(err as Error).message}`, { cause: err });
  }
  const hasData = existsSync(file) && statSync(file).size > 0;
  if (!hasData && existsSync(marker)) {
    throw new OrderStoreError(
      "missing",
      `the order database ${file} is ${existsSync(file) ? "empty" : "missing"} but orders were kept here before; restore it from a backup, or remove ${marker} to start a new one`,
    );
  }
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: hasData });
    if (process.platform !== "win32") chmodSync(file, 0o600);
  } catch (err) {
    throw storeError(err, "cannot open the order database", file);
  }
  try {
    // The first statement that reads the file fails here when it is not a database.
    db.pragma("journal_mode = WAL");
    // Owner-only, like the folder: SQLite gives new WAL and shared-memory files the
    // database file's mode; ones left from before are tightened here.
    if (process.platform !== "win32") for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
    const check = db.pragma("quick_check(1)", { simple: true });
    if (check !== "ok") throw new OrderStoreError("corrupt", `the order database ${file} is damaged (${String(check)}); orders are refused until it is repaired or moved away`);
    // FULL: a commit is on disk (WAL fsynced) before place() resolves, even across power loss.
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    let migrated: number[];
    try {
      migrated = migrate(db);
    } catch (err) {
      const code = String((err as { code?: unknown }).code ?? "");
      if (code.startsWith("SQLITE")) throw err;
      throw new OrderStoreError("schema", `${file}: ${(err as Error).message}`, { cause: err });
    }
    let storeId = (db.prepare("SELECT value FROM meta WHERE key = 'store_id'").get() as { value: string } | undefined)?.value;
    if (!storeId) {
      storeId = randomUUID();
      db.prepare("INSERT INTO meta (key, value) VALUES ('store_id', ?)").run(storeId);
    }
    if (!existsSync(marker) || readFileSync(marker, "utf8").trim() !== storeId) writeFileAtomic(marker, `${storeId}\n`);
    return { db, file, storeId, migrated };
  } catch (err) {
    db.close();
    throw storeError(err, "cannot open the order database", file);
  }
}
