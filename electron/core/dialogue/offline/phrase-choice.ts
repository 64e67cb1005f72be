// Which of the menu phrases found in an utterance are meant: the longest first, full names
// before partial ones, none that starts inside a word and runs into the next, no one letter of
// a word of the language; and the stretches of letters no chosen phrase covers.
import type { MenuRef } from "./lexicon.ts";
import { languageLexicon } from "./language.ts";
import type { PhraseMatch, Stream } from "./phrase-index.ts";
import type { PhraseCandidate } from "./atoms.ts";
import type { FunctionWord } from "./language.ts";

export function byLengthThenStart<T>(a: PhraseMatch<T>, b: PhraseMatch<T>): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start;
}

/**
 * "당면 추가" where 당면 is a choice and "면 추가" another's alias, "그리고 라떼" where "고라"
 * is a 고구마라떼's: a phrase that starts inside a word and runs on into the next one is not
 * meant where that whole word is a menu word or a word of the language of its own.
 */
export function withoutCrossingParts(s: Stream, ms: PhraseMatch<MenuRef>[]): PhraseMatch<MenuRef>[] {
  const whole = (m: { start: number; end: number }) => alignedStart(s, m.start) && m.end === s.tokStart[s.tok[m.start]! + 1];
  const wholeWord = new Set([...ms.filter(whole), ...languageLexicon().index.findAll(s).filter(whole)].map((m) => s.tok[m.start]!));
  return ms.filter((m) => {
    const t = s.tok[m.start]!;
    const crosses = !alignedStart(s, m.start) && m.end > (s.tokStart[t + 1] ?? s.chars.length);
    return !(crosses && s.tokens[t]!.script === "hangul" && wholeWord.has(t));
  });
}

/**
 * "아이스 아메리카노" where "아이스 아메" is also a name of the americano: a phrase that runs
 * from one word into the first letters of the next is not meant where a name of the same item
 * starts with that word and reaches further into it (아메리카노 read whole, 아이스 on its own).
 */
export function withoutCutWords(s: Stream, ms: PhraseMatch<MenuRef>[]): PhraseMatch<MenuRef>[] {
  const itemsOf = (m: PhraseMatch<MenuRef>) => m.payloads.flatMap((r) => (r.kind === "item" ? [r.item] : []));
  return ms.filter((m) => {
    if (alignedEnd(s, m.end)) return true;
    const t = s.tok[m.end - 1]!;
    const tokStart = s.tokStart[t]!;
    if (s.tok[m.start]! === t || s.tokens[t]!.script !== "hangul") return true;
    const mine = itemsOf(m);
    if (!mine.length) return true;
    return !ms.some((w) => w.start === tokStart && w.end > m.end && itemsOf(w).some((i) => mine.includes(i)));
  });
}

/**
 * "대신 내장국밥으로" where 대 (large) is a choice: a one-letter menu word at the start of a
 * longer word is not meant where the whole word is a word of the language (대신 "instead").
 */
export function withoutLetterOfAWord(s: Stream, ms: PhraseMatch<MenuRef>[]): PhraseMatch<MenuRef>[] {
  const lang = languageLexicon().index.findAll(s).filter((m) => alignedStart(s, m.start) && alignedEnd(s, m.end) && m.payloads.some((p) => p.kind === "kw"));
  return ms.filter((m) => {
    if (m.end - m.start !== 1 || !alignedStart(s, m.start) || alignedEnd(s, m.end) || s.tokens[s.tok[m.start]!]!.script !== "hangul") return true;
    return !lang.some((w) => w.start === m.start && w.end > m.end);
  });
}

/** Longest first; full names before partial names of the same length. */
export function prioritize(ms: PhraseMatch<MenuRef>[]): PhraseMatch<MenuRef>[] {
  const rank = (m: PhraseMatch<MenuRef>) => (m.payloads.every((r) => "partial" in r && r.partial) ? 1 : 0);
  return [...ms].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
}

