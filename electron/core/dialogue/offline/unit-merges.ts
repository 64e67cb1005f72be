// How a unit said before takes in what is said after it (parse.ts decides when): a
// correction takes its place ("카페라떼 아니 바닐라 라떼"), a clause of bare options and
// counts merges into it, and a corrected option takes back the one it corrects.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Bare, Mod, Unit } from "./utterance.ts";
import { itemTakes } from "./options.ts";
import { sameGroup } from "./clause-cues.ts";

/** "카페라떼 아니 바닐라 라떼": the new thing takes the old one's place, quantity and options. */
/**
 * "칼국수 하나랑 공기밥 하나 아니다 칼국수도 두 개요": a correction that names, with a count,
 * an item ordered earlier in the turn than the thing just said corrects that item's count,
 * not the thing just said (which stays). Otherwise the unit just said (`prev`).
 */
export function sameItemCorrected(units: readonly Unit[], prev: Unit, u: Unit): Unit {
  if (!u.item || u.kind !== "item" || !u.qtyExplicit || prev.item === u.item || u.mods.length) return prev;
  const same = units.filter((x) => x.kind === "item" && x.item === u.item && x.qtyExplicit && !x.replaced && !x.remove && !x.asked);
  return same.length === 1 ? same[0]! : prev;
}

export function replaceByCorrection(units: Unit[], prev: Unit, u: Unit): void {
  const idx = units.indexOf(prev);
  units.splice(idx, 1);
  if (!u.qtyExplicit && prev.qty !== undefined) {
    u.qty = prev.qty;
    u.qtyExplicit = prev.qtyExplicit;
  }
  const said = new Set(u.mods.flatMap((m) => (m.kind === "choice" ? m.cands.map((c) => c.group) : [m.group])));
  u.mods = [...prev.mods.filter((m) => !(m.kind === "choice" ? m.cands.some((c) => said.has(c.group)) : said.has(m.group))), ...u.mods];
  if (u.parts.length === 0) u.parts = prev.parts;
  u.corrects = false;
  units.push(u);
}

/**
 * "a large, no, medium latte", "a large, I mean medium latte": options said with no item,
 * then a correction that names the item, were said of that item; the correction's own
 * options win over them. Only where nothing else was named before and the item takes every
 * option said: the options before become the item's, and are not another order.
 */
export function correctsOptionsBefore(units: readonly Unit[], bare: Bare[], u: Unit, menu: MenuModel): boolean {
  if (units.some((x) => x.kind !== "unknown") || !u.item || u.kind !== "item") return false;
  const b = bare[bare.length - 1];
  if (!b || !b.mods.length || b.parts.length || b.both || b.asked || bare.some((x) => x !== b && x.mods.length)) return false;
  if (!b.mods.every((m) => m.kind === "choice" && !m.neg && itemTakes(menu, u.item!, m))) return false;
  bare.splice(bare.length - 1, 1);
  if (!u.qtyExplicit && b.qty !== undefined) {
    u.qty = b.qty;
    u.qtyExplicit = b.qtyExplicit;
  }
  const said = new Set(u.mods.flatMap((m) => (m.kind === "choice" ? m.cands.map((c) => c.group) : [m.group])));
  u.mods = [...b.mods.filter((m) => !(m.kind === "choice" && m.cands.some((c) => said.has(c.group)))), ...u.mods];
  u.corrects = false;
  return true;
}

