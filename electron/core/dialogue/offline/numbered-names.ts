// An item the menu calls by a number ("#2" for the Sandwich Combo; the "#" is gone from the
// words read, so "2" names it) said as a bare number a turn after something was ordered:
// "make that 2", "I'll take 2", "2 of them please" after a sandwich is how many of it, not
// the Number 2 combo. The number names the item only where the words make it a name: with
// an article or "the" before it ("a 2 with a coke", "I'll do the 2"), with nothing ordered
// yet, or with more said of it after ("2 with fries").
import { englishNumberWords, koreanNumberWords, parseDigits } from "./numbers.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

const NUMBER_WORDS = new Map([...englishNumberWords(), ...koreanNumberWords()].filter((w) => !w.prenoun && w.n > 0 && !/\s/.test(w.text)).map((w) => [w.text.toLowerCase(), w.n]));

const numberOf = (text: string): number | undefined => {
  const t = text.trim().toLowerCase();
  return parseDigits(t) ?? NUMBER_WORDS.get(t);
};

/** Words that only ask or fill ("please", "I'll take"): said around a count, they leave it a count. */
const filler = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((w) => w === "request" || w === "filler" || w === "change");

/** Each bare number read as a numbered item that is, by its place, a count of the line in hand. */
export function numberedNameAsCount(atoms: Atom[], ctx: ParseContext): Atom[] {
  if (!ctx.focus?.length) return atoms;
  const named = atoms.filter((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "item"));
  if (named.length !== 1) return atoms;
  return atoms.map((a, i) => {
    if (a.kind !== "menu" || !a.refs.length || !a.refs.every((r) => r.kind === "item")) return a;
    const n = numberOf(a.text);
    if (n === undefined || n < 1) return a;
    const prev = atoms[i - 1];
    const next = atoms[i + 1];
    // ("a 2", "the 2", "number 2": a name; "make that 2", "I'll take 2", "2 please": a count.)
    if (prev && prev.kind !== "sep" && !filler(prev)) return a;
    if (next && next.kind !== "sep" && !filler(next)) return a;
    return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "num", value: n, times: false, counted: false, article: false, flags: { ...a.flags } } as Atom;
  });
}
