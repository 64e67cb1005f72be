// Before clauses are built, the words are read in the light of the menu and the
// conversation: a word that names both an item and a choice (콜라, the set's drink), a
// number that names a choice ("당도 30"), a word that only names a choice relative to
// its group ("얼음은 적게"), measure words ("a shot of vanilla"), and words after "with"
// that are options rather than things ordered.
import { choiceByParts } from "./part-answers.ts";
import { countRefusedAgain, countSaidAgain, fineWithoutRefuses, nextTimeRefuses } from "./count-corrections.ts";
import { countCorrectedBeforeItsItem } from "./count-corrected-before-its-item.ts";
import { categoryAsHeading, categoryBeforeItsItem } from "./category-heading.ts";
import { halvesAsOne, pairAsItsCombo } from "./halves.ts";
import { countsNamedAsChoices, groupBeforeThePart, leftOutOfTheOther, oneOfTheTwo, partAfterItsOption } from "./line-parts.ts";
import { partsAfterTheirOptions, partsOfTheCount, restLeftUnread, totalBeforeItsLines } from "./count-parts.ts";
import { bothSaidFirst } from "./both-first.ts";
import { dozensOfASize, numberNamesItsChoice } from "./number-choices.ts";
import { halfOfTheLine, numberChoiceCountsTheItem } from "./dozen-counts.ts";
import { numberedNameAsCount } from "./numbered-names.ts";
import { countSaidAsChoice } from "./count-said-as-choice.ts";
import { countAndNameInAGroupName } from "./count-and-name-in-a-group-name.ts";
import { choiceSoldAlone } from "./choice-sold-alone.ts";
import { wordNamesAnItem } from "./word-names-item.ts";
import { familyNamedByItsTail } from "./name-families.ts";
import { counterNamesItsChoice } from "./counter-choices.ts";
import { extraCountedByItsCounter } from "./extra-counted-by-its-counter.ts";
import { notChoiceAsItsOpposite } from "./not-choices.ts";
import { itemNamedAsChoiceOfNext } from "./set-named-by-choice.ts";
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
import { measureInsideACountName } from "./measure-inside-a-count-name.ts";
import { measureSaidAgain } from "./measure-said-again.ts";
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
import { choiceForPeopleSaidApart } from "./choice-for-people-said-apart.ts";
import { countBeforeItsCounterName } from "./count-before-its-counter-name.ts";
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
import { groupOfTheItemBefore } from "./group-of-the-item-before.ts";
import { groupWordAfterItsChoice } from "./group-word-after-its-choice.ts";
import { itemNamedAsChoiceWithHeading, itemWordAsGroupHeading } from "./group-heading-word.ts";
import { choiceMadeSo } from "./choice-made-so.ts";
import { choiceTakenBack } from "./choice-taken-back.ts";
import { neverMindBeforeTakingBack } from "./never-mind.ts";
import { itemNamedInTalk } from "./named-in-talk.ts";
import { bothOfTheLines } from "./both-of-the-lines.ts";
import { categoryWordAsCounter } from "./category-counter.ts";
import { nameWordAsCounter } from "./name-word-as-counter.ts";
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
import { categoryWordAfterItsItem } from "./category-word-after-its-item.ts";
import { itemNamedAgainToBeClear } from "./item-named-again-to-be-clear.ts";
import { modifierBeforeItem } from "./modifier-before-item.ts";
import { itemAliasWithItsParticle } from "./particle-aliases.ts";
import { whatItHoldsSaidFirst } from "./what-it-holds-said-first.ts";
import { whatItHoldsSaidAfter } from "./what-it-holds-said-after.ts";
import { nameSaidAgainAfterOf } from "./name-said-again-after-of.ts";
import { optionTakenBackByRefusal } from "./taken-back-by-refusal.ts";
import { refusalTakenBack } from "./refusal-taken-back.ts";
import { ownWordAsKind } from "./own-word-as-kind.ts";
import { bundleWithItsPart } from "./bundle-with-its-part.ts";
import { setChoiceByAnItemAlias } from "./set-choice-by-an-item-alias.ts";
import { choiceAliasSaidAsAnItem } from "./choice-alias-said-as-an-item.ts";
import { itemSaidAsTheSetsChoice } from "./item-said-as-the-sets-choice.ts";
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
import { partOfTheSetInHand } from "./part-of-the-set-in-hand.ts";
import { partMadeAnotherChoice } from "./part-made-another-choice.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";
import { resolveChoices } from "./resolve-choices.ts";
import { choiceSpellingAnItem, itemAndChoiceSpellingAPart } from "./choice-spelling-an-item.ts";
import { nameSaidAroundWith } from "./name-said-around-with.ts";
import { choiceNamedAroundIn } from "./choice-named-around-in.ts";
import { theLineByItsWord } from "./the-line-by-its-word.ts";
import { scoopsOfAFlavour } from "./scoops-of-a-flavour.ts";
import { choiceOfTheItem } from "./choice-of-the-item.ts";
import { weightsSaid } from "./weights-said.ts";
import { peopleSaid } from "./people-said.ts";
import { topicHeadsItsChoices } from "./topic-heads-its-choices.ts";

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
    countCorrectedBeforeItsItem,
    // ("차돌박이 300그램" of a "(150g)" item: two of it; "배추김치 1키로" of a count by 100 g: ten.)
    (a: Atom[]) => weightsSaid(a, ctx.menu, ctx.focus?.at(-1)?.item),
    // ("밥은 조금만" of a "밥 양" group whose choices are "밥 적게", "밥 많이": that group's heading.)
    ...(en ? [] : [(a: Atom[]) => topicHeadsItsChoices(a, ctx.menu, (ctx.focus ?? []).map((f) => f.item))]),
    // ("30분 두 명이요" of a pass whose rooms say how many they hold: that room; "상차림 두 명" of a "(1인)": two.)
    (a: Atom[]) => peopleSaid(a, ctx.menu, ctx.asked?.item, ctx.focus?.at(-1)?.item),
    ...(en ? [] : [(a: Atom[]) => itemAliasWithItsParticle(a, ctx.menu)]),
    (a: Atom[]) => choiceSpellingAnItem(a, ctx),
    (a: Atom[]) => itemAndChoiceSpellingAPart(a, ctx),
    (a: Atom[]) => offerPointedAt(a, ctx, en),
    (a: Atom[]) => answerNamedAsItems(a, ctx, en, unplaced),
    (a: Atom[]) => optionTakenBackByRefusal(a, ctx.menu, unplaced),
    (a: Atom[]) => refusalTakenBack(a, ctx.menu),
    (a: Atom[]) => lineChoiceRefusedByItsWord(a, ctx),
    (a: Atom[]) => numberedNameAsCount(a, ctx),
    (a: Atom[]) => countSaidAsChoice(a, ctx.menu, en),
    ...(en ? [(a: Atom[]) => countAndNameInAGroupName(a, ctx.menu)] : []),
    (a: Atom[]) => groupWordNotItsCount(a, ctx.menu),
    (a: Atom[]) => groupNamedWithItsChoice(a, ctx),
    // ("김치볶음밥 계란 프라이 빼고" where 계란 프라이 is also another dish's choice: the rice's group.)
    ...(en ? [] : [(a: Atom[]) => groupOfTheItemBefore(a, ctx.menu)]),
    (a: Atom[]) => groupWordAfterItsChoice(a, ctx.menu),
    ...(en ? [(a: Atom[]) => nameSaidAroundWith(a, ctx.menu)] : []),
    // ("dipped in chocolate" of a "Chocolate dip" topping: the one choice, not the flavour too.)
    ...(en ? [(a: Atom[]) => choiceNamedAroundIn(a, ctx.menu)] : []),
    // ("make the falafels spicy" of falafel wraps in hand: the wraps, not a falafel sold alone.)
    ...(en ? [(a: Atom[]) => theLineByItsWord(a, ctx.menu, (ctx.focus ?? []).map((f) => f.item))] : []),
    (a: Atom[]) => addOnsListed(a, ctx.menu),
    (a: Atom[]) => countedAddOnSaid(a, ctx.menu, ctx.focus?.at(-1)?.item),
    (a: Atom[]) => countInItsName(a, ctx.menu),
    ...(en ? [consuming((a: Atom[]) => choiceForPeopleSaidApart(a, ctx.menu))] : []),
    // ("2시간 이용권" of a "시간 이용권" counted in 시간: two hours, one pass.)
    ...(en ? [] : [(a: Atom[]) => countBeforeItsCounterName(a, ctx.menu)]),
    (a: Atom[]) => lineRefusedAsHold(a, ctx),
    // ("make the pasty a large one", "음료는 사이다요" of the set in hand: its part, not one more.)
    consuming((a: Atom[]) => partOfTheSetInHand(a, ctx, en)),
    // ("make the drink a Couronne" of the combo said or in hand: its drink, not a Couronne beside it.)
    (a: Atom[]) => partMadeAnotherChoice(a, ctx, en),
    // ("휘낭시에 세트 하나요 … 아이스 아메리카노로" of a set whose drink may be 아메리카노: that drink, iced.)
    (a: Atom[]) => setChoiceByAnItemAlias(a, ctx),
    ...(en
      ? [
          (a: Atom[]) => categoryWordAfterItsItem(a, ctx.menu),
          itemNamedAgainToBeClear,
          (a: Atom[]) => headNounSharedByTwo(a, ctx.menu),
          (a: Atom[]) => headNounLeftOutAsOne(a, ctx.menu),
          (a: Atom[]) => piecesOfAServing(a, ctx, unplaced, true),
          (a: Atom[]) => askedThenTaken(a, true, ctx.menu),
          (a: Atom[]) => biggerOneAnswers(a, ctx),
          (a: Atom[]) => theOneAnswers(a, ctx),
          linkWordBeforeAThing,
          (a: Atom[]) => takenBackForJust(a, ctx),
          consuming((a: Atom[]) => categoryWordAsCounter(a, ctx.menu)),
          consuming(nameWordAsCounter),
          (a: Atom[]) => kindSaidAfter(a, ctx.menu, unplaced),
          consuming((a: Atom[]) => partsAsTheCombo(a, ctx.menu, unplaced)),
          consuming((a: Atom[]) => partsDescribedAfter(a, ctx.menu)),
          // ("dinner for two with the chicken pot": the set's claypot "Chicken & mushroom", not a claypot beside it.)
          (a: Atom[]) => itemSaidAsTheSetsChoice(a, ctx.menu),
          // ("kids meals with tenders and apple juice": the words of the meal's drink, not a juice box.)
          (a: Atom[]) => choiceAliasSaidAsAnItem(a, ctx.menu),
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
          (a: Atom[]) => whatItHoldsSaidAfter(a, ctx.menu),
          // ("tall stack of pancakes": the pancakes' alias with its stack, then their name: one order.)
          nameSaidAgainAfterOf,
          (a: Atom[]) => halfOfTheLine(a, ctx),
          (a: Atom[]) => choiceSoldAlone(a, ctx.menu),
          (a: Atom[]) => wordNamesAnItem(a, ctx),
        ]
      : [(a: Atom[]) => variantSaidBefore(a, ctx.menu), (a: Atom[]) => variantSaidAfter(a, ctx.menu, (ctx.focus ?? []).map((f) => f.item)), consuming((a: Atom[]) => partsDescribedAfter(a, ctx.menu)), consuming((a: Atom[]) => bundleWithItsPart(a, ctx.menu, unplaced, false, (ctx.focus ?? []).map((f) => f.item))), consuming((a: Atom[]) => changeAtItsPart(a, ctx.menu, (ctx.focus ?? []).map((f) => f.item), unplaced)), (a: Atom[]) => siblingSaidByItsWord(a, ctx, unplaced), numbersOfOtherThings, askedThenTaken, consuming((a: Atom[]) => whichOneSaidAfter(a, ctx.menu)), (a: Atom[]) => groupWordSaidAsItem(a, ctx.menu), (a: Atom[]) => itemNameWithOnly(a, ctx.menu), (a: Atom[]) => whatItHoldsSaidFirst(a, ctx.menu), (a: Atom[]) => modifierBeforeItem(a, ctx.menu, unplaced), (a: Atom[]) => plentyOfTheTopping(a, ctx.menu, unplaced), (a: Atom[]) => piecesOfAServing(a, ctx, unplaced), (a: Atom[]) => topicWordHeadsTheLines(a, ctx), (a: Atom[]) => partWordOfTheLine(a, ctx), (a: Atom[]) => countThenChoiceCount(a, ctx.menu), (a: Atom[]) => justPutIn(a, ctx.menu), choiceMadeSo, reportedRefusalTakenBack, countRefusedAgain, (a: Atom[]) => choiceTakenBack(a, ctx.menu), (a: Atom[]) => neverMindBeforeTakingBack(a, ctx.menu), itemNamedInTalk, (a: Atom[]) => bothOfTheLines(a, ctx), nextTimeRefuses, (a: Atom[]) => saidThenRefused(a, ctx), (a: Atom[]) => fineWithoutRefuses(a, ctx.menu), (a: Atom[]) => itemNamedByItsCounter(a, ctx.menu), (a: Atom[]) => itemNamedWithOneOfItsCounter(a, ctx.menu), (a: Atom[]) => servingsNameTheSize(a, ctx.menu), (a: Atom[]) => notChoiceAsItsOpposite(a, ctx.menu), (a: Atom[]) => itemNamedAsChoiceOfNext(a, ctx.menu), (a: Atom[]) => categoryWordAsGroup(a, ctx), consuming((a) => categoryBeforeItsItem(a, ctx)), consuming((a) => categoryAsHeading(a, ctx.menu)), (a: Atom[]) => numberNamesItsChoice(a, ctx), (a: Atom[]) => counterNamesItsChoice(a, ctx.menu), (a: Atom[]) => extraCountedByItsCounter(a, ctx.menu, ctx.focus?.at(-1)?.item), (a: Atom[]) => halvesAsOne(a, ctx.menu, unplaced)]),
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
    (a) => scoopsOfAFlavour(a, ctx.menu),
    ...(en ? [(a: Atom[]) => choiceOfTheItem(a, ctx.menu)] : []),
    // ("two plates of X, no wait, three plates": the measure said again with the count meant.)
    consuming(measureSaidAgain),
    consuming((a) => dropMeasures(a, ctx.menu, unplaced)),
    (a) => measureInsideACountName(a, ctx.menu),
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

