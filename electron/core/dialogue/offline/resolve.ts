// Before clauses are built, the words are read in the light of the menu and the
// conversation: a word that names both an item and a choice (콜라, the set's drink), a
// number that names a choice ("당도 30"), a word that only names a choice relative to
// its group ("얼음은 적게"), measure words ("a shot of vanilla"), and words after "with"
// that are options rather than things ordered.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { MAX_QTY_PER_LINE } from "../../cart/cart.ts";
import type { MenuRef } from "./lexicon.ts";
import { choiceByParts } from "./part-answers.ts";
import { countRefusedAgain, countSaidAgain, fineWithoutRefuses, nextTimeRefuses } from "./count-corrections.ts";
import { categoryAsHeading, categoryBeforeItsItem } from "./category-heading.ts";
import { halvesAsOne, pairAsItsCombo } from "./halves.ts";
import { countsNamedAsChoices, groupBeforeThePart, leftOutOfTheOther, oneOfTheTwo, partAfterItsOption } from "./line-parts.ts";
import { partsAfterTheirOptions, partsOfTheCount, restLeftUnread, totalBeforeItsLines } from "./count-parts.ts";
import { bothSaidFirst } from "./both-first.ts";
import { dozensOfASize, numberNamesItsChoice } from "./number-choices.ts";
import { halfOfTheLine, numberChoiceCountsTheItem } from "./dozen-counts.ts";
import { numberedNameAsCount } from "./numbered-names.ts";
import { countSaidAsChoice } from "./count-said-as-choice.ts";
import { choiceSoldAlone } from "./choice-sold-alone.ts";
import { wordNamesAnItem } from "./word-names-item.ts";
import { familyNamedByItsTail } from "./name-families.ts";
import { counterNamesItsChoice } from "./counter-choices.ts";
import { notChoiceAsItsOpposite } from "./not-choices.ts";
import { itemNamedAsChoiceOfNext } from "./set-named-by-choice.ts";
import { modifierNamesChoice } from "./choice-modifiers.ts";
import { countedGroupWordAsItems } from "./counted-group-word.ts";
import { flavoursOfABox } from "./flavour-items.ts";
import { boxKindsNamedAsItems } from "./box-kinds.ts";
import { flavourWordAsTopping } from "./flavour-or-topping.ts";
import { groupWordNotItsCount } from "./extra-of-choice.ts";
import { halvesOfAMix, piecesOfAnItem } from "./piece-counts.ts";
import { countSaidAfterItsWord } from "./count-said-after.ts";
import { someOfTheLinesInHand } from "./among-counts.ts";
import { sizeStepOfTheLine } from "./size-steps.ts";
import { dropMeasures, moreOfAGroup } from "./measure-words.ts";
import { plentyOfAnOption } from "./plenty-words.ts";
import { lessOfAnOption } from "./less-words.ts";
import { hedgedLevels } from "./hedged-levels.ts";
import { choiceForItsPart } from "./choice-for-its-part.ts";
import { keptBeforeARefusal } from "./with-then-without.ts";
import { numberedComboName } from "./numbered-combo-name.ts";
import { itemNamedByItsCounter, itemNamedWithOneOfItsCounter } from "./counter-nouns.ts";
import { servingsNameTheSize } from "./servings-sizes.ts";
import { countedAddOnSaid } from "./counted-add-on-said.ts";
import { countInItsName } from "./count-in-its-name.ts";
import { lineRefusedAsHold } from "./line-refused-as-hold.ts";
import { partWithItsChoicesInHand } from "./part-with-its-choices-in-hand.ts";
import { choiceBeforeItsNone } from "./choice-then-none.ts";
import { linkWordBeforeAThing } from "./link-word-aliases.ts";
import { plainSaidOfTheItem } from "./plain-said-of-item.ts";
import { optionsBeforeOnTheItem } from "./options-on-the-item.ts";
import { partOfTheBundle } from "./part-of-the-bundle.ts";
import { choiceOfTheLineInHand } from "./choice-of-the-line-in-hand.ts";
import { choiceByItsFirstWord } from "./choice-by-its-first-word.ts";
import { choiceRefusedOfTheBundle } from "./drink-refused-of-the-bundle.ts";
import { articleNumberNamesChoice } from "./article-number-choice.ts";
import { saidThenRefused } from "./said-then-refused.ts";
import { kindSaidAfter } from "./kind-said-after.ts";
import { reportedRefusalTakenBack } from "./asked-before.ts";
import { resolveItemChoice } from "./item-or-choice.ts";
import { answerNamedAsItems } from "./answer-named-as-items.ts";
import { groupNamedWithItsChoice } from "./group-with-its-choice.ts";
import { itemNamedAsChoiceWithHeading, itemWordAsGroupHeading } from "./group-heading-word.ts";
import { choiceMadeSo } from "./choice-made-so.ts";
import { choiceTakenBack } from "./choice-taken-back.ts";
import { neverMindBeforeTakingBack } from "./never-mind.ts";
import { itemNamedInTalk } from "./named-in-talk.ts";
import { bothOfTheLines } from "./both-of-the-lines.ts";
import { categoryWordAsCounter } from "./category-counter.ts";
import { takenBackForJust } from "./never-mind-just.ts";
import { lineChoiceRefusedByItsWord } from "./choice-word-refused.ts";
import { categoryWordAsGroup, groupChangedOfTheLineInHand } from "./category-as-group.ts";
import { askedThenTaken } from "./asked-then-taken.ts";
import { topicWordHeadsTheLines } from "./topic-heading-word.ts";
import { partWordOfTheLine } from "./part-word-of-the-line.ts";
import { countThenChoiceCount } from "./count-then-choice-count.ts";
import { numbersOfOtherThings } from "./numbers-of-other-things.ts";
import { justPutIn } from "./just-put-in.ts";
import { plentyOfTheTopping } from "./topping-plenty.ts";
import { piecesOfAServing } from "./serving-pieces.ts";
import { headNounLeftOutAsOne, headNounSharedByTwo } from "./shared-head-noun.ts";
import { modifierBeforeItem } from "./modifier-before-item.ts";
import { itemAliasWithItsParticle } from "./particle-aliases.ts";
import { whatItHoldsSaidFirst } from "./what-it-holds-said-first.ts";
import { optionTakenBackByRefusal } from "./taken-back-by-refusal.ts";
import { refusalTakenBack } from "./refusal-taken-back.ts";
import { removalIndex } from "./refusal.ts";
import { ownWordAsKind } from "./own-word-as-kind.ts";
import { bundleWithItsPart } from "./bundle-with-its-part.ts";
import { addOnsListed } from "./add-ons-listed.ts";
import { partsDescribedAfter } from "./parts-described-after.ts";
import { changeAtItsPart } from "./change-at-its-part.ts";
import { siblingSaidByItsWord } from "./sibling-said-by-its-word.ts";
import { partsAsTheCombo } from "./parts-as-the-combo.ts";
import { biggerOneAnswers } from "./bigger-one.ts";
import { theOneAnswers } from "./the-one-answers.ts";
import { whichOneSaidAfter } from "./which-one-said-after.ts";
import { groupWordSaidAsItem } from "./group-word-said-as-item.ts";
import { itemNameWithOnly } from "./item-name-with-only.ts";
import { offerPointedAt } from "./offer-pointed-at.ts";
import { partMadeSo } from "./part-made-so.ts";
import { refusedInTheItem } from "./refused-in-the-item.ts";
import { variantSaidBefore } from "./variant-said-before.ts";
import { variantSaidAfter } from "./variant-said-after.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

