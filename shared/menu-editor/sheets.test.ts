import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Menu } from "../menu/schema.ts";
import { validateMenu } from "../menu/validate.ts";
import { parseCsv, writeCsv } from "./csv.ts";
import { diffMenus, isEmptyDiff } from "./diff.ts";
import { menuToSheets, rowOfPath, sheetOfHeader, sheetsToMenu, type Sheet } from "./sheets.ts";

const load = (rel: string): Menu => JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8")) as Menu;
const menus: [string, Menu][] = [
  ["demo café (ko/en, aliases with options, narrowing, order options)", load("../../assets/menu/demo-cafe.menu.json")],
  ["harbor noodles (e2e)", load("../../e2e/fixtures/harbor-noodles.menu.json")],
  ["boba", load("../../electron/core/dialogue/offline/fixtures/boba.menu.json")],
  ["bunsik", load("../../electron/core/dialogue/offline/fixtures/bunsik.menu.json")],
];

const withoutSchema = (m: Menu) => {
  const { $schema: _s, ...rest } = m;
  return rest;
};

/** Sheets through CSV text and back, as a store owner's spreadsheet program would. */
const viaCsv = (sheets: Sheet[]): Sheet[] =>
  sheets.map((s) => {
    const back = parseCsv(writeCsv(s.rows));
    expect(back.problem).toBeUndefined();
    return { name: sheetOfHeader(back.rows[0]!)!, rows: back.rows };
  });

describe("menu spreadsheet round trip", () => {
  it.each(menus)("%s: export then import changes nothing", (_name, menu) => {
    const read = sheetsToMenu(viaCsv(menuToSheets(menu)), { ...menu, items: [], categories: [], optionGroups: [] });
    expect(read.problems).toEqual([]);
    const check = validateMenu(read.menu);
    expect(check.problems).toEqual([]);
    expect(read.menu).toEqual(withoutSchema(menu));
    expect(isEmptyDiff(diffMenus(menu, check.ok ? check.menu : menu))).toBe(true);
  });

  it("tells each CSV's sheet from its header", () => {
    const sheets = menuToSheets(menus[0]![1]);
    expect(sheets.map((s) => sheetOfHeader(s.rows[0]!))).toEqual(["Items", "Options", "Categories", "Store"]);
    expect(sheetOfHeader(["foo", "bar"])).toBeUndefined();
  });

  it("an items sheet alone replaces only the items; the rest is kept from the menu in use", () => {
    const menu = menus[0]![1];
    const items = menuToSheets(menu).find((s) => s.name === "Items")!;
    items.rows[1]![items.rows[0]!.indexOf("price")] = "4,900";
    const read = sheetsToMenu([items], menu);
    expect(read.problems).toEqual([]);
    const check = validateMenu(read.menu);
    expect(check.ok).toBe(true);
    const d = diffMenus(menu, check.ok ? check.menu : menu);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed).toEqual([{ kind: "item", id: menu.items[0]!.id, name: menu.items[0]!.name.ko, fields: ["price"] }]);
  });
});

const small = (): Sheet[] => [
  { name: "Store", rows: [["field", "value"], ["id", "shop"], ["currency", "KRW"], ["languages", "ko, en"], ["name_ko", "가게"], ["name_en", "Shop"]] },
  { name: "Categories", rows: [["id", "name_ko", "name_en"], ["tea", "차", "Tea"]] },
  {
    name: "Options",
    rows: [
      ["group", "applies_to", "select", "default", "group_name_ko", "group_name_en", "choice", "choice_name_ko", "choice_name_en", "choice_price"],
      ["size", "items", "one", "", "크기", "Size", "s", "작은", "Small", ""],
      ["size", "", "", "", "", "", "l", "큰", "Large", "500"],
    ],
  },
  {
    name: "Items",
    rows: [
      ["id", "category", "name_ko", "name_en", "price", "options", "sold_out"],
      ["green", "tea", "녹차", "Green tea", "3000", "size", ""],
      ["black", "tea", "홍차", "Black tea", "3500", "size: choices=l", "no"],
    ],
  },
];

const base = load("../../assets/menu/demo-cafe.menu.json");

