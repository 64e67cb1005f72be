// "a spicy rigatoni and a chicken alfredo" → "no rigatoni": the word refused is a choice the
// spicy rigatoni holds and cannot do without (its pasta shape, the only one it comes in: no "none", no one other
// choice to fall back to) and part of that dish's name. Refusing the option can change
// nothing, so the dish is the likelier thing refused: taken out, as a guess (the sixth English
// red team's turn had been a confident "What can I get you?" with both dishes left).
import type { CartLine } from "../../cart/cart.ts";
import { removalIndex } from "./refusal.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Bare } from "./utterance.ts";

/** The one line refused by a choice of its own it cannot drop, when `named` (lines whose names hold the words) is that line. */
export function lineRefusedByItsChoice(d: TurnDraft, b: Bare, named: readonly CartLine[]): CartLine | undefined {
  if (b.qty !== undefined || b.parts.length || !b.mods.length || named.length !== 1) return undefined;
  const l = named[0]!;
  const cannotDrop = b.mods.every((m) => m.kind === "choice" && m.neg && m.cands.some((c) => {
    const g = d.menu.itemGroup(l.item, c.group);
    return g?.select === "one" && l.options[c.group] === c.choice && g.choices.length !== 2 && removalIndex(d.menu).none.get(c.group) === undefined && (g.default === undefined || g.default === c.choice);
  }));
  return cannotDrop ? l : undefined;
}
