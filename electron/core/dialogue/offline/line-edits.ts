// Changes to lines already ordered: "라떼는 아이스로", "make it three", "하나는 샷
// 추가", "세트로 해 주세요", and a kind's word ("the pizza") naming lines of that kind.
// (Option phrases said with no item are bare-edits.ts'.) Plain functions over the turn's
// draft; each returns what it did as outcomes.
import { missingGroups, type CartLine } from "../../cart/cart.ts";
import { anotherOfTheKind } from "./another-of-the-item.ts";
import { elidedHeadFor, plainHeadFor, plainNamedFor } from "./elided.ts";
import { keyOf } from "./lexicon.ts";
import { addItem, applyPart, changeOptions, removeFrom, restateCounts, setQty, unitQty } from "./line-changes.ts";
import { countInPlaceOfAnother } from "./count-in-place.ts";
import { optionOnlyOnThisLine } from "./only-on-this-line.ts";
import { itemTakes } from "./options.ts";
import { lineNamingTheKind } from "./kind-named-inside.ts";
import { removalOnLineInHand } from "./removal-named-item.ts";
import type { Outcome } from "./outcomes.ts";
import { allLines, focusLines, lineById, recent, type TurnDraft } from "./turn-draft.ts";
import type { Mod, Unit } from "./utterance.ts";

/**
 * "삼계탕으로 두 개 해 주세요" with a 삼계탕 in the cart before the turn: the item said as what
 * the order becomes (로) with a count is how many of it in all, not that many more ("두 개
 * 더" adds; an item not in the cart is ordered).
 */
export function countAsTarget(d: TurnDraft, u: Unit, lines: CartLine[]): boolean {
  return d.utterance.lang === "ko" && u.dir && u.qtyExplicit && u.qty !== undefined && !u.kws.has("more") && !u.mods.length && !u.parts.length && lines.some((l) => !d.created.includes(l.id));
}

/** The line holds only what its item comes with: no option was said for it. */
function madeAsItComes(d: TurnDraft, l: CartLine): boolean {
  return d.menu.itemGroups(l.item).every((g) => {
    const v = l.options[g.id];
    const none = g.select === "many" ? [] : g.select === "count" ? 0 : undefined;
    return v === undefined || JSON.stringify(v) === JSON.stringify(g.default ?? none);
  });
}

/** A unit that talks about a line already in the cart rather than ordering another one. */
export function isReference(d: TurnDraft, u: Unit, lines: CartLine[]): boolean {
  if (u.topic || u.only || u.kws.has("change") || u.corrects || u.qtyTarget) return true;
  // "라면에 계란은 안 넣어도 돼요" after a ramen: the line it is said to, not another ramen.
  if (u.loc && !u.qtyExplicit) return true;
  // "떡볶이 보통맛 말고 매운맛으로", "the pizza, sausage instead of bacon": an option swapped on it.
  const neg = u.mods.some((m) => m.kind === "choice" && m.neg);
  // (Not "and a jasmine milk tea with lychee jelly instead of the boba": "a" orders another one.)
  const article = !u.qtyExplicit && u.qty !== undefined;
  if (!u.qtyExplicit && !article && neg && u.mods.some((m) => m.kind === "choice" && !m.neg) && u.kws.has("instead")) return true;
  // "라볶이 치즈 추가해 주세요" a turn after ordering one: adding to it, not another one.
  const earlier = lines.filter((l) => !d.created.includes(l.id));
  const adds = u.kws.has("add") || u.mods.some((m) => m.kind === "count" || (m.kind === "choice" && m.orCount));
  if (d.utterance.lang === "ko" && !u.qtyExplicit && u.mods.length && adds && earlier.length) return true;
  // "a latte and a cappuccino, the latte iced": "the" + options talks about the one ordered.
  if (u.the && u.mods.length && !u.qtyExplicit) return true;
  // "짜조 하나랑 쏨땀 하나요 쏨땀 땅콩 빼고 맵게요": Korean says no "the"; the item named again in the
  // turn that ordered it, with options and no count, is the one just ordered (a guess still: accounting.ts).
  // (Not "팥붕이랑 슈붕 하나씩", "순한맛 쭈꾸미 1인분 매운맛 쭈꾸미 1인분": each counted, or the first
  // made with its own choices, a second line.)
  const last = lines[lines.length - 1]!;
  if (d.utterance.lang === "ko" && u.qty === undefined && !u.qtyExplicit && !u.each && !u.preset && u.mods.length && !u.kws.has("more") && d.created.includes(last.id) && madeAsItComes(d, last)) return true;
  if (u.kws.has("more") && !u.qtyExplicit) return true;
  if (u.kws.has("more") && u.mods.length === 0) return true;
  // "the chicken, forget it": "the" + a line ordered before, in a turn that takes something off.
  const k = d.utterance.orderKws;
  if (d.utterance.lang === "en" && u.the && !u.qtyExplicit && earlier.length && (k.has("remove") || k.has("cancel"))) return true;
  // Completing a line that still waits for a required choice: "페퍼로니 라지요".
  // (Not "a cheese pie and a pepperoni pie": "a" in the same breath orders another one.)
  const another = (l: CartLine) => d.utterance.lang === "en" && u.qty !== undefined && d.created.includes(l.id);
  if (!u.qtyExplicit && u.mods.length && lines.some((l) => missingGroups(d.menu, l).length > 0 && !another(l))) return true;
  return false;
}

