// The cart: a pure state machine over a validated menu. Every change to an order,
// from a touch, the offline engine or the model's tool calls, goes through
// applyCartAction, which either returns the next state or refuses with a reason
// and leaves the state as it was. It is the only place prices are computed.
import type { EffectiveGroup, MenuModel } from "../../../shared/menu/model.ts";
import { unitPriceOf } from "../../../shared/menu/model.ts";
import type { OptionValue } from "../../../shared/menu/schema.ts";
import { MAX_ITEMS_PER_ORDER, MAX_QTY_PER_LINE, type CartErrorCode, type CartView, type CartViewLine, type PendingLine, type SpecCart, type UnavailableLine } from "../../../shared/cart.ts";

export { MAX_ITEMS_PER_ORDER, MAX_QTY_PER_LINE };

export interface CartLine {
  /** Stable id of the line, kept across merges and option changes. */
  id: string;
  item: string;
  qty: number;
  /** Resolved options; required groups not yet chosen are absent. */
  options: Record<string, OptionValue>;
  /** Set when a new menu no longer offers this line (see keepUnavailable): shown, never ordered. */
  unavailable?: { name: Record<string, string>; reason: UnavailableLine["reason"] };
}

export interface CartState {
  lines: CartLine[];
  orderOptions: Record<string, OptionValue>;
  nextLineNo: number;
}

export type CartAction =
  | { type: "add"; item: string; qty: number; options?: Record<string, OptionValue> }
  | { type: "remove"; lineId: string; qty?: number }
  | { type: "setQty"; lineId: string; qty: number }
  /** Change options of a line; with `qty`, only that many of the line get the change (split). */
  | { type: "setOptions"; lineId: string; options: Record<string, OptionValue>; qty?: number }
  | { type: "setOrderOption"; group: string; value: OptionValue }
  | { type: "clear" };

export interface CartError {
  code: CartErrorCode;
  /** English, for logs and for the model; engines phrase their own replies from `code`. */
  message: string;
  item?: string;
  group?: string;
  value?: unknown;
}

export type CartResult =
  | { ok: true; state: CartState; lineId?: string }
  | { ok: false; state: CartState; error: CartError };

export const emptyCart = (): CartState => ({ lines: [], orderOptions: {}, nextLineNo: 1 });

const fail = (state: CartState, error: CartError): CartResult => ({ ok: false, state, error });

export function applyCartAction(menu: MenuModel, state: CartState, action: CartAction): CartResult {
  switch (action.type) {
    case "add":
      return addItem(menu, state, action.item, action.qty, action.options ?? {});
    case "remove": {
      const line = state.lines.find((l) => l.id === action.lineId);
      if (!line) return fail(state, { code: "unknown-line", message: `no line "${action.lineId}" in the cart` });
      const qty = action.qty ?? line.qty;
      if (!Number.isInteger(qty) || qty < 1) return fail(state, { code: "bad-quantity", message: "quantity to remove must be a positive integer" });
      if (qty >= line.qty) return { ok: true, state: { ...state, lines: state.lines.filter((l) => l !== line) } };
      return { ok: true, state: replaceLine(state, line, { ...line, qty: line.qty - qty }), lineId: line.id };
    }
    case "setQty": {
      const line = state.lines.find((l) => l.id === action.lineId);
      if (!line) return fail(state, { code: "unknown-line", message: `no line "${action.lineId}" in the cart` });
      if (action.qty === 0) return applyCartAction(menu, state, { type: "remove", lineId: line.id });
      const err = checkQty(state, action.qty, line.qty, line.item);
      if (err) return fail(state, err);
      return { ok: true, state: replaceLine(state, line, { ...line, qty: action.qty }), lineId: line.id };
    }
    case "setOptions":
      return setOptions(menu, state, action.lineId, action.options, action.qty);
    case "setOrderOption": {
      const g = menu.orderGroup(action.group);
      if (!g) return fail(state, { code: "unknown-option", message: `no order option "${action.group}"`, group: action.group });
      const v = checkValue(g, action.value);
      if (typeof v === "string" && v.startsWith("!")) return fail(state, { code: "invalid-choice", message: v.slice(1), group: g.id, value: action.value });
      return { ok: true, state: { ...state, orderOptions: { ...state.orderOptions, [g.id]: v } } };
    }
    case "clear":
      return { ok: true, state: { ...state, lines: [], orderOptions: {} } };
  }
}

function addItem(menu: MenuModel, state: CartState, itemId: string, qty: number, options: Record<string, OptionValue>): CartResult {
  const item = menu.item(itemId);
  if (!item) return fail(state, { code: "unknown-item", message: `"${itemId}" is not on the menu`, item: itemId });
  if (item.soldOut) return fail(state, { code: "sold-out", message: `"${itemId}" is sold out`, item: itemId });
  const err = checkQty(state, qty, 0, itemId);
  if (err) return fail(state, err);
  const resolved = resolveOptions(menu, itemId, {}, options);
  if ("error" in resolved) return fail(state, resolved.error);
  const id = `L${state.nextLineNo}`;
  const next: CartState = { ...state, nextLineNo: state.nextLineNo + 1, lines: [...state.lines, { id, item: itemId, qty, options: resolved.options }] };
  return mergeInto(menu, state, next, id);
}

