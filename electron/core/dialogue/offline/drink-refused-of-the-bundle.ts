// "combo with a beef pastelillo, no malta, give me a sprite": a bundle said in the turn that
// comes with a choice ("a drink (malta, Coke, Sprite …)", malta by default), that choice
// refused by a word that also names the thing sold alone, then another choice of the same
// group said by a word that also names an item sold alone. Both are the bundle's: the malta
// it comes with left out, the sprite in its place — not a malta taken off an order that has
// none and a soda ordered beside the combo. (A turn later, the line in hand's choice:
// choice-of-the-line-in-hand.ts.) English; the words between must name nothing else.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";

type MenuAtom = Extract<Atom, { kind: "menu" }>;
type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

const isRefusal = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.includes("without") && /^(?:no|without)$/i.test(a.text.trim());
const isLittle = (a: Atom | undefined) => a?.kind === "sep" || (a?.kind === "kw" && a.keywords.every((k) => k === "the" || k === "filler" || k === "request")) || (a?.kind === "num" && a.article);

export function choiceRefusedOfTheBundle(atoms: Atom[], menu: MenuModel): Atom[] {
  const r = atoms.findIndex(isRefusal);
  if (r < 1) return atoms;
  let j = r + 1;
  while (atoms[j]?.kind === "kw" && (atoms[j] as Atom & { kind: "kw" }).keywords.every((k) => k === "the")) j++;
  const w = atoms[j];
  if (w?.kind !== "menu" || !w.refs.some((x) => x.kind === "item")) return atoms;
  // The bundle: the last thing named before the refusal, with only its options between.
  let b = r - 1;
  while (b >= 0 && (isLittle(atoms[b]) || (atoms[b]!.kind === "menu" && (atoms[b] as MenuAtom).refs.every((x) => x.kind === "choice")))) b--;
  const bundleAtom = atoms[b];
  if (bundleAtom?.kind !== "menu") return atoms;
  const bundles = bundleAtom.refs.filter((x) => x.kind === "item" && !x.partial);
  if (bundles.length !== 1 || !bundleAtom.refs.every((x) => x.kind === "item" || x.kind === "category")) return atoms;
  const bundle = (bundles[0] as Extract<MenuRef, { kind: "item" }>).item;
  // The refused word names the choice the bundle comes with.
  const refused = w.refs.find((x): x is ChoiceRef => x.kind === "choice" && menu.itemGroup(bundle, x.group)?.select === "one" && menu.itemGroup(bundle, x.group)?.default === x.choice);
  if (!refused) return atoms;
  // What is said in its place: the next thing named, a choice of that group, and nothing named after it.
  let k = j + 1;
  while (isLittle(atoms[k])) k++;
  const y = atoms[k];
  if (y?.kind !== "menu" || atoms.slice(k + 1).some((a) => a.kind === "menu" || a.kind === "unknown")) return atoms;
  const instead = y.refs.find((x): x is ChoiceRef => x.kind === "choice" && x.group === refused.group && x.choice !== refused.choice);
  if (!instead) return atoms;
  const article = atoms[k - 1]?.kind === "num" && (atoms[k - 1] as Atom & { kind: "num" }).article ? k - 1 : -1;
  return atoms.flatMap((a, i) => {
    if (i === j) return [{ ...w, refs: [refused] } as Atom];
    if (i === k) return [{ ...y, refs: [instead] } as Atom];
    if (i === article) return [];
    return [a];
  });
}
