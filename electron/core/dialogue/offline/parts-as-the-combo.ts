// "3 quesabirrias with a small consome and a horchata, as the combo": things sold alone, then
// "as" and a combo whose own words name them ("3 quesabirria tacos, small consomé and a
// drink") or whose choices do (its drink, "Horchata"). The things listed are the combo's
// parts: one combo, its choices the parts its choices name, not the parts ordered beside it.
// Sure only where what was said of the parts is what the combo's words say (the count "3", the
// "small" of the consomé) or an option the combo takes; otherwise read so and a guess.
// (Probe birria-147 had made three tacos, a consomé and the combo, alone.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { theItemNamed } from "./atom-forms.ts";
import { partsNamed } from "./bundle-with-its-part.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf, spokenNames, wordsOf } from "./name-forms.ts";
import { countedInDescription } from "./numbered-combo-name.ts";
import type { Atom } from "./scan.ts";

type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

/** The one item a word names whole ("combo" may also name the menu's "Combos"). */
const itemOf = (a: Atom | undefined) => theItemNamed(a, ["category"]);
/** The item sold alone a word names, where it names one (a drink may also be a combo's choice of the same name). */
const partItem = (a: Atom | undefined) => theItemNamed(a, ["choice", "category"]);
const isAs = (a: Atom | undefined) => a?.kind === "kw" && a.text.trim().toLowerCase() === "as";
const little = (a: Atom) => a.kind === "sep" || (a.kind === "num" && a.article) || (a.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "with" || k === "filler" || k === "the" || k === "request"));

/** The combo's one-choice choice named as the item sold alone ("Horchata" of its drink). */
function choiceNamingItem(menu: MenuModel, combo: string, item: string): ChoiceRef | undefined {
  const keys = new Set(spokenNames(menu.item(item), true).map(keyOf));
  for (const g of menu.itemGroups(combo)) {
    if (g.select !== "one") continue;
    const c = g.choices.find((x) => spokenNames(x, true).some((n) => keys.has(keyOf(n))));
    if (c) return { kind: "choice", group: g.id, choice: c.id, name: false };
  }
  return undefined;
}

export function partsAsTheCombo(atoms: Atom[], menu: MenuModel, unplaced: Atom[]): Atom[] {
  let x = atoms.findIndex((a, i) => itemOf(a) !== undefined && (isAs(atoms[i - 1]) || ((atoms[i - 1]?.kind === "num" || atoms[i - 1]?.kind === "kw") && isAs(atoms[i - 2]))));
  // "a pretzel and water ice combo": the combo's word right after the last part, said with no
  // article of its own ("and water ice combo", not "and a burger combo"): the parts name it. Read
  // so, a guess.
  const named = x < 0 ? namedBeforeIt(atoms, menu) : undefined;
  if (named !== undefined) x = named;
  if (x < 0 || !atoms.slice(x + 1).every(little)) return atoms;
  const combo = itemOf(atoms[x])!;
  const as = named !== undefined ? x : isAs(atoms[x - 1]) ? x - 1 : x - 2;
  const first = atoms.findIndex((a) => partItem(a) !== undefined);
  // ("…, as the combo", "a jamaica as a combo": right after the list; not "as well as a combo".)
  if (first < 0 || first >= as || !(atoms[as - 1]?.kind === "sep" || partItem(atoms[as - 1]) !== undefined)) return atoms;
  if (named !== undefined && first >= as - 2) return atoms;
  // (The combo's words are read only once the shape is there.)
  const parts = partsNamed(menu, combo);
  if (parts.size < 2) return atoms;
  const words = new Set(wordsOf([...Object.values(menu.item(combo)?.description ?? {}), ...Object.values(menu.item(combo)?.name ?? {})].join(" ")));
  const counted = countedInDescription(menu, combo);
  const choices: ChoiceRef[] = [];
  let sure = true;
  let start = first;
  // A count said right before the first part belongs to it.
  if (atoms[first - 1]?.kind === "num" && !(atoms[first - 1] as Atom & { kind: "num" }).article) start = first - 1;
  for (let k = start; k < as; k++) {
    const a = atoms[k]!;
    if (little(a)) continue;
    const item = partItem(a);
    if (item) {
      const byChoice = choiceNamingItem(menu, combo, item);
      if (byChoice) choices.push(byChoice);
      else if (!parts.has(item)) return atoms;
      continue;
    }
    if (a.kind === "num") {
      // "3 quesabirrias" where the combo is "3 quesabirria tacos": the count its words say.
      const of = partItem(atoms[k + 1]);
      const names = of ? spokenNames(menu.item(of), true).flatMap(wordsOf) : [];
      if (!counted.some((c) => c.n === a.value && c.words.some((w) => names.some((n) => n === w || `${n}s` === w || n === `${w}s`)))) sure = false;
      continue;
    }
    if (a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice")) {
      // "small consome" where the combo's words say "small consomé"; or an option the combo takes.
      const own = a.refs.filter((r): r is ChoiceRef => r.kind === "choice" && !!menu.itemGroup(combo, r.group));
      if (own.length === 1) choices.push(own[0]!);
      else if (!wordsOf(a.text).every((w) => words.has(w))) sure = false;
      continue;
    }
    return atoms;
  }
  if (!sure || named !== undefined) unplaced.push(atoms[x]!);
  const from = atoms[start]!;
  const last = named !== undefined ? as - 1 : as;
  const to = atoms[last]!;
  const read = choices.map((c) => ({ start: from.start, end: to.end, tok0: from.tok0, tok1: to.tok1, text: atoms.slice(start, last + 1).map((y) => y.text).join(" "), kind: "menu", refs: [c], fuzzy: false, partial: false, flags: {} }) as Atom);
  return [...atoms.slice(0, start), atoms[x]!, ...read, ...atoms.slice(x + 1)];
}

/** Where the combo's word stands right after a part its words name, said after "and" with no article: "… and water ice combo". */
function namedBeforeIt(atoms: Atom[], menu: MenuModel): number | undefined {
  const x = atoms.findIndex((a, i) => i >= 2 && itemOf(a) !== undefined && partItem(atoms[i - 1]) !== undefined);
  if (x < 0) return undefined;
  const join = atoms[x - 2];
  if (join?.kind !== "sep" || join.why !== "conj") return undefined;
  return partsNamed(menu, itemOf(atoms[x])!).has(partItem(atoms[x - 1])!) ? x : undefined;
}