function setOptions(
  menu: MenuModel,
  state: CartState,
  lineId: string,
  options: Record<string, OptionValue>,
  qty: number | undefined,
): CartResult {
  const line = state.lines.find((l) => l.id === lineId);
  if (!line) return fail(state, { code: "unknown-line", message: `no line "${lineId}" in the cart` });
  const item = menu.item(line.item);
  if (!item) return fail(state, { code: "unknown-item", message: `"${line.item}" is not on the menu`, item: line.item });
  const resolved = resolveOptions(menu, line.item, line.options, options);
  if ("error" in resolved) return fail(state, resolved.error);
  if (qty !== undefined && (!Number.isInteger(qty) || qty < 1)) {
    return fail(state, { code: "bad-quantity", message: "quantity must be a positive integer" });
  }
  if (qty === undefined || qty >= line.qty) {
    return mergeInto(menu, state, replaceLine(state, line, { ...line, options: resolved.options }), line.id);
  }
  // Only part of the line changes: split it.
  const id = `L${state.nextLineNo}`;
  const kept = { ...line, qty: line.qty - qty };
  const idx = state.lines.indexOf(line);
  const lines = [...state.lines];
  lines.splice(idx, 1, kept, { id, item: line.item, qty, options: resolved.options });
  return mergeInto(menu, state, { ...state, lines, nextLineNo: state.nextLineNo + 1 }, id);
}

/** Merge line `id` of `state` into an identical complete line, if there is one; refusals return `before`. */
function mergeInto(menu: MenuModel, before: CartState, state: CartState, id: string): CartResult {
  const line = state.lines.find((l) => l.id === id)!;
  if (missingGroups(menu, line).length > 0) return { ok: true, state, lineId: id };
  const key = lineKey(line);
  const twin = state.lines.find((l) => l.id !== id && !l.unavailable && l.item === line.item && missingGroups(menu, l).length === 0 && lineKey(l) === key);
  if (!twin) return { ok: true, state, lineId: id };
  const merged = twin.qty + line.qty;
  if (merged > MAX_QTY_PER_LINE) {
    return fail(before, { code: "too-many", message: `at most ${MAX_QTY_PER_LINE} of one item per order`, item: line.item });
  }
  const lines = state.lines.filter((l) => l.id !== id).map((l) => (l === twin ? { ...twin, qty: merged } : l));
  return { ok: true, state: { ...state, lines }, lineId: twin.id };
}

function replaceLine(state: CartState, old: CartLine, next: CartLine): CartState {
  return { ...state, lines: state.lines.map((l) => (l === old ? next : l)) };
}

function checkQty(state: CartState, qty: number, replacing: number, item: string): CartError | undefined {
  if (!Number.isInteger(qty) || qty < 1) return { code: "bad-quantity", message: "quantity must be a positive integer", item };
  if (qty > MAX_QTY_PER_LINE) return { code: "too-many", message: `at most ${MAX_QTY_PER_LINE} of one item per order`, item };
  const total = state.lines.reduce((s, l) => s + l.qty, 0) - replacing + qty;
  if (total > MAX_ITEMS_PER_ORDER) return { code: "order-full", message: `at most ${MAX_ITEMS_PER_ORDER} items per order`, item };
  return undefined;
}

/** Check one value for a group; returns the normalized value or "!reason". */
function checkValue(g: EffectiveGroup, value: OptionValue): OptionValue {
  if (g.select === "count") {
    if (typeof value !== "number" || !Number.isInteger(value)) return `!"${g.id}" takes a whole number`;
    if (value < g.min || value > g.max) return `!"${g.id}" must be between ${g.min} and ${g.max}`;
    return value;
  }
  if (g.select === "many") {
    const list = Array.isArray(value) ? value : [value];
    const ids = new Set<string>();
    for (const v of list) {
      if (typeof v !== "string" || !g.choices.some((c) => c.id === v)) return `!"${String(v)}" is not a choice of "${g.id}"`;
      ids.add(v);
    }
    if (ids.size > g.max) return `!at most ${g.max} choices of "${g.id}"`;
    return g.choices.filter((c) => ids.has(c.id)).map((c) => c.id);
  }
  if (typeof value !== "string" || !g.choices.some((c) => c.id === value)) return `!"${String(value)}" is not a choice of "${g.id}"`;
  return value;
}

