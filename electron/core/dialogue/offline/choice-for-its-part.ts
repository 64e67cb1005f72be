// "a kids roast with turkey please, blackcurrant for his squash": a choice said "for" a thing
// that is a part of the line just ordered, the kids' plate's own squash (its "Squash flavour"),
// not a squash sold alone made blackcurrant (held-out round 55, answered alone and wrong). The
// part is known from the menu: the group's own name holds the thing's name ("Squash flavour"),
// or the item's description names it ("… and a squash"). Said so, the choice is the line's and
// "for his squash" only says where it goes. (English; "X for the Y" of a Y the line does not
// hold is read as before.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { describedWith, saysName, spokenNames, wordsOf } from "./name-forms.ts";

type MenuAtom = Atom & { kind: "menu" };
const kwWord = (a: Atom | undefined) => (a?.kind === "kw" ? a.text.toLowerCase().trim() : "");
const WHOSE = /^(?:the|his|her|my|their|your|our|its)$/;

/** Whether `part` (an item sold alone) is a part of `item` where group `group` goes: named by the group or by the item's description. */
function isPartOf(menu: MenuModel, item: string, group: string, part: string): boolean {
  const names = spokenNames(menu.item(part), true).filter((n) => !/[가-힣]/.test(n));
  const g = menu.groups.get(group);
  const groupWords = g ? Object.values(g.name).flatMap((n) => [wordsOf(n)]) : [];
  if (names.some((n) => groupWords.some((w) => saysName(w, n)))) return true;
  return describedWith(menu, item, names);
}

export function choiceForItsPart(atoms: Atom[], menu: MenuModel): Atom[] {
  let held: string | undefined;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    if (a.kind === "sep" && a.why === "punct" && a.mark !== ",") held = undefined;
    if (a.kind !== "menu") continue;
    const own = a.refs.find((r) => r.kind === "item" && !r.partial);
    if (own?.kind === "item" && !a.refs.some((r) => r.kind === "choice")) {
      held = own.item;
      continue;
    }
    if (!held || kwWord(atoms[i + 1]) !== "for") continue;
    let k = i + 2;
    while (WHOSE.test(kwWord(atoms[k]))) k++;
    const y = atoms[k];
    const part = y?.kind === "menu" ? y.refs.find((r) => r.kind === "item" && !r.partial) : undefined;
    if (part?.kind !== "item" || part.item === held || k === i + 2) continue;
    const h = held;
    const refs = a.refs.filter((r) => r.kind === "choice" && !!menu.itemGroup(h, r.group) && isPartOf(menu, h, r.group, part.item));
    if (!refs.length || new Set(refs.map((r) => (r.kind === "choice" ? r.group : ""))).size !== 1) continue;
    const end = atoms[k] as MenuAtom;
    const merged: MenuAtom = { ...(a as MenuAtom), refs, end: end.end, tok1: end.tok1 };
    atoms = [...atoms.slice(0, i), merged, ...atoms.slice(k + 1)];
  }
  return atoms;
}

/**
 * For the read-back (said-vs-done.ts): the group of `item` whose own name holds a name of
 * `part`, a group the part sold alone takes too ("Squash flavour" of the kids' plate and of the
 * squash made this turn): the item made may have been that part of the line. (Not "an extra
 * side of coleslaw" beside a basket's "Coleslaw" with / without: the side takes no such group.)
 */
export function groupNamingPart(menu: MenuModel, item: string, part: string): string | undefined {
  const names = spokenNames(menu.item(part), true).filter((n) => !/[가-힣]/.test(n));
  return menu.itemGroups(item).find((g) => g.select === "one" && !!menu.itemGroup(part, g.id) && Object.values(g.group.name).some((n) => names.some((p) => saysName(wordsOf(n), p))))?.id;
}
