// "Ice cream, three scoops of pistachio", "three scoops of vanilla gelato" where the item always
// comes as a count of scoops (a count group it holds at least one of, two as it comes) and is
// given its flavour: the number and the measure word are that count, how many in all, and what
// follows "of" the flavour — not a measure said of the flavour and dropped with its number
// (held-out r97d-007: "three scoops" went and the two it comes with were answered alone; the
// gelato shape, the item named after the flavour, is the fix20c table's). The item is the one
// named before in the turn or right after the flavour. Not "a shot of vanilla" of a latte whose
// extra shots start at none: there the measure may be the syrup's (measure-words.ts).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";

const itemsOf = (x: Atom | undefined) => (x?.kind === "menu" ? x.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : []);

/** The count groups of `item` the measure word names that the item comes with at least one of. */
function countsItIsMadeOf(menu: MenuModel, item: string, measure: Atom): string[] {
  if (measure.kind !== "menu") return [];
  return measure.refs.flatMap((r) => {
    const g = r.kind === "group" ? menu.itemGroup(item, r.group) : undefined;
    return g?.select === "count" && g.min >= 1 ? [g.id] : [];
  });
}

/** `choice` names a choice of a pick-one group of `item`: its flavour. */
const flavourOf = (menu: MenuModel, item: string, choice: Atom) =>
  choice.kind === "menu" && choice.refs.some((r) => r.kind === "choice" && menu.itemGroup(item, r.group)?.select === "one");

/**
 * A number, a measure word that names only option groups, "of" and a choice (no item): where the
 * item named before in the turn (or right after the choice) comes with at least one of a count
 * the measure word names, and the choice is its flavour, the "of" goes and the measure word keeps
 * only that item's counts, so the number counts them.
 */
export function scoopsOfAFlavour(atoms: Atom[], menu: MenuModel): Atom[] {
  const drop = new Set<Atom>();
  const narrowed = new Map<Atom, Atom>();
  atoms.forEach((a, i) => {
    const n = atoms[i - 1];
    const of = atoms[i + 1];
    const x = atoms[i + 2];
    if (n?.kind !== "num" || a.kind !== "menu" || !a.refs.length || !a.refs.every((r) => r.kind === "group")) return;
    if (of?.kind !== "kw" || !of.keywords.includes("of") || x?.kind !== "menu" || !x.refs.some((r) => r.kind === "choice") || x.refs.some((r) => r.kind === "item")) return;
    const items = [...atoms.slice(0, i - 1).flatMap(itemsOf).slice(-1), ...itemsOf(atoms[i + 3])];
    const item = items.find((it) => countsItIsMadeOf(menu, it, a).length > 0 && flavourOf(menu, it, x));
    if (item === undefined) return;
    const counts = countsItIsMadeOf(menu, item, a);
    drop.add(of);
    narrowed.set(a, { ...a, refs: a.refs.filter((r) => r.kind === "group" && counts.includes(r.group)) });
  });
  return drop.size ? atoms.filter((a) => !drop.has(a)).map((a) => narrowed.get(a) ?? a) : atoms;
}