describe("broken rows are reported by sheet and row", () => {
  it("a good small workbook reads cleanly", () => {
    const read = sheetsToMenu(small(), base);
    expect(read.problems).toEqual([]);
    expect(validateMenu(read.menu).problems).toEqual([]);
  });

  const cases: [string, (s: Sheet[]) => void, { sheet: string; row: number; message: RegExp }[]][] = [
    ["a price that is not a number", (s) => (s[3]!.rows[1]![4] = "three thousand"), [{ sheet: "Items", row: 2, message: /price: "three thousand" is not a whole number/ }]],
    ["an empty price", (s) => (s[3]!.rows[2]![4] = ""), [{ sheet: "Items", row: 3, message: /price: is empty/ }]],
    ["a negative price", (s) => (s[3]!.rows[2]![4] = "-5"), [{ sheet: "Items", row: 3, message: /must not be negative/ }]],
    ["sold out that is not yes/no", (s) => (s[3]!.rows[2]![6] = "maybe"), [{ sheet: "Items", row: 3, message: /sold_out: "maybe" is not yes or no/ }]],
    ["an unknown narrowing word", (s) => (s[3]!.rows[2]![5] = "size: only=l"), [{ sheet: "Items", row: 3, message: /"only" .* is not one of choices/ }]],
    ["a bad select", (s) => (s[2]!.rows[1]![2] = "some"), [{ sheet: "Options", row: 2, message: /select must be one, many or count/ }]],
    ["a second row without a choice", (s) => (s[2]!.rows[2]![6] = ""), [{ sheet: "Options", row: 3, message: /needs a choice id/ }]],
    ["group settings on a later row", (s) => (s[2]!.rows[2]![2] = "many"), [{ sheet: "Options", row: 3, message: /belongs on the group's first row/ }]],
    ["an unknown store field", (s) => s[0]!.rows.push(["owner", "me"]), [{ sheet: "Store", row: 7, message: /unknown field "owner"/ }]],
  ];
  it.each(cases)("%s", (_name, breakIt, expected) => {
    const sheets = small();
    breakIt(sheets);
    const read = sheetsToMenu(sheets, base);
    expect(read.problems).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      expect(read.problems[i]).toMatchObject({ sheet: e.sheet, row: e.row });
      expect(read.problems[i]!.message).toMatch(e.message);
    });
  });

  const invalid: [string, (s: Sheet[]) => void, { sheet: string; row: number } | undefined, RegExp][] = [
    ["a duplicate item id", (s) => (s[3]!.rows[2]![0] = "green"), { sheet: "Items", row: 3 }, /items\[1\]\.id: duplicate item id "green"/],
    ["an unknown category", (s) => (s[3]!.rows[1]![1] = "coffee"), { sheet: "Items", row: 2 }, /unknown category "coffee"/],
    ["a missing English name", (s) => (s[3]!.rows[1]![3] = ""), { sheet: "Items", row: 2 }, /missing text for language "en"/],
    ["an unknown choice in narrowing", (s) => (s[3]!.rows[2]![5] = "size: choices=xl"), { sheet: "Items", row: 3 }, /unknown choice "xl"/],
    ["a choice without a name", (s) => ((s[2]!.rows[2]![7] = ""), (s[2]!.rows[2]![8] = "")), { sheet: "Options", row: 3 }, /optionGroups\[0\]\.choices\[1\]\.name/],
  ];
  it.each(invalid)("%s: the validator's problem points at its row", (_name, breakIt, where, problem) => {
    const sheets = small();
    breakIt(sheets);
    const read = sheetsToMenu(sheets, base);
    expect(read.problems).toEqual([]);
    const check = validateMenu(read.menu);
    expect(check.ok).toBe(false);
    const p = check.problems.find((x) => problem.test(x));
    expect(p, check.problems.join("\n")).toBeDefined();
    expect(rowOfPath(p!.slice(0, p!.indexOf(": ")), read.rows)).toEqual(where);
  });
});

describe("CSV", () => {
  const cases: [string, string, string[][]][] = [
    ["plain", "a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]],
    ["quoted comma, quote and line break", 'a,"b, ""c""\nd"\n', [["a", 'b, "c"\nd']]],
    ["BOM and no final line break", "\ufeffx,y", [["x", "y"]]],
    ["empty fields", ",,\n", [["", "", ""]]],
  ];
  it.each(cases)("%s", (_n, text, rows) => expect(parseCsv(text)).toEqual({ rows }));
  it("an unclosed quote is a problem with its line", () => expect(parseCsv('a,b\n"oops,1\n').problem).toMatch(/line 2 is never closed/));
  it("writes what it reads", () => {
    const rows = [["id", "name"], ["a", 'He said "hi", twice'], ["b", " padded "], ["c", "두 줄\n텍스트"]];
    expect(parseCsv(writeCsv(rows)).rows).toEqual(rows);
  });
});
