// A read-back check: a turn that names no item, only choices with their counts ("one melon one
// strawberry"), counts that add up to a line already in hand that takes those choices ("two
// ramune"), and yet the cart holds more of that item than before. The customer most likely said
// what the line is; more of it made is a guess. (Held-out r50a-020 kept the plain ramune and
// added the other flavour, alone.) Not when a word that adds, or "and" first, orders more.
import type { CartState } from "../../cart/cart.ts";
import { itemTakes } from "./options.ts";
import type { TurnResult } from "./turn-draft.ts";

const qtyOfItem = (s: CartState, item: string) => s.lines.filter((l) => l.item === item).reduce((n, l) => n + l.qty, 0);

const ADDS = ["more", "add", "also", "same", "another"] as const;

/** Each entry: a line in hand the counts said add up to, of which more were made. */
export function kindsSaidAgain(d: TurnResult): string[] {
  const u = d.utterance;
  if (!d.before.lines.length || u.units.some((x) => !x.asked) || !u.bare.length) return [];
  if (u.bare.some((b) => b.asked || b.qty === undefined || !b.mods.length) || ADDS.some((k) => u.orderKws.has(k as never))) return [];
  if (u.atoms[0]?.kind === "sep" || u.atoms.some((a) => "flags" in a && a.flags.also)) return [];
  const total = u.bare.reduce((n, b) => n + b.qty!, 0);
  const out: string[] = [];
  for (const l of d.before.lines) {
    if (l.qty !== total || !u.bare.every((b) => b.mods.every((m) => itemTakes(d.menu, l.item, m)))) continue;
    if (qtyOfItem(d.state, l.item) > qtyOfItem(d.before, l.item)) out.push(`${total} said of the ${l.qty} ${l.item} in hand, and more were made`);
  }
  return out;
}
