// "pick one adobo with garlic rice" → "the other rice", "a small latte" → "the other size":
// "the other" said before the name of a group of the line in hand, a group of one choice of
// two, is that group's other choice. (The engine found no choice in a group's name and did
// nothing, answered alone.) Of a group of three or more choices, or of several lines that
// take the group, the words say no more than which: a guess.
import { changeOptions } from "./line-changes.ts";
import type { Outcome } from "./outcomes.ts";
import { focusLines, type TurnDraft } from "./turn-draft.ts";

export function theOtherChoice(d: TurnDraft): Outcome[] | undefined {
  const u = d.utterance;
  if (u.lang !== "en" || u.units.length || u.bare.length !== 1 || u.questions.length) return undefined;
  const b = u.bare[0]!;
  const m = b.mods[0];
  if (b.mods.length !== 1 || m?.kind !== "group" || m.neg || b.qty !== undefined || b.parts.length) return undefined;
  // ("the other rice", "no, the other size": the words right before the group's name.)
  const text = u.text.toLowerCase();
  const at = text.lastIndexOf(m.text.toLowerCase());
  if (at < 0 || !/\bthe other\s+$/.test(text.slice(0, at))) return undefined;
  // (Which other, where the group has three choices or several lines take it: the turn did nothing, a guess.)
  const unsettled: Outcome[] = [{ kind: "acted-on", text: m.text }, { kind: "which-unsettled", text: m.text }];
  const takers = focusLines(d).filter((l) => d.menu.itemGroup(l.item, m.group));
  if (takers.length !== 1) return unsettled;
  const l = takers[0]!;
  const g = d.menu.itemGroup(l.item, m.group)!;
  const now = l.options[m.group];
  if (g.select !== "one" || g.choices.length !== 2 || typeof now !== "string") return unsettled;
  const other = g.choices.find((c) => c.id !== now);
  if (!other) return unsettled;
  const changed = changeOptions(d, l, [{ kind: "choice", cands: [{ group: m.group, choice: other.id, name: true }], neg: false, text: m.text }], undefined);
  return changed.applied ? [{ kind: "acted-on", text: m.text }, ...changed.outcomes] : undefined;
}