export function mergeBare(u: Unit, b: Bare, en: boolean): void {
  if (b.corrects || (b.only && b.mods.length === 0)) {
    // "세 잔 아 아니다 두 잔이요", "two muffins, actually just one". ("장어 세 마리 양념으로요 아
    // 아니다 두 마리만 양념이고 한 마리는 소금으로요": counts that add up to the line's share it out.)
    const sharesOut = b.qty !== undefined && b.parts.length > 0 && u.qty !== undefined && !u.parts.length && b.qty + b.parts.reduce((n, p) => n + p.qty, 0) === u.qty;
    if (!sharesOut && b.qty !== undefined) {
      u.qty = b.qty;
      u.qtyExplicit = true;
    }
    // "a hamburger with bacon, I mean avocado", "no beans, I mean no rice": the option said
    // last of that kind is taken back (not "actually add mushrooms": that is one more).
    if (b.corrects && !["add", "more", "also"].some((k) => b.kws.has(k as never))) takeBackCorrected(u, b.mods);
    if (sharesOut) {
      // (The parts say all of it: what the whole had of their kinds is said again of each.)
      const said = [...b.mods, ...b.parts.flatMap((p) => p.mods)];
      u.mods = u.mods.filter((m) => !sameGroup(m, said));
      u.parts.push({ qty: b.qty!, mods: [...b.mods] }, ...b.parts);
      u.restates = true;
    }
    else u.mods.push(...b.mods);
    return;
  }
  // "two lattes, a small and a large": an article with options after a counted item is one of them.
  // ("two quarter chickens and a sauce cup each": each of them has one.)
  const oneOfThem = b.qty === 1 && !b.qtyExplicit && b.mods.length > 0 && u.qty !== undefined && u.qty > 1 && !(en && b.both);
  if (b.qty !== undefined && (b.qtyExplicit || oneOfThem)) {
    if (b.mods.length === 0) {
      if (u.qty === undefined || !u.qtyExplicit) {
        u.qty = b.qty;
        u.qtyExplicit = true;
      } else u.parts.push({ qty: b.qty, mods: [] });
    } else if (u.qty !== undefined && b.qty < u.qty) u.parts.push({ qty: b.qty, mods: [...b.mods] });
    else {
      // "latte, two pumps of vanilla": a number with options after the item is not its quantity
      // in English; in Korean ("라떼요, 아이스로 두 잔") it is.
      if (!en && u.qty === undefined) {
        u.qty = b.qty;
        u.qtyExplicit = true;
      }
      u.mods.push(...b.mods);
    }
  } else if (u.parts.length > 0 && b.mods.length > 0) u.parts[u.parts.length - 1]!.mods.push(...b.mods);
  else u.mods.push(...b.mods);
  u.parts.push(...b.parts);
  if (b.only) u.only = true;
}

/** The choice the unit was last given of the group another choice now names, taken off it. */
export function takeBackSameGroup(prev: Unit, mods: Mod[]): void {
  for (const m of mods) {
    if (m.kind !== "choice" || m.neg) continue;
    const groups = new Set(m.cands.map((c) => c.group));
    const i = prev.mods.findLastIndex((x) => x.kind === "choice" && !x.neg && x.cands.some((c) => groups.has(c.group)) && !x.cands.some((c) => m.cands.some((d) => d.choice === c.choice && d.group === c.group)));
    if (i < 0) continue;
    // "진하게 아 아니다 보통으로요" where 보통 is also the firmness's and the amount's: the
    // choice that corrects is of the group it corrects.
    const taken = prev.mods[i]!;
    const own = m.cands.filter((c) => taken.kind === "choice" && taken.cands.some((t) => t.group === c.group));
    if (own.length) m.cands = own;
    prev.mods.splice(i, 1);
  }
}

/**
 * What a correction of options takes back: for each choice said, the last choice said before
 * of the same group (another one); for each refusal, the last refusal said before.
 */
export function takeBackCorrected(prev: Unit, mods: Mod[]): void {
  takeBackSameGroup(prev, mods);
  // (A refusal is a choice refused, or a choice the menu calls "No rice", "Without beans".)
  const refusal = (x: Mod) => x.kind === "choice" && (x.neg || /^(?:no|without|hold)\s/i.test(x.text.trim()));
  for (const m of mods) {
    if (m.kind !== "choice" || !refusal(m)) continue;
    const i = prev.mods.findLastIndex((x) => x.kind === "choice" && refusal(x) && !x.cands.some((c) => m.cands.some((d) => d.choice === c.choice && d.group === c.group)));
    if (i >= 0) prev.mods.splice(i, 1);
  }
}
