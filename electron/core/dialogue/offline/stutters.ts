// Speech-to-text writes a stammered refusal twice: "and no no onions", "with no no foam".
// Where the menu's own choice begins with that "no" ("No onions", "No foam"), the first
// "no" would refuse the refusal and order the thing refused; it is the same word said
// again, so it means nothing. ("no, no onions" with a pause between is an answer and a
// refusal; "no no" before other words is still read as a correction.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./atoms.ts";
import { asFiller } from "./atom-forms.ts";

export function stutters(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    const next = atoms[i + 1];
    if (a.kind !== "kw" || next?.kind !== "menu" || next.tok0 !== a.tok1 + 1 || !/^no\s/i.test(next.text)) return a;
    // Only where refusing the choice would pick its opposite (one choice of a kind: "No onions"
    // refused is "With onions"); a refusal ticked among many ("No peanuts") is read as before.
    if (!next.refs.length || !next.refs.every((r) => r.kind === "choice" && menu.groups.get(r.group)?.select === "one")) return a;
    if (/^no$/i.test(a.text)) return asFiller(a);
    // "with no" read as one phrase: the "with" stays.
    if (/^with no$/i.test(a.text)) return { ...a, keywords: ["with"] };
    return a;
  });
}
