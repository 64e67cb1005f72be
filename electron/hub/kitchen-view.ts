// An order as a cook reads it: what to pack first (to go / for here and other order
// options), then each item once with its count, and under it only the options that
// change how it is made. Identical lines (same item, same options) are merged, and
// lines of the same item stand together. Names are in the kitchen's language.
import { optionText } from "../core/orders/ticket.ts";
import type { SnapshotOption } from "../core/orders/snapshot.ts";
import type { DeliveredOption, DeliveredOrder } from "./delivered-order.ts";

export interface KitchenLine {
  qty: number;
  name: string;
  options: string[];
}

export interface KitchenView {
  /** Order options (to go, for here, cutlery ...), shown boxed above the lines. */
  notes: string[];
  lines: KitchenLine[];
}

function pick(names: Record<string, string>, lang: string): string {
  return names[lang] ?? Object.values(names)[0] ?? "";
}

function optionLines(options: DeliveredOption[], lang: string): string[] {
  return options.map((o) => optionText(o as SnapshotOption, lang)).filter((t) => t !== "");
}

export function kitchenView(order: DeliveredOrder, lang: string): KitchenView {
  const merged = new Map<string, KitchenLine & { item: string; firstAt: number }>();
  order.lines.forEach((l, i) => {
    const options = optionLines(l.options, lang);
    const key = `${l.item}\u0000${options.join("\u0000")}`;
    const seen = merged.get(key);
    if (seen) seen.qty += l.qty;
    else merged.set(key, { item: l.item, firstAt: i, qty: l.qty, name: pick(l.name, lang), options });
  });
  // Keep the customer's order of items, but put every line of one item together.
  const firstOfItem = new Map<string, number>();
  for (const m of merged.values()) if (!firstOfItem.has(m.item)) firstOfItem.set(m.item, m.firstAt);
  const lines = [...merged.values()]
    .sort((a, b) => firstOfItem.get(a.item)! - firstOfItem.get(b.item)! || a.firstAt - b.firstAt)
    .map(({ qty, name, options }) => ({ qty, name, options }));
  return { notes: optionLines(order.orderOptions, lang), lines };
}

/** What the pickup board says when a number is ready, per language. */
export function pickupCall(number: number, lang: string): string {
  if (lang === "ko") return `${number}번 고객님, 주문하신 메뉴가 나왔습니다.`;
  return `Order number ${number}, your order is ready.`;
}
