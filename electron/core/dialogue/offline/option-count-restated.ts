// "아지타마고 하나 더요 두 개로 해 주세요" a turn after a ramen with one egg: the number said
// as what it becomes (로) restates how many of the topping there are in all once the one more
// is added, not how many bowls. Plain function over the turn's draft.
import type { CartLine } from "../../cart/cart.ts";
import { changeOptions } from "./line-changes.ts";
import type { Outcome } from "./outcomes.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Bare, Mod } from "./utterance.ts";

/**
 * More of one counted option of the line in hand, with a count said as a target: the count
 * is the option's total. Sure when it is what the "more" comes to; otherwise the total said
 * is still the likelier reading, but a guess (it may be the bowls, or more than was meant).
 */
export function optionCountRestated(d: TurnDraft, b: Bare, latest: CartLine): Outcome[] | undefined {
  if (!b.setQty || b.corrects || b.both || b.only || !b.qtyExplicit || b.qty === undefined || b.parts.length || !b.mods.length) return undefined;
  const counts = b.mods.filter((m): m is Extract<Mod, { kind: "count" }> => m.kind === "count" && m.op === "add" && m.numbered === true);
  if (counts.length !== b.mods.length || new Set(counts.map((m) => m.group)).size !== 1) return undefined;
  const g = d.menu.itemGroup(latest.item, counts[0]!.group);
  if (!g || g.select !== "count") return undefined;
  const held = latest.options[g.id];
  const now = typeof held === "number" ? held : typeof g.default === "number" ? g.default : g.min;
  const more = counts.reduce((t, m) => t + m.n, 0);
  const set: Mod = { kind: "count", group: g.id, n: b.qty, op: "set", text: counts[0]!.text };
  const unsure: Outcome[] = now + more === b.qty ? [] : [{ kind: "count-unsettled", group: g.id }];
  return [...unsure, ...changeOptions(d, latest, [set], undefined).outcomes];
}
