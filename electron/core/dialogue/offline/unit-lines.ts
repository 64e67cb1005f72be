// One unit's lines and counts: choices split over its count ("두 개, 순한맛이랑 매운맛으로"),
// "각각 두 잔씩" reaching every thing listed, and "특에는 …" picking one of two lines.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import type { Mod, Unit } from "./utterance.ts";

/**
 * "떡볶이 두 개, 순한맛이랑 매운맛으로": as many different choices of one group as there
 * are items means one each.
 */
export function splitConflictingChoices(u: Unit, menu: MenuModel): void {
  if (u.kind !== "item" || !u.item || u.parts.length || u.qty === undefined || u.qty < 2) return;
  const byGroup = new Map<string, Mod[]>();
  for (const m of u.mods) {
    if (m.kind !== "choice" || m.neg) continue;
    const g = m.cands.map((c) => menu.itemGroup(u.item!, c.group)).find((eg) => eg?.select === "one" && eg.choices.some((x) => m.cands.some((c) => c.group === eg.id && c.choice === x.id)));
    if (!g) continue;
    byGroup.set(g.id, [...(byGroup.get(g.id) ?? []), m]);
  }
  for (const mods of byGroup.values()) {
    const distinct = new Set(mods.map((m) => (m.kind === "choice" ? m.cands.map((c) => `${c.group}/${c.choice}`).join() : "")));
    if (distinct.size < 2 || mods.length !== u.qty) continue;
    u.mods = u.mods.filter((m) => !mods.includes(m));
    u.parts = mods.map((m) => ({ qty: 1, mods: [m] }));
  }
}

/** "각각 두 잔씩", "하나씩": the quantity said last goes to each thing listed before it. */
export function distributeEach(units: Unit[]): void {
  units.forEach((x, i) => {
    if (!x.each || !x.qtyExplicit || x.qty === undefined) return;
    for (let j = 0; j < i; j++) {
      const y = units[j]!;
      if (!y.qtyExplicit) {
        y.qty = x.qty;
        y.qtyExplicit = true;
      }
    }
  });
}

/**
 * "two bulgogi plates and a coke each", "a galbi plate and a bulgogi plate with a sprite
 * for each": one of it for every item named before it (English; "콜라 하나씩" after two
 * things also says one of each of them, so Korean is left to distributeEach).
 */
export function oneForEachBefore(units: Unit[], atoms: readonly Atom[]): void {
  // ("squid, shrimp and fish balls, one of each": the count is each's, not one more thing.)
  if (atoms.some((a) => a.kind === "num" && a.flags.each)) return;
  units.forEach((x, i) => {
    if (!x.each || x.kind !== "item" || (x.qty ?? 1) !== 1 || x.parts.length) return;
    const before = units.slice(0, i).filter((y) => y.kind === "item" && y.item !== x.item && !y.asked && !y.remove && !y.replaced);
    const n = before.reduce((sum, y) => sum + (y.qty ?? 1), 0);
    if (n < 2) return;
    x.qty = n;
    x.qtyExplicit = true;
  });
}

/**
 * "돼지국밥 특 하나 보통 하나 근데 특에는 다대기 많이요": a choice said with 에는/은 that
 * one of two lines of the item has (특) picks that line; what follows it is said of that one.
 */
export function lineNamedByItsChoice(units: Unit[]): void {
  const key = (m: Mod) => (m.kind === "choice" && !m.neg && m.cands.length === 1 ? `${m.cands[0]!.group}/${m.cands[0]!.choice}` : undefined);
  for (const u of units) {
    const i = u.mods.findIndex((m, j) => j > 0 && m.kind === "choice" && /(에는|에|은|는)$/.test(m.text.trim()) && !!key(m));
    if (i < 0) continue;
    const sel = u.mods[i]!;
    const group = sel.kind === "choice" ? sel.cands[0]!.group : "";
    // Its own line has another choice of that group, and one other line of the item has this one.
    if (!u.mods.slice(0, i).some((m) => m.kind === "choice" && !m.neg && m.cands.some((c) => c.group === group) && key(m) !== key(sel))) continue;
    const others = units.filter((x) => x !== u && x.item === u.item && x.mods.some((m) => key(m) === key(sel)));
    if (others.length !== 1) continue;
    const moved = u.mods.splice(i);
    others[0]!.mods.push(...moved.slice(1));
  }
}
