// Where the words of options said with no item point (English): back at a line ("the other
// one plain"), at the item in hand ("an iced one"), or ahead of every item the turn names
// ("short stack with blueberries and a coffee"). line-edits.ts reads a bare phrase with them.
import type { TurnDraft } from "./turn-draft.ts";
import type { Bare } from "./utterance.ts";

/** "the other one plain", "the large one": the options follow "the" (and "other", a count), pointing at a line. */
export function pointedBack(d: TurnDraft, b: Bare): boolean {
  const first = Math.min(...b.mods.map((m) => m.at ?? Infinity));
  let i = d.utterance.atoms.findIndex((a) => a.start === first) - 1;
  while (i >= 0 && (d.utterance.atoms[i]!.kind === "num" || /^others?$/i.test(d.utterance.atoms[i]!.text))) i--;
  const before = d.utterance.atoms[i];
  return before?.kind === "kw" && before.keywords.includes("the");
}

/** "short stack with blueberries and a coffee": said before every item this turn names, and no line takes it. */
export function beforeEveryItem(d: TurnDraft, b: Bare): boolean {
  const items = d.utterance.units.filter((x) => x.kind !== "unknown" && !x.asked);
  return items.length > 0 && items.every((x) => x.clause > b.clause);
}

/** "an iced one", "a large one": "one" said right after the options, for the item left out. */
export function saidOne(d: TurnDraft, b: Bare): boolean {
  const atoms = d.utterance.atoms;
  let i = atoms.findIndex((a) => a.start === b.mods[0]?.at);
  if (i < 0) return false;
  while (atoms[i]?.kind === "menu") i++;
  return atoms[i]?.kind === "kw" && /^one$/i.test(atoms[i]!.text);
}
