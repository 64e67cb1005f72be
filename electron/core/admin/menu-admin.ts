// Staff changes to the menu in use: sold-out switches, reloading the menu file and
// importing a new one. Every change produces a new menu and hands it to the host's
// MenuHolder at once, so the screen, the offline engine and the model's tools all
// see the same menu. A menu that fails validation changes nothing and its problems
// are returned to show.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { MenuModel } from "../../../shared/menu/model.ts";
import { loadMenuFile, MenuError, parseMenuText, type LoadedMenu, type MenuHolder } from "../menu/load.ts";
import { writeFileAtomic } from "../orders/db.ts";
import type { SettingsStore } from "./settings.ts";

export type MenuChange = { ok: true; summary: string; menu: LoadedMenu } | { ok: false; problems: string[] };

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
   * Replace the menu with an uploaded file. It is validated first; when good it is
   * copied into the data directory (the original stays untouched) and used from
   * then on, also after a restart. Images are still looked up where they were.
   */
  importText(text: string, fileName = "imported.menu.json"): MenuChange {
    let parsed: LoadedMenu;
    try {
      parsed = parseMenuText(text, fileName);
    } catch (err) {
      if (err instanceof MenuError) return { ok: false, problems: err.problems };
      return { ok: false, problems: [(err as Error).message] };
    }
    const dir = join(this.settings.dataDir, "menus");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "current.menu.json");
    writeFileAtomic(file, text);
    const baseDir = this.base.baseDir;
    this.settings.update((s) => {
      s.menuFile = file;
      s.menuBaseDir = baseDir;
    });
    this.holder.set({ model: parsed.model, file, baseDir });
    const next = this.holder.current;
    return { ok: true, summary: menuSummary(next), menu: next };
  }
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
