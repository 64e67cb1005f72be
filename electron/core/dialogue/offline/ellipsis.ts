// English ellipsis, after a sentence's clauses are built: phrases that share what another
// phrase said ("one medium and one small pepperoni"), options counted before the items
// they go with ("two 2 liters, one coke one diet coke"), and a list with no articles
// split where an option is named again ("medium pepperoni and large sausage").
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Keyword } from "./language.ts";
import { itemTakes } from "./options.ts";
import { groupsOf, type Bare, type Mod, type Unit } from "./utterance.ts";

/** Two option lists choose differently in the same group ("tall" and "grande"); with `menu`, only in a group of one choice. */
export function conflicting(a: Mod[], b: Mod[], menu?: MenuModel): boolean {
  const oneOnly = (group: string) => !menu || menu.groups.get(group)?.select === "one";
  return a.some((m) => m.kind === "choice" && !m.neg && b.some((x) => x.kind === "choice" && !x.neg && x.cands.some((c) => m.cands.some((d) => d.group === c.group && d.choice !== c.choice && oneOnly(c.group)))));
}

export interface ClausePlace {
  sentence: number;
  /** The clause follows "and" (or another joining word). */
  afterConj: boolean;
  /** English "a lamb one": the clause names its item by "one", the one said before. */
  saysOne?: boolean;
}

export const NOT_AN_ORDER: Keyword[] = ["change", "remove", "cancel", "same", "more", "pronoun", "instead", "add"];

/**
 * English ellipsis: "one medium and one small pepperoni", "a medium and a large pepperoni
 * pizza". A counted phrase of one-choice options alone (a size, a crust) joined by "and"
 * to a counted phrase that chooses the same options differently shares that phrase's
 * item and its other options (both are pepperoni).
 */
export function shareElidedHead(bare: Bare[], units: Unit[], clauseAt: Map<number, ClausePlace>, menu: MenuModel): void {
  for (const b of [...bare]) {
    if (b.qty === undefined || b.parts.length || !b.mods.length || b.both || b.only || b.corrects || b.asked || b.setQty) continue;
    if (NOT_AN_ORDER.some((k) => b.kws.has(k))) continue;
    if (!b.mods.every((m) => m.kind === "choice" && !m.neg && m.cands.every((c) => menu.groups.get(c.group)?.select === "one"))) continue;
    const here = clauseAt.get(b.clause);
    const next = clauseAt.get(b.clause + 1);
    // ("a bacon egg and cheese on a croissant and a sausage one no cheese": "one" takes the head
    // from the first; what is said after it is its own.)
    if (!here || !next || next.sentence !== here.sentence || !next.afterConj || next.saysOne) continue;
    const nextUnit = units.find((u) => u.clause === b.clause + 1 && u.kind !== "unknown" && !u.asked && !u.remove && !u.replaced);
    const other = nextUnit ?? bare.find((x) => x.clause === b.clause + 1 && !NOT_AN_ORDER.some((k) => x.kws.has(k)));
    if (!other || other.qty === undefined || !conflicting(b.mods, other.mods)) continue;
    const mine = new Set(b.mods.flatMap(groupsOf));
    const extra = other.mods.filter((m) => !groupsOf(m).some((g) => mine.has(g)));
    if (nextUnit) {
      bare.splice(bare.indexOf(b), 1);
      units.splice(units.indexOf(nextUnit), 0, { ...nextUnit, qty: b.qty, qtyExplicit: b.qtyExplicit, mods: [...b.mods, ...extra], parts: [], clause: b.clause });
    } else b.mods.push(...extra);
  }
}

/**
 * "Two 2 liters, one coke one diet coke", "two cans, a coke and a sprite": a count of
 * options said first, then items whose counts add up to it, in the same sentence: the
 * options are each item's.
 */
export function countedOptionsFirst(bare: Bare[], units: Unit[], clauseAt: Map<number, ClausePlace>, menu: MenuModel): void {
  for (const b of [...bare]) {
    if (b.qty === undefined || b.qty < 2 || !b.mods.length || b.parts.length || b.both || b.corrects || b.asked || b.setQty) continue;
    if (NOT_AN_ORDER.some((k) => b.kws.has(k)) || !b.mods.every((m) => m.kind === "choice" && !m.neg)) continue;
    const sentence = clauseAt.get(b.clause)?.sentence;
    const after = units.filter((u) => u.clause > b.clause && clauseAt.get(u.clause)?.sentence === sentence && !u.asked && !u.remove && !u.replaced);
    if (!after.length || after.some((u) => u.kind !== "item" || u.qty === undefined || u.parts.length)) continue;
    if (after.reduce((n, u) => n + u.qty!, 0) !== b.qty) continue;
    if (!after.every((u) => b.mods.every((m) => itemTakes(menu, u.item!, m)))) continue;
    for (const u of after) u.mods.push(...b.mods);
    bare.splice(bare.indexOf(b), 1);
  }
}

/**
 * "medium pepperoni and large sausage": options with no item that choose a one-choice
 * option twice are two orders, split where the option is chosen again.
 */
export function splitAtRepeatedChoice(b: Bare, menu: MenuModel): Bare[] {
  if (b.parts.length || b.both || b.corrects || b.asked || b.setQty || NOT_AN_ORDER.some((k) => b.kws.has(k))) return [b];
  const slotOf = (m: Mod) => (m.kind === "choice" && !m.neg && m.cands.every((c) => menu.groups.get(c.group)?.select === "one") ? m.cands.map((c) => c.group).sort().join("|") : undefined);
  const segments: Mod[][] = [[]];
  for (const m of b.mods) {
    const slot = slotOf(m);
    const current = segments[segments.length - 1]!;
    if (slot && current.some((x) => slotOf(x) !== undefined && conflicting([x], [m]))) segments.push([m]);
    else current.push(m);
  }
  if (segments.length < 2) return [b];
  // "a medium thin crust pepperoni gluten free": a choice named again on its own, with
  // nothing else, is a second thought or a clash, not another order ("... large sausage" is).
  if (segments.slice(1).some((x) => x.length < 2)) return [b];
  return segments.map((mods, i) => ({ ...b, mods, qty: i === 0 ? b.qty : undefined, qtyExplicit: i === 0 && b.qtyExplicit }));
}

/**
 * "one large pepperoni one large sausage", "two large pepperoni two large sausage": a
 * counted phrase of options followed by another counted phrase that does not divide it
 * (one part as many as the whole, or parts adding up to more) is a list of orders, each
 * with its own count; "two large, one with ham one with onions" stays one order in parts.
 */
export function splitCountedList(b: Bare): Bare[] {
  if (!b.parts.length || b.qty === undefined || !b.qtyExplicit || !b.mods.length || b.both || b.corrects || b.asked || b.setQty) return [b];
  if (NOT_AN_ORDER.some((k) => b.kws.has(k)) || b.parts.some((p) => !p.mods.length)) return [b];
  const partsQty = b.parts.reduce((s, p) => s + p.qty, 0);
  if (b.parts.length === 1 ? partsQty < b.qty : partsQty <= b.qty) return [b];
  return [{ ...b, parts: [] }, ...b.parts.map((p) => ({ ...b, qty: p.qty, qtyExplicit: true, mods: p.mods, parts: [] }))];
}
