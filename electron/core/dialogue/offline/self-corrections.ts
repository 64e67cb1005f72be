// "can i get a coke" → "a diet coke sorry": a word that owns up to a slip ("sorry", "oops",
// "my bad", "actually", "I mean(t)"), leading or trailing a turn that names one thing of the
// kind just ordered, puts it in that one's place rather than beside it (English; within one
// breath parse.ts reads "a coke, sorry, a diet coke"). Adding words ("too", "also",
// "another") say beside; "and" leaves it open (line-doubts.ts asks). Korean owns up with
// "아 죄송 …" before or "… 잘못 말했어요" after ("아니 …" is a correction word, parse.ts).
import { recent, type TurnDraft } from "./turn-draft.ts";
import type { Unit } from "./utterance.ts";
import { withoutHesitationWords } from "./scan.ts";

const SLIP = "(?:actually|sorry|oops|whoops|my bad|i mean|i meant)";
const LEADING = new RegExp(`^(?:(?:oh|um|uh|no)\\s+)?${SLIP}\\b`);
const TRAILING = new RegExp(`\\b${SLIP}$`);
const ADDING = /\b(?:add|adding|also|with|plus|too|extra|more|another|both|same|as well|each)\b/;

/** The turn's words, lower case, punctuation and the polite tail left out. */
function plain(text: string): string {
  return withoutHesitationWords(text.toLowerCase()).replace(/[^a-z0-9' ]+/g, " ").replace(/\s+/g, " ").trim().replace(/\s+please$/, "");
}

const KO_LEADING = /^(?:아\s*)?(?:죄송|미안)(?:해요|합니다)?(?=[\s,.!]|$)/;
const KO_TRAILING = /(?:잘못\s*(?:말했|얘기했)|말을\s*잘못했)\S*$/;

/** A slip word at either end of the turn: it owns up to what was ordered just before. */
export function ownsUpToASlip(text: string): boolean {
  const t = plain(text);
  const ko = withoutHesitationWords(text.trim()).replace(/[.!?~]+$/, "");
  return LEADING.test(t) || TRAILING.test(t) || KO_LEADING.test(ko) || KO_TRAILING.test(ko);
}

/** Whether "and" joins the thing named to the turn ("and a diet coke sorry"): beside, or instead? */
export function saysAnd(text: string): boolean {
  return /\band\b/.test(plain(text));
}

/**
 * Whether the one item named this turn corrects the line just ordered: a slip word at an
 * end of the turn, no adding word, and that line is the same item (a coke → a diet coke) or
 * the only one just ordered of the item's kind. Another item of the kind is left as
 * insteadOrBeside (line-doubts.ts) weighs it: in its place, but not answered alone.
 */
export function correctsTheLineJustOrdered(d: TurnDraft, u: Unit, all: readonly Unit[]): boolean {
  const text = d.utterance.text;
  if (u.kind !== "item" || !u.item || u.asked || u.remove || u.replaces || u.kws.has("more") || u.kws.has("add") || d.utterance.kws.has("more") || d.utterance.kws.has("add")) return false;
  if (all.some((x) => x !== u && (x.kind !== "unknown" || x.replaced) && !x.asked)) return false;
  if (!ownsUpToASlip(text) || ADDING.test(plain(text)) || saysAnd(text)) return false;
  const prev = recent(d, d.mem.lastAdded.filter((id) => !d.created.includes(id)));
  const last = prev[prev.length - 1];
  if (!last) return false;
  const kind = (item: string) => d.menu.item(item)?.category;
  if (prev.filter((l) => kind(l.item) === kind(u.item!)).length !== 1) return false;
  return last.item === u.item || kind(last.item) === kind(u.item);
}
