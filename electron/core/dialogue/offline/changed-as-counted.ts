// A read-back check, from the words and the cart alone: "쿠키 하나는 피스타치오 쿠키로 바꿔 주세요"
// of two chocolate-chip cookies, "make one of them a mocha": a count said of what is in hand
// (with 은/는, 중에, "of them") in a turn that changes it into another item. The lines there
// before go down by that count, no more: blind round 77 lost both cookies, answered alone
// (one step set the line to one, the next took the place of that one too). Whichever steps
// read it, a cart that took more or less than the count said is a guess.
import { type TurnResult, linesMade } from "./turn-draft.ts";
import { qtyOf } from "./said-vs-done.ts";

/** Each entry: the count said of a part changed into another item, and what the lines in hand lost. */
export function changedAsCounted(d: TurnResult): string[] {
  const u = d.utterance;
  if (!u.kws.has("change")) return [];
  const counted = u.units.filter((x) => x.topic && x.qtyExplicit && x.qty !== undefined && !x.remove && !x.asked);
  if (counted.length !== 1) return [];
  const had = new Set(d.before.lines.map((l) => l.item));
  if (!linesMade(d).some((l) => !had.has(l.item))) return [];
  const lost = [...had].reduce((n, item) => n + Math.max(0, qtyOf(d.before, item) - qtyOf(d.state, item)), 0);
  const n = counted[0]!.qty!;
  return lost > 0 && lost !== n ? [`"${counted[0]!.text}": ${n} changed, ${lost} taken from the lines in hand`] : [];
}
