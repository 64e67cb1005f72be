// "족발 중자 세 개 중에 하나는 불족발로", "두 잔 중 한 잔은", "셋 중에 하나만": 중 after a count
// (or after 그/이, "그중에") says "of those", the language's own word, even where the menu
// has a choice named 중 (a medium size). Said so it cannot be the choice: the word is
// 중에/중에서/중에는/중엔, or a bare 중 with another count right after it ("세 개 중 하나는").
// A bare 중 at the end ("족발 두 개 중") stays the size.
import type { PhraseCandidate } from "./atom-kinds.ts";
import type { Stream } from "./phrase-index.ts";
import { KO_COUNTERS, koreanNumberWords } from "./numbers.ts";
import { foldHangul } from "./normalize.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

const AMONG = "중";
/** The whole word, when it is "among" whatever follows. */
const AMONG_WORDS: ReadonlySet<string> = new Set(["중에", "중에서", "중에는", "중엔", "중에선"].map(foldHangul));
/** Words pointing back at things already named: "그 중에", "이 중에". */
const POINTING: ReadonlySet<string> = new Set(["그", "이", "저"]);
const NUMBERS: ReadonlySet<string> = new Set(koreanNumberWords().filter((w) => !w.text.includes(" ")).map((w) => foldHangul(w.text)));
const COUNTERS: ReadonlySet<string> = new Set(KO_COUNTERS.map(foldHangul));

/** A chosen menu match, as the scan holds it. */
type Candidate = Pick<PhraseCandidate, "start" | "end" | "menu">;

/** Indices of the chosen menu matches that are the word 중 "among", not a choice named so. */
export function amongNotChoices(s: Stream, chosen: readonly Candidate[]): number[] {
  const out: number[] = [];
  chosen.forEach((c, idx) => {
    if (c.start < 0 || c.end - c.start !== 1 || !c.menu?.length || !c.menu.every((r) => r.kind === "choice")) return;
    const t = s.tok[c.start]!;
    const tok = s.tokens[t]!;
    if (tok.script !== "hangul" || s.chars[c.start] !== foldHangul(AMONG)) return;
    const word = s.chars.slice(s.tokStart[t]!, s.tokStart[t + 1]!).join("");
    const own = c.start === s.tokStart[t];
    // "그중에": the pointing word glued before it.
    const gluedPointing = !own && POINTING.has(s.chars.slice(s.tokStart[t]!, c.start).join(""));
    if (!own && !gluedPointing) return;
    const rest = word.slice(c.start - s.tokStart[t]!);
    const unmistakable = AMONG_WORDS.has(rest) || (rest === foldHangul(AMONG) && countStarts(s.tokens[t + 1]));
    if (!unmistakable) return;
    if (gluedPointing || countEnds(s, t - 1) || (POINTING.has(s.tokens[t - 1]?.raw ?? "") && s.tokens[t - 1]!.word === tok.word - 1)) out.push(idx);
  });
  return out;
}

/** Token `k` ends a count: "3", "셋", "세개", "개" after "세"/"3". */
function countEnds(s: Stream, k: number): boolean {
  const tok = s.tokens[k];
  if (!tok) return false;
  if (tok.script === "digit" || NUMBERS.has(tok.norm)) return true;
  if (tok.script !== "hangul") return false;
  for (const n of NUMBERS) if (tok.norm.startsWith(n) && COUNTERS.has(tok.norm.slice(n.length))) return true;
  if (!COUNTERS.has(tok.norm)) return false;
  const prev = s.tokens[k - 1];
  return !!prev && (prev.script === "digit" || NUMBERS.has(prev.norm));
}

/** The next word starts with a count: "하나는", "한", "2개는". */
function countStarts(tok: { raw: string; norm: string; script: string } | undefined): boolean {
  if (!tok) return false;
  if (tok.script === "digit") return true;
  return [...NUMBERS].some((n) => tok.norm.startsWith(n));
}

/**
 * English "hold the onions on one of the arepas" with two pabellón arepas in hand: a count
 * said "of the" before a word naming lines in hand that hold more than that many is part of
 * them (as "one of them"), not more ordered ("two of the pabellón arepas" with none in hand
 * orders them).
 */
export function someOfTheLinesInHand(atoms: Atom[], ctx: ParseContext): Atom[] {
  return atoms.map((a, i) => {
    const of = atoms[i + 1];
    const named = atoms[i + 2];
    if (a.kind !== "num" || a.article || a.flags.among || of?.kind !== "kw" || !/^of the$/i.test(of.text.trim()) || named?.kind !== "menu") return a;
    const items = new Set(named.refs.flatMap((r) => (r.kind === "item" ? [r.item] : r.kind === "category" ? ctx.menu.menu.items.filter((it) => it.category === r.category).map((it) => it.id) : [])));
    const held = (ctx.focus ?? []).filter((f) => items.has(f.item)).reduce((n, f) => n + (f.qty ?? 1), 0);
    return held > a.value ? { ...a, flags: { ...a.flags, among: true } } : a;
  });
}
