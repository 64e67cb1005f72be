// Shared by the English passes that find words said about the menu rather than ordering from
// it (item-remarks.ts, had-before.ts, numbers-of-other-things.ts): the stretches of a turn
// between punctuation, and an atom read as a word said and meaning nothing for the order, or
// as a word nobody knows (the turn then goes to the model, with the best reading kept).
import type { Atom } from "./atoms.ts";
import { asFiller } from "./atom-forms.ts";

/** [from, to) index ranges of the atoms between punctuation (",", ".", "?", "!"). */
export function punctSegments(atoms: readonly Atom[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  atoms.forEach((a, i) => {
    if (a.kind !== "sep" || a.why !== "punct") return;
    if (i > from) out.push([from, i]);
    from = i + 1;
  });
  if (atoms.length > from) out.push([from, atoms.length]);
  return out;
}

/** The atom's words, lower case, with no apostrophes ("here's" → "heres"). */
export const wordOf = (a: Atom | undefined): string => (a ? a.text.trim().toLowerCase().replace(/['’]/g, "") : "");


/** The same words read as a word nobody knows: nothing is ordered by it, and the turn is a guess. */
export function asUnknown(a: Atom): Atom {
  return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "unknown", flags: {} };
}

/** The atoms with those at `at` read as filler (sure) or as unknown words (a guess). */
export function talkedAbout(atoms: Atom[], at: ReadonlySet<number>, sure: boolean): Atom[] {
  return atoms.map((a, i) => (!at.has(i) || a.kind === "sep" ? a : sure || a.kind !== "menu" ? asFiller(a) : asUnknown(a)));
}
