// "a currywurst with fries" → "actually just fries", "currywurst combo with a spezi" → "just
// the spezi", "a veggie combo pick three misir shiro gomen" → "make it just a shiro",
// "불고기버거 세트" → "그냥 감자튀김만요": "just" (만) said of a part of the one line ordered —
// a choice of it that the menu also sells alone — keeps that part alone: the line goes, the
// thing sold alone comes in its place. (The engine set the choice the line already had, or
// added the part beside the line, both answered alone.) The same after a correction word of
// a thing that is no part of the line: "a halo halo" → "actually just a calamansi juice",
// the order replaced by it. Only of one line of one: "just fries" after two currywursts, or
// after a currywurst and a beer, says no more than which.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { CartLine } from "../../cart/cart.ts";
import { addItem, optionHas, removeFrom } from "./line-changes.ts";
import { choiceNaming } from "./line-edits.ts";
import { keyOf } from "./name-forms.ts";
import { itemKeysOf } from "./option-names.ts";
import type { Outcome } from "./outcomes.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Keyword } from "./language.ts";

/** Words that may stand beside "just X" (anything else — "add", "another", "no" — says more). */
const QUIET: ReadonlySet<Keyword> = new Set<Keyword>(["soft-correction", "filler", "change", "the", "request"] as Keyword[]);

/** The item sold alone that the words name, when exactly one does. */
export function itemNamed(menu: MenuModel, text: string): string | undefined {
  const said = keyOf(text.replace(/^(?:a|an|the|some)\s+/i, "").replace(/(?:으로|로|만)(?:요)?$/, ""));
  if (!said) return undefined;
  const ids = [...itemKeysOf(menu)].filter(([, ks]) => ks.includes(said)).map(([id]) => id);
  return ids.length === 1 ? ids[0] : undefined;
}

/** The thing said "just" of, what it was said with, and whether it is a part of the line (or a new thing said as a correction). */
function justSaid(d: TurnDraft, l: CartLine): { item: string; text: string } | undefined {
  const u = d.utterance;
  if (u.questions.length || u.orderChoices.length || ![...u.kws].every((k) => QUIET.has(k))) return undefined;
  const corrected = u.kws.has("soft-correction") || u.kws.has("change");
  const units = u.units.filter((x) => !x.asked);
  if (units.length + u.bare.length !== 1) return undefined;
  const x = units[0];
  if (x) {
    if (x.kind !== "item" || !x.item || !x.only || x.remove || x.mods.length || x.parts.length || x.replaces || (x.qtyExplicit && x.qty !== 1)) return undefined;
    if (x.item === l.item) return undefined;
    const part = choiceNaming(d, l.item, x.item);
    const holds = !!part && optionHas(l.options[part.group], part.choice);
    // ("just the spezi" of the combo's spezi; a thing that is no part of it, only after "actually", "make it".)
    if (holds ? x.the || corrected || u.lang === "ko" : corrected && u.lang === "en") return { item: x.item, text: x.text };
    return undefined;
  }
  const b = u.bare[0]!;
  if (!b.only || b.parts.length || (b.qty !== undefined && b.qty !== 1) || b.mods.length !== 1) return undefined;
  const m = b.mods[0]!;
  if (m.kind !== "choice" || m.neg || m.cands.length !== 1) return undefined;
  const c = m.cands[0]!;
  if (!optionHas(l.options[c.group], c.choice)) return undefined;
  const item = itemNamed(d.menu, m.text);
  return item && item !== l.item ? { item, text: m.text } : undefined;
}

/** The line taken away and the part put in its place, or undefined when the turn is not "just" a part of the one line. */
export function justThePart(d: TurnDraft): Outcome[] | undefined {
  if (d.state.lines.length !== 1) return undefined;
  const l = d.state.lines[0]!;
  if (l.qty !== 1) return undefined;
  const said = justSaid(d, l);
  if (!said) return undefined;
  return [{ kind: "acted-on", text: said.text }, ...removeFrom(d, l, l.qty), ...addItem(d, said.item, 1, {}, [], [])];
}