/** Apply `changes` over `base`, filling defaults; required groups without a choice stay absent. */
export function resolveOptions(
  menu: MenuModel,
  itemId: string,
  base: Record<string, OptionValue>,
  changes: Record<string, OptionValue>,
): { options: Record<string, OptionValue> } | { error: CartError } {
  const groups = menu.itemGroups(itemId);
  for (const gid of Object.keys(changes)) {
    if (!groups.some((g) => g.id === gid)) {
      return { error: { code: "unknown-option", message: `option "${gid}" does not apply to "${itemId}"`, item: itemId, group: gid } };
    }
  }
  const options: Record<string, OptionValue> = {};
  for (const g of groups) {
    const raw = g.id in changes ? changes[g.id]! : g.id in base ? base[g.id]! : g.default;
    if (raw === undefined) continue;
    const v = checkValue(g, raw);
    if (typeof v === "string" && v.startsWith("!")) {
      return { error: { code: "invalid-choice", message: v.slice(1), item: itemId, group: g.id, value: raw } };
    }
    options[g.id] = v;
  }
  return { options };
}

export function missingGroups(menu: MenuModel, line: CartLine): string[] {
  return menu.itemGroups(line.item).filter((g) => g.required && !(g.id in line.options)).map((g) => g.id);
}

export function missingOrderOptions(menu: MenuModel, state: CartState): string[] {
  return menu.orderGroups().filter((g) => g.required && !(g.id in state.orderOptions)).map((g) => g.id);
}

function lineKey(line: CartLine): string {
  return JSON.stringify(Object.keys(line.options).sort().map((k) => [k, line.options[k]]));
}

/** What the screen, the engines and the order store see: prices from the menu only. */
export function viewCart(menu: MenuModel, state: CartState): CartView {
  const lines: CartViewLine[] = [];
  const pending: PendingLine[] = [];
  const unavailable: UnavailableLine[] = [];
  for (const l of state.lines) {
    if (l.unavailable) {
      unavailable.push({ id: l.id, item: l.item, qty: l.qty, options: { ...l.options }, name: l.unavailable.name, reason: l.unavailable.reason });
      continue;
    }
    const missing = missingGroups(menu, l);
    if (missing.length > 0) {
      pending.push({ id: l.id, item: l.item, qty: l.qty, options: { ...l.options }, missing });
      continue;
    }
    const unitPrice = unitPriceOf(menu, l.item, l.options);
    lines.push({ id: l.id, item: l.item, qty: l.qty, options: { ...l.options }, unitPrice, lineTotal: unitPrice * l.qty });
  }
  const orderOptions: Record<string, OptionValue> = {};
  for (const g of menu.orderGroups()) {
    const v = state.orderOptions[g.id] ?? g.default;
    if (v !== undefined) orderOptions[g.id] = v;
  }
  return {
    lines,
    pending,
    orderOptions,
    missingOrderOptions: missingOrderOptions(menu, state),
    total: lines.reduce((s, l) => s + l.lineTotal, 0),
    itemCount: state.lines.reduce((s, l) => s + (l.unavailable ? 0 : l.qty), 0),
    currency: menu.currency,
    ...(unavailable.length ? { unavailable } : {}),
  };
}

/**
 * The cart carried over to a new menu: every line that the new menu still takes is
 * re-checked (and re-priced) on it; a line it does not take stays, flagged with why
 * and the name it had, for the customer to remove. A line flagged earlier whose item
 * is back (a rollback) becomes a normal line again.
 */
export function carryCart(oldMenu: MenuModel, menu: MenuModel, old: CartState): CartState {
  let state = emptyCart();
  for (const l of old.lines) {
    const r = applyCartAction(menu, state, { type: "add", item: l.item, qty: l.qty, options: l.options });
    if (r.ok) {
      state = r.state;
      continue;
    }
    const name = l.unavailable?.name ?? oldMenu.item(l.item)?.name ?? { [menu.defaultLanguage]: l.item };
    const reason: UnavailableLine["reason"] = !menu.item(l.item) ? "removed" : r.error.code === "sold-out" ? "sold-out" : "changed";
    const id = `L${state.nextLineNo}`;
    state = { ...state, nextLineNo: state.nextLineNo + 1, lines: [...state.lines, { id, item: l.item, qty: l.qty, options: l.options, unavailable: { name, reason } }] };
  }
  for (const [group, value] of Object.entries(old.orderOptions)) {
    const r = applyCartAction(menu, state, { type: "setOrderOption", group, value });
    if (r.ok) state = r.state;
  }
  return state;
}

/** The cart exactly as ../shared/spec/menu-format.md reports it (no line ids). */
export function toSpecCart(view: CartView): SpecCart {
  const cart: SpecCart = {
    lines: view.lines.map(({ item, qty, options, unitPrice, lineTotal }) => ({ item, qty, options, unitPrice, lineTotal })),
    orderOptions: view.orderOptions,
    total: view.total,
    currency: view.currency,
  };
  if (view.pending.length > 0) cart.pending = view.pending.map(({ item, qty, options, missing }) => ({ item, qty, options, missing }));
  return cart;
}
