// What an order was, frozen at the moment it was placed: item and option names in
// every language of the store and the prices the cart computed. A menu edited or
// reloaded later never changes a placed order, its ticket or its delivery.
import type { CartView } from "../../../shared/cart.ts";
import type { MenuModel, EffectiveGroup } from "../../../shared/menu/model.ts";
import type { OptionValue, Text } from "../../../shared/menu/schema.ts";

/** Text per store language, e.g. { ko: "아메리카노", en: "Americano" }. */
export type Names = Record<string, string>;

export interface SnapshotChoice {
  id: string;
  name: Names;
  /** The choice's price difference from the menu (0 when it has none). */
  price: number;
}

export interface SnapshotOption {
  group: string;
  groupName: Names;
  select: "one" | "many" | "count";
  value: OptionValue;
  /** The chosen choices ("one": one, "many": zero or more; "count": none). */
  choices: SnapshotChoice[];
  /** "count" groups: price per unit from the menu. */
  unitPrice?: number;
}

export interface SnapshotLine {
  lineId: string;
  item: string;
  name: Names;
  qty: number;
  unitPrice: number;
  lineTotal: number;
  options: SnapshotOption[];
}

export interface OrderSnapshot {
  store: { id: string; name: Names; languages: string[] };
  /** The language the customer ordered in. */
  lang: string;
  currency: string;
  lines: SnapshotLine[];
  orderOptions: SnapshotOption[];
  total: number;
  itemCount: number;
}

export class OrderRejected extends Error {
  constructor(
    readonly code: "empty-cart" | "pending-choice" | "inconsistent-cart",
    message: string,
  ) {
    super(message);
    this.name = "OrderRejected";
  }
}

function names(menu: MenuModel, t: Text | undefined, fallback: string): Names {
  const out: Names = {};
  for (const lang of menu.languages) out[lang] = menu.text(t, lang) || fallback;
  return out;
}

function optionSnapshot(menu: MenuModel, g: EffectiveGroup, value: OptionValue): SnapshotOption {
  const base = { group: g.id, groupName: names(menu, g.group.name, g.id), select: g.select, value };
  if (g.select === "count") return { ...base, choices: [], unitPrice: g.group.unitPrice ?? 0 };
  const ids = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  const choices = ids.map((id) => {
    const c = g.group.choices?.find((x) => x.id === id);
    return { id, name: names(menu, c?.name, id), price: c?.price ?? 0 };
  });
  return { ...base, choices };
}

/**
 * Freeze a cart as an order. Refuses a cart that cannot be an order (empty, a line
 * still missing a required choice, totals that do not add up): the store must never
 * record something the kitchen cannot make or the counter cannot charge.
 */
export function buildSnapshot(cart: CartView, menu: MenuModel, lang: string): OrderSnapshot {
  if (cart.pending.length > 0) throw new OrderRejected("pending-choice", `a line (${cart.pending[0]!.item}) is still missing ${cart.pending[0]!.missing.join(", ")}`);
  if (cart.lines.length === 0) throw new OrderRejected("empty-cart", "the cart is empty");
  if (cart.missingOrderOptions.length > 0) throw new OrderRejected("pending-choice", `order option ${cart.missingOrderOptions.join(", ")} is not chosen`);
  const lines: SnapshotLine[] = cart.lines.map((l) => {
    if (l.lineTotal !== l.unitPrice * l.qty) throw new OrderRejected("inconsistent-cart", `line ${l.id}: ${l.qty} × ${l.unitPrice} is not ${l.lineTotal}`);
    const options: SnapshotOption[] = [];
    for (const g of menu.itemGroups(l.item)) {
      const v = l.options[g.id];
      if (v !== undefined) options.push(optionSnapshot(menu, g, v));
    }
    return { lineId: l.id, item: l.item, name: names(menu, menu.item(l.item)?.name, l.item), qty: l.qty, unitPrice: l.unitPrice, lineTotal: l.lineTotal, options };
  });
  const sum = lines.reduce((s, l) => s + l.lineTotal, 0);
  if (sum !== cart.total) throw new OrderRejected("inconsistent-cart", `line totals add up to ${sum}, not ${cart.total}`);
  const orderOptions: SnapshotOption[] = [];
  for (const g of menu.orderGroups()) {
    const v = cart.orderOptions[g.id];
    if (v !== undefined) orderOptions.push(optionSnapshot(menu, g, v));
  }
  return {
    store: { id: menu.menu.store.id, name: names(menu, menu.menu.store.name, menu.menu.store.id), languages: [...menu.languages] },
    lang,
    currency: cart.currency,
    lines,
    orderOptions,
    total: cart.total,
    itemCount: lines.reduce((s, l) => s + l.qty, 0),
  };
}
