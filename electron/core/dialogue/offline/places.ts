// "extra cheese on the first", "no olives on the second one", "첫 번째 거 샷 추가": a line
// pointed at by its place in the order. The parse does not count places (those words are
// read as "that one", the line in hand), so the cart after the turn is read back: the line
// changed must be the one at that place. (Round 15's "and extra cheese on the first" put
// it on the second pizza, answered alone.)
import type { CartLine } from "../../cart/cart.ts";
import type { TurnResult } from "./turn-draft.ts";

const EN_PLACES: ReadonlyArray<[RegExp, number]> = [
  [/\bthe (?:first|1st)\b/i, 0],
  [/\bthe (?:second|2nd)\b/i, 1],
  [/\bthe (?:third|3rd)\b/i, 2],
  [/\bthe (?:fourth|4th)\b/i, 3],
  [/\bthe last (?:one|pizza|drink|item)\b|\bthe last\s*$/i, -1],
];
const KO_PLACES: ReadonlyArray<[RegExp, number]> = [
  [/첫\s*번\s*째|첫\s*째/, 0],
  [/두\s*번\s*째|둘\s*째/, 1],
  [/세\s*번\s*째|셋\s*째/, 2],
  [/네\s*번\s*째|넷\s*째/, 3],
];

/** The place in the order the words point at (0 first, -1 last), when they say one place. */
function placeSaid(d: Pick<TurnResult, "utterance">): number | undefined {
  const said = (d.utterance.lang === "ko" ? KO_PLACES : EN_PLACES).filter(([re]) => re.test(d.utterance.text));
  return said.length === 1 ? said[0]![1] : undefined;
}

/** The lines before the turn a place counts among: those of a thing named in the turn, or all. */
function linesCounted(d: Pick<TurnResult, "utterance" | "menu">, lines: readonly CartLine[]): readonly CartLine[] {
  const named = new Set(d.utterance.units.flatMap((x) => (x.item ? [x.item] : x.candidates ?? [])));
  const categories = new Set(d.utterance.units.flatMap((x) => (x.category ? [x.category] : [])));
  const ofKind = (l: CartLine) => named.has(l.item) || categories.has(d.menu.item(l.item)?.category ?? "");
  return lines.some(ofKind) ? lines.filter(ofKind) : lines;
}

/** "on the first": the line at the place said, among two or more; undefined otherwise. */
export function lineAtPlace(d: Pick<TurnResult, "utterance" | "menu">, lines: readonly CartLine[]): CartLine | undefined {
  const place = placeSaid(d);
  const among = linesCounted(d, lines);
  if (place === undefined || among.length < 2) return undefined;
  return among[place < 0 ? among.length - 1 : place];
}

/** Each entry: the place said is not the line the turn changed. */
export function placesNotMet(d: TurnResult): string[] {
  const text = d.utterance.text;
  if ((d.utterance.lang === "ko" ? KO_PLACES : EN_PLACES).filter(([re]) => re.test(text)).length > 1) return ["several places in the order said"];
  // "two sausage egg and cheese … no cheese on the second one": the place is one of the
  // things on one line of several; a change that went on the whole line was not that.
  if (placeSaid(d) !== undefined && linesCounted(d, d.state.lines).length < 2 && d.state.lines.some((l) => l.qty > 1)) return [`"${text}": a place among the things of one line`];
  if (placeSaid(d) === undefined || linesCounted(d, d.before.lines).length < 2) return [];
  const meant = lineAtPlace(d, d.before.lines);
  if (!meant) return [`"${text}": no line at that place`];
  const changed = d.before.lines.filter((b) => {
    const now = d.state.lines.find((l) => l.id === b.id);
    return !now || now.qty !== b.qty || JSON.stringify(now.options) !== JSON.stringify(b.options);
  });
  // (Changing the meant line may split it: a part of it changed is still that line.)
  if (!changed.length || changed.some((l) => l.id !== meant.id)) return [`"${text}": the line at that place is not the one changed`];
  return [];
}
