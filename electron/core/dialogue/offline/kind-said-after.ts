// "some sliders the cheeseburger ones", "a burger, the classic one": an item named, then
// "the … one(s)" naming which of its kind. It is one order: the item the second words name,
// where that is the first item itself or an item whose name holds the first words ("pork
// sliders" for "sliders"), or the first item itself where the second words are in its own name
// ("the soybean stew set, um the cheonggukjang one" of the "Cheonggukjang Set"); not a second
// order of it. Naming no kind of the first, a guess. (English; found from the menu's names.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { keyOf, spokenNames } from "./name-forms.ts";

type MenuAtom = Atom & { kind: "menu" };

const itemsOf = (a: Atom | undefined) => (a?.kind === "menu" && a.refs.length && a.refs.every((r) => r.kind === "item") ? a.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : undefined);
const isWord = (a: Atom | undefined, re: RegExp) => !!a && a.kind !== "menu" && re.test(a.text.toLowerCase().trim());

/** Between the two: a comma, or words that only fill ("um"). */
const between = (a: Atom | undefined) => (a?.kind === "sep" && a.text.trim() === ",") || (a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "filler"));

export function kindSaidAfter(atoms: Atom[], menu: MenuModel, unplaced: Atom[] = []): Atom[] {
  for (let i = 0; i < atoms.length; i++) {
    const first = itemsOf(atoms[i]);
    if (!first) continue;
    let j = i + 1;
    while (between(atoms[j])) j++;
    if (!isWord(atoms[j], /^the$/)) continue;
    const second = atoms[j + 1];
    const which = itemsOf(second);
    const named = second?.kind === "menu" && !second.fuzzy && second.refs.some((r) => r.kind === "item");
    if (!named || !isWord(atoms[j + 2], /^ones?$/)) continue;
    const said = atoms[i]!.text.toLowerCase().trim();
    const fits = (item: string) => first.includes(item) || spokenNames(menu.item(item)).some((n) => n.toLowerCase().split(/\s+/).join(" ").includes(said));
    let found = which ? (second as MenuAtom).refs.filter((r) => r.kind === "item" && fits(r.item)) : [];
    // ("the soybean stew set, um the cheonggukjang one": the second words are in the first
    // item's own name, "Cheonggukjang Set": which one it is, the first item itself.)
    const inFirst = first.length === 1 && spokenNames(menu.item(first[0]!)).some((n) => keyOf(n).includes(keyOf(second!.text)) && keyOf(n) !== keyOf(second!.text));
    if (!found.length && inFirst) found = (atoms[i] as MenuAtom).refs.filter((r) => r.kind === "item");
    // ("the soybean stew set, the kimchi one": which one, but not of what was said: a guess.)
    if (found.length !== 1) {
      if (!found.length && j > i + 1 && !unplaced.includes(second!)) unplaced.push(second!);
      continue;
    }
    // ("sliders … the cheeseburger ones": the two words together are its whole name.)
    const whole = (item: string) => spokenNames(menu.item(item)).some((n) => keyOf(n) === keyOf(`${second!.text} ${atoms[i]!.text}`));
    const refs = found.map((r) => (r.kind === "item" && r.partial && whole(r.item) ? { ...r, partial: false } : r));
    const end = atoms[j + 2]!;
    const merged: MenuAtom = { ...(second as MenuAtom), refs, start: atoms[i]!.start, tok0: atoms[i]!.tok0, end: end.end, tok1: end.tok1, text: `${atoms[i]!.text} ${second!.text}`, partial: false };
    return [...atoms.slice(0, i), merged, ...atoms.slice(j + 3)];
  }
  return atoms;
}
