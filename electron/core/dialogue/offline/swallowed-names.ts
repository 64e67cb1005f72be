// Menu phrases that swallowed another one: a choice's name that starts with an item's
// name ("순대+내장" over "순대" + "내장 빼고"), and one Korean word made of an option and
// a category ("아이스티"), which names a product the menu lacks.
import type { MenuLexicon, MenuRef } from "./lexicon.ts";
import type { PhraseMatch, Stream } from "./phrase-index.ts";
import type { PhraseCandidate } from "./atoms.ts";
import { uncover } from "./phrase-choice.ts";

/**
 * "순대 내장 빼고": the item and its own option ("순대" + "내장 빼고") over a choice name that
 * swallowed the item's name ("순대+내장") and left the option's last word over.
 */
export function itemBeforeItsOption(
  lex: MenuLexicon,
  matches: PhraseMatch<MenuRef>[],
  chosen: PhraseCandidate[],
  covered: Int32Array,
  free: (a: number, b: number) => boolean,
  take: (c: PhraseCandidate) => void,
): void {
  for (const c of [...chosen]) {
    if (c.start < 0 || !c.menu?.length || !c.menu.every((r) => r.kind === "choice")) continue;
    const item = matches.find((m) => m.start === c.start && m.end < c.end && m.payloads.some((r) => r.kind === "item" && !r.partial));
    const ids = new Set(item?.payloads.flatMap((r) => (r.kind === "item" ? [r.item] : [])) ?? []);
    const takes = (r: MenuRef) => r.kind === "choice" && [...ids].some((id) => lex.menu.itemGroup(id, r.group)?.choices.some((x) => x.id === r.choice));
    const option = item && matches.find((m) => m.start === item.end && m.end > c.end && m.payloads.every(takes));
    if (!item || !option) continue;
    const swallowed = { start: c.start, end: c.end, menu: c.menu };
    uncover(chosen, covered, c.start, c.end);
    if (!free(item.start, option.end)) {
      take(swallowed);
      continue;
    }
    take({ start: item.start, end: item.end, menu: item.payloads });
    take({ start: option.start, end: option.end, menu: option.payloads });
  }
}

/**
 * One Korean word made of an option and a category ("아이스" + "티" = 아이스티) is the
 * name of a product, not an option for some tea: the menu does not have it.
 */
export function mergeOptionCategoryWords(s: Stream, chosen: PhraseCandidate[], covered: Int32Array, unknowns: Array<{ start: number; end: number }>): void {
  for (let t = 0; t < s.tokens.length; t++) {
    if (s.tokens[t]!.script !== "hangul") continue;
    const a = s.tokStart[t]!;
    const b = s.tokStart[t + 1]!;
    const first = covered[a] !== undefined && covered[a] !== -1 ? chosen[covered[a]!] : undefined;
    if (!first?.menu || first.start !== a || first.end >= b) continue;
    const second = covered[first.end] !== -1 ? chosen[covered[first.end]!] : undefined;
    if (!second?.menu || second.end !== b) continue;
    const onlyChoices = first.menu.every((r) => r.kind === "choice");
    const onlyCategory = second.menu.every((r) => r.kind === "category");
    if (!onlyChoices || !onlyCategory) continue;
    uncover(chosen, covered, a, b);
    unknowns.push({ start: a, end: b });
  }
}

