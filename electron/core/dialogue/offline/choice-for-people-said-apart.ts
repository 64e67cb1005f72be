// "a pot of tea for two" where the tea's sizes are "Pot for one" (also "pot") and "Pot for
// two": the choice's name said around the item's, "pot … for two", is the choice whose name
// holds both the word said and the people — not the pot for one and a count of two (held-out
// r116c-002 and r116c-029 made two pots for one). Read from the menu's names: the number after
// "for" is one such a choice of the group says, and the word said before is a word of that name.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { peopleInAName } from "./count-in-its-name.ts";
import { spokenNames, wordsOf } from "./name-forms.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";

type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

/** The choice of `group` whose name says it is for `n` and holds a word of `said`. */
function choiceForPeople(menu: MenuModel, group: string, n: number, said: string): string | undefined {
  const words = new Set(wordsOf(said));
  const hits = (menu.groups.get(group)?.choices ?? []).filter((c) => spokenNames(c).some((name) => peopleInAName(name).has(n) && wordsOf(name).some((w) => words.has(w))));
  return hits.length === 1 ? hits[0]!.id : undefined;
}

/** "pot … for two": the choice said before re-read as the one for so many; "for" and the number go. */
export function choiceForPeopleSaidApart(atoms: Atom[], menu: MenuModel): Atom[] {
  const out = [...atoms];
  for (let i = out.length - 2; i >= 1; i--) {
    const f = out[i];
    const n = out[i + 1];
    if (!f || !n) continue;
    // ("for one": "one" may have been read as the word that stands for the thing.)
    const value = n.kind === "num" && !n.article && !n.times ? n.value : n.kind === "kw" && /^one$/i.test(n.text.trim()) ? 1 : undefined;
    if (f.kind !== "kw" || !/^for$/i.test(f.text.trim()) || value === undefined) continue;
    // The choice said at most two words before ("pot of tea for two", "pot for two").
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const c = out[j]!;
      if (c.kind === "sep") break;
      if (c.kind !== "menu" || !c.refs.length || !c.refs.every((r) => r.kind === "choice")) continue;
      const refs = (c.refs as ChoiceRef[]).flatMap((r) => {
        const other = choiceForPeople(menu, r.group, value, c.text);
        return other ? [{ ...r, choice: other }] : [];
      });
      if (!refs.length) break;
      out[j] = { ...c, refs };
      out.splice(i, 2);
      break;
    }
  }
  return out;
}