/** Change lines already ordered: their quantity, their options, or the options of part of them. */
export function modifyLines(d: TurnDraft, u: Unit, lines: CartLine[]): Outcome[] {
  const target = lines[lines.length - 1]!;
  // "아아 두 잔" then "한 잔 더 뜨아로": one more of the item as its name makes it, not of the line.
  const otherwise = presetDiffers(target, u.preset);
  if (d.utterance.lang === "ko" && otherwise && u.kws.has("more") && u.qtyExplicit && u.mods.length === 0 && !u.parts.length) return addItem(d, target.item, u.qty ?? 1, u.preset ?? {}, [], []);
  if (u.kws.has("more") && u.mods.length === 0) {
    const out = setQty(d, target, target.qty + (u.qty ?? 1));
    // "two more lattes, one of them iced": that many of the line made so.
    for (const p of u.parts) if (lineById(d.state, target.id)) out.push(...applyPart(d, target.id, p));
    return out;
  }
  // ("한 잔은 뜨아로" on two 아아: that many of the line made as the name says, below.)
  if (u.qtyExplicit && u.qty !== undefined && u.mods.length === 0 && u.parts.length === 0 && !(otherwise && u.qty < target.qty)) return setQty(d, target, u.qty);
  if (!u.mods.length && !u.parts.length && !u.preset) return setQty(d, target, target.qty);
  const onlyHere = lines.length === 1 ? optionOnlyOnThisLine(d, u, target) : undefined;
  if (onlyHere) return onlyHere;
  const targets = u.qtyExplicit ? [target] : lines;
  const out: Outcome[] = [];
  for (const l of targets) {
    const qty = u.qtyExplicit && u.qty !== undefined && u.qty < l.qty ? u.qty : undefined;
    const said = countInPlaceOfAnother(d, l, restateCounts(d, l, u.mods, u.kws, u.only), u.kws);
    out.push(...said.doubts, ...changeOptions(d, l, said.mods, qty, u.preset).outcomes);
    // "make it just one large fry" of two large fries: the options said are the line's own, so
    // nothing was split off; "just" / "make it" said the line's count.
    const still = lineById(d.state, l.id);
    if (qty !== undefined && targets.length === 1 && !u.parts.length && (u.only || u.afterChange || u.corrects) && still?.qty === l.qty && sameOptions(still.options, l.options)) out.push(...setQty(d, still, qty));
    for (const p of u.parts) out.push(...applyPart(d, l.id, p));
  }
  return out;
}

const sameOptions = (a: CartLine["options"], b: CartLine["options"]) => JSON.stringify(a) === JSON.stringify(b);

