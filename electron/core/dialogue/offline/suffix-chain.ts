// Korean words the menu does not know, read from the end: the longest tail of known
// particles and endings is language, what is before it is content the menu lacks.
import type { FunctionWord } from "./language.ts";
import type { PhraseMatch, Stream } from "./phrase-index.ts";

/**
 * Reads an uncovered piece of one word as [unknown letters][particles/endings...]: the
 * longest tail made only of known particles and endings is language, the rest is content.
 * A whole piece of known words (그냥, 주세요, 두잔) is all language.
 */
export function parseSuffixChain(
  s: Stream,
  start: number,
  end: number,
  fnByStart: Map<number, PhraseMatch<FunctionWord>[]>,
): { fns: PhraseMatch<FunctionWord>[]; unknownEnd: number } {
  const tok = s.tokens[s.tok[start]!]!;
  if (tok.script !== "hangul") {
    // Latin words and digits are whole tokens; digits are numbers, not unknown content.
    if (tok.script === "digit") return { fns: [], unknownEnd: start };
    return { fns: [], unknownEnd: end };
  }
  // chain[i]: a parse of [i, end) into language pieces, or undefined.
  const chain: Array<PhraseMatch<FunctionWord>[] | undefined> = new Array(end - start + 1);
  chain[end - start] = [];
  for (let i = end - 1; i >= start; i--) {
    let best: PhraseMatch<FunctionWord>[] | undefined;
    for (const m of fnByStart.get(i) ?? []) {
      if (m.end > end) continue;
      const restParse = chain[m.end - start];
      if (!restParse) continue;
      const cand = [{ ...m, end: m.end }, ...restParse];
      if (!best || cand.length < best.length) best = cand;
    }
    chain[i - start] = best;
  }
  for (let i = start; i <= end; i++) {
    const c = chain[i - start];
    if (!c) continue;
    // After unknown letters only real particles and endings may follow: "햄버거" is not
    // 햄버 + 거, and "모히또" is not 모히 + 또.
    if (i > start && c.length && !canFollowNoun(c[0]!)) continue;
    return { fns: c, unknownEnd: i };
  }
  return { fns: [], unknownEnd: end };
}

function canFollowNoun(m: PhraseMatch<FunctionWord>): boolean {
  const len = m.end - m.start;
  return m.payloads.some((f) => (f.kind === "particle" && f.particle !== "thing") || (f.kind === "kw" && len >= 2 && f.keyword !== "filler") || (f.kind === "num" && len >= 2));
}
