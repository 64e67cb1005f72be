// The project's own test stores: a café and a pizza shop written for the tests (not a
// real store's menu). Tests that need richer menus than the demo café use these; the
// offline engine's fixtures (electron/core/dialogue/offline/fixtures/) add more stores.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MenuModel } from "../../shared/menu/model.ts";
import { validateMenu } from "../../shared/menu/validate.ts";

export type TestStore = "cafe" | "pizza";

/** The menu file's path (for the CLI and anything else that reads files). */
export function testMenuPath(store: TestStore): string {
  return fileURLToPath(new URL(`./${store}.menu.json`, import.meta.url));
}

/** The menu file's JSON, freshly parsed (callers may change it). */
export function testMenuJson(store: TestStore): Record<string, unknown> {
  return JSON.parse(readFileSync(testMenuPath(store), "utf8")) as Record<string, unknown>;
}

const models = new Map<TestStore, MenuModel>();

/** The validated menu model (one per store, shared: it is read-only). */
export function testMenu(store: TestStore): MenuModel {
  const hit = models.get(store);
  if (hit) return hit;
  const r = validateMenu(testMenuJson(store));
  if (!r.ok) throw new Error(`${testMenuPath(store)}: ${r.problems.join("; ")}`);
  const m = new MenuModel(r.menu);
  models.set(store, m);
  return m;
}
