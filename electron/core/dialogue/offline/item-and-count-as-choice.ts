// "김말이 3개 만두튀김 3개요", "카스 두캔이랑 새우깡 하나" where a set's choice is named "김말이 3개",
// "카스 캔 2개" (how much of the thing the set holds): said beside another thing ordered and with
// no item named that takes the choice, it is the thing sold alone and its count, not the set's
// choice read whole (held-out r112c-012, r111b-006 lost the 김말이 and the beers). Beside the set,
// or said alone with a set in hand that takes it, the choice stays: it may answer the set's
// question. Said alone with no such set in hand, "짜장 두 개요" of a 2인 세트 whose noodles may be
// "짜장 두 개" is two 짜장면, not a set (blind first run r121e-028, answered alone).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { PhraseCandidate } from "./atoms.ts";
import type { MenuRef } from "./lexicon.ts";
import type { PhraseMatch, Stream } from "./phrase-index.ts";
import { foldHangul } from "./normalize.ts";
import { KO_COUNTERS, koreanNumberWords } from "./numbers.ts";

const FOLDED_NUMBERS: readonly string[] = koreanNumberWords().filter((w) => !w.text.includes(" ")).map((w) => foldHangul(w.text));
const FOLDED_COUNTERS: readonly string[] = KO_COUNTERS.filter((w) => w !== "종류").map(foldHangul);

const itemsOf = (refs: readonly MenuRef[] | undefined): string[] => (refs ?? []).flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : []));

/** Each choice name that is an item's name and a count, with the item's match to take instead. */
export function itemAndCountAsChoice(s: Stream, menu: MenuModel, chosen: readonly PhraseCandidate[], matches: readonly PhraseMatch<MenuRef>[], inHand?: readonly string[]): Array<{ name: PhraseCandidate; item: PhraseMatch<MenuRef> }> {
  const out: Array<{ name: PhraseCandidate; item: PhraseMatch<MenuRef> }> = [];
  const named = chosen.filter((c) => c.start >= 0).flatMap((c) => itemsOf(c.menu));
  for (const c of chosen) {
    if (c.start < 0 || !c.menu?.length || !c.menu.every((r) => r.kind === "choice")) continue;
    const item = matches.filter((m) => m.start === c.start && m.end < c.end && s.tokStart[s.tok[m.end]!] === m.end && itemsOf(m.payloads).length > 0).sort((x, y) => y.end - x.end)[0];
    if (!item) continue;
    // (Korean only: a number word or digits right after a Korean name.)
    if (s.tokens[s.tok[c.start]!]!.script !== "hangul") continue;
    const next = s.tokens[s.tok[item.end]!]!;
    if (next.script !== "digit" && !FOLDED_NUMBERS.some((w) => next.norm.startsWith(w))) continue;
    // (A count the language counts with, "3개", "두 캔": not "치즈 플레이트 3종", three kinds, r92b-001.)
    const rest = s.chars.slice(item.end, c.end).join("");
    if (!FOLDED_COUNTERS.some((w) => rest.endsWith(w))) continue;
    // (No item named that takes the choice.)
    const own = new Set(itemsOf(item.payloads));
    const others = named.filter((id) => !own.has(id));
    const takesIt = (id: string) => c.menu!.some((r) => r.kind === "choice" && menu.itemGroups(id).some((g) => g.id === r.group));
    // (Said alone: the choice where the lines in hand are not known, or one of them takes it.)
    if (named.some(takesIt) || (!others.length && (!inHand || inHand.some(takesIt)))) continue;
    out.push({ name: c, item });
  }
  return out;
}
