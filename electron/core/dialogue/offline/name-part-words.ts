// Menu phrases that start with a word of the language, read so the rest keeps its own meaning.
import type { MenuRef } from "./lexicon.ts";
import type { PhraseMatch, Stream } from "./phrase-index.ts";
import type { PhraseCandidate } from "./atoms.ts";
import { englishNumberWords } from "./numbers.ts";

const EN_COUNTS: ReadonlySet<string> = new Set(englishNumberWords().map((w) => w.text).filter((w) => !w.includes(" ") && w !== "a" && w !== "an"));

/**
 * "a large sweet tea" where one group's choice is also called "a large" (a side's size): the
 * words after the article name every choice they name alone (the drink's "Large" too), so
 * the item said picks its own; the phrase with the article is no reason to lose them.
 */
export function withTheArticlesRest(s: Stream, chosen: PhraseCandidate[], matches: readonly PhraseMatch<MenuRef>[]): void {
  for (const c of chosen) {
    const ti = s.tok[c.start];
    const first = ti === undefined ? undefined : s.tokens[ti];
    if (!c.menu || ti === undefined || !first || first.script !== "latin" || !/^(a|an)$/.test(first.raw)) continue;
    const restStart = s.tokStart[ti + 1] ?? -1;
    if (restStart <= c.start || restStart >= c.end) continue;
    if (!c.menu.every((r) => r.kind === "choice")) continue;
    const rest = matches.find((m) => m.start === restStart && m.end === c.end);
    if (!rest) continue;
    const key = (r: MenuRef) => (r.kind === "choice" ? `${r.group}/${r.choice}` : "");
    const have = new Set(c.menu.map(key));
    c.menu = [...c.menu, ...rest.payloads.filter((r) => r.kind === "choice" && !have.has(key(r)))];
  }
}

/**
 * "two eggs over easy" where the plate is also called "two egg breakfast" and the eggs are
 * sold alone as "eggs": a part of one name that starts with a count, whose rest is another
 * item's full name, is the count and that item; the plate's name needs its other words.
 */
export function withoutCountedFullNames(s: Stream, matches: PhraseMatch<MenuRef>[]): PhraseMatch<MenuRef>[] {
  return matches.filter((m) => {
    if (!m.payloads.length || !m.payloads.every((r) => r.kind === "item" && r.partial)) return true;
    const ti = s.tok[m.start];
    const first = ti === undefined ? undefined : s.tokens[ti];
    if (!first || first.script !== "latin" || !(EN_COUNTS.has(first.raw) || /^[0-9]+$/.test(first.raw))) return true;
    const restStart = s.tokStart[ti! + 1] ?? -1;
    if (restStart <= m.start || restStart >= m.end) return true;
    const owners = new Set(m.payloads.map((r) => (r.kind === "item" ? r.item : "")));
    return !matches.some((x) => x.start === restStart && x.end === m.end && x.payloads.some((r) => r.kind === "item" && !r.partial && !owners.has(r.item)));
  });
}
