// Every published menu, kept in the data folder's SQLite (menus.sqlite, its own file
// so a damaged order database never blocks menu changes and the other way round):
// when, who, from where, what changed, and the whole menu, so one action can put an
// earlier one back. Placed orders keep their own snapshot of what was ordered; this
// history is for the menu only.
import Database from "better-sqlite3";
import type { Database as Db } from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describeDiff, diffMenus } from "../../../../shared/menu-editor/diff.ts";
import type { Menu } from "../../../../shared/menu/schema.ts";
import { validateMenu } from "../../../../shared/menu/validate.ts";
import type { MenuPublished, MenuSource } from "../menu-admin.ts";

export const MENU_HISTORY_FILE = "menus.sqlite";

export interface MenuVersion {
  id: number;
  publishedAtMs: number;
  by: string;
  source: MenuSource | "in use";
  /** "2 added (Scone; Yuja tea), 1 changed (Latte: price)". */
  changes: string;
  note: string | null;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS menu_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    published_at_ms INTEGER NOT NULL,
    by TEXT NOT NULL,
    source TEXT NOT NULL,
    changes TEXT NOT NULL,
    note TEXT,
    menu_json TEXT NOT NULL
  );
`;

type Row = { id: number; published_at_ms: number; by: string; source: string; changes: string; note: string | null };
const toVersion = (r: Row): MenuVersion => ({ id: r.id, publishedAtMs: r.published_at_ms, by: r.by, source: r.source as MenuVersion["source"], changes: r.changes, note: r.note });

/** Sold-out switches come and go all day; they do not make a menu a different version. */
const withoutSoldOut = (m: Menu): Menu => ({ ...m, items: m.items.map(({ soldOut: _s, ...it }) => it) });
const sameMenu = (a: Menu, b: Menu) => JSON.stringify(withoutSoldOut(a)) === JSON.stringify(withoutSoldOut(b));

export class MenuHistory {
  readonly file: string;
  private readonly db: Db;

  constructor(
    dataDir: string,
    private readonly now: () => number = Date.now,
  ) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, MENU_HISTORY_FILE);
    this.db = new Database(this.file);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("busy_timeout = 5000");
    this.db.exec(SCHEMA);
  }

  /**
   * Keep a published menu. The menu that was in use before it is kept first when the
   * history does not have it yet (the very first publish, or a menu file edited by
   * hand since), so a rollback can always reach it.
   */
  record(p: MenuPublished): MenuVersion {
    const before = p.previous.model.menu;
    const after = p.menu.model.menu;
    return this.db.transaction(() => {
      const latest = this.latestMenu();
      if (!latest || !sameMenu(latest, before)) this.insert(before, "the menu file", "in use", latest ? describeDiff(diffMenus(latest, before)) : "the menu before the first change", null);
      return this.insert(after, p.meta.by, p.meta.source, describeDiff(diffMenus(before, after)), p.meta.note ?? null);
    })();
  }

  private insert(menu: Menu, by: string, source: string, changes: string, note: string | null): MenuVersion {
    const at = this.now();
    const r = this.db
      .prepare("INSERT INTO menu_versions (published_at_ms, by, source, changes, note, menu_json) VALUES (?, ?, ?, ?, ?, ?)")
      .run(at, by, source, changes, note, JSON.stringify(menu));
    return { id: Number(r.lastInsertRowid), publishedAtMs: at, by, source: source as MenuVersion["source"], changes, note };
  }

  private latestMenu(): Menu | undefined {
    const r = this.db.prepare("SELECT menu_json FROM menu_versions ORDER BY id DESC LIMIT 1").get() as { menu_json: string } | undefined;
    return r ? (JSON.parse(r.menu_json) as Menu) : undefined;
  }

  /** Newest first. */
  list(limit = 200): MenuVersion[] {
    return (this.db.prepare("SELECT id, published_at_ms, by, source, changes, note FROM menu_versions ORDER BY id DESC LIMIT ?").all(limit) as Row[]).map(toVersion);
  }

  latestId(): number | undefined {
    return (this.db.prepare("SELECT MAX(id) AS id FROM menu_versions").get() as { id: number | null }).id ?? undefined;
  }

  /** A kept menu, checked again (a hand-edited database must not put a broken menu live). */
  menu(id: number): { ok: true; menu: Menu } | { ok: false; problem: string } {
    const r = this.db.prepare("SELECT menu_json FROM menu_versions WHERE id = ?").get(id) as { menu_json: string } | undefined;
    if (!r) return { ok: false, problem: `there is no menu version ${id}` };
    let json: unknown;
    try {
      json = JSON.parse(r.menu_json);
    } catch {
      return { ok: false, problem: `menu version ${id} is damaged in ${this.file}` };
    }
    const check = validateMenu(json);
    return check.ok ? { ok: true, menu: check.menu } : { ok: false, problem: `menu version ${id} is no longer a valid menu: ${check.problems.slice(0, 3).join("; ")}` };
  }

  close(): void {
    this.db.close();
  }
}
