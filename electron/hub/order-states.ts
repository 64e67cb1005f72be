// The kitchen states of an order at the hub, and which staff action moves it where.
// new → preparing → ready → picked_up, or cancelled (with who and why) before pickup.
// "recall" takes back a "ready" (or a "picked_up" touched by mistake): the order goes
// back to preparing and reappears on the kitchen screen.

export const ORDER_STATES = ["new", "preparing", "ready", "picked_up", "cancelled"] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export const ORDER_ACTIONS = ["start", "ready", "recall", "pickup", "cancel"] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/** action → the states it may be taken from, and where it leads. */
export const TRANSITIONS: Record<OrderAction, { from: readonly OrderState[]; to: OrderState }> = {
  start: { from: ["new"], to: "preparing" },
  ready: { from: ["new", "preparing"], to: "ready" },
  recall: { from: ["ready", "picked_up"], to: "preparing" },
  pickup: { from: ["ready"], to: "picked_up" },
  cancel: { from: ["new", "preparing", "ready"], to: "cancelled" },
};

export type TransitionResult = { ok: true; to: OrderState } | { ok: false; reason: string };

export function transition(from: OrderState, action: OrderAction): TransitionResult {
  const t = TRANSITIONS[action];
  if (!t.from.includes(from)) return { ok: false, reason: `an order that is ${from.replace("_", " ")} cannot be ${ACTION_PAST[action]}` };
  return { ok: true, to: t.to };
}

const ACTION_PAST: Record<OrderAction, string> = {
  start: "started",
  ready: "marked ready",
  recall: "recalled",
  pickup: "marked picked up",
  cancel: "cancelled",
};

export function isOrderAction(v: unknown): v is OrderAction {
  return typeof v === "string" && (ORDER_ACTIONS as readonly string[]).includes(v);
}

/** States the kitchen still works on (shown on the kitchen display). */
export function inKitchen(state: OrderState): boolean {
  return state === "new" || state === "preparing";
}
