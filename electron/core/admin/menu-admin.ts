// Staff changes to the menu in use: sold-out switches, reloading the menu file, and
// publishing a new one (from the editor, a spreadsheet, a menu file or the history). Every change produces a new menu and hands it to the host's
// MenuHolder at once, so the screen, the offline engine and the model's tools all
// see the same menu. A menu that fails validation changes nothing and its problems
// are returned to show.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { MenuModel } from "../../../shared/menu/model.ts";
import type { Menu } from "../../../shared/menu/schema.ts";
import { validateMenu } from "../../../shared/menu/validate.ts";
import { loadMenuFile, MenuError, parseMenuText, type LoadedMenu, type MenuHolder } from "../menu/load.ts";
import { writeFileAtomic } from "../orders/db.ts";
import type { SettingsStore } from "./settings.ts";

export type MenuChange = { ok: true; summary: string; menu: LoadedMenu; missingPictures?: string[] } | { ok: false; problems: string[] };

/** A copy of `loaded` with staff sold-out switches laid over the file's own. */
export function withSoldOut(loaded: LoadedMenu, overrides: Record<string, boolean>): LoadedMenu {
  const menu = structuredClone(loaded.model.menu);
  for (const item of menu.items) {
    const o = overrides[item.id];
    if (o === undefined) continue;
    if (o) item.soldOut = true;
    else delete item.soldOut;
  }
  return { ...loaded, model: new MenuModel(menu) };
}

export function menuSummary(m: LoadedMenu): string {
  const items = m.model.menu.items;
  const soldOut = items.filter((i) => i.soldOut).length;
  return `${m.model.text(m.model.menu.store.name, m.model.defaultLanguage)}: ${items.length} items in ${m.model.menu.categories.length} categories${soldOut ? `, ${soldOut} sold out` : ""}`;
}

export class MenuAdmin {
  /** The menu as its file says, before staff switches. */
  private base: LoadedMenu;
  private readonly produced = new WeakSet<LoadedMenu>();
  private readonly publishedListeners = new Set<(p: MenuPublished) => void>();

  /**
   * Takes over the holder's menus: from now on every menu it holds (including
   * reloads by a file watcher) has the kept sold-out switches laid over it.
   */
  constructor(
    private readonly holder: MenuHolder,
    private readonly settings: SettingsStore,
  ) {
    this.base = holder.current;
    holder.setTransform((m) => this.transform(m));
  }

  private transform(m: LoadedMenu): LoadedMenu {
    if (!this.produced.has(m)) {
      const s = this.settings.get();
      // A reloaded imported menu still finds its images where the menu it replaced had them.
      this.base = s.menuFile && s.menuBaseDir && m.file === s.menuFile ? { ...m, baseDir: s.menuBaseDir } : m;
    }
    const out = withSoldOut(this.base, this.settings.get().soldOut ?? {});
    this.produced.add(out);
    return out;
  }

  current(): LoadedMenu {
    return this.holder.current;
  }

  setSoldOut(itemId: string, soldOut: boolean): MenuChange {
    if (!this.base.model.item(itemId)) return { ok: false, problems: [`no item "${itemId}" on the menu`] };
    this.settings.update((s) => {
      s.soldOut = { ...s.soldOut, [itemId]: soldOut };
    });
    this.holder.set(this.base);
    const next = this.holder.current;
    return { ok: true, summary: `${next.model.itemName(itemId, next.model.defaultLanguage)} ${soldOut ? "sold out" : "available again"}`, menu: next };
  }

  /** Read the menu file again (e.g. after editing it); a broken file keeps the menu in use. */
  async reload(): Promise<MenuChange> {
    try {
      await this.holder.reload(this.base.file);
    } catch (err) {
      if (err instanceof MenuError) return { ok: false, problems: err.problems };
      return { ok: false, problems: [(err as Error).message] };
    }
    const next = this.holder.current;
    return { ok: true, summary: menuSummary(next), menu: next };
  }

  /**
   * Replace the menu with an uploaded menu file's text: checked first, then published
   * like any other change (see publish).
   */
  importText(text: string, fileName = "imported.menu.json", by = "admin screen"): MenuChange {
    let parsed: LoadedMenu;
    try {
      parsed = parseMenuText(text, fileName);
    } catch (err) {
      if (err instanceof MenuError) return { ok: false, problems: err.problems };
      return { ok: false, problems: [(err as Error).message] };
    }
    return this.publish(parsed.model.menu, { by, source: "file", note: fileName });
  }