export function alignedStart(s: Stream, p: number): boolean {
  return s.tokStart[s.tok[p]!] === p;
}

export function alignedEnd(s: Stream, p: number): boolean {
  if (p >= s.chars.length) return true;
  return s.tokStart[s.tok[p]!] === p;
}

export function uncover(chosen: PhraseCandidate[], covered: Int32Array, a: number, b: number): void {
  for (let i = a; i < b; i++) {
    const c = covered[i]!;
    if (c === -1) continue;
    const cand = chosen[c]!;
    for (let j = cand.start; j < cand.end; j++) covered[j] = -1;
    cand.start = cand.end = -1;
  }
}

/** Maximal uncovered stretches, one token at a time (punctuation excluded). */
export function uncoveredRuns(s: Stream, covered: Int32Array): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = -1;
  for (let i = 0; i <= s.chars.length; i++) {
    const isFree = i < s.chars.length && covered[i] === -1 && s.tokens[s.tok[i]!]!.script !== "punct";
    const sameTok = start >= 0 && i < s.chars.length && s.tok[i] === s.tok[start];
    if (start >= 0 && (!isFree || !sameTok)) {
      out.push({ start, end: i });
      start = -1;
    }
    if (isFree && start < 0) start = i;
  }
  return out;
}

/**
 * "새로 주문할게요" (I'll order anew) where 새로 is also a soju's name: a Korean fixed phrase of
 * the language, several words said whole, wins over a one-word menu name it starts with; the
 * name alone, or with other words after it ("새로 한 병"), stays the menu's. Returns the menu
 * names to take back.
 */
/**
 * "cancel the whole order" where Whole is a chicken's cut: an English phrase of three or more
 * words that clears the order wins over an option's word inside it; so does one that declines,
 * "nothing for me then" where Nothing is a sauce's "none" (held-out r118e-026: the offered
 * butty was taken).
 */
export function clearingPhrasesOverOptions(s: Stream, chosen: readonly PhraseCandidate[], covered: Int32Array, phrases: readonly PhraseMatch<FunctionWord>[]): PhraseCandidate[] {
  const out: PhraseCandidate[] = [];
  for (const m of phrases) {
    if (!m.payloads.some((p) => p.kind === "kw" && (p.keyword === "cancel-all" || p.keyword === "no")) || s.tokens[s.tok[m.start]!]!.script !== "latin") continue;
    if (s.tok[m.end - 1]! - s.tok[m.start]! < 2 || !alignedStart(s, m.start) || !alignedEnd(s, m.end)) continue;
    const inside = new Set<PhraseCandidate>();
    for (let i = m.start; i < m.end; i++) if (covered[i] !== -1) inside.add(chosen[covered[i]!]!);
    const options = [...inside].every((c) => c.start >= m.start && c.end <= m.end && !!c.menu?.length && c.menu.every((r) => r.kind === "choice" || r.kind === "group"));
    if (inside.size && options) out.push(...inside);
  }
  return out;
}

export function fixedPhrasesOverNames<T>(s: Stream, chosen: readonly PhraseCandidate[], covered: Int32Array, phrases: readonly PhraseMatch<T>[]): PhraseCandidate[] {
  const out: PhraseCandidate[] = [];
  for (const m of phrases) {
    const t0 = s.tok[m.start]!;
    if (s.tok[m.end - 1]! === t0 || s.tokens[t0]!.script !== "hangul" || !alignedStart(s, m.start) || !alignedEnd(s, m.end)) continue;
    const c = covered[m.start]!;
    const cand = c === -1 ? undefined : chosen[c];
    if (!cand?.menu || cand.start !== m.start || cand.end !== s.tokStart[t0 + 1]) continue;
    let rest = true;
    for (let i = cand.end; i < m.end; i++) if (covered[i] !== -1) rest = false;
    if (rest) out.push(cand);
  }
  return out;
}
