// The menu as a spreadsheet (README "Setting up your menu" documents the layout):
//   Items      one row per item
//   Options    one row per choice of an option group (a "count" group: one row)
//   Categories one row per category
//   Store      field / value rows (id, currency, languages, name_<lang>)
// Text columns have one column per store language (name_ko, name_en, ...).
// Reading gives back a menu object plus problems per sheet row; the menu is then
// checked by the same validator as a menu file, whose problems are mapped back to
// rows too (see rowOfPath).
import type { Aliases, Menu, OptionGroup, Text } from "../menu/schema.ts";
import {
  joinList,
  readAlias,
  readGroupRefs,
  readValue,
  readWholeNumber,
  readYesNo,
  splitList,
  writeAlias,
  writeGroupRefs,
  writeValue,
  type SelectOf,
} from "./sheet-cells.ts";

export const SHEET_NAMES = ["Items", "Options", "Categories", "Store"] as const;
export type SheetName = (typeof SHEET_NAMES)[number];
/** rows[0] is the header row. */
export interface Sheet {
  name: SheetName;
  rows: string[][];
}

export interface RowProblem {
  sheet: SheetName;
  /** The row as the spreadsheet numbers it (the header is row 1). */
  row: number;
  message: string;
}

const langCols = (prefix: string, langs: readonly string[]) => langs.map((l) => `${prefix}_${l}`);

export function itemColumns(langs: readonly string[]): string[] {
  return ["id", "category", ...langCols("name", langs), ...langCols("description", langs), "price", "options", "image", "sold_out", ...langCols("aliases", langs), "tags"];
}
export function optionColumns(langs: readonly string[]): string[] {
  return [
    "group", "applies_to", "select", "default", "min", "max", "unit_price",
    ...langCols("group_name", langs), ...langCols("group_aliases", langs),
    "choice", ...langCols("choice_name", langs), "choice_price", ...langCols("choice_aliases", langs),
  ];
}
export function categoryColumns(langs: readonly string[]): string[] {
  return ["id", ...langCols("name", langs), "image"];
}

// ---- writing ----------------------------------------------------------------

export function menuToSheets(menu: Menu): Sheet[] {
  const langs = menu.store.languages;
  const text = (t: Text | undefined) => langs.map((l) => t?.[l] ?? "");
  const aliases = (a: Aliases | undefined) => langs.map((l) => joinList(a?.[l]));
  const items = menu.items.map((it) => [
    it.id,
    it.category,
    ...text(it.name),
    ...text(it.description),
    String(it.price),
    writeGroupRefs(it.optionGroups),
    it.image ?? "",
    it.soldOut === undefined ? "" : it.soldOut ? "yes" : "no",
    ...langs.map((l) => joinList(it.aliases?.[l]?.map(writeAlias))),
    joinList(it.tags),
  ]);
  const options: string[][] = [];
  const groupRows = (g: OptionGroup, appliesTo: "items" | "order") => {
    const head = [
      g.id, appliesTo, g.select,
      g.default === undefined ? "" : writeValue(g.default),
      g.min === undefined ? "" : String(g.min),
      g.max === undefined ? "" : String(g.max),
      g.unitPrice === undefined ? "" : String(g.unitPrice),
      ...text(g.name), ...aliases(g.aliases),
    ];
    const blank = head.map((_, i) => (i === 0 ? g.id : ""));
    const choices = g.choices ?? [];
    if (choices.length === 0) options.push([...head, "", ...langs.map(() => ""), "", ...langs.map(() => "")]);
    choices.forEach((c, ci) => {
      options.push([...(ci === 0 ? head : blank), c.id, ...text(c.name), c.price === undefined ? "" : String(c.price), ...aliases(c.aliases)]);
    });
  };
  for (const g of menu.orderOptions ?? []) groupRows(g, "order");
  for (const g of menu.optionGroups) groupRows(g, "items");
  return [
    { name: "Items", rows: [itemColumns(langs), ...items] },
    { name: "Options", rows: [optionColumns(langs), ...options] },
    { name: "Categories", rows: [categoryColumns(langs), ...menu.categories.map((c) => [c.id, ...text(c.name), c.image ?? ""])] },
    {
      name: "Store",
      rows: [["field", "value"], ["id", menu.store.id], ["currency", menu.store.currency], ["languages", menu.store.languages.join(", ")], ...langs.map((l) => [`name_${l}`, menu.store.name[l] ?? ""])],
    },
  ];
}

