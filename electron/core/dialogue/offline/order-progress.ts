// Where the order stands after a turn: a required choice still missing is asked for,
// a checkout request reads the order back (or asks for the order option it lacks), a
// confirmed read-back places it, and a turn that changed the order asks for more.
import { viewCart } from "../../cart/cart.ts";
import { askOf, cartChanged, type Outcome } from "./outcomes.ts";
import type { TurnDraft } from "./turn-draft.ts";

/** "Yes" to the read-back: place the order, unless something is still missing. */
export function confirm(d: TurnDraft): Outcome[] {
  const view = viewCart(d.menu, d.state);
  d.mem.awaitingConfirm = false;
  if (view.pending.length || view.missingOrderOptions.length || !view.lines.length) {
    d.mem.checkoutRequested = true;
    return [];
  }
  d.mem.checkoutRequested = false;
  return [{ kind: "placing-order" }];
}

/**
 * Ask what is still missing, else read the order back and ask to confirm it: the outcome
 * that follows the turn's `done` outcomes, if any.
 */
export function followUp(d: TurnDraft, done: readonly Outcome[]): Outcome | undefined {
  if (done.some((o) => o.kind === "placing-order" || o.kind === "order-cleared")) return undefined;
  const view = viewCart(d.menu, d.state);
  const p = view.pending[0];
  if (p) {
    const group = p.missing[0]!;
    return { kind: "asked-choice", item: p.item, group, ask: { kind: "choice", lineId: p.id, item: p.item, group } };
  }
  if (d.mem.checkoutRequested) {
    if (!view.lines.length) {
      d.mem.checkoutRequested = false;
      return { kind: "empty-order" };
    }
    const missing = view.missingOrderOptions[0];
    if (missing) return { kind: "asked-order-option", group: missing, ask: { kind: "orderOption", group: missing } };
    d.mem.awaitingConfirm = true;
    d.mem.checkoutRequested = false;
    return { kind: "read-back", ask: { kind: "confirm" } };
  }
  if (askOf(done) || !cartChanged(done)) return undefined;
  d.mem.promptedMore = true;
  return { kind: "anything-else" };
}
