// Korean "<item> <count> <option> <count>": the option said after the first count, and
// another count after it. "아메리카노 아이스 하나 핫 하나" is surely two lines (the item's own
// words already said which of that kind it is, and the option says another); "짜장면 하나
// 곱빼기로 하나 더" is surely one more (더). Where the item said nothing of that kind, people
// read it both ways: "짜장 하나 곱빼기로 하나요" as two bowls, one large, but "참치 하나
// 칩세트 하나" as one tuna made a chips set. So it is a guess, read as another line (the
// reading given where more than one person wrote such words) — except where the option is a
// set of the item with other things ("칩 세트": setOfTheItem), read as the same one made so.
// A smaller count without 은/는
// ("참치 두 개 칩세트 하나": one of them, or one more?) is a guess too. The same counter said
// again, "인절미 한 팩 흑임자 한 팩", "짜장 한 그릇 곱빼기로 한 그릇", counts packs or bowls one
// by one: surely another (a set of the item stays the one made so).
import type { Atom } from "./atoms.ts";
import type { Mod, Unit } from "./utterance.ts";
import type { Keyword } from "./language.ts";
import { sameGroup } from "./clause-cues.ts";
import { choiceBringsOthers } from "./included-in-choice.ts";
import { choiceInAliasWords } from "./alias-choices.ts";
import type { MenuModel } from "../../../../shared/menu/model.ts";

/**
 * Whether count `a`, said after options `said` that followed unit `u`'s first count, makes
 * another line of the item for sure; a guess (in words) where it may be the one just named.
 */
export function anotherAfterOption(u: Unit, said: Mod[], a: Atom & { kind: "num" }, kws: ReadonlySet<Keyword>, menu?: MenuModel, since: readonly Atom[] = []): string | undefined {
  // The item's own words set that kind already ("아이스 … 핫", "아아 하나 핫 하나"), even to
  // the kind it comes as ("설렁탕 보통 하나 특 하나": 보통 is the size it comes in): another.
  const presetGroups = [...Object.keys(u.preset ?? {}), ...Object.keys((menu && u.item && choiceInAliasWords(menu, u.item, u.text)) || {})];
  const itsOwn = said.some((m) => sameGroup(m, u.mods) || (m.kind === "choice" ? m.cands.some((c) => presetGroups.includes(c.group)) : presetGroups.includes(m.group)));
  if (itsOwn || a.flags.more || kws.has("more") || u.qty === undefined || a.value > u.qty) return undefined;
  if (a.value === u.qty && sameCounterAgain(since, a) && !(menu && setOfTheItem(menu, u, said))) return undefined;
  const words = said.map((m) => m.text).join(" ");
  return a.value === u.qty ? `"${u.text} ${u.qty} ${words} ${a.value}": the same one made so, or another?` : `"${words} ${a.value}" after ${u.qty}: one of them, or more?`;
}

/** Options said after the count that are all one choice making the item a set with other things ("칩세트"). */
export function setOfTheItem(menu: MenuModel, u: Unit, said: Mod[]): boolean {
  return !!u.item && said.length === 1 && said[0]!.kind === "choice" && !said[0]!.neg && said[0]!.cands.every((c) => choiceBringsOthers(menu, u.item!, c.group, c.choice));
}

/**
 * "참치 하나하고 칩세트 하나", "참치 하나 그리고 칩세트 하나": after "and", options with the
 * same count and no item may be the one just named made so, or a second one: a guess
 * (read as the same one), with 로 or not ("짜장 하나랑 곱빼기로 하나": read as two bowls by
 * the people who wrote "짜장 하나 곱빼기로 하나요"). Not where the item's words already set
 * that kind (another, read elsewhere).
 */
export function sameOrAnotherAfterAnd(prev: Unit, b: { qty?: number; qtyExplicit: boolean; mods: Mod[]; parts: unknown[]; kws: ReadonlySet<Keyword> }): string | undefined {
  if (!b.qtyExplicit || b.qty === undefined || b.qty !== prev.qty || !b.mods.length || b.parts.length || b.kws.has("more")) return undefined;
  if (b.mods.some((m) => m.kind !== "choice" || m.neg)) return undefined;
  const presetGroups = Object.keys(prev.preset ?? {});
  if (b.mods.some((m) => sameGroup(m, prev.mods) || (m.kind === "choice" && m.cands.some((c) => presetGroups.includes(c.group))))) return undefined;
  return `"${b.mods.map((m) => m.text).join(" ")} ${b.qty}" after "${prev.text} ${prev.qty}" and "and": the same one made so, or another?`;
}

/** Whether count `a` says the counter of the first count said since the item ("한 팩 … 한 팩이요"). */
function sameCounterAgain(since: readonly Atom[], a: Atom & { kind: "num" }): boolean {
  const first = since.find((x): x is Atom & { kind: "num" } => x.kind === "num" && x !== a);
  return !!first?.counted && !!first.unit && !!a.counted && first.unit.trim() === a.unit?.trim();
}
