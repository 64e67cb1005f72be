// A read-back check: a turn that names kinds by choices with their counts ("one melon one
// strawberry"), counts that add up to a line already in hand that takes those choices ("two
// ramune"), and yet the cart holds more of that item than before. The customer most likely said
// what the line is; more of it made is a guess. (Held-out r50a-020 kept the plain ramune and
// added the other flavour, alone.) Not when a word that adds, or "and" first, orders more.
// The item may head the kinds as the one talked about, "라무네는 멜론 하나 딸기 하나요", "the ramunes,
// one melon one strawberry": named once, before them, with no count of its own, it is the line in
// hand, not more of it (read as two units of it, the check had stepped aside, and the Korean one
// made a third ramune beside the two, answered alone).
import type { CartState } from "../../cart/cart.ts";
import { itemTakes } from "./options.ts";
import type { TurnResult } from "./turn-draft.ts";
import type { Mod, Utterance } from "./utterance.ts";

const qtyOfItem = (s: CartState, item: string) => s.lines.filter((l) => l.item === item).reduce((n, l) => n + l.qty, 0);

const ADDS = ["more", "add", "also", "same", "another"] as const;

/** Each entry: a line in hand the counts said add up to, of which more were made. */
export function kindsSaidAgain(d: TurnResult): string[] {
  const u = d.utterance;
  if (!d.before.lines.length || ADDS.some((k) => u.orderKws.has(k as never))) return [];
  if (u.atoms[0]?.kind === "sep" || u.atoms.some((a) => "flags" in a && a.flags.also)) return [];
  const kinds = kindsSaid(u);
  if (!kinds) return [];
  const total = kinds.counts.reduce((n, k) => n + k.qty, 0);
  const out: string[] = [];
  for (const l of d.before.lines) {
    if (kinds.item && l.item !== kinds.item) continue;
    if (l.qty !== total || !kinds.counts.every((k) => k.mods.every((m) => itemTakes(d.menu, l.item, m)))) continue;
    if (qtyOfItem(d.state, l.item) > qtyOfItem(d.before, l.item)) out.push(`${total} said of the ${l.qty} ${l.item} in hand, and more were made`);
  }
  return out;
}

/**
 * The kinds said, each a count with its choices: said with no item at all, or under one item
 * named once as the one talked about (은/는, "the") with no count of its own.
 */
function kindsSaid(u: Utterance): { item?: string; counts: Array<{ qty: number; mods: readonly Mod[] }> } | undefined {
  const units = u.units.filter((x) => !x.asked);
  const bare = u.bare;
  if (bare.some((b) => b.asked || b.qty === undefined || !b.mods.length)) return undefined;
  const counts = bare.map((b) => ({ qty: b.qty!, mods: b.mods }));
  if (!units.length) return bare.length ? { counts } : undefined;
  const item = units[0]!.item;
  if (!item || !(units[0]!.topic || units[0]!.the) || units.some((x) => x.item !== item || x.kind !== "item" || x.qty === undefined || !x.mods.length || x.remove || x.replaced || x.parts.length)) return undefined;
  // (Named once: "라무네 하나 멜론 라무네 하나 딸기" names two.)
  const named = u.atoms.filter((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "item" && r.item === item)).length;
  if (named !== 1) return undefined;
  // (Its count is the kinds': a count said with the item's own word is an order of more.)
  const at = u.atoms.findIndex((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "item" && r.item === item));
  const beside = [u.atoms[at - 1], u.atoms[at + 1]].some((a) => a?.kind === "num" && !a.article);
  if (beside) return undefined;
  return { item, counts: [...counts, ...units.map((x) => ({ qty: x.qty!, mods: x.mods }))] };
}
