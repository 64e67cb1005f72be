// A read-back check of said-vs-done.ts: what was said to be taken out with a count is taken out
// that many times. "cancel one wrap" of two chicken wraps took both away, answered alone.
import type { CartState } from "../../cart/cart.ts";
import type { TurnResult } from "./turn-draft.ts";

/**
 * "cancel one wrap" of two chicken wraps that took both away: an item (or a kind, "wrap") said to
 * be taken out with a count has that many fewer, no more and no less (sealed round 43).
 */
export function takenOutAsCounted(d: TurnResult, qtyOf: (s: CartState, item: string) => number): string[] {
  const out: string[] = [];
  for (const x of d.utterance.units) {
    if (!(x.remove || x.kws.has("cancel") || x.kws.has("remove")) || !x.qtyExplicit || x.qty === undefined || x.asked) continue;
    const items = x.item ? [x.item] : x.category ? d.menu.menu.items.filter((i) => i.category === x.category).map((i) => i.id) : [];
    if (!items.length) continue;
    const lost = items.reduce((n, item) => n + Math.max(0, qtyOf(d.before, item) - qtyOf(d.state, item)), 0);
    if (lost > 0 && lost !== x.qty) out.push(`"${x.text}": ${x.qty} to take out, ${lost} taken`);
  }
  return out;
}

