// The menu being edited, as plain data shaped like a menu file, and the changes the
// forms make to it. A draft may be half-filled or wrong (a price typed as "4,5OO" is
// kept as typed): the menu file's validator says what is wrong, next to the field.
import type { Category, ItemGroupRef, Menu, MenuItem, OptionGroup, Text } from "../../../../shared/menu/schema.ts";

/** Prices and counts stay as typed until they are whole numbers. */
export type Num = number | string;
export type DraftItem = Omit<MenuItem, "price"> & { price: Num };
export type DraftGroup = Omit<OptionGroup, "min" | "max" | "unitPrice" | "choices"> & {
  min?: Num;
  max?: Num;
  unitPrice?: Num;
  choices?: { id: string; name: Text; price?: Num; aliases?: Record<string, string[]> }[];
};
export interface Draft {
  version: 1;
  store: Menu["store"];
  orderOptions?: DraftGroup[];
  optionGroups: DraftGroup[];
  categories: Category[];
  items: DraftItem[];
  $schema?: string;
}
export type GroupList = "optionGroups" | "orderOptions";

export const fromMenu = (m: Menu): Draft => structuredClone(m) as Draft;

/** The same store, nothing on it yet: where a new store starts. */
export function emptyDraft(store: Menu["store"]): Draft {
  return { version: 1, store: structuredClone(store), orderOptions: [], optionGroups: [], categories: [], items: [] };
}

/** What a typed number becomes: a whole number when it is one, else the text (the validator reports it). */
export function typedNumber(raw: string): Num {
  const v = raw.trim().replace(/,/g, "");
  return /^-?\d+$/.test(v) ? Number(v) : raw;
}

export function optionalNumber(raw: string): Num | undefined {
  return raw.trim() === "" ? undefined : typedNumber(raw);
}

/** A new id not yet used among `taken`: "item-3". */
export function freshId(prefix: string, taken: readonly { id: string }[]): string {
  const ids = new Set(taken.map((x) => x.id));
  for (let n = taken.length + 1; ; n++) if (!ids.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

export function setText(t: Text | undefined, lang: string, value: string): Text {
  const out = { ...(t ?? {}) };
  if (value === "") delete out[lang];
  else out[lang] = value;
  return out;
}

export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}

const refGroup = (r: ItemGroupRef) => (typeof r === "string" ? r : r.group);

/** Which items use a group. */
export function itemsUsing(d: Draft, groupId: string): string[] {
  return d.items.filter((i) => (i.optionGroups ?? []).some((r) => refGroup(r) === groupId)).map((i) => i.id);
}

/** Add or take away a group from an item (keeping the item's narrowing when it stays). */
export function setItemUsesGroup(item: DraftItem, groupId: string, uses: boolean): DraftItem {
  const refs = item.optionGroups ?? [];
  const has = refs.some((r) => refGroup(r) === groupId);
  if (uses === has) return item;
  const next = uses ? [...refs, groupId] : refs.filter((r) => refGroup(r) !== groupId);
  const out: DraftItem = { ...item, optionGroups: next };
  if (next.length === 0) delete out.optionGroups;
  return out;
}

/** Narrow a group for one item: which choices it offers, and its own default ("" = the group's). */
export function narrowItemGroup(item: DraftItem, groupId: string, change: { choices?: string[] | undefined; default?: string | undefined }): DraftItem {
  const refs = (item.optionGroups ?? []).map((r) => {
    if (refGroup(r) !== groupId) return r;
    const ref: Exclude<ItemGroupRef, string> = typeof r === "string" ? { group: r } : { ...r };
    if ("choices" in change) {
      if (change.choices === undefined) delete ref.choices;
      else ref.choices = change.choices;
    }
    if ("default" in change) {
      if (change.default === undefined || change.default === "") delete ref.default;
      else ref.default = change.default;
    }
    return Object.keys(ref).length === 1 ? ref.group : ref;
  });
  return { ...item, optionGroups: refs };
}

/** Rename an id everywhere it is referred to (items' category, items' groups). */
export function renameCategory(d: Draft, from: string, to: string): Draft {
  return { ...d, categories: d.categories.map((c) => (c.id === from ? { ...c, id: to } : c)), items: d.items.map((i) => (i.category === from ? { ...i, category: to } : i)) };
}

export function renameGroup(d: Draft, list: GroupList, from: string, to: string): Draft {
  const groups = (d[list] ?? []).map((g) => (g.id === from ? { ...g, id: to } : g));
  if (list === "orderOptions") return { ...d, orderOptions: groups };
  const items = d.items.map((i) =>
    i.optionGroups ? { ...i, optionGroups: i.optionGroups.map((r) => (typeof r === "string" ? (r === from ? to : r) : r.group === from ? { ...r, group: to } : r)) } : i,
  );
  return { ...d, optionGroups: groups, items };
}

/** Remove a group, and every item's use of it. */
export function removeGroup(d: Draft, list: GroupList, id: string): Draft {
  const groups = (d[list] ?? []).filter((g) => g.id !== id);
  if (list === "orderOptions") return { ...d, orderOptions: groups };
  return { ...d, optionGroups: groups, items: d.items.map((i) => setItemUsesGroup(i, id, false)) };
}
