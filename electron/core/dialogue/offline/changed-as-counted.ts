// A read-back check, from the words and the cart alone: "쿠키 하나는 피스타치오 쿠키로 바꿔 주세요"
// of two chocolate-chip cookies, "make one of them a mocha": a count said of what is in hand
// (with 은/는, 중에, "of them", or of an item in hand by its name, "change one latte to …") in a
// turn that changes it into another item. The lines there before go down by that count, no
// more: blind round 77 lost both cookies, answered alone (one step set the line to one, the
// next took the place of that one too). Said in the same turn as the order ("초코칩 쿠키 두 개
// 주시고 하나는 피스타치오 쿠키로 바꿔 주세요"), the item ordered ends at less than the count said
// for it. Whichever steps read it, a cart that took more or less than the count said is a guess.
import { type TurnResult, linesMade } from "./turn-draft.ts";
import { qtyOf } from "./said-vs-done.ts";
import type { Unit } from "./utterance.ts";

const countSaid = (x: Unit) => x.qtyExplicit && x.qty !== undefined && !x.remove && !x.asked;

/** Each entry: the count said of a part changed into another item, and what the lines in hand lost. */
export function changedAsCounted(d: TurnResult): string[] {
  const u = d.utterance;
  if (!u.kws.has("change")) return [];
  const had = new Set(d.before.lines.map((l) => l.item));
  const made = linesMade(d);
  const madeNew = made.filter((l) => !had.has(l.item));
  if (!madeNew.length) return [];
  const topics = u.units.filter((x) => x.topic && countSaid(x));
  // (No count said as the topic: a count said of a thing in hand, by its name or the word for its kind.)
  // (Not the count a thing is changed to: "change that to two chocolate chip and one oatmeal raisin".)
  const counted = topics.length ? topics : u.units.filter((x) => countSaid(x) && (!x.afterChange || x.replaced) && !x.dir && (x.kind === "ambiguous" || (!!x.item && had.has(x.item))));
  if (counted.length !== 1) return [];
  const n = counted[0]!.qty!;
  const lost = [...had].reduce((k, item) => k + Math.max(0, qtyOf(d.before, item) - qtyOf(d.state, item)), 0);
  if (lost > 0 && lost !== n) return [`"${counted[0]!.text}": ${n} changed, ${lost} taken from the lines in hand`];
  // The same turn ordered the thing changed, with its count: it ends at that count less the part changed.
  if (lost > 0 || !topics.length) return [];
  const ordered = u.units.filter((x) => x !== counted[0] && x.kind === "item" && !!x.item && !had.has(x.item) && countSaid(x) && x.qty! > n);
  const into = new Set(madeNew.map((l) => l.item));
  return ordered
    .filter((x) => x.item !== counted[0]!.item && into.size > 1 && qtyOf(d.state, x.item!) === x.qty)
    .map((x) => `"${x.text}": ${x.qty} ordered, ${n} of them changed, still ${x.qty}`);
}
