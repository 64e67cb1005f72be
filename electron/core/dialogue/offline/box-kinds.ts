// "half dozen sweet tamales", "two half dozens, one chicken green and one rajas": a box (an
// item whose one-choice group, with no default, has choices named like items sold alone)
// and, right after it, the name of such an item: the box's kind, not a tamale more. The
// item's name is the choice's own name ("chicken green") or it with words of the box's
// name or of the item's category ("sweet" + "tamales"). Said after a count of boxes, each
// kind counted ("one chicken green and one rajas") is a part of them, as a choice would be.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";

type ItemRef = Extract<MenuRef, { kind: "item" }>;

const words = (t: string) =>
  t
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .map((w) => w.replace(/(?<=..)s$/, ""));

/** Each item name right after a box (or a counted kind of boxes counted before) that names one of its kinds: that kind. */
export function boxKindsNamedAsItems(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    // (The words may name the kind too, "chicken green": the box's, where the item's count would read it as the item.)
    if (a.kind !== "menu" || a.fuzzy || !a.refs.every((r) => r.kind === "item" || r.kind === "choice")) return a;
    const items = a.refs.filter((r): r is ItemRef => r.kind === "item");
    const said = items[0];
    if (items.length !== 1 || !said || said.partial || said.preset) return a;
    const host = boxBefore(atoms, i);
    if (!host || host.item === said.item) return a;
    const kind = kindNamed(menu, host, a.text, said.item);
    return kind ? ({ ...a, refs: [{ kind: "choice", group: kind.group, choice: kind.choice, name: true }] } as Atom) : a;
  });
}

/**
 * The box the name at `i` is said of: the item right before it, or, past counted kinds of
 * it ("two half dozens, one chicken green and one …"), a box counted two or more.
 */
function boxBefore(atoms: Atom[], i: number): ItemRef | undefined {
  let counted = false;
  for (let k = i - 1; k >= 0; k--) {
    const x = atoms[k]!;
    if (x.kind === "num" && !x.article) {
      counted = true;
      continue;
    }
    if (x.kind === "sep" && x.why === "conj" && counted) continue;
    if (x.kind !== "menu" || x.fuzzy) return undefined;
    const item = x.refs.length === 1 && x.refs[0]!.kind === "item" && !x.refs[0]!.partial ? x.refs[0] : undefined;
    if (item) {
      if (!counted) return item;
      const n = atoms[k - 1];
      return n?.kind === "num" && !n.article && n.value >= 2 ? item : undefined;
    }
    // (A kind of it said already: "one rajas".)
    if (!counted || !x.refs.every((r) => r.kind === "choice")) return undefined;
    counted = false;
  }
  return undefined;
}

/** The one kind of the box, in a one-choice group it has no default for, that the item's words name. */
function kindNamed(menu: MenuModel, host: ItemRef, text: string, item: string): { group: string; choice: string } | undefined {
  const box = menu.item(host.item);
  const it = menu.item(item);
  if (!box || !it) return undefined;
  const cat = (id: string) => menu.menu.categories.find((c) => c.id === id)?.name ?? {};
  const heading = new Set([...Object.values(box.name), ...Object.values(cat(box.category)), ...Object.values(cat(it.category))].flatMap(words));
  const said = words(text);
  const hits: Array<{ group: string; choice: string }> = [];
  for (const g of menu.itemGroups(host.item)) {
    if (g.select !== "one" || g.default !== undefined || host.preset?.[g.id] !== undefined) continue;
    for (const c of g.choices) {
      const names = [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].map(words);
      const fits = names.some((n) => n.length > 0 && n.length <= said.length && n.every((w, k) => said[k] === w) && said.slice(n.length).every((w) => heading.has(w)));
      if (fits) hits.push({ group: g.id, choice: c.id });
    }
  }
  return hits.length === 1 ? hits[0] : undefined;
}
