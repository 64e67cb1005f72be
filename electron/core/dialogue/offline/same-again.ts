// "(and the) same again (please)": a cashier repeats the last order, each line as many
// times as it was ordered. "2 tacos" → "same again" is four tacos, not three; "a tuna melt
// and a bowl of chowder" → "same again" is one more of each.
import type { CartLine } from "../../cart/cart.ts";
import { setQty } from "./line-changes.ts";
import type { Outcome } from "./outcomes.ts";
import { lineById, recent, type TurnDraft } from "./turn-draft.ts";
import type { Bare } from "./utterance.ts";

/** For each line a turn added: how many it added (the line may have held some before) and how many it then held. */
export function addedQty(d: TurnDraft, ids: readonly string[]): Record<string, { added: number; after: number }> {
  const out: Record<string, { added: number; after: number }> = {};
  for (const id of ids) {
    const now = lineById(d.state, id);
    if (now) out[id] = { added: now.qty - (lineById(d.before, id)?.qty ?? 0), after: now.qty };
  }
  return out;
}

/**
 * "same again" with nothing else said, after a turn that added lines: each once more as it
 * was ordered. One line of one is left to "one more" (the same answer). Where how many that
 * turn added is not known (the model's turn) or the line changed since, the line's count
 * now is the likeliest reading, but a guess.
 */
export function lastOrderAgain(d: TurnDraft, b: Bare): Outcome[] | undefined {
  const u = d.utterance;
  if (u.lang !== "en" || !b.kws.has("same") || b.mods.length || b.parts.length || b.qty !== undefined || b.both) return undefined;
  if (!/\bsame (thing )?again\b/.test(u.text.toLowerCase()) || u.units.some((x) => !x.asked) || u.bare.some((x) => x !== b && !x.asked)) return undefined;
  const last = recent(d, d.mem.lastAdded);
  if (!last.length || (last.length === 1 && last[0]!.qty === 1)) return undefined;
  const known = (l: CartLine) => {
    const q = d.mem.lastAddedQty?.[l.id];
    return q && q.after === l.qty && q.added > 0 ? q.added : undefined;
  };
  const sure = last.every((l) => known(l) !== undefined || l.qty === 1);
  const out: Outcome[] = sure ? [] : [{ kind: "which-unsettled", text: "" }];
  return [...out, ...last.flatMap((l) => setQty(d, l, l.qty + (known(l) ?? l.qty)))];
}
