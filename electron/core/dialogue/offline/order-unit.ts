// The planner's step for an item named (planner.ts): ordered, removed, replacing another,
// or talking about a line ordered; each a change to the turn's draft that returns its outcomes.
import { anotherOfTheLine } from "./another-of-the-item.ts";
import { countRestated } from "./count-restated.ts";
import { lineReadBack } from "./read-back.ts";
import { optionsOfTheSame } from "./same-other-item.ts";
import { addItem, inPlaceOfWhatWent, optionsCarriedOver, removeItem, replace, replaceOfKind, setQty, unitQty } from "./line-changes.ts";
import { choiceSwappedOut, comboOfLines, countAsTarget, isReference, refuseChoiceNamedLikeItem, lineNamedInside, linesNamedInside, modifyLines, orderKind, swapChoiceNamed } from "./line-edits.ts";
import { downgrade, upgrade } from "./upgrades.ts";
import { comesWith } from "./bundles.ts";
import { comboTakingTheLines, saidAsOne } from "./combo-of-the-lines.ts";
import { partBecomesItem, partMaybeItem } from "./one-of-them.ts";
import type { Outcome } from "./outcomes.ts";
import { insteadOfAnOption } from "./instead.ts";
import { correctsTheLineJustOrdered } from "./self-corrections.ts";
import { swapToACount } from "./swap-to-a-count.ts";
import { lineById, linesOf, recent, type TurnDraft } from "./turn-draft.ts";
import type { Unit } from "./utterance.ts";

/** An item named: ordered, removed, replacing another, or talking about a line ordered. */
export function orderUnit(d: TurnDraft, u: Unit, all: Unit[]): Outcome[] {
  const alone = downgrade(d, u);
  if (alone) return alone;
  if (u.kind === "unknown" || u.kind === "category" || u.kind === "ambiguous") {
    const upgraded = upgrade(d, u);
    if (upgraded) return upgraded;
  }
  if (u.kind === "unknown") return [{ kind: "unknown-name", text: u.text }];
  // "빙수 말고 크로플로": the kind replaced by the item after it is not itself ordered.
  if ((u.kind === "category" || u.kind === "ambiguous") && u.replaced) return [];
  if (u.kind === "category" || u.kind === "ambiguous") return orderKind(d, u);
  if (u.replaced || u.absorbed || !u.item) return [];
  const out: Outcome[] = [];
  if (u.partial || u.fuzzy) out.push({ kind: "part-of-a-name", text: u.text });
  out.push({ kind: "acted-on", text: u.text }, ...partMaybeItem(d, u));
  return [...out, ...changeOrder(d, u, all)];
}

