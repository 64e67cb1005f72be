// "부대라면 하나 라면에 파 빼고요", "냉소바 세트 하나 소바에 파 빼 주세요", "치즈돈까스 하나 돈까스에
// 소스 부어서": an item just ordered, then the place of a change said with 에/엔 by the name of
// another item sold alone that the first item's own words name (its name, an alias, its
// description: 부대라면 is a 라면, the set comes with 소바). A cashier puts the change on the line
// just ordered, on that part of it; the engine had ordered a second, plain dish with the change
// (probes jumeokbap-123, memilsoba-110, dakhanmari-168, answered alone). Only where every option
// said there is one the first item takes; otherwise the words are left as they were read.
// The same place said in a later turn, of a line in hand ("라면엔 계란" with a 김밥 라면 세트 in
// hand), is not read here: it is a guess (probe gimbap-059 had ordered a 라면, answered alone).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { theItemNamed } from "./atom-forms.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

type MenuAtom = Extract<Atom, { kind: "menu" }>;

const onlyChoices = (a: Atom | undefined): a is MenuAtom => a?.kind === "menu" && !a.fuzzy && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice");

/** Whether the item's own words (names, aliases, description, or the words it was said by) name `part` by one of its names. */
function namesItsPart(menu: MenuModel, item: string, said: string, part: string): boolean {
  const it = menu.item(item);
  const words = [said, ...spokenNames(it), ...Object.values(it?.description ?? {})].map(keyOf);
  return spokenNames(menu.item(part)).some((n) => {
    const k = keyOf(n);
    return k.length >= 2 && words.some((w) => w.includes(k));
  });
}

/** The choice atom with only the readings of the item's own groups; undefined where it has none. */
function asItsChoice(menu: MenuModel, item: string, a: MenuAtom): MenuAtom | undefined {
  const refs = a.refs.filter((r) => r.kind === "choice" && !!menu.itemGroup(item, r.group));
  return refs.length ? { ...a, refs: refs as MenuRef[] } : undefined;
}

export function changeAtItsPart(atoms: Atom[], menu: MenuModel, inHand: readonly string[], unplaced: Atom[]): Atom[] {
  placeOfALineInHand(atoms, menu, inHand, unplaced);
  for (let i = 0; i + 2 < atoms.length; i++) {
    const item = theItemNamed(atoms[i], ["choice", "category", "group"]);
    if (!item) continue;
    // The item, its count, the choices said of it ("라면 세트 하나 불고기로"), then the place.
    let k = i + 1;
    if (atoms[k]?.kind === "num") k++;
    for (let a = atoms[k]; onlyChoices(a) && asItsChoice(menu, item, a) && !a.flags.loc; a = atoms[k]) k++;
    const place = atoms[k];
    if (place?.kind !== "menu" || !place.flags.loc) continue;
    const part = theItemNamed(place, ["category", "group"]);
    if (!part || part === item) continue;
    const said: number[] = [];
    for (let c = k + 1; onlyChoices(atoms[c]); c++) said.push(c);
    if (!said.length) continue;
    const theirs = said.map((c) => asItsChoice(menu, item, atoms[c] as MenuAtom));
    if (theirs.some((x) => !x)) continue;
    // (Read the item's words only once the shape is there.)
    if (!namesItsPart(menu, item, atoms[i]!.text, part)) continue;
    // The place's word goes (said of the line in hand); the options stay, as the item's.
    return [...atoms.slice(0, k), ...(theirs as MenuAtom[]), ...atoms.slice(said.at(-1)! + 1)];
  }
  return atoms;
}

/** "라면엔 계란" first in a later turn, a line in hand whose words name 라면: a guess. */
function placeOfALineInHand(atoms: Atom[], menu: MenuModel, inHand: readonly string[], unplaced: Atom[]): void {
  const k = atoms.findIndex((a) => a.kind === "menu");
  const place = atoms[k];
  if (place?.kind !== "menu" || !place.flags.loc || !onlyChoices(atoms[k + 1])) return;
  const part = theItemNamed(place, ["category", "group"]);
  if (part && !inHand.includes(part) && inHand.some((item) => namesItsPart(menu, item, "", part))) unplaced.push(place);
}
