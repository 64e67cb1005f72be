// "짜장 하나 곱빼기 짬뽕 두 개": an option said after one item's count and before the next
// item's name. Korean puts options on either side of a name ("짜장 하나 곱빼기로", "곱빼기
// 짬뽕"), so these words alone do not settle it; where the speaker put the same option for
// another item of the sentence, where nothing else could be meant, can.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Content } from "./mods.ts";
import { isItemish, itemOf } from "./mods.ts";

export type AfterACount = { owner: "prev" | "next"; guess?: string };

/**
 * Whose option content[j] is, said after the count that closed the item at prevI and before
 * the item at nextI (the item before takes it). `items`: where the clause's items are.
 */
export function optionAfterACount(content: Content[], j: number, prevI: number, nextI: number, items: number[], menu: MenuModel, adnominal: boolean): AfterACount {
  const a = content[j]!;
  if (a.kind !== "menu") return { owner: "next" };
  const groups = new Set(a.refs.flatMap((r) => (r.kind === "choice" || r.kind === "group" ? [r.group] : [])));
  const next = itemOf(content[nextI]!);
  // The next item cannot take it: the item before's (and no doubt).
  if (!next || ![...groups].some((g) => menu.itemGroup(next, g))) return { owner: "prev" };
  const { before, after } = placesOfTheSameOption(content, j, items, groups);
  // "닭갈비 2인분 매운맛 오리 2인분 순한맛": the speaker says this option after what it is of.
  if (after && !before) return { owner: "prev" };
  // "소자 족발 하나 중자 보쌈 하나", "아이스 아메리카노 1잔 아이스 라떼 1잔": before it.
  if (before && !after) return { owner: "next" };
  // "따뜻한 라떼": a word that ends as a noun's modifier goes with the noun after it.
  if (adnominal) return { owner: "next" };
  // "불고기 덮밥 하나 양파 빼고요 제육덮밥 하나": the polite 요 ends the phrase; what it closes
  // is the order said before it (blind round 81).
  if (closedByPoliteEnding(a)) return { owner: "prev" };
  // Neither: "짜장 하나 곱빼기 짬뽕 두 개" may open the next order ("곱빼기 짬뽕"), but an option
  // said after a count most often closes the order it counts ("짜장 하나 곱빼기요"): read so,
  // as a guess.
  return { owner: "prev", guess: `"${a.text}" after one item's count, before "${content[nextI]!.text}"` };
}

/** An option's words ending on the polite 요 ("빼고요", "곱빼기요"): the end of a phrase. */
export const closedByPoliteEnding = (a: Content): boolean => a.kind === "menu" && !!a.flags.end && /[\uac00-\ud7a3]요$/.test(a.text.trim());

/**
 * Whether the sentence sets the same option elsewhere where its place says whose it is:
 * before the first item or in an item's own name ("아아"): before the item; after the last
 * item, or between an item's name and its count ("족발 중자 세 개"): after it.
 */
function placesOfTheSameOption(content: Content[], j: number, items: number[], groups: Set<string>): { before: boolean; after: boolean } {
  const setsIt = (c: Content) =>
    c.kind === "menu" && c.refs.some((r) => ((r.kind === "choice" || r.kind === "group") && groups.has(r.group)) || (r.kind === "item" && !!r.preset && Object.keys(r.preset).some((g) => groups.has(g))));
  let before = false;
  let after = false;
  content.forEach((c, k) => {
    if (k === j || !setsIt(c)) return;
    if (isItemish(c)) return void (before = true);
    const prev = [...items].reverse().find((i) => i < k);
    const next = items.find((i) => i > k) ?? content.length;
    if (prev === undefined) before = true;
    else if (next === content.length) after = true;
    else if (!content.slice(prev + 1, k).some((x) => x.kind === "num") && content.slice(k + 1, next).some((x) => x.kind === "num")) after = true;
  });
  return { before, after };
}