export interface ContextReading {
  atoms: Atom[];
  /** Menu words no reading could place (a relative word with no group in question). */
  unplaced: Atom[];
}

/** One reading of the words: atoms in, atoms out. */
type Step = (atoms: Atom[]) => Atom[];

/** All the readings, in order. */
export function readInContext(atoms: Atom[], ctx: ParseContext, en: boolean): ContextReading {
  const unplaced: Atom[] = [];
  // Steps that read a word into others say so (a measure word, a category said as a heading).
  const consumed: Atom[] = [];
  const consuming = (step: Step): Step => (a) => {
    const out = step(a);
    for (const x of a) if (!overlapsAny(x, out)) consumed.push(x);
    return out;
  };
  const steps: Step[] = [
    ...(en ? [] : [(a: Atom[]) => itemAliasWithItsParticle(a, ctx.menu)]),
    (a: Atom[]) => offerPointedAt(a, ctx, en),
    (a: Atom[]) => answerNamedAsItems(a, ctx, en, unplaced),
    (a: Atom[]) => optionTakenBackByRefusal(a, ctx.menu, unplaced),
    (a: Atom[]) => refusalTakenBack(a, ctx.menu),
    (a: Atom[]) => lineChoiceRefusedByItsWord(a, ctx),
    (a: Atom[]) => numberedNameAsCount(a, ctx),
    (a: Atom[]) => countSaidAsChoice(a, ctx.menu, en),
    (a: Atom[]) => groupWordNotItsCount(a, ctx.menu),
    (a: Atom[]) => groupNamedWithItsChoice(a, ctx),
    (a: Atom[]) => addOnsListed(a, ctx.menu),
    (a: Atom[]) => countedAddOnSaid(a, ctx.menu),
    (a: Atom[]) => countInItsName(a, ctx.menu),
    (a: Atom[]) => lineRefusedAsHold(a, ctx),
    ...(en
      ? [
          (a: Atom[]) => headNounSharedByTwo(a, ctx.menu),
          (a: Atom[]) => headNounLeftOutAsOne(a, ctx.menu),
          (a: Atom[]) => piecesOfAServing(a, ctx, unplaced, true),
          (a: Atom[]) => askedThenTaken(a, true, ctx.menu),
          (a: Atom[]) => biggerOneAnswers(a, ctx),
          (a: Atom[]) => theOneAnswers(a, ctx),
          linkWordBeforeAThing,
          (a: Atom[]) => takenBackForJust(a, ctx),
          consuming((a: Atom[]) => categoryWordAsCounter(a, ctx.menu)),
          (a: Atom[]) => kindSaidAfter(a, ctx.menu, unplaced),
          consuming((a: Atom[]) => partsAsTheCombo(a, ctx.menu, unplaced)),
          consuming((a: Atom[]) => partsDescribedAfter(a, ctx.menu)),
          consuming((a: Atom[]) => bundleWithItsPart(a, ctx.menu, unplaced, true)),
          consuming((a: Atom[]) => partWithItsChoicesInHand(a, ctx.menu, unplaced, (ctx.focus ?? []).map((f) => f.item))),
          consuming((a: Atom[]) => partOfTheBundle(a, ctx)),
          (a: Atom[]) => choiceByItsFirstWord(a, ctx),
          (a: Atom[]) => choiceOfTheLineInHand(a, ctx),
          consuming((a: Atom[]) => choiceRefusedOfTheBundle(a, ctx.menu)),
          (a: Atom[]) => groupChangedOfTheLineInHand(a, ctx),
          consuming((a: Atom[]) => refusedInTheItem(a, ctx.menu)),
          (a: Atom[]) => optionsBeforeOnTheItem(a, ctx.menu, ctx.focus?.length ?? 0),
          (a: Atom[]) => choiceForItsPart(a, ctx.menu),
          plainSaidOfTheItem,
          (a: Atom[]) => familyNamedByItsTail(a, ctx.menu),
          (a: Atom[]) => choiceBeforeItsNone(a, ctx.menu),
          (a: Atom[]) => sizeStepOfTheLine(a, ctx),
          (a: Atom[]) => dozensOfASize(a, ctx),
          (a: Atom[]) => someOfTheLinesInHand(a, ctx),
          (a: Atom[]) => piecesOfAnItem(a, ctx.menu, unplaced),
          (a: Atom[]) => countSaidAfterItsWord(a, ctx.menu, unplaced),
          (a: Atom[]) => halvesOfAMix(a, ctx.menu),
          (a: Atom[]) => flavoursOfABox(a, ctx),
          (a: Atom[]) => flavourWordAsTopping(a, ctx, unplaced),
          (a: Atom[]) => countedGroupWordAsItems(a, ctx.menu),
          (a: Atom[]) => articleNumberNamesChoice(a, ctx),
          (a: Atom[]) => numberNamesItsChoice(a, ctx),
          (a: Atom[]) => numberChoiceCountsTheItem(a, ctx),
          (a: Atom[]) => boxKindsNamedAsItems(a, ctx.menu),
          (a: Atom[]) => halfOfTheLine(a, ctx),
          (a: Atom[]) => choiceSoldAlone(a, ctx.menu),
          (a: Atom[]) => wordNamesAnItem(a, ctx),
        ]
      : [(a: Atom[]) => variantSaidBefore(a, ctx.menu), (a: Atom[]) => variantSaidAfter(a, ctx.menu, (ctx.focus ?? []).map((f) => f.item)), consuming((a: Atom[]) => partsDescribedAfter(a, ctx.menu)), consuming((a: Atom[]) => bundleWithItsPart(a, ctx.menu, unplaced, false, (ctx.focus ?? []).map((f) => f.item))), consuming((a: Atom[]) => changeAtItsPart(a, ctx.menu, (ctx.focus ?? []).map((f) => f.item), unplaced)), (a: Atom[]) => siblingSaidByItsWord(a, ctx, unplaced), numbersOfOtherThings, askedThenTaken, consuming((a: Atom[]) => whichOneSaidAfter(a, ctx.menu)), (a: Atom[]) => groupWordSaidAsItem(a, ctx.menu), (a: Atom[]) => itemNameWithOnly(a, ctx.menu), (a: Atom[]) => whatItHoldsSaidFirst(a, ctx.menu), (a: Atom[]) => modifierBeforeItem(a, ctx.menu, unplaced), (a: Atom[]) => plentyOfTheTopping(a, ctx.menu, unplaced), (a: Atom[]) => piecesOfAServing(a, ctx, unplaced), (a: Atom[]) => topicWordHeadsTheLines(a, ctx), (a: Atom[]) => partWordOfTheLine(a, ctx), (a: Atom[]) => countThenChoiceCount(a, ctx.menu), (a: Atom[]) => justPutIn(a, ctx.menu), choiceMadeSo, reportedRefusalTakenBack, countRefusedAgain, (a: Atom[]) => choiceTakenBack(a, ctx.menu), (a: Atom[]) => neverMindBeforeTakingBack(a, ctx.menu), itemNamedInTalk, (a: Atom[]) => bothOfTheLines(a, ctx), nextTimeRefuses, (a: Atom[]) => saidThenRefused(a, ctx), (a: Atom[]) => fineWithoutRefuses(a, ctx.menu), (a: Atom[]) => itemNamedByItsCounter(a, ctx.menu), (a: Atom[]) => itemNamedWithOneOfItsCounter(a, ctx.menu), (a: Atom[]) => servingsNameTheSize(a, ctx.menu), (a: Atom[]) => notChoiceAsItsOpposite(a, ctx.menu), (a: Atom[]) => itemNamedAsChoiceOfNext(a, ctx.menu), (a: Atom[]) => categoryWordAsGroup(a, ctx), consuming((a) => categoryBeforeItsItem(a, ctx)), consuming((a) => categoryAsHeading(a, ctx.menu)), (a: Atom[]) => numberNamesItsChoice(a, ctx), (a: Atom[]) => counterNamesItsChoice(a, ctx.menu), (a: Atom[]) => halvesAsOne(a, ctx.menu, unplaced)]),
    // ("츄러스 선데 하나 초코 아이스크림으로": the part said with its choice and 로, the item's choice.)
    ...(en ? [] : [consuming((a: Atom[]) => partMadeSo(a, ctx.menu, unplaced))]),
    (a) => pairAsItsCombo(a, ctx, unplaced),
    (a) => choiceByParts(a, ctx, unplaced),
    countsNamedAsChoices,
    countSaidAgain,
    groupBeforeThePart,
    ...(en ? [] : [consuming(totalBeforeItsLines), (a: Atom[]) => partsAfterTheirOptions(a, ctx, unplaced), (a: Atom[]) => leftOutOfTheOther(a, ctx.menu), (a: Atom[]) => partAfterItsOption(a, ctx.menu, unplaced), (a: Atom[]) => partsOfTheCount(a, ctx), (a: Atom[]) => restLeftUnread(a, unplaced), bothSaidFirst]),
    oneOfTheTwo,
    ...(en ? [(a: Atom[]) => plentyOfAnOption(a, ctx.menu, unplaced), (a: Atom[]) => lessOfAnOption(a, ctx.menu, unplaced), (a: Atom[]) => hedgedLevels(a, ctx.menu, unplaced), (a: Atom[]) => keptBeforeARefusal(a, ctx.menu), (a: Atom[]) => numberedComboName(a, ctx.menu, unplaced), (a: Atom[]) => itemWordAsGroupHeading(a, ctx.menu), (a: Atom[]) => itemNamedAsChoiceWithHeading(a, ctx.menu)] : []),
    consuming((a) => dropMeasures(a, ctx.menu, unplaced)),
    (a) => moreOfAGroup(a, ctx.menu),
    (a) => resolveItemChoice(a, ctx, en, unplaced),
    (a) => resolveChoices(a, ctx, unplaced),
    (a) => ownWordAsKind(a, ctx.menu),
    markOptionContext,
  ];
  const read = steps.reduce((a, step) => step(a), atoms);
  for (const a of lostOnTheWay(atoms, read, [...consumed, ...unplaced])) unplaced.push(a);
  return { atoms: read, unplaced };
}

