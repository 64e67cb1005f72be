// "just the one" said to "1 piece, 2 pieces or 3 pieces?": "the one" answering a question
// whose choices are each named by a number is the choice numbered 1, not "that one" pointing
// at nothing (and asked again). Read from the choices' names; with any other menu word said,
// or no choice numbered 1, the words stay as they are.
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";
import { numbersOfChoices } from "./counted-choice-of-many.ts";

/** English: "the one" alone, answering a question of numbered choices, becomes the choice numbered 1. */
export function theOneAnswers(atoms: Atom[], ctx: ParseContext): Atom[] {
  const asked = ctx.asked;
  if (!asked) return atoms;
  const words = atoms.filter((a) => a.kind !== "sep" && !(a.kind === "kw" && a.keywords.every((k) => k === "the" || k === "filler")));
  const one = words[0];
  if (words.length !== 1 || one?.kind !== "kw" || !one.keywords.includes("pronoun") || !/^one$/i.test(one.text.trim())) return atoms;
  const g = ctx.menu.itemGroup(asked.item, asked.group);
  const numbers = g ? numbersOfChoices(g) : undefined;
  const first = numbers ? [...numbers].find(([, n]) => n === 1) : undefined;
  if (!g || !first) return atoms;
  return atoms.map((a) => (a === one ? ({ ...a, kind: "menu", refs: [{ kind: "choice", group: g.id, choice: first[0], name: false }], fuzzy: false, partial: false, flags: one.flags } as Atom) : a));
}
