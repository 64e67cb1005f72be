// "the denver omelet with rye", "two eggs scrambled sourdough", "a side of toast sourdough"
// where the board says "Rye toast" and "Sourdough toast" in a group called Toast: the word
// that tells a choice from its group's other choices names it, said of an item that takes
// the group. (Words of degree or size — "light", "regular", "half", "tall" — name a choice
// only relative to a group: those count only while that group is talked about, resolve.ts.)
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

/** English words that say how much or how big, not which kind. */
const RELATIVE_WORDS: ReadonlySet<string> = new Set([
  "regular", "reg", "normal", "standard", "original", "classic", "plain", "light", "lite", "easy", "extra", "xtra", "heavy", "double", "triple",
  "half", "full", "zero", "quarter", "less", "more", "little", "lot", "no", "with", "without", "small", "medium", "large", "big", "short", "tall",
  "hot", "cold", "warm", "iced", "single", "one", "two", "three", "four",
]);

/**
 * Whether a choice named by its own modifier word (`ref`, derived) at atoms[i] is meant: the
 * word names one choice of the menu and no other thing, is no word of degree, and the item
 * in hand takes the group — the last item named before it in the sentence, else the next one
 * named, else (nothing named) the line last talked about.
 */
export function modifierNamesChoice(atoms: Atom[], i: number, ref: Extract<MenuRef, { kind: "choice" }>, ctx: ParseContext): boolean {
  const a = atoms[i]!;
  if (a.kind !== "menu" || !/^[a-z][a-z\s-]*$/i.test(a.text)) return false;
  // Besides it, the words may name only choices of other groups (of which the item takes none, below).
  const others = a.refs.filter((r) => r !== ref);
  if (!others.every((r) => r.kind === "choice" && r.group !== ref.group && !r.derived)) return false;
  if (a.text.toLowerCase().split(/[\s-]+/).some((w) => RELATIVE_WORDS.has(w))) return false;
  // A modifier comes first in English: "rye" of "Rye toast", not "noodle" of "Extra noodle".
  const choice = ctx.menu.groups.get(ref.group)?.choices?.find((c) => c.id === ref.choice);
  const names = choice ? [...Object.values(choice.name), ...Object.values(choice.aliases ?? {}).flat().filter((x): x is string => typeof x === "string")] : [];
  if (!names.some((n) => n.toLowerCase().startsWith(`${a.text.toLowerCase()} `))) return false;
  const itemOf = (x: Atom | undefined) => (x?.kind === "menu" ? x.refs.find((r) => r.kind === "item") : undefined);
  const sentenceEnd = (x: Atom) => x.kind === "sep" && x.why === "punct" && (x.mark === "." || x.mark === "?" || x.mark === "!");
  let held: string | undefined;
  for (let j = i - 1; j >= 0 && !held; j--) {
    if (sentenceEnd(atoms[j]!)) break;
    const r = itemOf(atoms[j]);
    if (r?.kind === "item") held = r.item;
  }
  for (let j = i + 1; j < atoms.length && !held; j++) {
    if (sentenceEnd(atoms[j]!)) break;
    const r = itemOf(atoms[j]);
    if (r?.kind === "item") held = r.item;
  }
  if (!held && !atoms.some((x) => itemOf(x))) held = ctx.focus?.[ctx.focus.length - 1]?.item;
  const takes = (r: MenuRef) => r.kind === "choice" && ctx.menu.itemGroup(held!, r.group)?.choices.some((c) => c.id === r.choice) === true;
  return !!held && takes(ref) && !others.some(takes);
}
