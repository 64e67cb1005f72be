// "grilled cheese with bacon and jalapeno" where the menu also sells a "Bacon Jalapeño Mac"
// called "bacon and jalapeno": the longest name found would make it a second item. Said
// after "with" of an item whose add-ins (choices of its many-groups) spell those words
// whole, one after another with only "and" or a comma between, they are that item's
// add-ins, as a cashier hears them. Read from the menu's own names; with anything else in
// the words, or no item before "with", the longest name stays.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Keyword, Particle } from "./language.ts";
import { languageLexicon } from "./language.ts";
import type { MenuRef } from "./lexicon.ts";
import type { PhraseCandidate } from "./atom-kinds.ts";
import type { PhraseMatch, Stream } from "./phrase-index.ts";
import { uncover } from "./phrase-choice.ts";

/** The language's keywords and particles of one word, by its key (read once). */
let byWord: Map<string, Array<Keyword | Particle>> | undefined;
function keywordsOf(word: string): Array<Keyword | Particle> {
  byWord ??= new Map(languageLexicon().index.entries.map((e) => [e.key, e.payloads.flatMap((p) => (p.kind === "kw" ? [p.keyword] : p.kind === "particle" ? [p.particle] : []))]));
  return byWord.get(word) ?? [];
}

type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

/** Re-reads each item name said after "with" of an item as that item's add-ins, where they spell it. */
export function addInsSpellingAnItem(s: Stream, menu: MenuModel, matches: PhraseMatch<MenuRef>[], chosen: PhraseCandidate[], covered: Int32Array, take: (c: PhraseCandidate) => void): void {
  for (const c of [...chosen]) {
    if (c.start <= 0 || !c.menu?.length || !c.menu.every((r) => r.kind === "item" && !r.partial)) continue;
    const t0 = s.tok[c.start]!;
    if (t0 === 0 || !keywordsOf(s.tokens[t0 - 1]!.raw).includes("with")) continue;
    const base = itemBefore(menu, s, chosen, covered, s.tokStart[t0 - 1]!);
    if (!base) continue;
    const addIns = (r: MenuRef): r is ChoiceRef => r.kind === "choice" && menu.itemGroup(base, r.group)?.select === "many" && !!menu.itemGroup(base, r.group)?.choices.some((x) => x.id === r.choice);
    const parts: PhraseCandidate[] = [];
    let p = c.start;
    while (p < c.end) {
      const m = matches.filter((x) => x.start === p && x.end <= c.end && x.payloads.some(addIns)).sort((a, b) => b.end - a.end)[0];
      if (!m) break;
      parts.push({ start: m.start, end: m.end, menu: m.payloads.filter(addIns) });
      p = m.end;
      // ("and" between two of them; nothing else.)
      while (p < c.end && s.tokStart[s.tok[p]!] === p && isLink(s, s.tok[p]!)) p = s.tokStart[s.tok[p]! + 1]!;
    }
    if (p !== c.end || parts.length < 2) continue;
    uncover(chosen, covered, c.start, c.end);
    for (const x of parts) take(x);
  }
}

/** "and", ",": what may stand between two add-ins. */
function isLink(s: Stream, t: number): boolean {
  const tok = s.tokens[t]!;
  return tok.script === "punct" ? tok.raw === "," : keywordsOf(tok.raw).includes("conj");
}

/** The item named last before `end`, with nothing but its own options between. */
function itemBefore(menu: MenuModel, s: Stream, chosen: PhraseCandidate[], covered: Int32Array, end: number): string | undefined {
  for (let i = end - 1; i >= 0; i--) {
    const at = covered[i]!;
    if (at === -1) continue;
    const c = chosen[at]!;
    const items = (c.menu ?? []).flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : []));
    if (items.length === 1) return items[0];
    if (items.length > 1 || !c.menu?.every((r) => r.kind === "choice")) return undefined;
    i = c.start;
  }
  return undefined;
}