// ---- reading ----------------------------------------------------------------

/** Which rows of the sheets each part of the menu came from, to place the validator's problems. */
export interface RowMap {
  items: number[];
  categories: number[];
  /** Per group index (orderOptions / optionGroups): the group's first row, and each choice's row. */
  orderOptions: { row: number; choices: number[] }[];
  optionGroups: { row: number; choices: number[] }[];
}

export interface SheetsRead {
  /** The menu the sheets describe (not yet validated: pass it to validateMenu). */
  menu: Record<string, unknown>;
  problems: RowProblem[];
  rows: RowMap;
}

/** Tell which sheet a table is from its header (CSV files have no sheet names). */
export function sheetOfHeader(header: readonly string[]): SheetName | undefined {
  const h = new Set(header.map((c) => c.trim().toLowerCase()));
  if (h.has("field") && h.has("value")) return "Store";
  if (h.has("group") && h.has("select")) return "Options";
  if (h.has("price") && h.has("category")) return "Items";
  if (h.has("id") && [...h].some((c) => c.startsWith("name"))) return "Categories";
  return undefined;
}

class Table {
  private readonly index = new Map<string, number>();
  constructor(
    readonly sheet: SheetName,
    readonly rows: string[][],
  ) {
    (rows[0] ?? []).forEach((c, i) => this.index.set(c.trim().toLowerCase(), i));
  }
  has(col: string): boolean {
    return this.index.has(col);
  }
  /** Data rows with their spreadsheet row number; wholly blank rows are skipped. */
  *data(): Generator<{ cells: string[]; row: number }> {
    for (let i = 1; i < this.rows.length; i++) {
      const cells = this.rows[i]!;
      if (cells.every((c) => c.trim() === "")) continue;
      yield { cells, row: i + 1 };
    }
  }
  cell(cells: string[], col: string): string {
    const i = this.index.get(col);
    return i === undefined ? "" : (cells[i] ?? "").trim();
  }
}

/**
 * Read sheets back into a menu. Sheets that are missing are taken from `base` (the
 * menu in use): an items sheet alone replaces only the items.
 */
