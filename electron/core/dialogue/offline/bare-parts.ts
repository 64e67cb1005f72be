// A count of options with the item left out, then "and one on X" (English): "three bacon egg
// and cheese, two on everything and one on plain" (the rest of the count), "two bacon egg and
// cheese on a croissant and one on an english muffin" (one more, made otherwise). Where an
// item is named, parse.ts reads the same shapes on the unit; here the item is decided later
// (bare-edits.ts), so the two phrases become one count in parts and make one order.
import { conflicting, NOT_AN_ORDER, type ClausePlace } from "./ellipsis.ts";
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { itemTakes } from "./options.ts";
import { groupsOf, type Bare, type ParseContext } from "./utterance.ts";


/**
 * Folds `b` (a counted phrase of options after "and") into the phrase of options said just
 * before it in the same sentence, when it is a part of that count or one more of it made
 * differently in a one-choice group. True when `b` was taken.
 */
export function joinBareCount(b: Bare, bare: Bare[], clauseAt: Map<number, ClausePlace>, menu: MenuModel, focus: ParseContext["focus"]): boolean {
  const here = clauseAt.get(b.clause);
  const before = bare.at(-1);
  if (!here?.afterConj || !before || before.clause !== b.clause - 1 || clauseAt.get(before.clause)?.sentence !== here.sentence) return false;
  if (!plainCounted(b) || b.qty === undefined || !b.qtyExplicit || !b.mods.length || b.parts.length) return false;
  if (!plainCounted(before) || before.qty === undefined) return false;
  const given = before.parts.reduce((n, p) => n + p.qty, 0);
  // "three …, two on everything and one on plain": the rest of the count.
  if (before.parts.length) {
    if (given + b.qty > before.qty) return false;
    before.parts.push({ qty: b.qty, mods: [...b.mods] });
    return true;
  }
  // "two … on a croissant and one on an english muffin": the croissant was said of all two,
  // so the one is no part of them; the two and the one are parts of three, what is said of
  // the two in the groups the one chooses otherwise being theirs alone.
  // (Not where the one says what the first did not: "one medium and one small pepperoni" has
  // the head said last, and both are pepperoni: ellipsis.ts.)
  const first = new Set(before.mods.flatMap(groupsOf));
  if (!conflicting(before.mods, b.mods, menu) || !b.mods.every((m) => groupsOf(m).every((g) => first.has(g)))) return false;
  // (Nor where both may be parts of a line in hand: "two kids meals" → "one with chips and one
  // with beans" (bare-edits.ts).)
  const mods = [...before.mods, ...b.mods];
  if (focus?.some((l) => (l.qty ?? 1) >= before.qty! + b.qty! && mods.every((m) => itemTakes(menu, l.item, m)))) return false;
  const said = new Set(b.mods.flatMap(groupsOf));
  const own = before.mods.filter((m) => groupsOf(m).some((g) => said.has(g)));
  before.mods = before.mods.filter((m) => !own.includes(m));
  before.parts.push({ qty: before.qty, mods: own }, { qty: b.qty, mods: [...b.mods] });
  before.qty += b.qty;
  return true;
}

/** A phrase of options and a count, ordering (not a change, a correction or an answer). */
function plainCounted(b: Bare): boolean {
  return !b.both && !b.only && !b.corrects && !b.asked && !b.setQty && !b.absorbed && !NOT_AN_ORDER.some((k) => b.kws.has(k));
}

/**
 * "make that two, one watermelon and one cherry": the count the line is set to, then in the
 * same sentence its parts, as many in all, each said with its options: one phrase, the line
 * made that many and parted so (bare-edits.ts), not the parts made beside the count.
 */
export function partsOfTheCountSet(bare: Bare[], clauseAt: Map<number, ClausePlace>): void {
  for (let i = bare.length - 1; i > 0; i--) {
    const [before, b] = [bare[i - 1]!, bare[i]!];
    const here = clauseAt.get(b.clause);
    if (!here || before.clause !== b.clause - 1 || clauseAt.get(before.clause)?.sentence !== here.sentence) continue;
    if (!before.setQty || before.qty === undefined || !before.qtyExplicit || before.mods.length || before.parts.length || before.both || before.only || before.asked || before.absorbed) continue;
    if (b.qty !== before.qty || b.mods.length || b.parts.length < 2 || b.parts.some((p) => !p.mods.length) || b.both || b.only || b.corrects || b.asked || b.setQty) continue;
    if (b.parts.reduce((n, p) => n + p.qty, 0) !== before.qty || NOT_AN_ORDER.some((k) => b.kws.has(k))) continue;
    before.parts = b.parts.map((p) => ({ qty: p.qty, mods: [...p.mods] }));
    bare.splice(i, 1);
  }
}
