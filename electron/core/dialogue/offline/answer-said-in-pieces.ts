// The kiosk asked for a combo's required choice and the answer names one of its choices in
// pieces that the words read as other things: "chicken taquitos" for "Two chicken taquitos"
// (read as the taquito sold alone, with its chicken filling: held-out r100e-020), "umm juice,
// passion fruit" for "Passion fruit juice" (the juice sold alone, r97b-021), both answered alone
// and wrong. Two or three names said one after another (a comma between at most) whose words
// together are the words of one of the asked group's choices, in any order, are that choice's
// name, one word: answer-named-as-items.ts then reads it as the answer.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { spokenNames, wordsOf } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

const sorted = (ws: readonly string[]) => [...ws].sort().join(" ");
const comma = (a: Atom | undefined) => a?.kind === "sep" && a.why === "punct" && a.mark === ",";

/** The asked group's one choice whose words, in any order, are `said` (undefined: none, or more). */
function choiceOfTheWords(menu: MenuModel, item: string, group: string, said: string): string | undefined {
  const hits = (menu.itemGroup(item, group)?.choices ?? []).filter((c) => spokenNames(c, true).some((n) => sorted(wordsOf(n)) === said));
  return hits.length === 1 ? hits[0]!.id : undefined;
}

export function answerSaidInPieces(atoms: Atom[], menu: MenuModel, asked: { item: string; group: string }): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    let joined: Atom | undefined;
    let end = i;
    if (a.kind === "menu" && !a.fuzzy) {
      const run: Array<Atom & { kind: "menu" }> = [a];
      for (let j = i + 1; j < atoms.length && run.length < 3; j++) {
        const b = atoms[j]!;
        if (comma(b) && atoms[j + 1]?.kind === "menu") continue;
        if (b.kind !== "menu" || b.fuzzy) break;
        run.push(b);
        const choice = choiceOfTheWords(menu, asked.item, asked.group, sorted(run.flatMap((x) => wordsOf(x.text))));
        if (choice) {
          joined = { ...a, end: b.end, tok1: b.tok1, text: run.map((x) => x.text).join(" "), refs: [{ kind: "choice", group: asked.group, choice, name: true }], partial: false };
          end = j;
        }
      }
    }
    out.push(joined ?? a);
    i = end;
  }
  return out;
}