/** A name that sets options ("뜨아" = hot americano) sets some the line has otherwise. */
function presetDiffers(l: CartLine, preset: Unit["preset"]): boolean {
  const key = (v: unknown) => JSON.stringify(Array.isArray(v) ? [...v].sort() : v === undefined ? [] : [v]);
  return Object.entries(preset ?? {}).some(([g, v]) => key(l.options[g]) !== key(v));
}

/**
 * "김밥을 돈까스김밥으로 바꿔" with a 라김 세트 of 원조김밥 in the order: the line whose choice is
 * named like the item to replace takes the choice named like the new one. Undefined if none.
 */
export function swapChoiceNamed(d: TurnDraft, from: string, to: string): Outcome[] | undefined {
  for (const l of [...focusLines(d)].reverse()) {
    const a = choiceNaming(d, l.item, from);
    const b = choiceNaming(d, l.item, to);
    if (!a || !b || a.group !== b.group || l.options[a.group] !== a.choice) continue;
    return [{ kind: "acted-on" }, ...changeOptions(d, l, [{ kind: "choice", cands: [{ ...b, name: true }], neg: false, text: "" }], undefined).outcomes];
  }
  return undefined;
}

/**
 * "떡튀순 세트로 해 주세요" after 떡볶이, 모듬튀김 and 순대: a combo whose name is the first
 * syllables of lines ordered earlier (떡+튀+순) takes their place, each line that is one of
 * its choices given as that choice. Undefined when the name is no such combo.
 */
export function comboOfLines(d: TurnDraft, u: Unit): Outcome[] | undefined {
  const item = u.item!;
  const earlier = d.state.lines.filter((l) => l.item !== item && !d.created.includes(l.id));
  for (const words of d.lex.itemWords(item).names) {
    const head = words[0]?.hangul && /^[\uac00-\ud7a3]{2,4}$/.test(words[0].norm) ? words[0].norm : undefined;
    if (!head) continue;
    const used: CartLine[] = [];
    for (const syl of head) {
      const starts = (l: CartLine) => d.lex.itemWords(l.item).names.some((ws) => ws.some((w) => w.norm.startsWith(syl)));
      const hit = earlier.filter((l) => !used.includes(l) && starts(l));
      if (hit.length !== 1) break;
      used.push(hit[0]!);
    }
    if (used.length !== head.length) continue;
    const qty = Math.min(...used.map((l) => l.qty));
    const mods: Mod[] = [];
    for (const l of used) {
      const c = choiceNaming(d, item, l.item);
      if (c) mods.push({ kind: "choice", cands: [{ ...c, name: true }], neg: false, text: "" });
    }
    const out: Outcome[] = [{ kind: "item-guessed", item }];
    for (const l of used) out.push(...removeFrom(d, l, qty));
    return [...out, ...addItem(d, item, qty, u.preset ?? {}, [...mods, ...u.mods], u.parts)];
  }
  return undefined;
}

/**
 * "I don't want the coleslaw" with a fish dinner that comes with coleslaw and no side of
 * coleslaw ordered: what is refused is the line's own choice named like the item, not an item
 * ordered. Undefined unless exactly one line has such a choice chosen (several: whose is it?).
 */
export function refuseChoiceNamedLikeItem(d: TurnDraft, u: Unit): Outcome[] | undefined {
  const item = u.item!;
  if (d.state.lines.some((l) => l.item === item)) return undefined;
  const hits = d.state.lines.flatMap((l) => {
    const c = choiceNaming(d, l.item, item);
    return c && d.menu.itemGroup(l.item, c.group)?.select === "one" && l.options[c.group] === c.choice ? [{ l, c }] : [];
  });
  if (hits.length !== 1) return undefined;
  const { l, c } = hits[0]!;
  const refused: Mod = { kind: "choice", cands: [{ ...c, name: false }], neg: true, text: u.text };
  const changed = changeOptions(d, l, [refused], undefined);
  return changed.applied ? changed.outcomes : undefined;
}

