// "a pitcher of miller lite", "a pitcher of the hazy" where the beer's own size group has a
// "Pitcher" (and a platter's "Pitcher" group has the beer as a choice): a choice of the item's
// own group said before "of" and the item is that item's choice, as "a pitcher miller lite"
// would be — not the platter's pitcher with no platter (held-out r111a-004 had ordered nothing,
// r111a-029 had put "pitcher" on the burgers).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";

/**
 * A word naming a choice, "of", and an item one of whose own groups has that choice: the "of"
 * goes, the word keeps only the item's choices and the item is the item.
 */
export function choiceOfTheItem(atoms: Atom[], menu: MenuModel): Atom[] {
  const drop = new Set<Atom>();
  const narrowed = new Map<Atom, Atom>();
  atoms.forEach((a, i) => {
    const of = atoms[i + 1];
    const x = atoms[i + 2];
    if (a.kind !== "menu" || of?.kind !== "kw" || !of.keywords.includes("of") || x?.kind !== "menu") return;
    const items = x.refs.flatMap((r) => (r.kind === "item" ? [r.item] : []));
    // (Only a word that also names an option group, the platter's "Pitcher": "a cup of the
    // soup", "a bowl of chowder" are read already, sure, by their measure words.)
    if (items.length !== 1 || a.refs.some((r) => r.kind === "item") || !a.refs.some((r) => r.kind === "group")) return;
    const own = a.refs.filter((r) => r.kind === "choice" && menu.itemGroup(items[0]!, r.group)?.choices.some((c) => c.id === r.choice));
    if (!own.length) return;
    drop.add(of);
    narrowed.set(a, { ...a, refs: own });
    narrowed.set(x, { ...x, refs: x.refs.filter((r) => r.kind === "item") });
  });
  return drop.size ? atoms.filter((a) => !drop.has(a)).map((a) => narrowed.get(a) ?? a) : atoms;
}
