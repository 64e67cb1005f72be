// Options, quantities and "the same" said with no item ("아이스요", "둘 다 레귤러로요",
// "extra cheese on the first", "another one without the vanilla"): the answer to what the
// kiosk asked, the line they are about (the one at the place said, or the last talked
// about that takes them), or a new line whose head noun was left out. Plain functions over
// the turn's draft; each returns what it did as outcomes.
import { addingChoiceOf } from "./measure-words.ts";
import { toppingOneMore } from "./topping-one-more.ts";
import { type CartLine } from "../../cart/cart.ts";
import type { Ask } from "../engine.ts";
import { elidedHeadFor, frontOfAnotherName, itemInChoiceWords, itemOfChoiceAndKind, likeliestHeads, plainHeadFor } from "./elided.ts";
import { keyOf } from "./lexicon.ts";
import { lineHoldingTheRefused, lineNamedByChoice } from "./choice-named-line.ts";
import { changesOfTheCopy } from "./copy-changes.ts";
import { anotherWithChoice } from "./also-another.ts";
import { addsToIt, manyGroupsSaidAnew, saysBut } from "./another-of-the-item.ts";
import { beforeEveryItem, pointedBack, saidOne } from "./bare-words.ts";
import { anotherLikeTheLineInHand, saysAnotherOne } from "./another-like.ts";
import { countForSomeone } from "./for-whom.ts";
import { addItem, applyPart, cartRefused, changeOptions, removeFrom, restateCounts, setQty } from "./line-changes.ts";
import { countInPlaceOfAnother } from "./count-in-place.ts";
import { countSetForItsParts, countTheLineBecomes } from "./count-with-options.ts";
import { lastOrderAgain } from "./same-again.ts";
import { nameKeys } from "./line-edits.ts";
import { itemTakes, optionsFor } from "./options.ts";
import { optionNamesAnItem } from "./option-names.ts";
import { refusesAnUnknownWord } from "./refused-unknown-word.ts";
import { onlyTheseOptions } from "./only-these-options.ts";
import { optionCountRestated } from "./option-count-restated.ts";
import { addOnCountSaidAgain } from "./add-on-count-said-again.ts";
import { lineRefusedByItsChoice } from "./refused-own-choice.ts";
import { lineAtPlace } from "./places.ts";
import { setPartSaidAlone } from "./set-part-said-alone.ts";
import { saidForThePart } from "./open-part-of-the-line.ts";
import type { Outcome } from "./outcomes.ts";
import { allLines, apply, lineAdded, lineById, recent, type TurnDraft } from "./turn-draft.ts";
import type { Bare, Mod } from "./utterance.ts";
import { answerChoice } from "./bare-answer.ts";

/** Lines whose item's name holds the name of a spoken choice ("초코" in 초코케이크). */
function linesNamedBy(d: TurnDraft, mods: Mod[], lines: CartLine[]): CartLine[] {
  const words = new Set<string>();
  for (const m of mods) {
    if (m.kind !== "choice") continue;
    for (const c of m.cands) {
      const ch = d.menu.groups.get(c.group)?.choices?.find((x) => x.id === c.choice);
      for (const n of [...Object.values(ch?.name ?? {}), ...Object.values(ch?.aliases ?? {}).flat()]) if (typeof n === "string" && keyOf(n).length >= 2) words.add(keyOf(n));
    }
  }
  return lines.filter((l) => nameKeys(d, l.item).some((k) => [...words].some((w) => k.includes(w))));
}

/**
 * The item a bare phrase orders with its head noun left out: with nothing ordered yet
 * ("a large with ham"), with nothing ordered that takes its options ("a medium pepperoni
 * and two cokes"), or in English as another of the line in hand ("and a small with
 * onions", "a large pepperoni, large sausage"); never a change or a correction of what
 * is there. `inHand` is the line the options would otherwise change.
 */
