import { afterEach, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadMenuFile, MenuHolder, type LoadedMenu } from "../menu/load.ts";
import { applyCartAction, emptyCart } from "../cart/cart.ts";
import { MenuAdmin, menuFileFromSettings } from "./menu-admin.ts";
import { SettingsStore } from "./settings.ts";
import { tempDir, testMenuJson } from "../orders/test-fixtures.ts";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

async function setup() {
  const dir = tempDir("kiosk-menu-admin-");
  dirs.push(dir);
  const menuDir = join(dir, "shop");
  const dataDir = join(dir, "data");
  mkdirSync(menuDir);
  const file = join(menuDir, "menu.json");
  writeFileSync(file, JSON.stringify(testMenuJson));
  const holder = new MenuHolder(await loadMenuFile(file));
  const seen: LoadedMenu[] = [];
  holder.onChange((m) => seen.push(m));
  const settings = new SettingsStore(dataDir);
  return { dir, file, menuDir, dataDir, holder, seen, settings, admin: new MenuAdmin(holder, settings) };
}

describe("MenuAdmin", () => {
  it("a sold-out switch hands a new menu to the holder at once, and the cart refuses the item on it", async () => {
    const { holder, seen, admin } = await setup();
    const before = holder.current;
    const r = admin.setSoldOut("cheesecake", true);
    expect(r).toMatchObject({ ok: true, summary: "치즈케이크 sold out" });
    const now = holder.current;
    expect(now).not.toBe(before);
    expect(now.model).not.toBe(before.model);
    expect(seen.at(-1)).toBe(now);
    expect(now.model.item("cheesecake")!.soldOut).toBe(true);
    expect(before.model.item("cheesecake")!.soldOut).toBeUndefined(); // the old menu object is not mutated
    const refused = applyCartAction(now.model, emptyCart(), { type: "add", item: "cheesecake", qty: 1 });
    expect(refused.ok ? "added" : refused.error.code).toBe("sold-out");
    admin.setSoldOut("cheesecake", false);
    expect(applyCartAction(holder.current.model, emptyCart(), { type: "add", item: "cheesecake", qty: 1 }).ok).toBe(true);
  });

  it("refuses an unknown item", async () => {
    const { admin } = await setup();
    expect(admin.setSoldOut("unicorn", true)).toEqual({ ok: false, problems: ['no item "unicorn" on the menu'] });
  });

  it("keeps sold-out switches across a reload by anyone (file watcher) and across a restart", async () => {
    const { file, holder, settings, admin } = await setup();
    admin.setSoldOut("americano", true);
    const edited = structuredClone(testMenuJson);
    edited.items[0]!.price = 4200;
    writeFileSync(file, JSON.stringify(edited));
    await holder.reload(); // as `kiosk serve`'s file watcher does
    expect(holder.current.model.item("americano")).toMatchObject({ price: 4200, soldOut: true });
    // A restart: a new holder and admin over the same settings.
    const holder2 = new MenuHolder(await loadMenuFile(file));
    new MenuAdmin(holder2, new SettingsStore(settings.dataDir));
    expect(holder2.current.model.item("americano")!.soldOut).toBe(true);
  });

  it("a reload of a broken file keeps the menu in use and returns every problem", async () => {
    const { file, holder, admin } = await setup();
    const before = holder.current;
    const broken = structuredClone(testMenuJson) as Record<string, unknown>;
    (broken.items as { price: unknown }[])[0]!.price = -1;
    delete (broken.store as Record<string, unknown>).currency;
    writeFileSync(file, JSON.stringify(broken));
    const r = await admin.reload();
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^items\[0\]\.price: /), expect.stringMatching(/^store\.currency: /)]));
    expect(holder.current).toBe(before);
  });

  it("imports a new menu: validated first, copied into the data directory with its pictures, used after a restart", async () => {
    const { holder, menuDir, dataDir, settings, admin } = await setup();
    expect(admin.importText("{ nope")).toMatchObject({ ok: false, problems: [expect.stringMatching(/not valid JSON/)] });
    const bad = JSON.stringify({ ...testMenuJson, items: [] });
    expect(admin.importText(bad)).toMatchObject({ ok: false, problems: [expect.stringMatching(/^items: /)] });
    expect(existsSync(join(dataDir, "menus"))).toBe(false);

    const next = structuredClone(testMenuJson) as unknown as { items: Record<string, unknown>[] };
    next.items.push({ id: "latte", category: "coffee", name: { ko: "라떼", en: "Latte" }, price: 4500, optionGroups: ["temp"], image: "img/latte.png" });
    next.items[0]!.image = "img/nowhere.png";
    mkdirSync(join(menuDir, "img"));
    writeFileSync(join(menuDir, "img", "latte.png"), "png bytes");
    const published: string[][] = [];
    admin.onPublished((p) => published.push(p.missingPictures));
    const r = admin.importText(JSON.stringify(next), "new.menu.json");
    expect(r).toMatchObject({ ok: true, summary: "테스트 카페: 4 items in 2 categories" });
    expect(published).toEqual([["img/nowhere.png"]]);
    const menusDir = join(dataDir, "menus");
    expect(holder.current.model.item("latte")).toBeDefined();
    expect(holder.current.baseDir).toBe(menusDir);
    expect(readFileSync(join(menusDir, "img", "latte.png"), "utf8")).toBe("png bytes");
    expect(JSON.parse(readFileSync(settings.get().menuFile!, "utf8")).items).toHaveLength(4);
    await holder.reload();
    expect(holder.current.baseDir).toBe(menusDir);
    expect(holder.current.model.item("latte")).toBeDefined();
    // After a restart the host loads the imported menu instead of --menu / KIOSK_MENU.
    expect(menuFileFromSettings(new SettingsStore(dataDir))).toEqual({ file: join(menusDir, "current.menu.json"), baseDir: menusDir });
  });
});
