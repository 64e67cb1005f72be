// Reading a menu file from disk. A broken file is a clear error listing every
// problem; a running kiosk that reloads a broken file keeps its last good menu.
import { readFile, stat } from "node:fs/promises";
import { readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { MenuModel } from "../../../shared/menu/model.ts";
import { validateMenu } from "../../../shared/menu/validate.ts";
import { MENU_LIMITS } from "../../../shared/menu/limits.ts";

export class MenuError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length === 1 ? problems[0] : `${problems.length} problems:\n  ${problems.join("\n  ")}`}`);
    this.name = "MenuError";
  }
}

export interface LoadedMenu {
  model: MenuModel;
  file: string;
  /** The folder images are relative to. */
  baseDir: string;
}

function tooBig(file: string, bytes: number): MenuError {
  return new MenuError(file, [`(menu): the file is ${bytes} bytes; a menu file may be at most ${MENU_LIMITS.fileBytes} bytes (it goes into every model prompt)`]);
}

export function parseMenuText(text: string, file: string): LoadedMenu {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MENU_LIMITS.fileBytes) throw tooBig(file, bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new MenuError(file, [`(menu): not valid JSON (${(err as Error).message})`]);
  }
  const check = validateMenu(json);
  if (!check.ok) throw new MenuError(file, check.problems);
  return { model: new MenuModel(check.menu), file: resolve(file), baseDir: dirname(resolve(file)) };
}

function readError(file: string, err: unknown): MenuError {
  if (err instanceof MenuError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : (err as Error).message;
  return new MenuError(file, [`(menu): cannot read: ${why}`]);
}

export async function loadMenuFile(file: string): Promise<LoadedMenu> {
  let text: string;
  try {
    // Checked before reading, so a huge file is refused without being read into memory.
    const { size } = await stat(file);
    if (size > MENU_LIMITS.fileBytes) throw tooBig(file, size);
    text = await readFile(file, "utf8");
  } catch (err) {
    throw readError(file, err);
  }
  return parseMenuText(text, file);
}

export function loadMenuFileSync(file: string): LoadedMenu {
  let text: string;
  try {
    const { size } = statSync(file);
    if (size > MENU_LIMITS.fileBytes) throw tooBig(file, size);
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw readError(file, err);
  }
  return parseMenuText(text, file);
}

/** Holds the menu in use; a reload that fails leaves the last good one in place. */
export class MenuHolder {
  private listeners = new Set<(m: LoadedMenu) => void>();
  private transform: ((m: LoadedMenu) => LoadedMenu) | undefined;
  constructor(private loaded: LoadedMenu) {}
  /**
   * Pass every menu set from now on (reloads included) through `fn` before anyone
   * sees it; the admin's sold-out switches use this so a reloaded file keeps them.
   * Applies to the current menu at once.
   */
  setTransform(fn: ((m: LoadedMenu) => LoadedMenu) | undefined): void {
    this.transform = fn;
    if (fn) this.set(this.loaded);
  }
  get current(): LoadedMenu {
    return this.loaded;
  }
  onChange(fn: (m: LoadedMenu) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  /** Throws MenuError (and keeps the current menu) when the file is bad. */
  async reload(file = this.loaded.file): Promise<LoadedMenu> {
    const next = await loadMenuFile(file);
    this.set(next);
    return this.loaded;
  }
  set(next: LoadedMenu): void {
    this.loaded = this.transform ? this.transform(next) : next;
    for (const l of this.listeners) l(this.loaded);
  }
}
