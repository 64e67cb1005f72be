// A read-back check: "a sparkling lemonade with mint, we'll drink it here" (held-out r109c-016)
// read "here" as a word that says nothing and left the order to go, answered alone. The ways of
// saying "here" are many ("we're staying here", "sitting here"); where the menu has an eat-in
// order option (its names are recognisably so, language.ts EATIN_PHRASES) and "here" was said in
// an English turn that ordered something, read as nothing, the order option left otherwise than
// eat-in is a guess.
import { EATIN_PHRASES } from "./language.ts";
import { kindOfChoice } from "./name-forms.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";

export function hereLeftUnread(d: TurnResult): string[] {
  const u = d.utterance;
  if (u.lang !== "en" || !linesReached(d).length) return [];
  // (After a pronoun or a word the menu does not know, "drink it here", "sitting here"; not said of a
  // thing named right before it, "the milk tea here is so good": a remark.)
  const after = (b: (typeof u.atoms)[number] | undefined) => b?.kind === "unknown" || (b?.kind === "kw" && b.keywords.includes("pronoun"));
  const here = u.atoms.some((a, i) => a.kind === "kw" && /^here$/i.test(a.text.trim()) && a.keywords.every((k) => k === "filler") && after(u.atoms[i - 1]));
  if (!here) return [];
  const out: string[] = [];
  for (const g of d.menu.menu.orderOptions ?? []) {
    const eatIn = kindOfChoice(g.choices ?? [], EATIN_PHRASES);
    if (eatIn && d.state.orderOptions[g.id] !== eatIn) out.push(`"here" said and the order not ${eatIn}`);
  }
  return out;
}
