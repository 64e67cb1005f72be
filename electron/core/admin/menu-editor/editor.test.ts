import { afterEach, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import type { AdminReply } from "../../../../shared/admin-contract.ts";
import { parseAdminReply } from "../../../../shared/admin-contract.ts";
import type { Menu } from "../../../../shared/menu/schema.ts";
import { parseCsv, writeCsv } from "../../../../shared/menu-editor/csv.ts";
import { loadMenuFile, MenuHolder } from "../../menu/load.ts";
import { tempDir, testMenuJson } from "../../orders/test-fixtures.ts";
import { MenuAdmin } from "../menu-admin.ts";
import { SettingsStore } from "../settings.ts";
import { MenuEditor, type MenuEditorCommand } from "./editor.ts";
import { MenuHistory } from "./history.ts";

const dirs: string[] = [];
const closers: (() => void)[] = [];
afterEach(() => {
  closers.splice(0).forEach((c) => c());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

async function setup() {
  const dir = tempDir("kiosk-menu-editor-");
  dirs.push(dir);
  const menuDir = join(dir, "shop");
  const dataDir = join(dir, "data");
  mkdirSync(join(menuDir, "images"), { recursive: true });
  const original = structuredClone(testMenuJson) as unknown as Menu;
  original.items[0]!.image = "images/first.png";
  writeFileSync(join(menuDir, "images", "first.png"), "png");
  writeFileSync(join(menuDir, "menu.json"), JSON.stringify(original));
  const holder = new MenuHolder(await loadMenuFile(join(menuDir, "menu.json")));
  const settings = new SettingsStore(dataDir);
  const admin = new MenuAdmin(holder, settings);
  let clock = 1_000;
  const history = new MenuHistory(dataDir, () => clock);
  closers.push(() => history.close());
  admin.onPublished((p) => history.record(p));
  const editor = new MenuEditor({ menu: admin, dataDir, history, now: () => clock });
  const send = async (cmd: MenuEditorCommand extends infer C ? (C extends unknown ? Omit<C, "reqId"> : never) : never): Promise<AdminReply> => {
    clock += 1000;
    const r = await editor.handle(cmd as MenuEditorCommand);
    // Every answer keeps the admin contract.
    expect(parseAdminReply(r)).toMatchObject({ ok: true });
    return r;
  };
  return { dataDir, holder, history, editor, send, original, admin };
}

const withLatte = (m: Menu): Menu => {
  const next = structuredClone(m);
  next.items.push({ id: "latte", category: next.categories[0]!.id, name: { ko: "라떼", en: "Latte" }, price: 5000 });
  return next;
};

describe("publishing and history", () => {
  it("publishes a draft at once, keeps who/when/what, and one action restores the earlier menu", async () => {
    const { holder, send, original } = await setup();
    const changes: string[] = [];
    holder.onChange((m) => changes.push(m.model.menu.items.map((i) => i.id).join(",")));

    const r = await send({ type: "publishMenu", menu: withLatte(original), by: "Mina" });
    expect(r).toMatchObject({ type: "menuPublished", ok: true, version: 2, missingPictures: [] });
    expect(holder.current.model.item("latte")).toBeDefined();
    expect(changes).toHaveLength(1);
    // The picture of the menu in use went along into the data folder.
    expect(existsSync(join(holder.current.baseDir, "images", "first.png"))).toBe(true);

    const h = await send({ type: "menuHistory" });
    expect(h).toMatchObject({
      type: "menuHistory",
      currentId: 2,
      versions: [
        { id: 2, by: "Mina", source: "editor", changes: "1 added (라떼)", publishedAtMs: 2000 },
        { id: 1, source: "in use", changes: "the menu before the first change" },
      ],
    });

    const back = await send({ type: "restoreMenuVersion", id: 1, by: "Mina" });
    expect(back).toMatchObject({ ok: true, version: 3 });
    expect(holder.current.model.item("latte")).toBeUndefined();
    expect(holder.current.model.menu.items).toEqual(original.items);
    const h2 = await send({ type: "menuHistory" });
    expect(h2.type === "menuHistory" && h2.versions[0]).toMatchObject({ id: 3, source: "restore", note: "version 1", changes: "1 removed (라떼)" });
  });

  it("a menu changed by hand since the last publish is kept before the next one", async () => {
    const { holder, send, original, history } = await setup();
    await send({ type: "publishMenu", menu: withLatte(original) });
    const edited = withLatte(original);
    edited.items[0]!.price = 1;
    holder.set({ ...holder.current, model: new (await import("../../../../shared/menu/model.ts")).MenuModel(edited) });
    await send({ type: "publishMenu", menu: withLatte(original) });
    expect(history.list().map((v) => v.source)).toEqual(["editor", "in use", "editor", "in use"]);
  });

  type Breaker = [string, (m: Menu & Record<string, unknown>) => void, RegExp];
  const bad: Breaker[] = [
    ["a half-filled item", (m) => m.items.push({ id: "half" } as never), /^Item "half", category: is required$/],
    ["an invalid price", (m) => ((m.items[0] as { price: unknown }).price = "4,5OO"), /price: must be a number$/],
    ["a duplicate id", (m) => (m.items[1]!.id = m.items[0]!.id), /id: duplicate item id/],
    ["no items at all", (m) => (m.items = []), /^The menu|items: needs at least one item/],
  ];
  it.each(bad)("%s: a clear message and the menu in use untouched", async (_n, breakIt, message) => {
    const { holder, send, original, history, dataDir } = await setup();
    const before = holder.current;
    const menu = structuredClone(original) as Menu & Record<string, unknown>;
    breakIt(menu);
    const r = await send({ type: "publishMenu", menu });
    expect(r.type === "menuPublished" && r.ok).toBe(false);
    const words = r.type === "menuPublished" ? r.problems.map((p) => `${p.where}: ${p.message}`) : [];
    expect(words.some((w) => message.test(w)), words.join("\n")).toBe(true);
    expect(holder.current).toBe(before);
    expect(history.list()).toEqual([]);
    expect(existsSync(join(dataDir, "menus", "current.menu.json"))).toBe(false);
  });

  it("keeps a half-filled draft between visits, with its problems, until it is published or discarded", async () => {
    const { send, original, dataDir } = await setup();
    expect(await send({ type: "menuDraft" })).toMatchObject({ draft: null, savedAtMs: null, problems: [] });
    const draft = withLatte(original) as Menu & { items: Record<string, unknown>[] };
    draft.items.push({ id: "half", name: { ko: "반" } });
    const saved = await send({ type: "saveMenuDraft", menu: draft });
    expect(saved).toMatchObject({ type: "menuDraftSaved", savedAtMs: 3000 });
    expect(saved.type === "menuDraftSaved" && saved.problems.map((p) => p.path)).toEqual(expect.arrayContaining(["items[4].category", "items[4].price", "items[4].name"]));
    expect(await send({ type: "menuDraft" })).toMatchObject({ draft, savedAtMs: 3000 });
    expect(await send({ type: "discardMenuDraft" })).toMatchObject({ draft: null });
    // A damaged draft file is no draft; nothing else is affected.
    writeFileSync(join(dataDir, "menus", "draft.json"), "{ broken");
    expect(await send({ type: "menuDraft" })).toMatchObject({ draft: null });
    await send({ type: "saveMenuDraft", menu: withLatte(original) });
    await send({ type: "publishMenu", menu: withLatte(original) });
    expect(await send({ type: "menuDraft" })).toMatchObject({ draft: null });
  });

  it("sold-out switches made while a draft was open survive its publishing, unless the draft changed them", async () => {
    const { send, holder, admin } = await setup();
    const [a, b, c] = holder.current.model.menu.items.map((i) => i.id) as [string, string, string];
    admin.setSoldOut(c, true);
    // The editor opens on the menu in use (c sold out); staff mark b sold out in the draft.
    const draft = withLatte(holder.current.model.menu);
    draft.items[1]!.soldOut = true;
    await send({ type: "saveMenuDraft", menu: draft });
    // Meanwhile, at the counter: a runs out, c is back.
    admin.setSoldOut(a, true);
    admin.setSoldOut(c, false);
    expect(await send({ type: "publishMenu", menu: draft })).toMatchObject({ ok: true });
    const soldOut = (id: string) => Boolean(holder.current.model.item(id)?.soldOut);
    expect([soldOut(a), soldOut(b), soldOut(c), soldOut("latte")]).toEqual([true, true, false, false]);
  });

  it("a version that is not in the history is a clear error", async () => {
    const { send } = await setup();
    expect(await send({ type: "restoreMenuVersion", id: 42 })).toMatchObject({ type: "error", code: "unknown-version", message: "there is no menu version 42" });
  });
});

describe("pictures", () => {
  it("a large photo is shrunk to what the screen needs and stored as WebP in the data folder", async () => {
    const { send, dataDir } = await setup();
    const big = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#c8a" } }).jpeg().toBuffer();
    const r = await send({ type: "uploadPicture", file: { fileName: "photo.jpg", dataBase64: big.toString("base64") } });
    expect(r).toMatchObject({ type: "picture", width: 720, height: 480, path: expect.stringMatching(/^images\/[0-9a-f]{16}\.webp$/) });
    if (r.type !== "picture") return;
    const meta = await sharp(join(dataDir, "menus", r.path)).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 720, height: 480 });
    expect(r.preview.startsWith("data:image/webp;base64,")).toBe(true);
  });

  it.each([
    ["a text file", Buffer.from("hello, not a picture")],
    ["a truncated PNG", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])],
    ["an empty file", Buffer.alloc(0)],
  ])("%s is refused with a message and nothing is stored", async (_n, data) => {
    const { send, dataDir } = await setup();
    const r = await send({ type: "uploadPicture", file: { fileName: "x.png", dataBase64: data.toString("base64") } });
    expect(r).toMatchObject({ type: "error", code: "bad-picture", message: expect.stringMatching(/"x\.png" (is empty|is not a picture)/) });
    expect(existsSync(join(dataDir, "menus", "images")) ? readdirSync(join(dataDir, "menus", "images")) : []).toEqual([]);
  });
});

