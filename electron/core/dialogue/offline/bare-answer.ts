// Options said with no item as the answer to the kiosk's own question about a required
// choice ("콜라로요" to "which drink?"), given to the line asked about, or shared out over
// the lines still missing it (bare-edits.ts).
import { missingGroups } from "../../cart/cart.ts";
import type { Ask } from "../engine.ts";
import { applyPart, changeOptions } from "./line-changes.ts";
import type { Outcome } from "./outcomes.ts";
import { lineById, type TurnDraft } from "./turn-draft.ts";
import type { Bare } from "./utterance.ts";

/**
 * The answer to the kiosk's own question about a required choice; `answered` is false
 * when it is not one (what it did try is still in its outcomes).
 */
export function answerChoice(d: TurnDraft, b: Bare, prevAsk: Ask | undefined): { answered: boolean; outcomes: Outcome[] } {
  const outcomes: Outcome[] = [];
  // ("another one with oat milk" while the kiosk asks the latte's size: another latte.)
  if (prevAsk?.kind !== "choice" || !b.mods.length || b.kws.has("same")) return { answered: false, outcomes };
  const asked = lineById(d.state, prevAsk.lineId);
  if (!asked) return { answered: false, outcomes };
  const targets = b.both ? d.state.lines.filter((l) => missingGroups(d.menu, l).includes(prevAsk.group)) : [asked];
  if (!targets.includes(asked)) targets.unshift(asked);
  // "콜라 하나 제로콜라 하나요" to a chicken set and a shrimp set both missing the drink: each
  // count said goes, in order, to the line of that many still missing it (a guess: the
  // words are left unplaced, answer-named-as-items.ts).
  const waiting = d.state.lines.filter((l) => l.item === asked.item && missingGroups(d.menu, l).includes(prevAsk.group));
  const chunks = [{ qty: b.qty ?? 1, mods: b.mods }, ...b.parts];
  if (!b.both && b.parts.length && waiting[0] === asked && waiting.length === chunks.length && chunks.every((c, i) => c.qty === waiting[i]!.qty)) {
    const outcomes = chunks.flatMap((c, i) => changeOptions(d, waiting[i]!, c.mods, undefined, undefined, prevAsk.group).outcomes);
    return { answered: true, outcomes };
  }
  let answered = false;
  for (const l of targets) {
    const qty = b.qty !== undefined && (b.qtyExplicit || answersAddUp(d, prevAsk)) && !b.both ? b.qty : undefined;
    const changed = changeOptions(d, l, b.mods, qty, undefined, prevAsk.group);
    outcomes.push(...changed.outcomes);
    if (changed.applied) answered = true;
    for (const p of b.parts) outcomes.push(...applyPart(d, l.id, p, prevAsk.group));
  }
  return { answered, outcomes };
}

/**
 * "a coke and a sprite" to "which soda?" about two sodas: answers that each come with "a" and
 * add up to the line asked about split it, one each, as "one coke one sprite" does.
 */
export function answersAddUp(d: TurnDraft, ask: Extract<Ask, { kind: "choice" }>): boolean {
  const answers = d.utterance.bare.filter((x) => !x.asked && x.mods.some((m) => m.kind === "choice" && m.cands.some((c) => c.group === ask.group)));
  const line = lineById(d.before, ask.lineId);
  return answers.length > 1 && !!line && answers.every((x) => x.qty !== undefined) && answers.reduce((n, x) => n + x.qty!, 0) === line.qty;
}