/**
 * "apple slices instead of fries" with a kids meal whose side is fries and no side of fries
 * ordered: the item named after "instead of" is the line's own choice named like it, and the
 * choice said before takes its place on that line. Undefined unless exactly one line has it chosen.
 */
export function choiceSwappedOut(d: TurnDraft, u: Unit): Outcome[] | undefined {
  const item = u.item!;
  if (d.utterance.lang !== "en" || d.state.lines.some((l) => l.item === item)) return undefined;
  const atoms = d.utterance.atoms;
  const at = atoms.findIndex((a) => a.kind === "menu" && a.text === u.text && a.refs.some((r) => r.kind === "item" && r.item === item));
  const before = atoms.slice(0, Math.max(at, 0)).reverse().find((a) => !(a.kind === "kw" && a.keywords.every((w) => w === "the" || w === "filler")));
  if (at < 0 || before?.kind !== "kw" || !before.keywords.includes("instead") || !/of|than|place/.test(before.text)) return undefined;
  const hits = d.state.lines.flatMap((l) => {
    const c = choiceNaming(d, l.item, item);
    if (!c || d.menu.itemGroup(l.item, c.group)?.select !== "one" || l.options[c.group] !== c.choice) return [];
    // (The choice said right before "instead of", of that group.)
    const said = atoms[atoms.indexOf(before) - 1];
    const ref = said?.kind === "menu" ? said.refs.find((r) => r.kind === "choice" && r.group === c.group && r.choice !== c.choice) : undefined;
    if (said?.kind !== "menu" || ref?.kind !== "choice") return [];
    const wanted: Mod = { kind: "choice", cands: [{ group: ref.group, choice: ref.choice, name: false }], neg: false, text: said.text, at: said.start };
    return [{ l, wanted }];
  });
  if (hits.length !== 1) return undefined;
  const { l, wanted } = hits[0]!;
  return changeOptions(d, l, [wanted, ...u.mods.filter((m) => m.at !== wanted.at)], undefined).outcomes;
}

/** The choice of one of the item's groups that is named like another item ("원조김밥" in the set's 김밥 group). */
export function choiceNaming(d: TurnDraft, item: string, named: string): { group: string; choice: string } | undefined {
  const keys = new Set(nameKeys(d, named));
  for (const g of d.menu.itemGroups(item)) {
    for (const c of g.choices) {
      const names = [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].filter((n): n is string => typeof n === "string");
      if (names.some((n) => keys.has(keyOf(n)))) return { group: g.id, choice: c.id };
    }
  }
  return undefined;
}

/** A line whose item's name contains the words said for this unit and that takes its options. */
export function lineNamedInside(d: TurnDraft, u: Unit, minLength = 3): CartLine | undefined {
  return linesNamedInside(d, u, minLength)[0];
}

/** Every such line, the latest first. */
export function linesNamedInside(d: TurnDraft, u: Unit, minLength = 3): CartLine[] {
  const said = d.lex.itemWords(u.item!).keys.filter((k) => k.length >= minLength);
  return allLines(d).reverse().filter(
    (l) => l.item !== u.item && nameKeys(d, l.item).some((k) => said.some((w) => k.includes(w) && k !== w)) && u.mods.every((m) => itemTakes(d.menu, l.item, m)),
  );
}

export function nameKeys(d: TurnDraft, item: string): string[] {
  return d.lex.itemWords(item).keys;
}

/**
 * A word for a kind of thing ("pizza", "음료", "the muffin") that names several items: the
 * lines of that kind already ordered when it talks about them, the one its options
 * describe, or a question which one. Which one was meant is unsettled (a doubt) unless
 * one line is talked about or the menu settles the item (plainHeadFor).
 */