const overlapsAny = (x: Atom, ys: readonly Atom[]) => ys.some((y) => y.start < x.end && x.start < y.end);

/**
 * Menu words and unknown ones that no step kept (alone or in a wider reading) and none said
 * it consumed or could not place: lost on the way, so the turn did not account for them.
 */
export function lostOnTheWay(said: readonly Atom[], read: readonly Atom[], accounted: readonly Atom[]): Atom[] {
  return said.filter((a) => (a.kind === "menu" || a.kind === "unknown") && !overlapsAny(a, read) && !accounted.includes(a));
}

/**
 * The option group being talked about decides what a word means: "당도는 30, 얼음은 적게"
 * ("적게" is the ice's), "망고는 당도 50 패션후르츠는 30이요" (a bare 30 is the sugar
 * level's "30%"), "사이즈 업" (the next size). Words that name a choice only relative
 * to its group ("적게" for "얼음 적게") count only while that group is in question.
 */
/** The last word read is English "no"/"without": what comes next is refused. */
const refusedRightBefore = (out: Atom[]) => {
  const b = out[out.length - 1];
  return b?.kind === "kw" && b.keywords.includes("without") && /^[a-z\s]+$/i.test(b.text.trim());
};

function resolveChoices(atoms: Atom[], ctx: ParseContext, unplaced: Atom[]): Atom[] {
  const out: Atom[] = [];
  let topic: string | undefined = ctx.asked?.group;
  let topicByChoice = false;
  atoms.forEach((a, i) => {
    const next = atoms[i + 1];
    if (a.kind === "sep" && a.why === "punct" && (a.mark === "." || a.mark === "?" || a.mark === "!")) topic = ctx.asked?.group;
    if (a.kind === "num" && !a.article && next?.kind === "menu" && prevIsNotNum(out)) {
      // "six wings", "24 buffalo wings": a number that names a size of the item said next
      // ("6 pieces") is that size, not how many are ordered.
      const item = next.refs.find((r) => r.kind === "item");
      const hit = item?.kind === "item" ? ctx.menu.itemGroups(item.item).map((g) => ({ g: g.id, c: choiceNamedAsPieces(ctx.menu, g.id, a.value) })).find((x) => x.c && ctx.menu.itemGroup(item.item, x.g)?.choices.some((c) => c.id === x.c)) : undefined;
      if (hit?.c && a.value > 1 && !soldOneByOne(ctx.menu, hit.g)) {
        out.push({ ...a, kind: "menu", refs: [{ kind: "choice", group: hit.g, choice: hit.c, name: false }], fuzzy: false, partial: false } as Atom);
        return;
      }
    }
    // "make it ten" of the six-piece nuggets: the number names the line's "10 piece" choice.
    const before = out[out.length - 1];
    if (a.kind === "num" && !a.article && a.value > 1 && before?.kind === "kw" && before.keywords.includes("change") && !atoms.some((x) => x.kind === "menu" && x.refs.some((r) => r.kind === "item"))) {
      const f = ctx.focus?.[ctx.focus.length - 1];
      const hit = f ? ctx.menu.itemGroups(f.item).map((g) => ({ g: g.id, c: choiceNamedAsPieces(ctx.menu, g.id, a.value) })).find((x) => x.c && ctx.menu.itemGroup(f.item, x.g)?.choices.some((c) => c.id === x.c)) : undefined;
      // ("make that two" of the two-piece tenders: the choice it already has; how many.)
      if (hit?.c && !soldOneByOne(ctx.menu, hit.g) && f?.options?.[hit.g] !== hit.c) {
        out.push({ ...a, kind: "menu", refs: [{ kind: "choice", group: hit.g, choice: hit.c, name: false }], fuzzy: false, partial: false } as Atom);
        return;
      }
    }
    if (a.kind === "num" && !a.counted && !a.article) {
      // A number cannot be a quantity when it is 0 or past any line's limit (당도 70, 100%).
      const notQty = a.value === 0 || a.value > MAX_QTY_PER_LINE;
      const prev = out[out.length - 1];
      const afterGroup = prev?.kind === "menu" && prev.refs.some((r) => r.kind === "group" && r.group === topic);
      // "six large diet cokes": options between the number and the item still make it a count.
      let k = i + 1;
      while (atoms[k]?.kind === "menu" && (atoms[k] as Atom & { kind: "menu" }).refs.every((r) => r.kind === "choice")) k++;
      const ahead = atoms[k];
      const itemNext = ahead?.kind === "menu" && ahead.refs.some((r) => r.kind === "item");
      const itemPrev = prev?.kind === "menu" && prev.refs.some((r) => r.kind === "item");
      let group = topic;
      if (!group && notQty) group = (ctx.focus ?? []).map((f) => ctx.menu.itemGroups(f.item).find((g) => choiceNamedByNumber(ctx.menu, g.id, a.value))?.id).reverse().find(Boolean);
      const choice = group ? choiceNamedByNumber(ctx.menu, group, a.value) : undefined;
      // After a choice ("인절미 빙수 2인용 하나"), not a group word, a small number is how many.
      const byChoiceOnly = topicByChoice && group === topic;
      if (group && choice && (afterGroup || notQty || (!(itemNext || itemPrev) && !byChoiceOnly))) {
        out.push({ ...a, kind: "menu", refs: [{ kind: "choice", group, choice, name: false }], fuzzy: false, partial: false } as Atom);
        return;
      }
    }
    if (a.kind !== "menu") {
      out.push(a);
      return;
    }
    const group = a.refs.find((r) => r.kind === "group");
    if (group && group.kind === "group") {
      topic = group.group;
      topicByChoice = false;
      const g = ctx.menu.groups.get(group.group);
      const step = next?.kind === "kw" ? (next.keywords.includes("up") ? 1 : next.keywords.includes("down") ? -1 : 0) : 0;
      // ("휘핑크림 올려서": a word that also names one of the group's choices is that choice put on, not a step.)
      const namesItsChoice = a.refs.some((r) => r.kind === "choice" && r.group === group.group);
      if (step && g?.select === "one" && !namesItsChoice) {
        out.push({ ...a, step } as Atom);
        return;
      }
    }
    const choices = a.refs.filter((r): r is Extract<MenuRef, { kind: "choice" }> => r.kind === "choice");
    if (!choices.length) {
      out.push(a);
      return;
    }
    // After a choice of a one-choice group, a word that fits that group and others is for
    // the others ("반반 후라이드 양념으로": the first half, then the second).
    const oneTaken = topicByChoice && topic !== undefined && ctx.menu.groups.get(topic)?.select === "one" && choices.some((c) => c.group !== topic);
    let inTopic = oneTaken ? [] : choices.filter((c) => c.group === topic);
    // "a large pizza and a large coke": the size of the item said next, not the pizza's.
    const nextItem = atoms.slice(i + 1).find((x) => x.kind === "menu" && x.refs.some((r) => r.kind === "item"));
    const nextId = nextItem?.kind === "menu" ? nextItem.refs.find((r) => r.kind === "item") : undefined;
    if (inTopic.length && nextId?.kind === "item") {
      const takes = (c: { group: string; choice: string }) => ctx.menu.itemGroup(nextId.item, c.group)?.choices.some((x) => x.id === c.choice) === true;
      if (!inTopic.some(takes) && choices.some(takes)) inTopic = [];
    }
    let refs = a.refs;
    // ("들깨 추가하고 인삼은 빼 주세요": the extras are in question, but 인삼 also names the
    // removal "인삼 빼기", meant only when refused; it stays for the refusal to pick.)
    if (inTopic.length) refs = [...a.refs.filter((r) => r.kind !== "choice"), ...inTopic, ...choices.filter((c) => c.refused && !inTopic.includes(c))];
    // A word that names a choice only relative to its group counts while that group is in
    // question, or right before an item that has it ("24 wings" for "24 pieces").
    const nextTakes = (r: MenuRef) => r.kind === "choice" && nextId?.kind === "item" && atoms[i + 1] === nextItem && ctx.menu.itemGroup(nextId.item, r.group)?.choices.some((x) => x.id === r.choice) === true;
    // "큰 걸로" ("the big one"): an adjective said of the thing ordered names its choice too.
    // "25 percent sweet", "25% please": a number that names choices of one group only ("25%
    // sugar") is no relative word like "large"; it names that choice wherever it is said.
    const oneGroup = new Set(a.refs.flatMap((r) => (r.kind === "choice" ? [r.group] : []))).size === 1;
    const measured = /\d/.test(a.text) && oneGroup && a.refs.every((r) => r.kind === "choice");
    // ("without the crackling" of the "No crackling" whose alias is "hold the crackling": the removal's
    // own words after a refusal name it, wherever they are said.)
    const refusedRemoval = (r: MenuRef) => r.kind === "choice" && refusedRightBefore(out) && removalIndex(ctx.menu).groups.has(r.group);
    refs = refs.filter((r) => !(r.kind === "choice" && r.derived && r.group !== topic && !nextTakes(r) && !a.flags.thing && !measured && !refusedRemoval(r) && !modifierNamesChoice(atoms, i, r, ctx)));
    if (!refs.length) {
      // ("two espressos, no sugar, and a macchiato", "sugar" only the cone's "Sugar cone": what
      // "no" refuses stays a word said, not known here, lest "no" alone read as "no, a macchiato".)
      if (refusedRightBefore(out)) out.push({ start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "unknown", flags: {} } as Atom);
      else unplaced.push(a); // a relative word with no group in question
      return;
    }
    if (!inTopic.length && choices.length) {
      const next = choices.find((c) => !c.derived)?.group;
      if (next) topicByChoice = true;
      topic = next ?? topic;
    }
    out.push(refs.length === a.refs.length ? a : { ...a, refs });
  });
  return out;
}

