// English "tofu bento with steamed gyoza" where gyoza is the bento's side and also sold
// alone, and "steamed" is a way only the gyoza sold alone is made: the word before it says
// the customer means that gyoza (another thing) — or the side, said with a word it does
// not take. A cashier would ask; so is this a guess where the reading made it the side.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";
import type { Unit } from "./utterance.ts";

/** `scanned`: the words as scanned, before the reading took the item's name for the choice only. */
export function choiceSaidOfTheItemSoldAlone(atoms: readonly Atom[], scanned: readonly Atom[], units: readonly Unit[], menu: MenuModel): string[] {
  const out: string[] = [];
  atoms.forEach((a, i) => {
    const read = atoms[i + 1];
    const next = scanned.find((x) => x.start === read?.start && x.end === read.end);
    if (a.kind !== "menu" || read?.kind !== "menu" || next?.kind !== "menu" || !a.refs.length || !a.refs.every((r) => r.kind === "choice")) return;
    if (!read.refs.some((r) => r.kind === "choice")) return;
    const alone = next.refs.flatMap((r) => (r.kind === "item" ? [r.item] : []));
    // (Not "a combo, make the drink a large dr pepper": the combo's drink takes the size too.)
    const hosts = units.filter((u) => [...u.mods, ...u.parts.flatMap((p) => p.mods)].some((m) => m.at === read.start)).flatMap((u) => (u.item ? [u.item] : []));
    const takes = (it: string, r: MenuRef) => r.kind === "choice" && !!menu.itemGroup(it, r.group)?.choices.some((c) => c.id === r.choice);
    const fits = alone.filter((it) => a.refs.some((r) => takes(it, r) && !hosts.some((h) => takes(h, r))));
    // ("… steamed gyoza as the side": the group's own word says which.)
    const groups = new Set(read.refs.flatMap((r) => (r.kind === "choice" ? [r.group] : [])));
    if (atoms.slice(i + 2, i + 5).some((x) => x.kind === "menu" && x.refs.some((r) => r.kind === "group" && groups.has(r.group)))) return;
    if (!fits.length || units.some((u) => u.item && fits.includes(u.item) && u.kind === "item")) return;
    out.push(`"${a.text} ${next.text}": the choice, or the ${next.text} sold alone?`);
  });
  return out;
}
