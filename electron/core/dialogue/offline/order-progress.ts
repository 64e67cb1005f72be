// Where the order stands after a turn: a required choice still missing is asked for,
// a checkout request reads the order back (or asks for the order option it lacks), a
// confirmed read-back places it, and a turn that changed the order asks for more.
import { viewCart } from "../../cart/cart.ts";
import { askOf, cartChanged } from "./outcomes.ts";
import { record, type TurnDraft } from "./turn-draft.ts";

/** "Yes" to the read-back: place the order, unless something is still missing. */
export function confirm(d: TurnDraft): void {
  const view = viewCart(d.menu, d.state);
  d.mem.awaitingConfirm = false;
  if (view.pending.length || view.missingOrderOptions.length || !view.lines.length) {
    d.mem.checkoutRequested = true;
    return;
  }
  d.mem.checkoutRequested = false;
  record(d, { kind: "placing-order" });
}

/** Ask what is still missing, else read the order back and ask to confirm it. */
export function followUp(d: TurnDraft): void {
  if (d.outcomes.some((o) => o.kind === "placing-order" || o.kind === "order-cleared")) return;
  const view = viewCart(d.menu, d.state);
  const p = view.pending[0];
  if (p) {
    const group = p.missing[0]!;
    return record(d, { kind: "asked-choice", item: p.item, group, ask: { kind: "choice", lineId: p.id, item: p.item, group } });
  }
  if (d.mem.checkoutRequested) {
    if (!view.lines.length) {
      d.mem.checkoutRequested = false;
      return record(d, { kind: "empty-order" });
    }
    const missing = view.missingOrderOptions[0];
    if (missing) return record(d, { kind: "asked-order-option", group: missing, ask: { kind: "orderOption", group: missing } });
    d.mem.awaitingConfirm = true;
    d.mem.checkoutRequested = false;
    return record(d, { kind: "read-back", ask: { kind: "confirm" } });
  }
  if (askOf(d.outcomes)) return;
  if (cartChanged(d.outcomes)) {
    d.mem.promptedMore = true;
    record(d, { kind: "anything-else" });
  }
}