/**
 * After "with" (until the next full item name or the end of the sentence) words are
 * options: "an iced coffee with cream and two sugars" orders no cream item and no sugar
 * item, even when "cream" is part of some item's name.
 */
function markOptionContext(atoms: Atom[]): Atom[] {
  let inWith = false;
  const fullItem = (x: Atom | undefined) => x?.kind === "menu" && x.refs.some((r) => r.kind === "item" && !r.partial);
  const out: Atom[] = [];
  atoms.forEach((a, i) => {
    if (a.kind === "sep" && a.why === "punct" && a.mark !== ",") inWith = false;
    if (a.kind === "kw" && a.keywords.includes("with") && /[a-z]/.test(a.text)) inWith = true;
    if (fullItem(a)) inWith = false;
    // "with oat milk and a pumpkin muffin": a word right before an item name is part of a name.
    const partOfName = fullItem(atoms[i + 1]);
    const partial = a.kind === "menu" && a.partial && a.refs.every((r) => r.kind === "item" || r.kind === "category");
    if (!inWith || partOfName || !(a.kind === "unknown" || partial)) {
      out.push(a);
      return;
    }
    // "two sugars": the number counts the option, not the order.
    if (out[out.length - 1]?.kind === "num") out.pop();
    out.push({ ...a, kind: "unknown", optionWord: true } as unknown as Atom);
  });
  return out;
}