export function sheetsToMenu(sheets: readonly Sheet[], base: Menu): SheetsRead {
  const problems: RowProblem[] = [];
  const byName = new Map(sheets.map((s) => [s.name, new Table(s.name, s.rows)]));
  const rows: RowMap = { items: [], categories: [], orderOptions: [], optionGroups: [] };

  // Store first: it says which languages the text columns are in.
  const store: Record<string, unknown> = structuredClone(base.store);
  const storeT = byName.get("Store");
  if (storeT) {
    const name: Text = {};
    for (const { cells, row } of storeT.data()) {
      const field = storeT.cell(cells, "field").toLowerCase();
      const value = storeT.cell(cells, "value");
      if (field === "id" || field === "currency") store[field] = value;
      else if (field === "languages") store.languages = value.split(/[,\s]+/).filter(Boolean);
      else if (field.startsWith("name_")) {
        if (value) name[field.slice(5)] = value;
      } else problems.push({ sheet: "Store", row, message: `unknown field "${field}" (use id, currency, languages, name_<language>)` });
    }
    store.name = name;
  }
  const langs = Array.isArray(store.languages) ? (store.languages as string[]) : base.store.languages;
  const text = (t: Table, cells: string[], prefix: string): Text | undefined => {
    const out: Text = {};
    for (const l of langs) {
      const v = t.cell(cells, `${prefix}_${l}`);
      if (v) out[l] = v;
    }
    return Object.keys(out).length ? out : undefined;
  };
  const aliasCells = (t: Table, cells: string[], prefix: string): Aliases | undefined => {
    const out: Aliases = {};
    for (const l of langs) {
      const list = splitList(t.cell(cells, `${prefix}_${l}`));
      if (list.length) out[l] = list;
    }
    return Object.keys(out).length ? out : undefined;
  };

  // Options, before items: an item's cells are read knowing how each group is chosen.
  let orderOptions: unknown[] | undefined = base.orderOptions ? structuredClone(base.orderOptions) : undefined;
  let optionGroups: unknown[] = structuredClone(base.optionGroups);
  const optT = byName.get("Options");
  if (optT) {
    const groups = new Map<string, { g: Record<string, unknown>; appliesTo: string; rows: { row: number; choices: number[] } }>();
    const order: string[] = [];
    for (const { cells, row } of optT.data()) {
      const id = optT.cell(cells, "group");
      if (!id) {
        problems.push({ sheet: "Options", row, message: "the group column is empty" });
        continue;
      }
      let entry = groups.get(id);
      if (!entry) {
        const appliesTo = optT.cell(cells, "applies_to").toLowerCase() || "items";
        if (appliesTo !== "items" && appliesTo !== "order") problems.push({ sheet: "Options", row, message: `applies_to must be "items" or "order", not "${appliesTo}"` });
        const g: Record<string, unknown> = { id, name: text(optT, cells, "group_name") };
        const select = optT.cell(cells, "select").toLowerCase();
        g.select = select;
        if (!["one", "many", "count"].includes(select)) problems.push({ sheet: "Options", row, message: `select must be one, many or count, not "${select}"` });
        const al = aliasCells(optT, cells, "group_aliases");
        if (al) g.aliases = al;
        for (const col of ["min", "max", "unit_price"] as const) {
          const raw = optT.cell(cells, col);
          if (!raw) continue;
          const n = readWholeNumber(raw, col === "unit_price");
          if (typeof n === "string") problems.push({ sheet: "Options", row, message: `${col}: ${n}` });
          else g[col === "unit_price" ? "unitPrice" : col] = n;
        }
        const def = optT.cell(cells, "default");
        if (def) g.default = readValue(def, select as "one");
        entry = { g, appliesTo, rows: { row, choices: [] } };
        groups.set(id, entry);
        order.push(id);
      } else {
        for (const col of ["applies_to", "select", "default", "min", "max", "unit_price"]) {
          if (optT.cell(cells, col) !== "") {
            problems.push({ sheet: "Options", row, message: `${col} belongs on the group's first row (row ${entry.rows.row}); leave it empty here` });
            break;
          }
        }
      }
      const cid = optT.cell(cells, "choice");
      if (!cid) {
        if (entry.rows.row !== row) problems.push({ sheet: "Options", row, message: `a further row of group "${id}" needs a choice id` });
        continue;
      }
      const choice: Record<string, unknown> = { id: cid, name: text(optT, cells, "choice_name") };
      const al = aliasCells(optT, cells, "choice_aliases");
      if (al) choice.aliases = al;
      const priceCell = optT.cell(cells, "choice_price");
      if (priceCell) {
        const n = readWholeNumber(priceCell, true);
        if (typeof n === "string") problems.push({ sheet: "Options", row, message: `choice_price: ${n}` });
        else choice.price = n;
      }
      ((entry.g.choices ??= []) as unknown[]).push(choice);
      entry.rows.choices.push(row);
    }
    orderOptions = [];
    optionGroups = [];
    for (const id of order) {
      const e = groups.get(id)!;
      if (e.g.select !== "count" && e.g.choices === undefined) e.g.choices = [];
      (e.appliesTo === "order" ? orderOptions : optionGroups).push(e.g);
      (e.appliesTo === "order" ? rows.orderOptions : rows.optionGroups).push(e.rows);
    }
    if (orderOptions.length === 0 && !base.orderOptions) orderOptions = undefined;
  }
  const selects = new Map<string, string>();
  for (const g of [...(orderOptions ?? []), ...optionGroups] as { id?: string; select?: string }[]) if (g.id) selects.set(g.id, String(g.select));
  const selectOf: SelectOf = (id) => selects.get(id) as ReturnType<SelectOf>;

  let categories: unknown[] = structuredClone(base.categories);
  const catT = byName.get("Categories");
  if (catT) {
    categories = [];
    for (const { cells, row } of catT.data()) {
      const c: Record<string, unknown> = { id: catT.cell(cells, "id"), name: text(catT, cells, "name") };
      const image = catT.cell(cells, "image");
      if (image) c.image = image;
      categories.push(c);
      rows.categories.push(row);
    }
  }

  let items: unknown[] = structuredClone(base.items);
  const itemT = byName.get("Items");
  if (itemT) {
    items = [];
    for (const { cells, row } of itemT.data()) {
      const it: Record<string, unknown> = { id: itemT.cell(cells, "id"), category: itemT.cell(cells, "category"), name: text(itemT, cells, "name") };
      const say = (message: string) => problems.push({ sheet: "Items", row, message });
      const desc = text(itemT, cells, "description");
      if (desc) it.description = desc;
      const price = readWholeNumber(itemT.cell(cells, "price"));
      if (typeof price === "string") say(`price: ${itemT.cell(cells, "price") === "" ? "is empty" : price}`);
      it.price = typeof price === "number" ? price : itemT.cell(cells, "price");
      const refs = readGroupRefs(itemT.cell(cells, "options"), selectOf);
      if (typeof refs === "string") say(`options: ${refs}`);
      else if (refs.length) it.optionGroups = refs;
      const image = itemT.cell(cells, "image");
      if (image) it.image = image;
      const soldOutCell = itemT.cell(cells, "sold_out");
      if (soldOutCell) {
        const so = readYesNo(soldOutCell);
        if (typeof so === "string") say(`sold_out: ${so}`);
        else it.soldOut = so;
      }
      const aliases: Record<string, unknown[]> = {};
      for (const l of langs) {
        const list = splitList(itemT.cell(cells, `aliases_${l}`)).map((e) => readAlias(e, selectOf));
        for (const a of list) if (typeof a === "string" && a.startsWith("!")) say(`aliases_${l}: ${a.slice(1)}`);
        if (list.length) aliases[l] = list.filter((a) => !(typeof a === "string" && a.startsWith("!")));
      }
      if (Object.keys(aliases).length) it.aliases = aliases;
      const tags = splitList(itemT.cell(cells, "tags"));
      if (tags.length) it.tags = tags;
      items.push(it);
      rows.items.push(row);
    }
  }

  const menu: Record<string, unknown> = { version: 1, store };
  if (orderOptions !== undefined) menu.orderOptions = orderOptions;
  menu.optionGroups = optionGroups;
  menu.categories = categories;
  menu.items = items;
  return { menu, problems, rows };
}

/** Where a validator path (`items[3].price`) sits in the sheets, when it came from them. */
export function rowOfPath(path: string, rows: RowMap): { sheet: SheetName; row: number } | undefined {
  const m = /^(items|categories|orderOptions|optionGroups)\[(\d+)\](?:\.choices\[(\d+)\])?/.exec(path);
  if (!m) return undefined;
  const i = Number(m[2]);
  if (m[1] === "items") return rows.items[i] === undefined ? undefined : { sheet: "Items", row: rows.items[i]! };
  if (m[1] === "categories") return rows.categories[i] === undefined ? undefined : { sheet: "Categories", row: rows.categories[i]! };
  const g = (m[1] === "orderOptions" ? rows.orderOptions : rows.optionGroups)[i];
  if (!g) return undefined;
  const choiceRow = m[3] === undefined ? undefined : g.choices[Number(m[3])];
  return { sheet: "Options", row: choiceRow ?? g.row };
}