/** What an item named does to the order: removed, replacing another, a change to a line ordered, or added. */
function changeOrder(d: TurnDraft, u: Unit, all: Unit[]): Outcome[] {
  const item = u.item!;
  if (u.remove) return refuseChoiceNamedLikeItem(d, u) ?? removeItem(d, u);
  const swappedOut = choiceSwappedOut(d, u);
  if (swappedOut) return swappedOut;

  const lines = linesOf(d, item);
  const replacedUnit = u.replaces;
  if (replacedUnit?.item) {
    const old = linesOf(d, replacedUnit.item);
    if (old.length) return swapToACount(d, old, u) ?? replace(d, old, u, replacedUnit);
    // "김밥을 돈까스김밥으로 바꿔" where the 김밥 is a set's choice: that choice changes.
    const swapped = swapChoiceNamed(d, replacedUnit.item, item);
    if (swapped) return swapped;
    // Replacing what was never ordered: the reading is a guess.
    return [{ kind: "item-guessed", item }, ...addItem(d, item, unitQty(u), u.preset ?? {}, u.mods, u.parts)];
  }
  const ofKind = replacedUnit ? replaceOfKind(d, u, replacedUnit) : undefined;
  if (ofKind) return ofKind;
  // "라떼 두 잔" then "하나는 모카로": one of them becomes a mocha.
  const part = partBecomesItem(d, u, all);
  if (part) return part;

  // "actually three vanilla shakes": the count said again corrects the line's (marked so,
  // as "no wait, three cokes" is).
  const restated = countRestated(d, u, lines);
  if (restated && u.qty !== undefined) {
    u.corrects = true;
    return setQty(d, restated, u.qty);
  }
  // "yeah one pad thai that's right": the line read back to confirm it, nothing more.
  const readBack = lineReadBack(d, u, lines);
  if (readBack) {
    u.readBack = true;
    return setQty(d, readBack, readBack.qty);
  }
  // "another shake but chocolate": a second line made as the one before, with the change said.
  const another = anotherOfTheLine(d, u, lines);
  if (another) return another;
  if (countAsTarget(d, u, lines)) u.qtyTarget = true;
  if (lines.length && isReference(d, u, lines)) return modifyLines(d, u, lines);
  // "make the pizza a large" with a hawaiian ordered, where "pizza" is also the plain pizza's
  // name: the word points at the pizzas there are, as the kind's word does.
  const ofItsKind = u.kindToo && d.state.lines.some((l) => d.menu.item(l.item)?.category === u.kindToo);
  if (!lines.length && ofItsKind && (u.the || u.kws.has("change")) && !u.remove && !u.replaces) return orderKind(d, { ...u, kind: "category", category: u.kindToo });
  // "warm up the croissant" after a croissant set: "the" names a part of a line ordered.
  // ("make the tacos flour" of a taco combo: "make the" read as one change word, its "the" lost.)
  if (!lines.length && (u.the || theSaidBefore(d, u)) && u.mods.length) {
    u.the = true;
    const part = lineNamedInside(d, u);
    if (part) return modifyLines(d, { ...u, topic: true }, [part]);
  }

  // "딸기라떼 하나요, 라떼는 큰 사이즈요": a topic with options and no count, its item not
  // ordered, is the line ordered whose name holds it (the 딸기라떼), not another 카페라떼.
  if (!lines.length && d.utterance.lang === "ko" && u.topic && !u.qtyExplicit && u.mods.length) {
    const [part, ...others] = linesNamedInside(d, u, 2);
    // (바닐라라떼 and 딸기라떼 both in hand: which one is a guess.)
    if (part) return [...(others.length ? [{ kind: "which-unsettled" as const, text: u.text }] : []), ...modifyLines(d, { ...u, topic: true }, [part])];
  }

  // Korean "김떡 세트로" names its lines by their first syllables, a guess (comboOfLines), first.
  const combo = d.utterance.lang === "ko" && !u.qtyExplicit && (u.dir || u.kws.has("change")) ? comboOfLines(d, u) : undefined;
  if (combo) return combo;
  // "make it a combo" after a hot dog and a sprite: the combo that takes them (combo-of-the-lines.ts);
  // Korean too: "장어솥밥 하나요" → "세트로 바꿔 주세요", the set whose main is the 장어솥밥.
  const taking = !u.qtyExplicit && (u.afterChange || u.kws.has("change") || (d.utterance.lang === "ko" && u.dir) || saidAsOne(d)) ? comboTakingTheLines(d, u) : undefined;
  if (taking) return taking;
  // "아니 바닐라 라떼요" / "make it a mocha" / "a mocha instead": the new item takes the place of the last one.
  // "make them both meals" of two subs: a meal that comes with the lines in hand, one with each.
  if (!u.qtyExplicit && u.kws.has("change") && (u.kws.has("both") || u.kws.has("all"))) {
    const held = recent(d, d.touched.length ? d.touched : d.mem.lastAdded.length ? d.mem.lastAdded : d.mem.focus).filter((l) => comesWith(d.menu, item, l.item));
    const each = held.reduce((n, l) => n + l.qty, 0);
    if (each > 1) return addItem(d, item, each, u.preset ?? {}, u.mods, u.parts);
  }
  // ("a coke" then "a diet coke sorry": the slip owned up to is put right, self-corrections.ts.)
  const swap = u.corrects || u.afterChange || correctsTheLineJustOrdered(d, u, all) || (u.dir && u.kws.has("change")) || (d.utterance.orderKws.has("instead") && !all.some((x) => x.replaced) && !insteadOfAnOption(d.utterance));
  if (swap) {
    // "no cannoli, make it a tiramisu": what it replaces was just taken off; it is simply ordered.
    // ("not the lamb, I meant chicken": the line taken off this turn gives the new one the options it takes.)
    const gone = d.mem.lastAdded.filter((id) => !lineById(d.state, id));
    if (gone.length) {
      const was = d.mem.lastAdded.length === 1 ? lineById(d.before, gone[0]!) : undefined;
      return addItem(d, item, unitQty(u), { ...(was ? optionsCarriedOver(d, was, item) : {}), ...(u.preset ?? {}) }, u.mods, u.parts);
    }
    // "cancel the boba" then "a coconut water instead": in place of what went, nothing more goes.
    if (d.mem.removedLast) return inPlaceOfWhatWent(d, u);
    const prev = recent(d, d.mem.lastAdded.length ? d.mem.lastAdded : d.mem.focus);
    const target = prev[prev.length - 1];
    if (target && target.item === item) return modifyLines(d, { ...u, topic: true }, [target]);
    // ("make that a combo" where the combo comes with the wrap: both are ordered.)
    if (target && !comesWith(d.menu, item, target.item)) return replace(d, [target], u, undefined);
  }
  // "떡튀순 세트로 해 주세요" after ordering its parts, "라볶이 매운맛으로" after a 라볶이: a new
  // thing or a change of what is there? Korean says no article, so it is a guess.
  const earlier = d.state.lines.filter((l) => !d.created.includes(l.id));
  const again = u.mods.length > 0 && earlier.some((l) => l.item === item);
  // ("와플은 빼고 토스트로", "치킨버거 대신 불고기버거로": the words say it replaces; no guess.)
  const k = d.utterance.orderKws;
  const saysReplace = k.has("instead") || k.has("remove") || all.some((x) => x.replaced || x.remove);
  const guess: Outcome[] = d.utterance.lang === "ko" && !u.qtyExplicit && ((u.dir && earlier.length > 0 && !saysReplace) || again) ? [{ kind: "item-guessed", item }] : [];
  // "물냉 하나 비냉 하나" then "비냉 곱빼기로" / "김치찌개 맵게": the one line of it ordered
  // before, with nothing else said, more likely changes than another is ordered (a guess).
  const only = earlier.filter((l) => l.item === item);
  // ("짜장면 곱빼기로 해 주세요": the option said with 로 is what the line becomes, as the item's 로 says.)
  const optionBecomes = u.mods.some((m) => d.utterance.atoms.some((a) => a.start === m.at && a.kind === "menu" && a.flags.dir));
  if (guess.length && again && only.length === 1 && !u.parts.length && !d.created.length && (u.dir || optionBecomes || !d.utterance.orderKws.has("request"))) return [...guess, ...modifyLines(d, { ...u, topic: true }, only)];
  // "I'll have the same, a massaman": made as the line in hand is.
  const same = u.sameAsLine ? optionsOfTheSame(d, u) : undefined;
  if (same) return [...same.outcomes, ...addItem(d, item, unitQty(u), same.preset, u.mods, u.parts)];
  return [...guess, ...addItem(d, item, unitQty(u), u.preset ?? {}, u.mods, u.parts)];
}

/** "the"/"those" right before the unit's words in what was said (English). */
function theSaidBefore(d: TurnDraft, u: Unit): boolean {
  const words = u.text.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return d.utterance.lang === "en" && !!words && new RegExp(`\\b(?:the|those|these|my)\\s+${words}\\b`).test(d.utterance.text.toLowerCase());
}
