// What a turn did, as data: each step of the planner records one outcome per thing it
// did or could not do (which line it added or changed, what it answered, what it had to
// guess or could not carry out). Confidence is computed from these (accounting.ts) and
// the reply is worded from them (reply.ts); nothing else keeps flags about the turn.
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { CartError } from "../../cart/cart.ts";
import type { Ask } from "../engine.ts";
import type { Mod } from "./utterance.ts";

export type Outcome =
  // ---- words acted on ------------------------------------------------------------
  /** Words were understood and acted on, whether or not the cart changed. */
  | { kind: "acted-on"; text?: string }
  /** A name nothing on the menu has ("a unicorn latte"). */
  | { kind: "unknown-name"; text: string }
  // ---- the cart changed ----------------------------------------------------------
  | { kind: "line-added"; lineId: string }
  | { kind: "line-changed"; lineId: string }
  | { kind: "line-removed"; label: string }
  | { kind: "order-option-set"; group: string; choice: string }
  | { kind: "order-cleared" }
  // ---- the cart stayed as it was -------------------------------------------------
  | { kind: "line-kept"; label: string }
  | { kind: "nothing-to-cancel" }
  | { kind: "sold-out"; item: string }
  | { kind: "not-in-order"; item: string }
  /** The item went in without the option combination the cart refused. */
  | { kind: "options-dropped" }
  /** No item named, or a word several items share ("pizza"): the one item the options settle (elided.ts plainHeadFor). */
  | { kind: "plain-item-meant"; item: string }
  // ---- said but not carried out as said (the turn goes to the model) -------------
  | { kind: "cart-refused"; error: CartError }
  | { kind: "options-not-taken"; item: string; mods: Mod[]; anyApplied: boolean }
  | { kind: "option-fits-no-line"; item: string; mod: Mod }
  /** No item named, or a word several items share: the likeliest one was taken (a guess). */
  | { kind: "item-guessed"; item: string }
  /** A word several items share ("pizza", "the drink"), and nothing settled which one (or which lines) it meant. */
  | { kind: "which-unsettled"; text: string }
  /** Options with a count of their own that say again what a line ordered before has: another one, or more about it? */
  | { kind: "another-or-same" }
  /** "하나만" with options on a line of more: that many of it made so, or the line cut down to that many? */
  | { kind: "part-or-all" }
  | { kind: "part-of-a-name"; text: string }
  /** A count for part of a line with nothing said about that part ("add um a second one"). */
  | { kind: "count-unplaced" }
  /** A counted option said again for a line ordered before, with no word saying the total or more of it. */
  | { kind: "count-unsettled"; group: string }
  | { kind: "options-without-item" }
  | { kind: "cannot-do" }
  | { kind: "unknown-option" }
  | { kind: "not-on-menu"; alternatives: string[]; withOverview: boolean }
  // ---- answers, questions and the order's progress -------------------------------
  | { kind: "answered"; text: string; aboutUnknown: boolean; offer?: { item: string; options: Record<string, OptionValue> }; offerOption?: { group: string; choice: string } }
  | { kind: "asked-which"; items: string[]; ask: Ask }
  | { kind: "asked-what-to-change" }
  | { kind: "go-on" }
  | { kind: "checkout-requested" }
  | { kind: "placing-order" }
  | { kind: "asked-choice"; item: string; group: string; ask: Ask }
  | { kind: "asked-order-option"; group: string; ask: Ask }
  | { kind: "empty-order" }
  | { kind: "read-back"; ask: Ask }
  | { kind: "anything-else" };

export type OutcomeKind = Outcome["kind"];

const CART_CHANGES: ReadonlySet<OutcomeKind> = new Set(["line-added", "line-changed", "line-removed", "order-option-set"]);

/** The cart changed this turn (a cleared cart is reported as cancelled, not as a change). */
export function cartChanged(outcomes: readonly Outcome[]): boolean {
  return outcomes.some((o) => CART_CHANGES.has(o.kind));
}

/** What the kiosk asks next: the last question the turn put (buttons on screen). */
export function askOf(outcomes: readonly Outcome[]): Ask | undefined {
  for (let i = outcomes.length - 1; i >= 0; i--) {
    const o = outcomes[i]!;
    if ("ask" in o) return o.ask;
  }
  return undefined;
}

export function ofKind<K extends OutcomeKind>(outcomes: readonly Outcome[], kind: K): Array<Extract<Outcome, { kind: K }>> {
  return outcomes.filter((o): o is Extract<Outcome, { kind: K }> => o.kind === kind);
}
