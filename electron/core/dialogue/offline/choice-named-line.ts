// "make the small thin crust" with a small cheese pizza and a large veggie on the order:
// "the small" names the one line that is small, and the words after it change that line —
// not the line talked about last.
import type { CartLine } from "../../cart/cart.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Bare, Mod } from "./utterance.ts";

/** The line "the <choice>" names and the options said for it, or undefined. */
export function lineNamedByChoice(d: TurnDraft, b: Bare, lines: CartLine[]): { line: CartLine; mods: Mod[] } | undefined {
  const [first, ...rest] = b.mods;
  if (d.utterance.lang !== "en" || first?.kind !== "choice" || first.neg || first.at === undefined || !rest.length || b.parts.length || b.both) return undefined;
  const at = d.utterance.atoms.findIndex((a) => a.start === first.at);
  const before = d.utterance.atoms[at - 1];
  if (before?.kind !== "kw" || !/\bthe$/i.test(before.text)) return undefined;
  const holds = (l: CartLine) => first.cands.some((c) => d.menu.itemGroup(l.item, c.group)?.select === "one" && l.options[c.group] === c.choice);
  const takes = (l: CartLine) => first.cands.some((c) => d.menu.itemGroup(l.item, c.group) !== undefined);
  const named = lines.filter(holds);
  // Told apart from the others of its kind: one line holds it, another could and does not.
  if (named.length !== 1 || !lines.some((l) => !holds(l) && takes(l))) return undefined;
  return { line: named[0]!, mods: rest };
}
