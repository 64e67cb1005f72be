// Small shared pieces for the word-level passes that read or rewrite atoms (scan.ts's
// English passes, count-parts.ts, both-first.ts …): what an atom names, and an atom read
// as something else in the same place ("well" as filler, "his" as the number one).
import type { Atom } from "./atoms.ts";

/** A menu phrase that names an item ("pitas", "fish and chips"). */
export function isItemAtom(a: Atom | undefined): boolean {
  return a?.kind === "menu" && a.refs.some((r) => r.kind === "item");
}

/** The same words read as filler: said, accounted for, and meaning nothing for the order. */
export function asFiller(a: Atom): Atom {
  return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "kw", keywords: ["filler"], flags: {} };
}

/** The same words read as a plain count ("both" as two, "his" as one). */
export function asNumber(a: Atom, value: number): Atom {
  return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "num", value, times: false, counted: false, article: false, flags: {} };
}