function elidedHead(d: TurnDraft, b: Bare, inHand: CartLine | undefined, latest: CartLine | undefined): string | undefined {
  // ("three mediums, olives on all of them": "all" of the count said with it, nothing else in hand.)
  const bothOfItsCount = b.both && b.qtyExplicit && (b.qty ?? 0) >= 2 && !inHand;
  if (b.corrects || b.setQty || (b.both && !bothOfItsCount) || b.only) return undefined;
  if (["change", "remove", "cancel", "same", "more", "pronoun", "instead", "add"].some((k) => b.kws.has(k as never))) return undefined;
  const mods = [...b.mods, ...b.parts.flatMap((p) => p.mods)];
  const en = d.utterance.lang === "en";
  if (inHand) {
    // "대컵 반반 하나랑 소컵 간장 하나요": options with their own count, said again otherwise than
    // for the line this same turn made of the options before them, are another order.
    if (!en) return anotherOrderSaid(d, b, inHand, mods) ? (elidedHeadFor(d.menu, mods) ?? plainHeadFor(d.menu, mods)) : undefined;
    // "and one with caramel" a turn after a vanilla latte: another, made like it (another-like.ts).
    if (saysAnotherOne(d, inHand) && mods.every((m) => itemTakes(d.menu, inHand.item, m))) return inHand.item;
    // "one with oat milk" after two lattes is one of them, not another order.
    // ("one large" after two mediums may be one of them; "a large pepperoni" is not: an
    // article orders another.)
    if (b.qty !== undefined && b.qtyExplicit && inHand.qty > b.qty && mods.every((m) => itemTakes(d.menu, inHand.item, m))) return undefined;
    const oneChoices = mods.flatMap((m) => (m.kind === "choice" && !m.neg ? m.cands.filter((c) => d.menu.itemGroup(inHand.item, c.group)?.select === "one") : []));
    // ("and a coke for the drink" of a combo whose drink was left as it comes: that drink, not another combo.)
    if (mods.length === 1 && mods[0]!.kind === "choice" && oneChoices.length && oneChoices.every((c) => saidForThePart(d.menu, d.utterance.atoms, mods[0]!.text, inHand, c.group))) return undefined;
    // Another one where it differs from the line in hand in a one-choice option ("and a
    // small with onions" after a large), or says again one this turn's line already has
    // ("a large pepperoni, large sausage"): else it is more about that line.
    const chosenOtherwise = (c: { group: string; choice: string }) => inHand.options[c.group] !== undefined && inHand.options[c.group] !== c.choice;
    // (Without a count, only against an option the customer named, not a default, on a line
    // this same utterance made: "medium pepperoni and large sausage", not "... easy on the sauce".)
    const chosen = (c: { group: string }) => d.saidGroups.get(inHand.id)?.has(c.group) === true;
    const differs = b.qty !== undefined ? oneChoices.some(chosenOtherwise) : d.created.includes(inHand.id) && oneChoices.some((c) => chosenOtherwise(c) && chosen(c));
    const restates = d.created.includes(inHand.id) && oneChoices.some((c) => inHand.options[c.group] === c.choice);
    if (!differs && !restates) return undefined;
    // "and an iced one too" after a hot americano: "one" stands for the item in hand.
    if (saidOne(d, b) && mods.every((m) => itemTakes(d.menu, inHand.item, m))) return inHand.item;
    // "a burger with olives" is not another order; "후간반 순살 하나 콜라 하나": options with
    // their count that no line takes, the only line one made this turn, are another order.
    // ("그리고 사이다 하나" a turn after a grill no line of which takes the soda's kind: the soda
    // sold alone, its count said, held-out r116b-018.)
  } else if (latest && !(b.qty !== undefined && (en || d.created.includes(latest.id) || b.qtyExplicit)) && !(en && beforeEveryItem(d, b))) return undefined;
  return elidedHeadFor(d.menu, mods) ?? plainHeadFor(d.menu, mods);
}

/** Options counted anew that choose otherwise, in a one-choice group, than the options said for the line in hand this turn. */
function anotherOrderSaid(d: TurnDraft, b: Bare, inHand: CartLine, mods: readonly Mod[]): boolean {
  if (!d.created.includes(inHand.id) || b.qty === undefined || !b.qtyExplicit) return false;
  const said = d.saidGroups.get(inHand.id);
  return mods.some((m) => m.kind === "choice" && !m.neg && m.cands.some((c) => d.menu.itemGroup(inHand.item, c.group)?.select === "one" && said?.has(c.group) === true && inHand.options[c.group] !== undefined && inHand.options[c.group] !== c.choice));
}

