// "no fries with it, onion rings instead, on the clam strips": a plate's own side swapped and
// refused before the plate is named, the plate named last with "on the"/"for the". The words
// before that name things the plate takes as choices (its side: fries, onion rings), though
// they are also items sold alone; said so, they are the plate's choices, not orders of their own.
// So with "with the": "I don't want greens, give me mac and yams with the catfish".
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";

const ON_WORD = /^(?:on|for)$/i;
/** "give me mac and yams with the catfish": "with the" names the plate as "on the" does. */
const WITH_THE = /^with$/i;

/** The item named by "on the X"/"for the X"/"with the X" at k (its index), else undefined. */
function itemAfterOn(atoms: Atom[], k: number, withTheToo: boolean): { at: number; item: string } | undefined {
  const a = atoms[k];
  const withThe = withTheToo && a?.kind === "kw" && WITH_THE.test(a.text.trim()) && atoms[k + 1]?.kind === "kw" && (atoms[k + 1] as Atom & { kind: "kw" }).keywords.includes("the");
  if (a?.kind !== "kw" || (!ON_WORD.test(a.text.trim()) && !withThe)) return undefined;
  let j = k + 1;
  while (atoms[j]?.kind === "kw" && (atoms[j] as Atom & { kind: "kw" }).keywords.includes("the")) j++;
  const x = atoms[j];
  if (x?.kind !== "menu" || x.refs.length !== 1 || x.refs[0]!.kind !== "item") return undefined;
  return { at: j, item: x.refs[0]!.item };
}

export function optionsBeforeOnTheItem(atoms: Atom[], menu: MenuModel, linesInHand = 0): Atom[] {
  // ("with the" only of a first order said so, no "instead": "onion rings with the shrimp" a turn
  // after a basket, "onion rings instead, with the shrimp basket" stay a guess, said-vs-done.ts.)
  const withTheToo = linesInHand === 0 && !atoms.some((x) => x.kind === "kw" && x.keywords.includes("instead"));
  for (let k = 1; k < atoms.length; k++) {
    const on = itemAfterOn(atoms, k, withTheToo);
    if (!on) continue;
    const before = atoms.slice(0, k);
    // Only where nothing before is counted or is a thing the item cannot take: the words are all about it.
    if (before.some((a) => (a.kind === "num" && !a.article) || (a.kind === "sep" && a.why === "punct" && a.mark !== ","))) return atoms;
    const takes = (r: Atom & { kind: "menu" }, ref: (typeof r.refs)[number]) => ref.kind === "choice" && !!menu.itemGroup(on.item, ref.group)?.choices?.some((c) => c.id === ref.choice);
    const menuWords = before.filter((a): a is Atom & { kind: "menu" } => a.kind === "menu");
    if (!menuWords.length || !menuWords.every((a) => a.refs.some((r) => takes(a, r)))) return atoms;
    if (!menuWords.some((a) => a.refs.some((r) => r.kind === "item"))) return atoms;
    return atoms.map((a, i) => (i < k && a.kind === "menu" ? { ...a, refs: a.refs.filter((r) => takes(a, r)) } : a));
  }
  return atoms;
}
