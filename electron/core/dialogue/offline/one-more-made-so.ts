// "짜장면 하나 주시고 곱빼기로 하나 더 주세요", "에그마요 하나 주시고 치즈 빼고 하나 더요":
// after an item counted in the same breath, "하나 더" (one more) said with a way of making
// it is another one made that way, not the first one changed. Said a turn later the line in
// hand is copied the same way (bare-edits.ts); this is the same reading within one turn.
// Said with a connective, "마늘 빼고 하나 더", "부추 추가해서 하나 더", any option it takes
// (a removal, an extra) is how the one more is made: the connective ties it to the count.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./atom-kinds.ts";
import { itemTakes } from "./options.ts";
import { groupsOf, type Bare, type Mod, type Unit } from "./utterance.ts";


/**
 * "마늘 빼고 | 하나 더", "부추 추가해서 | 하나 더", "치즈 올려서 | 하나 더": the word before a
 * "하나 더" count ends in a connective that ties a way of making to it: 서 after any adding
 * or option word, 고 only after a removal ("빼고" is "without"; "추가하고 하나 더" may be
 * "add it, and one more").
 */
export function saidSoBeforeOneMore(before: Atom | undefined, num: Atom | undefined): boolean {
  if (num?.kind !== "num" || !num.flags.more || !before) return false;
  const said = before.text.trim();
  if (before.kind === "kw" && before.keywords.includes("remove")) return /(고|서)$/.test(said);
  return (before.kind === "menu" || (before.kind === "kw" && before.keywords.some((w) => w === "add" || w === "request"))) && /서$/.test(said);
}

/**
 * Another of `prev` made as `b` says, or undefined where `b` is not "<a way of making it>
 * 하나 더". Only one-choice options (a size, a broth, a bread) and refusals ("설탕 없이")
 * say how the other one is made: "치즈 하나 더", "샷 하나 더" may as well be more of an
 * extra on the one just named — unless said with a connective (`saidSo`: "치즈 올려서 하나 더").
 */
export function oneMoreMadeSo(prev: Unit, b: Bare, menu: MenuModel, saidSo = false): Unit | undefined {
  if (prev.kind !== "item" || !prev.item || prev.remove || prev.asked) return undefined;
  if (!b.kws.has("more") || !b.qtyExplicit || b.qty === undefined || !b.mods.length || b.parts.length || b.both || b.corrects || b.setQty) return undefined;
  // (With a connective the removal or adding word is the option's own: "마늘 빼고 하나 더".)
  const own = saidSo ? ["remove", "without", "add"] : [];
  if (["remove", "cancel", "change", "same", "instead", "pronoun", "add"].some((k) => b.kws.has(k as never) && !own.includes(k))) return undefined;
  const item = prev.item;
  const madeSo = (m: Mod) => {
    if (!itemTakes(menu, item, m)) return false;
    if (saidSo) return true;
    if (m.kind === "choice") return m.neg || (!m.orCount && m.cands.some((c) => menu.itemGroup(item, c.group)?.select === "one"));
    return m.kind === "group" && m.neg;
  };
  if (!b.mods.every(madeSo)) return undefined;
  const said = new Set(b.mods.flatMap(groupsOf));
  return { ...prev, qty: b.qty, qtyExplicit: true, mods: [...prev.mods.filter((m) => !groupsOf(m).some((g) => said.has(g))), ...b.mods], parts: [], clause: b.clause, another: new Set(b.kws) };
}
