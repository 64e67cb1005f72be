// Every read-back check of a finished turn, in one list: the cart after the turn read
// against the words said (said-vs-done.ts has the first ones and says why they exist; each
// later one is its own file). Any entry makes the turn a guess (line-doubts.ts).
import { refusedStillThere, takenOutStillThere, lostUnnamed, namedNotMade, madeUnnamed, countsNotMade, topicMadeNew, choicesOfARefusedItem, numbersNotMade, itemOrOption, optionOfTheLastLine, oneOfTwoChoicesLost, qtyOf } from "./said-vs-done.ts";
import { takenOutAsCounted } from "./taken-out-as-counted.ts";
import { partsNotApart } from "./parts-apart.ts";
import { askedWhatWasSaid } from "./asked-what-was-said.ts";
import { bothSaidAfter } from "./both-said-after.ts";
import { pointedBack } from "./pointed-back.ts";
import { refusedLevelUnplaced } from "./refused-level.ts";
import { refusedWhatItComesWith } from "./refused-what-it-comes-with.ts";
import { partsBesideTheBundle } from "./parts-beside-the-bundle.ts";
import { addOnSaidAsItem } from "./add-on-said-as-item.ts";
import { kindsSaidAgain } from "./kinds-said-again.ts";
import { countedThenNone } from "./counted-then-none.ts";
import { countTakenBackKept } from "./count-taken-back-kept.ts";
import { countSaidAlone } from "./count-said-alone.ts";
import { partAcrossItsCount } from "./part-across-its-count.ts";
import { partBesideItsSet } from "./part-beside-its-set.ts";
import { bothMadeNew } from "./both-made-new.ts";
import { partMadeBesideItsLine } from "./part-made-beside-its-line.ts";
import { refusalMadeDearer } from "./refusal-made-dearer.ts";
import { countPutChangedNothing } from "./count-put-changed-nothing.ts";
import { onlyWithACount } from "./only-with-a-count.ts";
import { countWordBeforeItsChoice } from "./count-word-before-its-choice.ts";
import { heldAndAdded } from "./held-and-added.ts";
import { refusedHoldLeftOff } from "./refused-hold-left-off.ts";
import { whatItHoldsMadeBeside } from "./what-it-holds-made-beside.ts";
import { changedIntoMadeBeside } from "./changed-into-made-beside.ts";
import { choiceMadeUnnamed } from "./choice-made-unnamed.ts";
import { countTakenBackOnItsThing } from "./count-taken-back-on-its-thing.ts";
import { plainNameMadeOtherwise } from "./plain-name-made-otherwise.ts";
import { madeBesideWhatItBecomes } from "./made-beside-what-it-becomes.ts";
import { countRaisedUnsaid } from "./count-raised-unsaid.ts";
import { countedAddOnMadeAsItem } from "./counted-add-on-made-as-item.ts";
import { groupNamedChangedNothing } from "./group-named-changed-nothing.ts";
import { oneWithAfterTheCount } from "./one-with-after-the-count.ts";
import { countInItsNameMade } from "./count-in-its-name-made.ts";
import { countOrPieces } from "./count-or-pieces.ts";
import { refusedThenOrdered } from "./refused-then-ordered.ts";
import { keptButRefused } from "./kept-but-refused.ts";
import { countedKindsMade } from "./counted-kinds-made.ts";
import { choiceAfterAList } from "./choice-after-a-list.ts";
import { choiceInsideTheName } from "./choice-inside-the-name.ts";
import { countSaidOfTheLineKept } from "./count-said-of-the-line-kept.ts";
import { countedOptionMadeNew } from "./counted-option-made-new.ts";
import { closedOptionWentOn } from "./closed-option-went-on.ts";
import { addedNothingNamed } from "./added-nothing-named.ts";
import { changedAsCounted } from "./changed-as-counted.ts";
import { refusalLeftUndone } from "./refusal-left-undone.ts";
import { setPartMadeNew } from "./set-part-made-new.ts";
import { countBesideItsItem } from "./count-beside-its-item.ts";
import { replacedKept } from "./replaced-kept.ts";
import { oneNamedMadeApart } from "./one-named-made-apart.ts";
import { cancelledKept } from "./cancelled-kept.ts";
import { countCorrectedMadeOtherwise } from "./count-corrected-made-otherwise.ts";
import { theWordOfALineInHand } from "./the-word-of-a-line-in-hand.ts";
import { oneMoreMadeNothing } from "./one-more-made-nothing.ts";
import { choiceKeptAfterCorrection } from "./choice-kept-after-correction.ts";
import { hereLeftUnread } from "./here-left-unread.ts";
import { measureNamedAsItem } from "./measure-said-again.ts";
import { choiceWordInsideAnother } from "./choice-word-inside-another.ts";
import type { TurnResult } from "./turn-draft.ts";

/** Each entry: something the cart after the turn says that the words did not. */
export function notAsSaid(d: TurnResult): string[] {
  return [...refusedStillThere(d), ...takenOutStillThere(d), ...takenOutAsCounted(d, qtyOf), ...lostUnnamed(d), ...namedNotMade(d), ...madeUnnamed(d), ...countsNotMade(d), ...topicMadeNew(d), ...choicesOfARefusedItem(d), ...numbersNotMade(d), ...itemOrOption(d), ...optionOfTheLastLine(d), ...partsNotApart(d), ...oneOfTwoChoicesLost(d), ...askedWhatWasSaid(d), ...bothSaidAfter(d), ...pointedBack(d), ...refusedLevelUnplaced(d), ...refusedWhatItComesWith(d), ...partsBesideTheBundle(d), ...addOnSaidAsItem(d), ...kindsSaidAgain(d), ...countedThenNone(d), ...countTakenBackKept(d), ...countSaidAlone(d), ...partAcrossItsCount(d), ...partBesideItsSet(d), ...bothMadeNew(d), ...partMadeBesideItsLine(d), ...refusalMadeDearer(d), ...countPutChangedNothing(d), ...onlyWithACount(d), ...countWordBeforeItsChoice(d), ...heldAndAdded(d), ...refusedHoldLeftOff(d), ...whatItHoldsMadeBeside(d), ...changedIntoMadeBeside(d), ...choiceMadeUnnamed(d), ...countTakenBackOnItsThing(d), ...plainNameMadeOtherwise(d), ...madeBesideWhatItBecomes(d), ...countRaisedUnsaid(d), ...countedAddOnMadeAsItem(d), ...groupNamedChangedNothing(d), ...oneWithAfterTheCount(d), ...countInItsNameMade(d), ...countOrPieces(d), ...refusedThenOrdered(d), ...keptButRefused(d), ...countedKindsMade(d), ...choiceAfterAList(d), ...choiceInsideTheName(d), ...countSaidOfTheLineKept(d), ...countedOptionMadeNew(d), ...closedOptionWentOn(d), ...addedNothingNamed(d), ...changedAsCounted(d), ...refusalLeftUndone(d), ...setPartMadeNew(d), ...countBesideItsItem(d), ...replacedKept(d), ...oneNamedMadeApart(d), ...cancelledKept(d), ...countCorrectedMadeOtherwise(d), ...theWordOfALineInHand(d), ...oneMoreMadeNothing(d), ...choiceKeptAfterCorrection(d), ...hereLeftUnread(d), ...measureNamedAsItem(d), ...choiceWordInsideAnother(d)];
}
