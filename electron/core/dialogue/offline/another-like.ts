// "and one with room" after a large drip coffee, "and a steak one" after a chicken burrito,
// "and one chamomile" after a medium earl grey: said a turn later, "one" stands for another
// of the line in hand, made like it (its size, its form) with the change said. English.
import type { CartLine } from "../../cart/cart.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import { withoutWhom } from "./for-whom.ts";
import { optionsCarriedOver } from "./line-changes.ts";
import { modGroups } from "./option-names.ts";
import type { Outcome } from "./outcomes.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Bare } from "./utterance.ts";

const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9' ]+/g, " ").split(/\s+/).filter(Boolean).join(" ");

/** "and one with X", "and a X one", "and one X" (not "one more", "one less"): the whole turn. */
const ANOTHER_ONE = [/^(and|plus) (a|an|one) (\w+ )?one$/, /^(and|plus) one with\b/, /^(and|plus) one (?!more\b|less\b|fewer\b|of\b)\w+$/];

/** The turn is "and one with X" / "and a X one" said of a line ordered before it (English). */
export function saysAnotherOne(d: TurnDraft, line: CartLine): boolean {
  if (d.utterance.lang !== "en" || d.created.includes(line.id) || d.utterance.units.length) return false;
  // ("and one sugar" of a coffee whose sugars are counted: "one" counts the option, no other coffee.)
  if (d.utterance.bare.some((b) => b.mods.some((m) => m.kind === "count" && m.numbered))) return false;
  // ("and one for my son mild": whom it is for aside.)
  const said = words(withoutWhom(d.utterance.text));
  return ANOTHER_ONE.some((re) => re.test(said));
}

/**
 * What another of `latest` said so takes from it: its one-choice options the words leave
 * alone (the size, the bread, burrito or bowl). Its many-choice options (toppings, syrups) the
 * words do not say again may or may not go with it: a guess.
 */
export function anotherLikeTheLineInHand(d: TurnDraft, b: Bare, head: string, latest: CartLine | undefined): { preset: Record<string, OptionValue>; outcomes: Outcome[] } | undefined {
  if (!latest || latest.item !== head || !saysAnotherOne(d, latest)) return undefined;
  const said = new Set([...b.mods, ...b.parts.flatMap((p) => p.mods)].flatMap(modGroups));
  const preset: Record<string, OptionValue> = {};
  const outcomes: Outcome[] = [];
  for (const [g, v] of Object.entries(optionsCarriedOver(d, latest, head))) {
    if (said.has(g)) continue;
    if (d.menu.itemGroup(head, g)?.select === "one") preset[g] = v;
    else if (Array.isArray(v) ? v.length > 0 : v !== undefined) outcomes.push({ kind: "which-unsettled", text: g });
  }
  return { preset, outcomes: outcomes.slice(0, 1) };
}