/** Options, quantities and "the same" said with no item: the line they are about, or a new one. */
export function bareUnit(d: TurnDraft, b: Bare, prevAsk: Ask | undefined): Outcome[] {
  if (b.asked || b.absorbed) return [];
  const choice = answerChoice(d, b, prevAsk);
  const out: Outcome[] = [{ kind: "acted-on" }, ...choice.outcomes];
  if (choice.answered) return out;
  return [...out, ...bareUnitOnLines(d, b)];
}

function bareUnitOnLines(d: TurnDraft, b: Bare): Outcome[] {
  const focus = recent(d, d.mem.focus);
  const all = allLines(d);
  const latest = focus[focus.length - 1] ?? all[all.length - 1];
  const saidMods = [...b.mods, ...b.parts.flatMap((p) => p.mods)];
  const takesAny = (l: CartLine) => saidMods.some((m) => itemTakes(d.menu, l.item, m));
  // ("extra cheese on the first", "thin crust on the second one": the line at the place said,
  // if it takes what was said; nothing new is made of it.)
  const placed = [lineAtPlace(d, all)].find((l) => l && takesAny(l));
  const inHand = placed ?? [...focus].reverse().find(takesAny) ?? [...all].reverse().find(takesAny);
  const named = !inHand && d.utterance.lang === "en" && !b.parts.length ? itemInChoiceWords(d.menu, d.lex, b.mods) : undefined;
  if (named) return [{ kind: "acted-on", text: b.mods[0]!.text }, ...addItem(d, named.item, b.qty ?? 1, {}, named.mods, [])];
  const ofKind = !inHand && d.utterance.lang === "ko" && !b.parts.length && !b.kws.has("add") ? itemOfChoiceAndKind(d.menu, b.mods) : undefined;
  if (ofKind) return [{ kind: "acted-on", text: b.mods[0]!.text }, { kind: "item-guessed", item: ofKind }, ...addItem(d, ofKind, b.qty ?? 1, {}, [], [])];
  const head = placed ? undefined : elidedHead(d, b, inHand, latest);
  // ("two sodas", "the thick chocolate": a set's part said alone is the thing sold alone, or the set a guess.)
  const orderedAfter = d.utterance.units.flatMap((x) => (x.kind === "item" && x.item && !x.asked && !x.remove && x.clause >= b.clause ? [x.item] : []));
  const part = head && !b.parts.length ? setPartSaidAlone(d.menu, head, saidMods, orderedAfter) : undefined;
  if (part && "heading" in part) {
    b.readAsItem = part.heading;
    return [{ kind: "acted-on", text: b.mods[0]!.text }];
  }
  if (part) {
    const item = part.item ?? head!;
    if (part.item) b.readAsItem = part.item;
    return [{ kind: "acted-on", text: b.mods[0]!.text }, part.sure ? { kind: "plain-item-meant", item } : { kind: "item-guessed", item }, ...addItem(d, item, b.qty ?? 1, "preset" in part ? part.preset : {}, part.item ? [] : b.mods, [])];
  }
  if (head) {
    // Settled only as the first thing of its kind or another of the line in hand: after a
    // specialty, "and a small with onions" may well mean another of that specialty.
    // (Nor after "the": "the other one plain" points at a line ordered, it orders nothing new.)
    // ("an iced one" after a hot americano: "one" is the americano, still a reading — what is
    // said after it may be for either line.)
    // ("국물 매운맛 하나요" where 국물 is the set's choice and also the front of 국물닭발's name: with
    // a count, a thing ordered by part of another item's name, a guess: elided.ts.)
    // ("물 좀 주세요" where 물 is short for the 물막국수 choice: a word of one syllable said
    // alone is as likely the everyday thing it also names, water; a guess.)
    const settled = (!inHand || inHand.item === head) && plainHeadFor(d.menu, saidMods) === head && !pointedBack(d, b) && !oneSyllableAlone(d, saidMods) && !(b.qtyExplicit && frontOfAnotherName(d.menu, saidMods, head));
    // ("and one with room" a turn after a large coffee: another made like it.)
    const like = anotherLikeTheLineInHand(d, b, head, latest);
    if (like) return [{ kind: "plain-item-meant", item: head }, ...like.outcomes, ...addItem(d, head, b.qty ?? 1, like.preset, b.mods, b.parts)];
    return [settled ? { kind: "plain-item-meant", item: head } : { kind: "item-guessed", item: head }, ...addItem(d, head, b.qty ?? 1, {}, b.mods, b.parts)];
  }
  if (!latest) {
    // Two items equally likely for options said alone: ask which, with buttons.
    const heads = b.corrects || b.setQty ? [] : likeliestHeads(d.menu, [...b.mods, ...b.parts.flatMap((p) => p.mods)]);
    if (heads.length > 1) return [{ kind: "asked-which", items: heads.slice(0, 6), ask: { kind: "item" } }];
    // Options with nothing ordered to put them on ("a large with ham" with no item named).
    if (b.mods.length || b.qty !== undefined) return [{ kind: "options-without-item" }];
    return [];
  }
  // "딸기 마카롱 하나" then "초코도 하나요": another one, with that flavour.
  const also = anotherWithChoice(d, b, inHand);
  if (also) return also;
  // "샷 하나 더 넣어 주세요", "one more shot": more of a counted extra, not another drink
  // (in English only where "more" is said of the extra: not "another one with a shot").
  // ("계란후라이 하나 더 올려 주세요" of a choice of many: put on the line in hand.)
  const topping = d.utterance.lang === "ko" ? toppingOneMore(d.menu, d.utterance.atoms, b, latest) : undefined;
  const moreOfExtra = (d.utterance.lang === "ko" || !(b.kws.has("with") || b.kws.has("same") || b.kws.has("pronoun"))) && b.qty === undefined && b.mods.length > 0 && b.mods.every((m) => m.kind === "count" || (m.kind === "choice" && (m.orCount || (d.utterance.lang === "ko" && !m.neg && m.cands.every((c) => addingChoiceOf(d.menu, c.group) === c.choice)))))
    || !!topping;
  // "아지타마고 하나 더요 두 개로": the topping's total restated, not two bowls.
  const restated = optionCountRestated(d, b, latest);
  if (restated) return restated;
  // "계란 후라이 두 개 올려" → "아 하나만 올려 주세요": the add-on's count in all, not the line's.
  const addOn = addOnCountSaidAgain(d, b, latest);
  if (addOn) return addOn;
  // "같은 거 하나 더 근데 두유로": the options said after it are the new one's.
  const copy = b.mods.length ? undefined : changesOfTheCopy(d, b);
  if ((b.kws.has("same") || b.kws.has("more")) && (b.mods.length || copy) && !moreOfExtra) {
    // "another one without the vanilla": one more like the last, with that change.
    const unsettled = [...pickedAmong(d, latest, () => true), ...(copy?.unsure ? [{ kind: "which-unsettled" as const, text: copy.text }] : [])];
    // ("하나 더 근데 케첩으로" after one with mustard: ketchup in its place, most likely;
    // with no "but", "and another with ham", as well or instead is the guess it was.)
    const mods = copy?.mods ?? b.mods;
    const swapped = manyGroupsSaidAnew(d, latest, mods, addsToIt(d, b.kws) || !saysBut(d));
    if (swapped.doubt) unsettled.push({ kind: "which-unsettled", text: "" });
    const base = { ...latest.options };
    for (const g of swapped.groups) base[g] = d.menu.itemGroup(latest.item, g)?.default ?? [];
    const oc = optionsFor(d.menu, latest.item, base, mods);
    const r = apply(d, { type: "add", item: latest.item, qty: b.qty ?? 1, options: { ...base, ...oc.changes } });
    if (!r.ok || !r.lineId) return cartRefused(r);
    // (Options said of the new one that it does not take: not carried out as said.)
    const untaken: Outcome[] = copy && oc.ignored.length ? [{ kind: "options-not-taken", item: latest.item, mods: oc.ignored, anyApplied: oc.applied.length > 0 }] : [];
    return [...unsettled, ...untaken, lineAdded(d, r.lineId)];
  }
  // "1인분 추가요", "add one" with nothing else said: that many more of the line in hand, not
  // the line set to that many (unless the count was just given to an option: see below).
  const addsCount = b.kws.has("add") && b.qtyExplicit && b.qty !== undefined && !b.mods.length && !b.setQty && !b.corrects && d.mem.lastCounted?.lineId !== latest.id;
  // "same again" after "a tuna melt and a bowl of chowder": the whole last order once more.
  const again = lastOrderAgain(d, b);
  if (again) return again;
  if (b.kws.has("same") || (b.kws.has("more") && !b.mods.length) || addsCount) {
    // "I'll have the same, a latte": the "same" is the thing named in this sentence. (In
    // English "the works and another one" names it first: one more of it.)
    const namedAfter = d.utterance.units.some((x) => !x.asked && x.kind === "item" && (d.utterance.lang !== "en" || x.clause > b.clause));
    if (namedAfter) return [];
    const out = [...pickedAmong(d, latest, () => true), ...setQty(d, latest, latest.qty + (b.qty ?? 1))];
    // "두 잔 더 주세요 하나는 따뜻하게요": that many of the line made so.
    for (const p of b.parts) if (lineById(d.state, latest.id)) out.push(...applyPart(d, latest.id, p));
    return out;
  }
  // (A refusal said in a part, "하나는 피클 빼고 하나는 양파 빼 주세요", refuses an option: no line is taken out.)
  const negated = [...b.mods, ...b.parts.flatMap((p) => p.mods)].some((m) => (m.kind === "choice" || m.kind === "group" ? m.neg : m.kind === "count" && m.op === "clear"));
  // "cancel the small one", "remove the iced one", "간장은 취소할게요" (취소, not 빼: "얼음은 빼"
  // is no ice): the lines made that way go, not the option.
  const pointsAtLines = b.kws.has("pronoun") || b.kws.has("the") || (d.utterance.lang === "ko" && b.kws.has("cancel"));
  if ((b.kws.has("remove") || b.kws.has("cancel")) && pointsAtLines && b.mods.length && b.mods.every((m) => m.kind === "choice")) {
    const named = all.filter((l) => b.mods.every((m) => m.kind === "choice" && m.cands.some((c) => d.menu.itemGroup(l.item, c.group)?.select === "one" && l.options[c.group] === c.choice)));
    if (named.length && named.length < all.length) return named.flatMap((l) => removeFrom(d, l, l.qty));
  }
  // ("the chicken, forget it, I don't want it anymore": "it" again is the line already taken
  // off this turn, not the one left.)
  const takenOff = d.actions.some((a) => a.type === "remove" && !lineById(d.state, a.lineId));
  if ((b.kws.has("remove") || b.kws.has("cancel")) && !negated && takenOff && b.kws.has("pronoun") && !b.mods.length && b.qty === undefined) return [];
  // ("김치볶음 주먹밥 하나 주시고요 오이는 빼 주세요", 오이 a word the menu lacks: that is what is
  // taken off, not the line; nothing the cart holds is, and the word leaves it a guess.)
  // (Not "drop the tea" of a jasmine tea: a word of a line's name is that line.)
  if ((b.kws.has("remove") || b.kws.has("cancel")) && !negated && !b.mods.length && b.qty === undefined && refusesAnUnknownWord(d)) return [];
  if ((b.kws.has("remove") || b.kws.has("cancel")) && !negated) return [...pickedAmong(d, latest, () => true), ...removeFrom(d, latest, b.qtyExplicit && b.qty !== undefined ? b.qty : latest.qty)];
  // "and one for her" a turn after a cheesesteak: one more of it, not the line made one.
  const forSomeone = d.created.includes(latest.id) ? undefined : countForSomeone(d, b);
  if (forSomeone !== undefined) return [...pickedAmong(d, latest, () => true), ...setQty(d, latest, latest.qty + forSomeone)];
  if (b.qty !== undefined && !b.mods.length && !b.parts.length) {
    // "초 세 개 넣어 주세요" → "아 네 개로 할게요": the count just given to an option, said
    // again, more likely than the number of cakes; either way a guess.
    const counted = d.mem.lastCounted;
    if (!b.both && counted?.lineId === latest.id && b.qtyExplicit && !b.kws.has("more")) {
      const mod: Mod = { kind: "count", group: counted.group, n: b.qty, op: "set", text: "" };
      return [{ kind: "count-unsettled", group: counted.group }, ...changeOptions(d, latest, [mod], undefined).outcomes];
    }
    if (b.both) return (focus.length ? focus : all).flatMap((l) => setQty(d, l, b.qty!));
    return [...pickedAmong(d, latest, () => true), ...setQty(d, latest, b.qty)];
  }
  // "하나만 썰어 주세요" on a line of two: that many of the line made so (the loop below),
  // not the line cut down to one; said without a correction word, it could be either.
  const onlyPart = b.only && !b.corrects && b.qty !== undefined && b.qty < latest.qty;
  // ("두 주전자로 해 주세요" where the menu names a serving "한 주전자": the count said as what the
  // line becomes, 로 on the number's own counter, with the serving that counter names.)
  const countBecomes = b.setQty && !b.kws.has("change");
  if (b.qty !== undefined && b.qtyExplicit && (b.corrects || b.only || countBecomes) && !onlyPart && !b.both && b.mods.length && !b.parts.length) {
    // "아니다 1인분만 할게요, 내장은 섞어서요": the quantity corrected, the options for all of it.
    const out = setQty(d, latest, b.qty);
    const now = lineById(d.state, latest.id);
    return now ? [...out, ...changeOptions(d, now, b.mods, undefined).outcomes] : out;
  }
  if (!b.mods.length && !b.parts.length) {
    // "make it iced" where nothing on the menu is "iced".
    return b.kws.has("change") && d.utterance.unknownWords.length ? [{ kind: "cannot-do" }] : [];
  }
  const mods = [...b.mods, ...b.parts.flatMap((p) => p.mods)];
  const fits = (l: CartLine) => mods.some((m) => itemTakes(d.menu, l.item, m));
  if ((b.kws.has("remove") || b.kws.has("cancel")) && !all.some(fits)) {
    // "초코는 취소해 주세요" with a 초코케이크 ordered, where 초코 is also a macaron flavour:
    // the one line whose name holds the word goes (part of a name: a guess).
    const named = linesNamedBy(d, mods, all);
    if (named.length === 1) return [{ kind: "part-of-a-name", text: mods.map((m) => m.text).join(" ") }, ...removeFrom(d, named[0]!, named[0]!.qty)];
  }
  // ("no rigatoni" with a spicy rigatoni, whose shape it cannot do without: the dish, a guess.)
  const refusedDish = negated ? lineRefusedByItsChoice(d, b, linesNamedBy(d, mods, all)) : undefined;
  if (refusedDish) return [{ kind: "part-of-a-name", text: mods.map((m) => m.text).join(" ") }, ...removeFrom(d, refusedDish, refusedDish.qty)];
  const byChoice = lineNamedByChoice(d, b, all);
  if (byChoice) return changeOptions(d, byChoice.line, byChoice.mods, undefined).outcomes;
  let targets: CartLine[];
  let refusedOn: CartLine | undefined;
  if (b.both) {
    targets = (focus.length ? focus : all).filter(fits);
    // "a large hot chocolate", "and a large mocha", "no whip on either": the two in the cart
    // it fits, when the last talked about holds only one.
    if (targets.length < 2 && all.filter(fits).length === 2) targets = all.filter(fits);
  } else {
    refusedOn = lineHoldingTheRefused(d, b, all);
    const t = (placed && fits(placed) ? placed : undefined) ?? refusedOn ?? [...focus].reverse().find(fits) ?? [...all].reverse().find(fits);
    targets = t ? [t] : [];
  }
  // Parts with nothing said about them ("add um a second one"): a count with no options
  // to place; what it meant is left to the customer (or the model).
  if (!mods.length) return [{ kind: "count-unplaced" }];
  if (!targets.length) return [{ kind: "option-fits-no-line", item: latest.item, mod: mods[0]! }];
  const out: Outcome[] = onlyPart ? [{ kind: "part-or-all" }] : [];
  if (topping === "unsure") out.push({ kind: "which-unsettled", text: mods.map((m) => m.text).join(" ") });
  if (!b.both && targets[0] !== placed && targets[0] !== refusedOn) out.push(...pickedAmong(d, targets[0]!, fits));
  // "라떼" then "아 근데 바닐라로": vanilla syrup, or the 바닐라라떼?
  if (d.utterance.lang === "ko" && targets.some((l) => optionNamesAnItem(d.menu, l.item, mods))) out.push({ kind: "which-unsettled", text: mods.map((m) => m.text).join(" ") });
  // "an xl pepperoni" after an xl pizza ordered before: another one, or that one's toppings?
  // ("a small with just anchovies" after a medium: another one, or that one made small? Its
  // size was chosen, not a default.)
  const oneChoiceAgain = (l: CartLine) => mods.some((m) => m.kind === "choice" && !m.neg && m.cands.some((c) => {
    const g = d.menu.itemGroup(l.item, c.group);
    return g?.select === "one" && l.options[c.group] !== undefined && (l.options[c.group] === c.choice || l.options[c.group] !== g.default);
  }));
  if (d.utterance.lang === "en" && b.qty !== undefined && !b.both && !b.corrects && !b.kws.has("change") && targets.some((l) => !d.created.includes(l.id) && oneChoiceAgain(l))) out.push({ kind: "another-or-same" });
  for (const l of targets) {
    // ("just the corn" a turn after corn and sausage: the sausage goes.)
    const only = targets.length === 1 ? onlyTheseOptions(d, b, l) : undefined;
    if (only) {
      out.push(...only);
      continue;
    }
    const qty = b.qty !== undefined && b.qtyExplicit ? b.qty : undefined;
    const said = countInPlaceOfAnother(d, l, restateCounts(d, l, b.mods, b.kws, b.only), b.kws);
    if ((b.corrects || correctsTheLineInHand(d)) && !b.kws.has("add") && !b.kws.has("more")) said.mods = [...correctedChoices(d, l, said.mods, out), ...said.mods];
    if (b.mods.length) out.push(...said.doubts, ...changeOptions(d, l, said.mods, qty).outcomes);
    const grown = countTheLineBecomes(d, b, l, targets.length) ?? countSetForItsParts(b, l, targets.length);
    if (grown !== undefined) out.push(...setQty(d, lineById(d.state, l.id) ?? l, grown));
    for (const p of b.parts) out.push(...applyPart(d, l.id, p));
  }
  return out;
}

