// A read-back check: a count said with a word that puts something in or on, and nothing done.
// "카오팟 … 계란 후라이 두 개 올려 주세요" → "아 하나만 올려 주세요" left the two eggs and said the
// line was already so, answered alone (blind round 60): "하나만 올려" asks for something to be
// put on, one of it; a turn that says so with no item and leaves the cart as it was has not
// done what was asked, whatever step read it (the count taken as a line's that already had
// it, or as a size step with nowhere to go).
import { putsIn } from "./add-on-count-said-again.ts";
import type { CartState } from "../../cart/cart.ts";
import type { TurnResult } from "./turn-draft.ts";

export function countPutChangedNothing(d: TurnResult): string[] {
  const u = d.utterance;
  if (!d.before.lines.length || u.units.some((x) => !x.asked)) return [];
  const counted = u.bare.filter((b) => !b.asked && b.qtyExplicit && b.qty !== undefined && !b.mods.length && !b.parts.length && putsIn(u, b));
  if (!counted.length || !sameCart(d.before, d.state)) return [];
  return [`a count said with a word that puts something in or on ("${u.text}"), and the cart is as it was`];
}

const lineKey = (s: CartState) => JSON.stringify(s.lines.map((l) => [l.id, l.qty, l.options]));
const sameCart = (a: CartState, b: CartState) => lineKey(a) === lineKey(b);
