// English words that open a thought or close a list and are also a choice's name on some
// menus ("well" for Well done): "well let me get a filet", "well um a sirloin", "a filet as
// well". Said so, they are no choice. (A third red team found a steakhouse making six such
// steaks well done, answered alone; "and oh a ny strip" had replaced the steak before it.) "and well, maybe fries" with a comma stays a guess
// (asides.ts); "a filet well" and "medium well" stay the choice.
import type { Atom } from "./atoms.ts";
import { asFiller } from "./atom-forms.ts";

/** Words people open a thought with; only these are read as such. */
const OPENERS = /^(?:well|so|like|right|now|okay|ok)$/i;

const isChoiceWord = (a: Atom | undefined) => a?.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice");
const isFiller = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.every((k) => k === "filler");

export function interjections(atoms: Atom[]): Atom[] {
  // The first words, before anything is ordered: "well", "oh well", "um so".
  let opening = true;
  return atoms.map((a, i) => {
    const next = atoms[i + 1];
    const prev = atoms[i - 1];
    // "as well" (also), not "as well done as you can".
    if (isChoiceWord(a) && /^well$/i.test(a.text) && /^as$/i.test(prev?.text ?? "") && !/^done\b/i.test(next?.text ?? "")) return asFiller(a);
    if (opening && isChoiceWord(a) && OPENERS.test(a.text) && next && next.kind !== "sep" && !/^done\b/i.test(next.text)) return asFiller(a);
    // "a ribeye rare and oh a ny strip": "oh" after "and" adds to the order; it corrects nothing.
    if (a.kind === "kw" && /^oh$/i.test(a.text) && prev?.kind === "sep" && prev.why === "conj") return asFiller(a);
    if (!isFiller(a) && !(a.kind === "kw" && /^(?:oh|um|uh|hmm|ah)$/i.test(a.text))) opening = false;
    return a;
  });
}
