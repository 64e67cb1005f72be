// What changed between two menus, by id: items, categories, option groups, order
// options and the store. Used for the import preview ("3 added, 1 changed, 2
// removed") and for the history's "what changed" line.
import type { Menu } from "../menu/schema.ts";

export type ChangeKind = "item" | "category" | "option group" | "order option" | "store";

export interface MenuChangeEntry {
  kind: ChangeKind;
  id: string;
  /** In the store's first language. */
  name: string;
  /** For "changed": which fields differ (price, name, ...). */
  fields?: string[];
}

export interface MenuDiff {
  added: MenuChangeEntry[];
  changed: MenuChangeEntry[];
  removed: MenuChangeEntry[];
}

type WithId = { id: string; name?: Record<string, string> };

const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Key order does not matter; array order does. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === "object") {
    return Object.fromEntries(
      Object.keys(v as object)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

function compare<T extends WithId>(kind: ChangeKind, before: readonly T[], after: readonly T[], lang: string, out: MenuDiff): void {
  const name = (x: T) => x.name?.[lang] ?? Object.values(x.name ?? {})[0] ?? x.id;
  const old = new Map(before.map((x) => [x.id, x]));
  const seen = new Set<string>();
  // Moved = a different place among the entries both menus have (adding or removing others moves nothing).
  const newIds = new Set(after.map((x) => x.id));
  const commonBefore = before.filter((x) => newIds.has(x.id)).map((x) => x.id);
  const commonAfter = after.filter((x) => old.has(x.id)).map((x) => x.id);
  after.forEach((x) => {
    seen.add(x.id);
    const was = old.get(x.id);
    if (!was) {
      out.added.push({ kind, id: x.id, name: name(x) });
      return;
    }
    const keys = new Set([...Object.keys(was), ...Object.keys(x)]);
    const fields = [...keys].filter((k) => !same((was as Record<string, unknown>)[k], (x as Record<string, unknown>)[k]));
    if (commonBefore.indexOf(x.id) !== commonAfter.indexOf(x.id)) fields.push("position");
    if (fields.length) out.changed.push({ kind, id: x.id, name: name(x), fields });
  });
  for (const x of before) if (!seen.has(x.id)) out.removed.push({ kind, id: x.id, name: name(x) });
}

export function diffMenus(before: Menu, after: Menu): MenuDiff {
  const lang = after.store.languages[0] ?? "en";
  const out: MenuDiff = { added: [], changed: [], removed: [] };
  if (!same(before.store, after.store)) {
    const fields = Object.keys(after.store).filter((k) => !same((before.store as Record<string, unknown>)[k], (after.store as Record<string, unknown>)[k]));
    out.changed.push({ kind: "store", id: after.store.id, name: after.store.name[lang] ?? after.store.id, fields });
  }
  compare("category", before.categories, after.categories, lang, out);
  compare("item", before.items, after.items, lang, out);
  compare("option group", before.optionGroups, after.optionGroups, lang, out);
  compare("order option", before.orderOptions ?? [], after.orderOptions ?? [], lang, out);
  return out;
}

export const isEmptyDiff = (d: MenuDiff) => d.added.length + d.changed.length + d.removed.length === 0;

/** One line for the history: `2 added (Yuja Ade, Scone), 1 changed (Latte: price), 1 removed (Mocha)`. */
export function describeDiff(d: MenuDiff, maxNames = 4): string {
  if (isEmptyDiff(d)) return "no changes";
  const part = (label: string, list: MenuChangeEntry[], withFields = false) => {
    if (!list.length) return [];
    const names = list.slice(0, maxNames).map((e) => (withFields && e.fields?.length ? `${e.name}: ${e.fields.join(", ")}` : e.name));
    const more = list.length > maxNames ? `, +${list.length - maxNames} more` : "";
    return [`${list.length} ${label} (${names.join("; ")}${more})`];
  };
  return [...part("added", d.added), ...part("changed", d.changed, true), ...part("removed", d.removed)].join(", ");
}
