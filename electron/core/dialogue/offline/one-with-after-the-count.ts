// A read-back check: a later turn says "(and) one with X" and names no item, and a new line of
// X was made of the item of a line in hand that holds two or more. "Two lattes please" → "Make
// both of them large" → "and one with caramel syrup" made a third latte (sealed r103d-014; the
// writer meant one of the two). One of them, or one more? Both are said; a guess.
import { type TurnResult, linesMade } from "./turn-draft.ts";

export function oneWithAfterTheCount(d: TurnResult): string[] {
  const u = d.utterance;
  if (u.units.some((x) => x.item && !x.asked)) return [];
  const one = u.bare.some((b) => !b.asked && b.qty === 1 && b.qtyExplicit && b.mods.length > 0 && !b.kws.has("more"));
  if (!one) return [];
  return linesMade(d).flatMap((l) => (d.before.lines.some((b) => b.item === l.item && b.qty >= 2 && d.state.lines.some((s) => s.id === b.id && s.qty === b.qty)) ? [`"one" said with options and no item beside ${l.item} ×2 or more in hand: one of them, or one more?`] : []));
}
