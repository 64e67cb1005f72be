// "hmm what's good here uh a cheesesteak": a question that is whole in itself ("what's
// good here", its object the word "what") and then, after a pause word, a counted item: the
// customer asked, then ordered, in one breath and with no question mark. Nothing after such
// a question can be part of it, so the sentence ends where the pause is (as "what's good
// here? a cheesesteak" does). Questions that go on to name things ("would you recommend a
// cheesesteak", "what's good, a cheesesteak or a hoagie") are left as they are.
import type { Atom } from "./atoms.ts";

/** A recommendation asked with "what" as its object: whole without anything after it. */
const WHOLE_QUESTION = /^what(?:s| is) good$/i;

const isFiller = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "filler");

const isItem = (a: Atom | undefined) => a?.kind === "menu" && a.refs.some((r) => r.kind === "item");

export function askedThenOrdered(atoms: Atom[]): Atom[] {
  const q = atoms.findIndex((a) => a.kind === "kw" && a.keywords.includes("recommend") && WHOLE_QUESTION.test(a.text));
  if (q < 0) return atoms;
  let j = q + 1;
  while (isFiller(atoms[j])) j++;
  const pause = atoms[j - 1]!;
  const count = atoms[j];
  // The thing counted: an item, maybe after its options ("a lamb bowl").
  let k = j + 1;
  while (atoms[k]?.kind === "menu" && !isItem(atoms[k])) k++;
  if (j === q + 1 || count?.kind !== "num" || !isItem(atoms[k])) return atoms;
  // "… a cheesesteak or a hoagie": still asking which.
  if (atoms.slice(j).some((a) => /^or$/i.test(a.text))) return atoms;
  if (atoms.slice(j).some((a) => a.kind === "sep" && a.mark === "?")) return atoms;
  const out = [...atoms];
  out[j - 1] = { start: pause.start, end: pause.end, tok0: pause.tok0, tok1: pause.tok1, text: pause.text, kind: "sep", why: "punct", mark: "?" };
  return out;
}
