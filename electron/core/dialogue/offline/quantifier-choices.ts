// "two lamb platters both light white sauce", "make them both combo" on a menu where "both"
// is also a choice's name (rice AND salad): English says "both" of two things counted, and
// then it is the quantifier over them, not the choice. The word is the quantifier where two
// things were just named ("two …", "them", two items) and an option of the menu follows it
// within a few words ("both of them with hot sauce"; also one that is sold alone too, after
// "with": "two ribeyes, one rare one medium well, both with fries", held-out r109a-021 had read
// the flan's "Mixto (both)"); said alone ("a chicken platter both") it stays the menu's choice.
import type { PhraseCandidate } from "./atom-kinds.ts";
import type { Stream } from "./phrase-index.ts";
import { englishNumberWords } from "./numbers.ts";

/** English words that are quantifiers of the language before they are any menu's names. */
const QUANTIFIERS: ReadonlySet<string> = new Set(["both"]);
/** Words pointing back at things already named: "make them both …". */
const POINTING: ReadonlySet<string> = new Set(["them", "em", "these", "those"]);
const COUNTS = new Map(englishNumberWords().filter((w) => !w.text.includes(" ")).map((w) => [w.text, w.n]));
/** How many words may stand between the quantifier and the option it shares out ("both of them with"). */
const REACH = 3;

/** A chosen menu match, as the scan holds it. */
type Candidate = Pick<PhraseCandidate, "start" | "end" | "menu">;

/** Indices of the chosen menu matches that are the quantifier "both", not a choice. */
export function quantifiersNotChoices(s: Stream, chosen: readonly Candidate[], covered: Int32Array): number[] {
  const out: number[] = [];
  chosen.forEach((c, idx) => {
    if (c.start < 0 || !c.menu?.length || !c.menu.every((r) => r.kind === "choice")) return;
    const t = s.tok[c.start]!;
    if (s.tokStart[t] !== c.start || s.tokStart[t + 1] !== c.end || !QUANTIFIERS.has(s.tokens[t]!.raw)) return;
    const groups = new Set(c.menu.flatMap((r) => (r.kind === "choice" ? [r.group] : [])));
    if (pointsBack(s, t) || (twoNamedBefore(s, chosen, t) && optionFollows(s, chosen, covered, t, groups))) out.push(idx);
  });
  return out;
}

function pointsBack(s: Stream, t: number): boolean {
  const prev = s.tokens[t - 1];
  return !!prev && POINTING.has(prev.raw) && prev.word === s.tokens[t]!.word - 1;
}

/** "two …", "2 …", or two items named before the word (in the same sentence). */
function twoNamedBefore(s: Stream, chosen: readonly Candidate[], t: number): boolean {
  for (let k = t - 1; k >= 0; k--) {
    const tok = s.tokens[k]!;
    if (tok.script === "punct" && /[.!?]/.test(tok.raw)) break;
    const n = tok.script === "digit" ? Number(tok.raw) : COUNTS.get(tok.raw);
    if (n !== undefined && n >= 2) return true;
  }
  const items = chosen.filter((c) => c.start >= 0 && s.tok[c.start]! < t && c.menu?.some((r) => r.kind === "item"));
  return items.length >= 2;
}

/** An option of another kind within a few words after it, with no pause between. */
function optionFollows(s: Stream, chosen: readonly Candidate[], covered: Int32Array, t: number, own: ReadonlySet<string>): boolean {
  for (let k = t + 1; k <= t + 1 + REACH && k < s.tokens.length; k++) {
    const tok = s.tokens[k]!;
    if (tok.script === "punct") return false;
    const c = covered[s.tokStart[k]!]!;
    const cand = c === -1 ? undefined : chosen[c];
    if (!cand?.menu) continue;
    const option = cand.menu.some((r) => r.kind === "group" || (r.kind === "choice" && !own.has(r.group)));
    // ("both with fries" where fries are also sold alone: after "with", the option.)
    if (cand.menu.some((r) => r.kind === "item")) return option && s.tokens[k - 1]?.norm.toLowerCase() === "with";
    return option;
  }
  return false;
}