  /**
   * Be told of every published menu (the history; kiosks sharing one menu). Listeners
   * run after the menu is live, so they must not throw. Returns an unsubscribe.
   */
  onPublished(fn: (p: MenuPublished) => void): () => void {
    this.publishedListeners.add(fn);
    return () => this.publishedListeners.delete(fn);
  }

  /**
   * The one way a new menu goes live (editor, spreadsheet, menu file, rollback). It is
   * validated by the menu file's validator; when good it is written into the data
   * folder (menus/current.menu.json, with the pictures it uses copied next to it),
   * used after a restart too, and handed to the holder at once, so the screen, the
   * offline engine and the model's tools switch together. Its own sold-out values win
   * over earlier switches. A bad menu changes nothing.
   */
  /** The folder every published menu and its pictures live in (data folder/menus). */
  get publishDir(): string {
    return join(this.settings.dataDir, "menus");
  }

  publish(input: unknown, meta: PublishMeta): MenuChange {
    const check = validateMenu(input);
    if (!check.ok) return { ok: false, problems: check.problems };
    const previous = this.holder.current;
    const dir = this.publishDir;
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "current.menu.json");
    const missing = copyPictures(check.menu, previous.baseDir, dir);
    writeFileAtomic(file, `${JSON.stringify(check.menu, null, 2)}\n`);
    this.settings.update((s) => {
      s.menuFile = file;
      s.menuBaseDir = dir;
      delete s.soldOut;
    });
    this.holder.set({ model: new MenuModel(check.menu), file, baseDir: dir });
    const next = this.holder.current;
    const event: MenuPublished = { menu: next, previous, meta, missingPictures: missing };
    for (const fn of this.publishedListeners) fn(event);
    return { ok: true, summary: menuSummary(next), menu: next, missingPictures: missing };
  }
}

export type MenuSource = "editor" | "spreadsheet" | "file" | "restore";

export interface PublishMeta {
  /** Who published (typed on the admin screen, else "admin screen"). */
  by: string;
  source: MenuSource;
  /** A file name, or "version 3" for a rollback. */
  note?: string;
}

export interface MenuPublished {
  menu: LoadedMenu;
  previous: LoadedMenu;
  meta: PublishMeta;
  /** Pictures the menu names that exist nowhere (the screen shows its placeholder for them). */
  missingPictures: string[];
}

/**
 * Copy the pictures `menu` names from the folder of the menu in use into `dir`, so the
 * published menu's folder holds everything it shows. Returns the ones found nowhere.
 */
function copyPictures(menu: Menu, fromDir: string, dir: string): string[] {
  const missing: string[] = [];
  const paths = new Set([...menu.categories, ...menu.items].map((x) => x.image).filter((x): x is string => !!x));
  for (const rel of paths) {
    const to = resolve(dir, rel);
    if (existsSync(to)) continue;
    const from = resolve(fromDir, rel);
    // The validator allows only relative paths inside the menu's folder; check again anyway.
    if (!from.startsWith(resolve(fromDir) + sep) || !to.startsWith(resolve(dir) + sep) || !existsSync(from)) {
      missing.push(rel);
      continue;
    }
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
  return missing;
}

/** The menu file a host should load: one imported on the admin screen wins over --menu / KIOSK_MENU. */
export function menuFileFromSettings(settings: SettingsStore): { file: string; baseDir?: string } | undefined {
  const s = settings.get();
  return s.menuFile ? { file: s.menuFile, ...(s.menuBaseDir ? { baseDir: s.menuBaseDir } : {}) } : undefined;
}

/**
 * Load the menu a host starts with: the one imported on the admin screen if there is
 * one and it is still good, else `fallbackFile` (--menu / KIOSK_MENU / the default).
 */
export async function loadHostMenu(settings: SettingsStore, fallbackFile: string, log: (line: string) => void = () => {}): Promise<LoadedMenu> {
  const imported = menuFileFromSettings(settings);
  if (imported) {
    try {
      return await loadMenuFile(imported.file);
    } catch (err) {
      const why = err instanceof MenuError ? err.problems.join("; ") : (err as Error).message;
      log(`the menu imported on the admin screen (${imported.file}) cannot be used (${why}); using ${fallbackFile}`);
    }
  }
  return loadMenuFile(fallbackFile);
}