/** No quantity was said right before ("two 12 piece wings" keeps its two). */
function prevIsNotNum(out: Atom[]): boolean {
  return out[out.length - 1]?.kind !== "num";
}

/** The choice named as this many pieces ("6 pieces", "12 pc", "10조각"): a portion size. */
function choiceNamedAsPieces(menu: MenuModel, groupId: string, n: number): string | undefined {
  const g = menu.groups.get(groupId);
  const re = new RegExp(`^${n}\\s*(?:pieces?|pcs?|pc|ea|count|ct|조각|개|마리|피스)$`, "i");
  const hits = (g?.choices ?? []).filter((c) => [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].some((t) => typeof t === "string" && re.test(t.trim())));
  return hits.length === 1 ? hits[0]!.id : undefined;
}

/**
 * A portion group that sells the item one piece at a time ("1 piece", "2 piece", "3 piece"
 * of a fish dinner): a bare number said for the item counts dinners ("two haddock dinners",
 * "make that two"), as it would for any item; only where the smallest portion is many pieces
 * ("6 pieces" of wings) is "six wings" the portion, for six orders of it would make no sense.
 * The portion is still read where its own words are said ("two piece cod").
 */
function soldOneByOne(menu: MenuModel, groupId: string): boolean {
  return choiceNamedAsPieces(menu, groupId, 1) !== undefined;
}

/** The choice of a group whose name says this number ("당도 30%" for 30). */
function choiceNamedByNumber(menu: MenuModel, groupId: string, n: number): string | undefined {
  const g = menu.groups.get(groupId);
  const hits = (g?.choices ?? []).filter((c) =>
    [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].some((t) => new RegExp(`(^|[^0-9])${n}([^0-9]|$)`).test(t)),
  );
  return hits.length === 1 ? hits[0]!.id : undefined;
}
