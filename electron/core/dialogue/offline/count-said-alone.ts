// Read-back: a count said with no item ("ok i'll try one, and a za'atar too" after asking what
// kishk is; "하나 주세요 그리고 콜라도") in a clause before the things named, that counted nothing
// the turn made or changed. Every line the turn touched belongs to an item named with its own
// count, so whatever the count was meant for (the thing just asked about, the line in hand) was
// not done: a guess, whichever step dropped it.
import { type TurnResult, linesReached } from "./turn-draft.ts";

const NOT_AN_ORDER: readonly string[] = ["change", "more", "same", "remove", "cancel", "correction", "soft-correction", "no"];

export function countSaidAlone(d: TurnResult): string[] {
  const u = d.utterance;
  const named = u.units.filter((x) => x.kind === "item" && !!x.item && !x.asked && !x.remove && !x.replaced);
  if (!named.length) return [];
  const counts = u.bare.filter((b) => b.qty !== undefined && b.qtyExplicit && !b.asked && !b.both && !b.absorbed && !b.readAsItem && !b.mods.length && !b.parts.length && !NOT_AN_ORDER.some((k) => b.kws.has(k as never)) && named.every((x) => x.clause > b.clause));
  // (Not "can i get two, um, cheese coneys", the count of an item said with none of its own, nor
  // "for the three of us, three milk teas", a count said again with the item.)
  // (A count of one said again, "하나 주세요 그리고 파전도 하나요", is no count said again: one
  // is the count of anything named.)
  const counted = new Set(named.filter((x) => x.qtyExplicit && x.qty! >= 2).map((x) => x.qty));
  if (named.some((x) => x.qty === undefined) || counts.some((b) => counted.has(b.qty))) return [];
  if (!counts.length) return [];
  const reached = linesReached(d);
  if (!reached.length) return [];
  const items = new Set(named.map((x) => x.item!));
  // (Used: a line of an item nobody named, or a line in the cart before the turn, was reached.)
  const before = new Set(d.before.lines.map((l) => l.id));
  if (reached.some((l) => !items.has(l.item) || before.has(l.id))) return [];
  // (Nor "there are three of us, each gets a tonkotsu ramen": a count of two or more that a line
  // made holds showed somewhere; not on a line of a thing said as one, "i'll have two, and a
  // za'atar" that made two za'atars, unless the words give each person one.)
  const each = /\b(?:each|every|all|of us|apiece)\b|씩|각각|각자/i.test(u.text);
  const asOne = new Set(named.filter((x) => x.qty === 1 && !x.qtyExplicit).map((x) => x.item!));
  const unshown = counts.filter((b) => b.qty! < 2 || !reached.some((l) => l.qty === b.qty && (each || !asOne.has(l.item))));
  if (!unshown.length) return [];
  return unshown.map((b) => `a count said with no item (${b.qty}) counted nothing the turn made`);
}
