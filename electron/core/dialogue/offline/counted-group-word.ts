// "one turkey on rye ... and one veggie on wheat", "give me a veggie on wheat" where the
// menu's toppings group is also called "veggies" and "veggie" is a word of item names
// (Garden Veggie Sandwich, Veggie Wrap): a group's word said with a count of its own orders
// one of those items (a word several items share), not the group.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import { spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

/** English: a counted group word that is also a word of item names becomes those items' partial name. */
export function countedGroupWordAsItems(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    const before = atoms[i - 1];
    if (a.kind !== "menu" || !a.refs.length || !a.refs.every((r) => r.kind === "group") || before?.kind !== "num" || !/^[a-z]+$/i.test(a.text)) return a;
    // ("two extra cheese", "a double shot": a count of the group's own thing, where it is counted.)
    if (a.refs.some((r) => r.kind === "group" && menu.groups.get(r.group)?.select !== "many")) return a;
    const word = a.text.toLowerCase().replace(/s$/, "");
    const items = menu.menu.items.filter((it) => !it.soldOut && spokenNames(it).some((n) => n.toLowerCase().split(/[^a-z]+/).some((w) => w.replace(/s$/, "") === word)));
    if (!items.length) return a;
    const refs: MenuRef[] = items.map((it) => ({ kind: "item", item: it.id, partial: true }));
    // (Counted, it is a thing ordered even after "with": not an option word, resolve.ts markOptionContext.)
    return { ...a, refs, partial: false };
  });
}