describe("spreadsheets", () => {
  const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

  it.each(["xlsx", "csv"] as const)("%s: export then preview changes nothing", async (format) => {
    const { send, holder } = await setup();
    const out = await send({ type: "exportSpreadsheet", format });
    if (out.type !== "spreadsheetFiles") throw new Error(JSON.stringify(out));
    expect(out.files.map((f) => f.fileName)).toEqual(format === "xlsx" ? ["menu-test-cafe.xlsx"] : ["menu-test-cafe-items.csv", "menu-test-cafe-options.csv", "menu-test-cafe-categories.csv", "menu-test-cafe-store.csv"]);
    const p = await send({ type: "previewSpreadsheet", files: out.files });
    expect(p).toMatchObject({ type: "spreadsheetPreview", ok: true, diff: { added: [], changed: [], removed: [] }, rowProblems: [], fileProblems: [], problems: [] });
    const { $schema: _s, ...inUse } = holder.current.model.menu;
    expect(p.type === "spreadsheetPreview" && p.menu).toEqual(inUse);
  });

  it("an items CSV with broken rows: each problem by row, nothing published", async () => {
    const { send, holder } = await setup();
    const before = holder.current;
    const out = await send({ type: "exportSpreadsheet", format: "csv" });
    if (out.type !== "spreadsheetFiles") throw new Error("no export");
    const items = parseCsv(Buffer.from(out.files[0]!.dataBase64, "base64").toString("utf8")).rows;
    const col = (name: string) => items[0]!.indexOf(name);
    items[1]![col("price")] = "free";
    items[2]![col("id")] = items[3]![col("id")]!;
    items.push(["mocha", "coffee", "모카", "Mocha", "", "", "5500", "", "", "", "", "", ""]);
    const p = await send({ type: "previewSpreadsheet", files: [{ fileName: "pos-export.csv", dataBase64: b64(writeCsv(items)) }] });
    expect(p).toMatchObject({ type: "spreadsheetPreview", ok: false });
    if (p.type !== "spreadsheetPreview") return;
    expect(p.rowProblems).toEqual([
      { sheet: "Items", row: 2, message: 'price: "free" is not a whole number' },
      expect.objectContaining({ sheet: "Items", row: 2, message: expect.stringMatching(/price: must be a number/) }),
      expect.objectContaining({ sheet: "Items", row: 4, message: expect.stringMatching(/duplicate item id/) }),
    ]);
    expect(holder.current).toBe(before);
  });

  it("a good items CSV previews what is added, changed and removed", async () => {
    const { send } = await setup();
    const out = await send({ type: "exportSpreadsheet", format: "csv" });
    if (out.type !== "spreadsheetFiles") throw new Error("no export");
    const items = parseCsv(Buffer.from(out.files[0]!.dataBase64, "base64").toString("utf8")).rows;
    items[1]![items[0]!.indexOf("price")] = "9,900";
    const removed = items.splice(2, 1)[0]!;
    items.push(["mocha", "coffee", "모카", "Mocha", "", "", "5500", "", "", "", "", "", ""]);
    const p = await send({ type: "previewSpreadsheet", files: [{ fileName: "items.csv", dataBase64: b64(writeCsv(items)) }] });
    expect(p).toMatchObject({
      ok: true,
      diff: {
        added: [{ kind: "item", id: "mocha", name: "모카" }],
        changed: [{ kind: "item", id: items[1]![0], fields: ["price"] }],
        removed: [{ kind: "item", id: removed[0] }],
      },
    });
  });

  it.each([
    ["a file that is neither", [{ fileName: "notes.txt", dataBase64: b64("just,some\nwords,here\n") }], /does not look like the header/],
    ["an old .xls", [{ fileName: "menu.xls", dataBase64: b64("\u00d0\u00cf") }], /old \.xls format/],
    ["a broken .xlsx", [{ fileName: "menu.xlsx", dataBase64: b64("PK garbage") }], /not a readable \.xlsx/],
    ["an unclosed quote", [{ fileName: "items.csv", dataBase64: b64('id,category,price\n"oops,1\n') }], /never closed/],
  ])("%s: a file problem", async (_n, files, problem) => {
    const { send } = await setup();
    const p = await send({ type: "previewSpreadsheet", files });
    expect(p).toMatchObject({ type: "spreadsheetPreview", ok: false });
    expect(p.type === "spreadsheetPreview" && p.fileProblems.join("\n")).toMatch(problem);
  });
});
