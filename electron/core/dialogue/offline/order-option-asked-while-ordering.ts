// "can I pre-order for the interval? two glasses of white, 175, and a bag of mixed nuts": an
// order option (when, where, how it is served) asked about in a question that names nothing else
// of the menu, in a turn that goes on to order. The customer asks for it, not whether the store
// offers it: the answer was left out for the order and the option lost, answered alone (held-out
// r102c-003). Asked for in so many words ("can I …", "could we …", "may I …") it is taken; asked
// otherwise ("do you deliver? two burgers") it is taken too, but that is a guess.
import type { Question } from "./utterance.ts";

export interface OptionAsked {
  choices: Array<{ group: string; choice: string }>;
  /** Said as a request ("can I pre-order …?"), not as a question about the store. */
  request: boolean;
}

/** A request opening: "can I", "could we", "may I", past a greeting or filler. */
const ASKS_FOR = /^(?:(?:um+|uh+|er|hi|hey|hello|so|ok|okay|oh|and|also|yeah|yes|sorry|please)\b[\s,.!]*)*(?:can|could|may)\s+(?:i|we)\b/i;

/** The order options a question asks about when it names nothing else (undefined: none, or more named). */
export function orderOptionAsked(q: Question, text: string): OptionAsked | undefined {
  if (!q.orderChoices.length) return undefined;
  if (q.items.length || q.choices.length || q.groups.length || q.categories.length || q.tags.length || q.orderGroups.length) return undefined;
  return { choices: q.orderChoices, request: ASKS_FOR.test(text.trim()) };
}

/**
 * The order options asked about, taken where the turn orders something outside its questions;
 * a guess where one was not asked for as a request.
 */
export function takeOptionsAsked(asked: readonly OptionAsked[], ordering: boolean, orderChoices: Array<{ group: string; choice: string }>, guesses: string[]): void {
  if (!ordering || !asked.length) return;
  // ("포장되나요? 대추차 두 잔 포장이요": said again in the order, it is asked for; nothing to guess.)
  const saidAgain = (c: { group: string; choice: string }) => orderChoices.some((o) => o.group === c.group && o.choice === c.choice);
  const unsure = asked.some((a) => !a.request && !a.choices.every(saidAgain));
  // (Said before the order: an option the order itself names again wins, so the question's go first.)
  orderChoices.unshift(...asked.flatMap((a) => a.choices));
  if (unsure) guesses.push("an order option asked about beside an order: asked for, or asked whether?");
}