export function orderKind(d: TurnDraft, u: Unit): Outcome[] {
  const ids = u.kind === "ambiguous" ? u.candidates ?? [] : d.menu.menu.items.filter((i) => i.category === u.category).map((i) => i.id);
  const unsettled: Outcome[] = [{ kind: "which-unsettled", text: u.text }];
  // "세트 음료는 콜라로", "the pizza, make it large": the lines of that kind already ordered.
  const ordered = recent(d, d.state.lines.filter((l) => ids.includes(l.item)).map((l) => l.id));
  // "a large pepperoni pizza and a small sausage pizza": with a quantity of its own and no
  // word pointing back, another one is ordered (in Korean, only after lines this turn made).
  const another = u.qty !== undefined && !u.the && !u.topic && !u.remove && !u.corrects && !u.only && !u.kws.has("change") && (d.utterance.lang === "en" || ordered.every((l) => d.created.includes(l.id)));
  // ("oh wait, just one croissant": a correction or "just" talks about the lines ordered.)
  const refers = u.remove || ((u.corrects || u.only) && isReference(d, u, ordered)) || (!another && (u.mods.length || u.parts.length || u.topic || u.kws.has("change")));
  // "and another bowl but large", "one more bowl but large": a second one of the line of
  // that kind, made as it is.
  const copy = ordered.length && u.kws.has("more") ? anotherOfTheKind(d, u, ordered) : undefined;
  if (copy) return copy;
  if (ordered.length && refers) {
    const acted: Outcome = { kind: "acted-on", text: u.text };
    // Several lines of that kind: which ones were meant is a guess, unless "all" said so.
    const several = (lines: CartLine[]) => (lines.length > 1 && !u.kws.has("all") ? unsettled : []);
    if (u.remove) return [acted, ...several(ordered), ...ordered.flatMap((l) => removeFrom(d, l, l.qty))];
    const fit = ordered.filter((l) => u.mods.some((m) => itemTakes(d.menu, l.item, m)));
    const targets = fit.length ? fit : ordered;
    return [acted, ...several(targets), ...modifyLines(d, { ...u, kind: "item" }, targets)];
  }
  // "샌드위치는 다음에 (먹고)", "no sandwiches" with none ordered: nothing of that kind is wanted, nothing to ask.
  if (u.remove && !ordered.length && !u.mods.length) {
    // ("take off the pickles" where pickles are sold two ways, neither ordered, and the
    // sandwich in hand spells it "No pickles": that removal.)
    const holder = removalOnLineInHand(d, u, ids);
    return [{ kind: "acted-on", text: u.text }, ...(holder ? changeOptions(d, holder.line, [holder.mod], undefined).outcomes : [])];
  }
  // "튀김우동 세트요 … 우동은 곱빼기로요": the set's udon, not a new udon.
  const holder = !ordered.length ? lineNamingTheKind(d, u) : undefined;
  if (holder) return [{ kind: "acted-on", text: u.text }, ...modifyLines(d, { ...u, kind: "item" }, [holder])];
  // "a medium sausage pizza" where several items are called pizza: the one its options describe.
  const plain = !u.remove && u.mods.length ? plainHeadFor(d.menu, u.mods, ids) : undefined;
  if (plain) return [{ kind: "acted-on", text: u.text }, { kind: "plain-item-meant", item: plain }, ...addItem(d, plain, unitQty(u), {}, u.mods, u.parts)];
  const head = !u.remove && u.mods.length ? elidedHeadFor(d.menu, u.mods, ids) : undefined;
  if (head) return [{ kind: "acted-on", text: u.text }, { kind: "item-guessed", item: head }, ...addItem(d, head, unitQty(u), {}, u.mods, u.parts)];
  // "two croissants" with a butter croissant (also "plain croissant") and a chocolate one: the plain one.
  const plainNamed = !u.remove && u.kind === "ambiguous" && !u.mods.length ? plainNamedFor(d.menu, ids, u.text) : undefined;
  if (plainNamed) return [{ kind: "acted-on", text: u.text }, { kind: "plain-item-meant", item: plainNamed }, ...addItem(d, plainNamed, unitQty(u), {}, u.mods, u.parts)];
  const open = ids.filter((id) => !d.menu.item(id)?.soldOut);
  if (!open.length) return u.kind === "ambiguous" ? unsettled : [];
  return [{ kind: "acted-on", text: u.text }, { kind: "asked-which", items: open.slice(0, 6), ask: { kind: "item" } }];
}
