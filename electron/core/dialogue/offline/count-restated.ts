// A count said again after "actually"/"sorry" for a line already ordered ("two vanilla
// shakes" → "actually three vanilla shakes"): the count corrected, not that many more.
import type { CartLine } from "../../cart/cart.ts";
import { optionHas } from "./line-changes.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Unit } from "./utterance.ts";

/**
 * "actually three vanilla shakes" with two ordered, "actually three steak tacos" with two
 * steak tacos: the count of a line said again after "actually"/"sorry" corrects it, not
 * three more. The line it restates (the last of the item holding every choice said), or
 * undefined: not "actually two cokes too", "actually two more" (those order more), nor
 * "actually two large cokes" after a small one (another make).
 */
export function countRestated(d: TurnDraft, u: Unit, lines: CartLine[]): CartLine | undefined {
  if (!u.qtyExplicit || !(u.kws.has("soft-correction") || correctedBefore(d, u)) || u.parts.length || u.preset || u.kws.has("more") || u.kws.has("add") || saysAlso(d)) return undefined;
  const holds = (l: CartLine) => u.mods.every((m) => m.kind === "choice" && !m.neg && m.cands.some((c) => optionHas(l.options[c.group], c.choice)));
  return [...lines].reverse().find(holds);
}

/** "too", "also", "as well" said in the turn: what is named is ordered on top of what is there. */
function saysAlso(d: TurnDraft): boolean {
  return d.utterance.atoms.some((a) => (a.kind === "kw" || a.kind === "sep") && /^(?:too|also|as well)$/i.test(a.text.trim()));
}

/**
 * "no lemonade actually, two sparkling waters": "actually" said in the clause before, of the
 * same correction, counts for the thing named after it.
 */
function correctedBefore(d: TurnDraft, u: Unit): boolean {
  const at = d.utterance.atoms.find((a) => a.kind === "menu" && a.text === u.text)?.start;
  return at !== undefined && d.utterance.atoms.some((a) => a.kind === "kw" && a.keywords.includes("soft-correction") && a.start < at);
}
