// "카오팟 두부로 하나요 계란 후라이 두 개 올려 주세요" → "아 하나만 올려 주세요", "메기 매운탕 중 하나 라면
// 사리 세 개요" → "아니다 두 개만 넣어 주세요": a count said with 만 and nothing else, with the verb
// that puts an add-on in or on (넣어, 올려, 추가해) and no 더, a turn after the line was made with
// a counted add-on of several, is how many of that add-on in all. A dish is not put in or on:
// read as the line's count it made three stews, or left the two eggs (blind round 60). So in
// English with "just"/"only" and a word that puts ("actually just put one on", "actually put in
// just two"), not "add one", which may be one more of the dish.
import type { CartLine } from "../../cart/cart.ts";
import { ON_TOP, PUT_IN_EN } from "./language.ts";
import { changeOptions } from "./line-changes.ts";
import type { Outcome } from "./outcomes.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Bare, Mod, Utterance } from "./utterance.ts";

export function addOnCountSaidAgain(d: TurnDraft, b: Bare, latest: CartLine): Outcome[] | undefined {
  const u = d.utterance;
  const putWord = u.lang === "ko" || (u.lang === "en" && u.atoms.some((a) => a.kind === "kw" && a.keywords.includes("add") && PUT_IN_EN.test(a.text.trim())));
  if (!putWord || !b.only || !b.qtyExplicit || b.qty === undefined || b.mods.length || b.parts.length || b.both || b.kws.has("more") || !putsIn(u, b)) return undefined;
  if (u.units.some((x) => !x.asked) || u.bare.filter((x) => !x.asked).length !== 1) return undefined;
  const group = countedLastTurn(d, latest);
  if (!group || latest.options[group] === b.qty) return undefined;
  const mod: Mod = { kind: "count", group, n: b.qty, op: "set", text: "" };
  return changeOptions(d, latest, [mod], undefined).outcomes;
}

/** 넣어 / 추가해 (adding) or 올려 (putting on top; also the words for a size up). */
export function putsIn(u: Utterance, b: Bare): boolean {
  return b.kws.has("add") || u.atoms.some((a) => a.kind === "kw" && a.keywords.includes("up") && ON_TOP.test(a.text.trim()));
}

/** The one counted add-on of several the turn before gave the line (said with it, or alone). */
function countedLastTurn(d: TurnDraft, l: CartLine): string | undefined {
  if (d.mem.lastCounted?.lineId === l.id) return d.mem.lastCounted.group;
  const said = d.mem.saidOfAdded?.[l.id] ?? [];
  const counted = said.filter((g) => d.menu.itemGroup(l.item, g)?.select === "count" && typeof l.options[g] === "number" && (l.options[g] as number) >= 2);
  return counted.length === 1 ? counted[0] : undefined;
}