/**
 * "actually hazelnut" a turn after a caramel latte: a turn that opens with "actually" / "sorry"
 * and names no item corrects the line in hand (English; the words of one clause that
 * correct an item said before them are parse.ts's).
 */
function correctsTheLineInHand(d: TurnDraft): boolean {
  const u = d.utterance;
  // ("oh and hazelnut", "actually hazelnut too": adding words say it goes beside.)
  if (u.lang !== "en" || u.units.some((x) => x.kind === "item") || ADDING_WORDS.test(u.text.toLowerCase())) return false;
  const first = u.atoms.find((a) => !(a.kind === "sep" || (a.kind === "kw" && a.keywords.every((k) => k === "filler"))));
  // ("oh" alone opens a remembered addition as often as a correction.)
  return first?.kind === "kw" && first.keywords.includes("soft-correction") && !/^oh$/i.test(first.text.trim());
}

const ADDING_WORDS = /\b(add|adding|and|also|with|plus|too|extra|more|another|both|same|as well)\b/;

/**
 * "a cold brew with caramel" / "no actually hazelnut": a correction naming a choice of a
 * group the line already holds another choice of takes that one back (refusals of it are
 * returned). With several there, which one is a guess.
 */
function correctedChoices(d: TurnDraft, l: CartLine, mods: Mod[], out: Outcome[]): Mod[] {
  const back: Mod[] = [];
  for (const m of mods) {
    if (m.kind !== "choice" || m.neg) continue;
    for (const c of m.cands) {
      const g = d.menu.itemGroup(l.item, c.group);
      const now = l.options[c.group];
      if (g?.select !== "many" || !Array.isArray(now) || now.includes(c.choice) || !now.length) continue;
      if (now.length > 1) {
        out.push({ kind: "which-unsettled", text: m.text });
        continue;
      }
      back.push({ kind: "choice", cands: [{ group: c.group, choice: now[0]!, name: true }], neg: true, text: m.text });
    }
  }
  return back;
}

/**
 * Options, a count or "one more" said with no item go to the line in hand: the last one
 * talked about that takes them. When the turn before talked about several lines that
 * take them ("아아 하나 라떼 하나" → "하나 더", "라지로"), which one was meant is a guess.
 */
function pickedAmong(d: TurnDraft, target: CartLine, fits: (l: CartLine) => boolean): Outcome[] {
  const last = (d.mem.lastTouched ?? []).map((id) => lineById(d.state, id)).filter((l): l is CartLine => !!l);
  if (!last.some((l) => l.id === target.id)) return [];
  return last.filter(fits).length > 1 ? [{ kind: "which-unsettled", text: "" }] : [];
}

/** The options said are one Korean word of one syllable (particles aside): "물", "물로". */
function oneSyllableAlone(d: TurnDraft, mods: readonly Mod[]): boolean {
  if (d.utterance.lang !== "ko" || mods.length !== 1) return false;
  return /^[가-힣](?:으로|로|은|는|이|가|을|를|도|요)?$/.test(mods[0]!.text.trim());
}
