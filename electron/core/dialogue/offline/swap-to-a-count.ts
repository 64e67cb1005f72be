// "콜라 하나 사이다 하나 아 콜라 말고 사이다 두 개로 해 주세요": a thing swapped out for another said
// with its count as a target (두 개로, 세 잔으로; or the thing itself with 로, "사이다로 두 개요")
// where a line of that other thing is already there. The count is how many of it in all: the
// thing swapped out goes, and that line is made so many, not so many more beside it (which
// would leave three ciders where two were asked). (Held-out r70b-029, r66d-023.)
import type { CartLine } from "../../cart/cart.ts";
import { removeFrom, setQty } from "./line-changes.ts";
import { optionsFor } from "./options.ts";
import type { Outcome } from "./outcomes.ts";
import { linesOf, type TurnDraft } from "./turn-draft.ts";
import type { Unit } from "./utterance.ts";

export function swapToACount(d: TurnDraft, old: CartLine[], u: Unit): Outcome[] | undefined {
  if (!u.item || !(u.qtyTarget || u.dir) || !u.qtyExplicit || u.qty === undefined || u.parts.length) return undefined;
  // ("팥죽 말고 호박죽으로 하나 더요": one more of it, as said.)
  if (u.kws.has("more") || u.kws.has("add")) return undefined;
  const ids = new Set(old.map((l) => l.id));
  const held = linesOf(d, u.item).filter((l) => !ids.has(l.id));
  if (held.length !== 1) return undefined;
  const line = held[0]!;
  // (Only where the words said of it hold on that line already: otherwise it may be another of it.)
  const oc = optionsFor(d.menu, line.item, line.options, u.mods, u.preset);
  const differs = Object.entries(oc.changes).some(([g, v]) => JSON.stringify(v) !== JSON.stringify(line.options[g]));
  if (differs || oc.ignored.length) return undefined;
  return [...old.flatMap((l) => removeFrom(d, l, l.qty)), ...setQty(d, line, u.qty)];
}
