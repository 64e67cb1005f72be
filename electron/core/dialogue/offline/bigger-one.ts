// "the bigger one" said to "6 pieces or 10 pieces?", "the smaller one" to "cup or bowl?":
// a comparison answering the kiosk's question names the biggest (or smallest) of the
// choices asked about. Which is bigger is read from the menu: by the numbers the choices'
// names start with where every one has its own, else by the menu's order (smallest first,
// as menus list sizes). Said with nothing else on the menu; otherwise the words stay as
// they are (and are not read as a size step of some other group).
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";
import { numbersOfChoices } from "./counted-choice-of-many.ts";

/** English: an "up"/"down" word answering a question of one choice becomes the biggest/smallest choice. */
export function biggerOneAnswers(atoms: Atom[], ctx: ParseContext): Atom[] {
  const asked = ctx.asked;
  if (!asked || atoms.some((a) => a.kind === "menu" || a.kind === "unknown")) return atoms;
  const g = ctx.menu.itemGroup(asked.item, asked.group);
  if (!g || g.select !== "one" || g.choices.length < 2) return atoms;
  const steps = atoms.filter((a): a is Extract<Atom, { kind: "kw" }> => a.kind === "kw" && (a.keywords.includes("up") || a.keywords.includes("down")));
  if (steps.length !== 1) return atoms;
  const step = steps[0]!;
  const up = step.keywords.includes("up");
  const numbers = numbersOfChoices(g);
  const order = numbers ? [...g.choices].sort((x, y) => numbers.get(x.id)! - numbers.get(y.id)!) : g.choices;
  const pick = up ? order[order.length - 1]! : order[0]!;
  return atoms.map((a) => (a === step ? ({ ...a, kind: "menu", refs: [{ kind: "choice", group: g.id, choice: pick.id, name: false }], fuzzy: false, partial: false, flags: step.flags } as Atom) : a));
}
