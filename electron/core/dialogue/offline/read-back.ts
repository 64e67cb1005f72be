// "yeah one pad thai that's right" a turn after a pad thai: the customer reading back a line
// there to confirm it — a yes, the item with the count and options the line has, and a
// "that's right" — orders nothing more (English). The fourth English red team's read-backs
// had each added a second one, answered alone. "yes and one more pad thai", "yeah two pad
// thai" (no confirming words) still order.
import type { CartLine } from "../../cart/cart.ts";
import { optionHas } from "./line-changes.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Unit } from "./utterance.ts";

const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9' ]+/g, " ").replace(/'/g, "").split(/\s+/).filter(Boolean).join(" ");

const OPENS_WITH_YES = /^(?:(?:ok|okay|um|uh) )?(?:yes|yeah|yep|yup|yea|ya|uh huh)\b/;
const ENDS_CONFIRMING = /\b(?:thats right|that is right|thats correct|that is correct|correct|thats it|that is it|exactly)(?: thanks| thank you)?$/;

/** The line `u` reads back to confirm, or undefined where the turn is anything else. */
export function lineReadBack(d: TurnDraft, u: Unit, lines: readonly CartLine[]): CartLine | undefined {
  const ut = d.utterance;
  if (ut.lang !== "en" || u.kind !== "item" || u.remove || u.replaced || u.parts.length || u.each) return undefined;
  if (["more", "add", "change", "remove", "cancel", "same", "instead"].some((k) => u.kws.has(k as never))) return undefined;
  // (One thing read back and nothing else: "yeah one pad thai and a coke that's it" orders the coke.)
  if (ut.units.filter((x) => !x.asked).length !== 1 || ut.bare.some((b) => !b.asked)) return undefined;
  const said = words(ut.text);
  if (!OPENS_WITH_YES.test(said) || !ENDS_CONFIRMING.test(said)) return undefined;
  const qty = u.qty ?? 1;
  const holds = (l: CartLine) =>
    l.qty === qty &&
    Object.entries(u.preset ?? {}).every(([g, v]) => (typeof v === "string" ? optionHas(l.options[g], v) : JSON.stringify(l.options[g]) === JSON.stringify(v))) &&
    u.mods.every((m) => m.kind === "choice" && !m.neg && m.cands.some((c) => optionHas(l.options[c.group], c.choice)));
  const there = lines.filter((l) => !d.created.includes(l.id) && holds(l));
  return there.length === 1 ? there[0] : undefined;
}
