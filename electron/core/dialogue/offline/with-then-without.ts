// "tacos with onions no cilantro", "a Cuban with pickles no mustard", "just the onions no
// cilantro": a thing the item comes with (the menu spells only its removal, "No onion"),
// said after "with" or "just", then a refusal of something else. The refusal reaches only
// what it names: the first thing is kept (keep-default.ts), not listed into the refusal as
// "오이랑 당근 빼고" is (mods.ts, accounting.ts).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { refusalKind, removalIndex } from "./refusal.ts";
import type { Atom } from "./scan.ts";

const onlyRefused = (a: Atom | undefined) => a?.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice" && r.refused);

/** Marks such things `kept`; English only. */
export function keptBeforeARefusal(atoms: Atom[], menu: MenuModel): Atom[] {
  atoms.forEach((a, i) => {
    if (a.kind !== "menu" || !onlyRefused(a)) return;
    let j = i - 1;
    if (atoms[j]?.kind === "kw" && (atoms[j] as Atom & { kind: "kw" }).keywords.includes("the")) j--;
    const prev = atoms[j];
    const withBefore = prev?.kind === "kw" && prev.keywords.includes("with");
    if (!withBefore && !a.flags.only) return;
    // The refusal right after it: "no cilantro" (the menu's removal), or "no" / "without" and a thing.
    const next = atoms[i + 1];
    const removals = removalIndex(menu).groups;
    const removal = next?.kind === "menu" && next.refs.length > 0 && next.refs.every((r) => r.kind === "choice" && !r.refused && removals.has(r.group));
    const refusal = removal || (next?.kind === "kw" && !!refusalKind(next, menu, true) && onlyRefused(atoms[i + 2]));
    if (refusal) a.flags.kept = true;
  });
  return atoms;
}
