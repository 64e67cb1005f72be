// A turn's draft of the cart, as a value: the cart state being built (the cart's own
// rules run on a private copy), the actions that built it (the engine applies exactly
// these to the session's cart afterwards) and the lines the turn touched. The planner's
// steps are plain functions that take the draft and RETURN their outcomes (outcomes.ts);
// the planner collects them in order. This file holds the few helpers they all share.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { applyCartAction, type CartAction, type CartLine, type CartResult, type CartState } from "../../cart/cart.ts";
import type { MenuLexicon } from "./lexicon.ts";
import type { OfflineMemory } from "./memory.ts";
import type { Outcome } from "./outcomes.ts";
import type { Lang } from "./phrases.ts";
import type { Utterance } from "./utterance.ts";

export interface TurnDraft {
  readonly menu: MenuModel;
  readonly lex: MenuLexicon;
  /** What the parse made of the words. */
  readonly utterance: Utterance;
  readonly lang: Lang;
  /** The conversation memory as this turn leaves it (a copy; written back by the engine). */
  readonly mem: OfflineMemory;
  state: CartState;
  /** The cart as the turn found it. */
  readonly before: CartState;
  readonly actions: CartAction[];
  /** Lines this turn created (added, or split off a line it added). */
  readonly created: string[];
  /** Lines that were there before and changed. */
  readonly modified: string[];
  /** Lines talked about, in the order they were (the focus of the next turn). */
  readonly touched: string[];
  /** For lines this turn added: the option groups the customer named (the rest are defaults). */
  readonly saidGroups: Map<string, Set<string>>;
  /** The item the kiosk's answer before this turn was about, if any ("one of those" may point at it: pointed-back.ts). */
  readonly offered?: string;
}

/** What a turn left, as the read-backs after it see it: the cart before and after, the lines it made or changed, the words. */
export type TurnResult = Pick<TurnDraft, "before" | "state" | "created" | "modified" | "utterance" | "menu" | "offered">;

/** The lines the turn made, in cart order. */
export function linesMade(d: TurnResult): CartLine[] {
  return d.state.lines.filter((l) => d.created.includes(l.id));
}

/** The lines the turn made or changed, in cart order. */
export function linesReached(d: TurnResult): CartLine[] {
  return d.state.lines.filter((l) => d.created.includes(l.id) || d.modified.includes(l.id));
}

export function newDraft(fields: Pick<TurnDraft, "menu" | "lex" | "utterance" | "lang" | "mem" | "state">): TurnDraft {
  return { ...fields, before: fields.state, actions: [], created: [], modified: [], touched: [], saidGroups: new Map(), ...(fields.mem.offer ? { offered: fields.mem.offer.item } : {}) };
}

/** Run one cart action on the draft; it is kept only if the cart's rules allow it. */
export function apply(d: TurnDraft, action: CartAction): CartResult {
  const r = applyCartAction(d.menu, d.state, action);
  if (r.ok) {
    d.state = r.state;
    d.actions.push(action);
  }
  return r;
}

export function lineById(state: CartState, id: string): CartLine | undefined {
  return state.lines.find((l) => l.id === id);
}

/** Lines by id, oldest first, most recently talked about (before or in this turn) last. */
export function recentLines(state: CartState, focus: readonly string[], ids: readonly string[], touched: readonly string[] = []): CartLine[] {
  const order = [...focus, ...touched];
  const rank = (id: string) => {
    const i = order.lastIndexOf(id);
    return i >= 0 ? 1000 + i : Number(id.replace(/\D/g, "")) || 0;
  };
  return ids
    .map((id) => lineById(state, id))
    .filter((l): l is CartLine => !!l)
    .sort((a, b) => rank(a.id) - rank(b.id));
}

export function recent(d: TurnDraft, ids: readonly string[]): CartLine[] {
  return recentLines(d.state, d.mem.focus, ids, d.touched);
}

export function allLines(d: TurnDraft): CartLine[] {
  return recent(d, d.state.lines.map((l) => l.id));
}

/** The lines talked about last, else every line. */
export function focusLines(d: TurnDraft): CartLine[] {
  return recent(d, d.mem.focus.length ? d.mem.focus : d.state.lines.map((l) => l.id));
}

export function linesOf(d: TurnDraft, item: string): CartLine[] {
  return recent(d, d.state.lines.filter((l) => l.item === item).map((l) => l.id));
}

export function touch(d: TurnDraft, id: string): void {
  d.touched.push(id);
}

export function lineAdded(d: TurnDraft, id: string): Outcome {
  touch(d, id);
  if (!d.created.includes(id)) d.created.push(id);
  return { kind: "line-added", lineId: id };
}

/** A line changed (or was split off another): it is reported as added if this turn made it. */
export function lineChanged(d: TurnDraft, id: string, from?: string): Outcome {
  touch(d, id);
  const outcome: Outcome = { kind: "line-changed", lineId: id };
  if (d.created.includes(id)) return outcome;
  if (from && d.created.includes(from)) d.created.push(id);
  else if (!d.modified.includes(id)) d.modified.push(id);
  return outcome;
}
