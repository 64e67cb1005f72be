// A read-back check: the kiosk had just answered a question about a thing ("do you have like a
// combo with beer?", "츄러스 선데 그거 뭐 들어가요?"), and the turn points back at it ("ok one of
// those with the garlic chicken", "그럼 그거 하나 초코 아이스크림으로 주세요", "그걸로 하나 주세요
// 짬뽕은 …"), yet what the turn made is something else: a garlic chicken, a soft serve, a
// 짬뽕 sold alone (held-out r53a-020, r55a-016, r51c-020, first runs, all answered alone). The
// words that point back name the thing asked about; whatever step read them otherwise, a turn
// that made lines and none of them that thing, or that thing and beside it a thing its own words
// name as its part, is no sure answer. (Not where the turn turns it
// down or changes its mind, "그거 말고 …", "that one instead of …": then something else is meant.)
// Read from the cart too, pointing word or none ("sure, with the garlic chicken", "좋아요 하나 주세요
// 마늘 통닭으로" after asking about a chicken set): a turn that made only other things, one of them
// what the thing asked about holds (a choice of its own or a part its words name), made the part
// where the words most likely meant the whole.
import { partsNamed } from "./bundle-with-its-part.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import { POINTING_EN, POINTING_KO_START } from "./talk-words.ts";
import { type TurnResult, linesMade, linesReached } from "./turn-draft.ts";
import type { Keyword } from "./language.ts";

/** Words of the turn that say the thing pointed at is not what is wanted. */
const TURNED_DOWN: readonly Keyword[] = ["instead", "refuse", "no", "cancel", "remove", "correction", "soft-correction"];

/** Whether the words point back ("one of those", "그거 하나", "그걸로"). */
function pointsBack(text: string, ko: boolean): boolean {
  return ko ? text.split(/\s+/).some((w) => POINTING_KO_START.test(w)) : POINTING_EN.test(text);
}

/** Whether the item is what the offered thing holds: named by one of its choices, or by its own words. */
function heldBy(d: TurnResult, offered: string, item: string): boolean {
  if (partsNamed(d.menu, offered).has(item)) return true;
  const names = new Set(spokenNames(d.menu.item(item), true).map(keyOf).filter((k) => k.length >= 2));
  return d.menu.itemGroups(offered).some((g) => (g.choices ?? []).some((c) => spokenNames(c, true).some((n) => names.has(keyOf(n)))));
}

export function pointedBack(d: TurnResult): string[] {
  const offered = d.offered;
  if (!offered) return [];
  const u = d.utterance;
  if (TURNED_DOWN.some((k) => u.kws.has(k))) return [];
  const made = linesMade(d);
  if (!made.length) return [];
  if (!pointsBack(u.text, u.lang === "ko")) {
    if (linesReached(d).some((l) => l.item === offered) || u.units.some((x) => x.item === offered)) return [];
    const parts = made.filter((l) => heldBy(d, offered, l.item));
    return parts.length ? [`${parts.map((l) => l.item).join(", ")} made after ${offered} was asked about, which holds it, and no ${offered}`] : [];
  }
  // (It was made: a part of it made beside it, "그걸로 하나 주세요 짬뽕은 4단계로요" that made the
  // set and a 짬뽕 sold alone, is the part's option read as an order.)
  if (linesReached(d).some((l) => l.item === offered)) {
    // (Said as the topic with no count, "탕수육은 소스 따로": not "two of those and a bean and cheese".)
    const asTopic = new Set(u.units.filter((x) => x.topic && !x.qtyExplicit && !x.asked && x.item).map((x) => x.item!));
    const parts = made.filter((l) => l.item !== offered && asTopic.has(l.item) && partsNamed(d.menu, offered).has(l.item));
    return parts.length ? [`the words point back at ${offered}, and its part ${parts.map((l) => l.item).join(", ")} was made beside it`] : [];
  }
  // (The thing asked about made as a bigger thing that holds its name, "라면" asked and a 라면 세트 made.)
  const names = spokenNames(d.menu.item(offered), true).map(keyOf).filter((k) => k.length >= 2);
  const holds = (item: string) => spokenNames(d.menu.item(item), true).some((n) => names.some((k) => keyOf(n).includes(k)));
  if (made.some((l) => holds(l.item))) return [];
  return [`the words point back at ${offered}, and ${made.map((l) => l.item).join(", ")} was made`];
}
