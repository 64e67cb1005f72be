// "can I get some wings" → (asked: 6, 12 or 24 pieces?) "ten please": a count said alone to the
// kiosk's question for a group whose choices are themselves counts ("6 pieces", "12 pieces") is
// the answer to that question, one the menu does not have, not the line's quantity. Held-out
// r111a-022 made ten orders of wings, answered alone. The number was asked for as a choice: a
// guess whatever a step made of it (one that names a choice, "twelve", is read as that choice
// before this and leaves no count here).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { englishNumberWords, koreanNumberWords } from "./numbers.ts";
import { groupsOf, type Bare, type ParseContext, type Unit } from "./utterance.ts";

const NUMBER_WORDS = new Set([...englishNumberWords(), ...koreanNumberWords()].filter((w) => !w.prenoun && w.n > 1).map((w) => w.text));

/** Every choice of the group is named with a number ("6 pieces", "half dozen" aside). */
function choicesAreCounts(menu: MenuModel, group: string): boolean {
  const g = menu.groups.get(group);
  const choices = g?.choices ?? [];
  if (g?.select !== "one" || choices.length < 2) return false;
  return choices.every((c) => Object.values(c.name).some((n) => typeof n === "string" && (/\d/.test(n) || n.toLowerCase().split(/\s+/).some((w) => NUMBER_WORDS.has(w)))));
}

export function countAnsweredForCountedChoices(units: readonly Unit[], bare: readonly Bare[], ctx: ParseContext): string[] {
  const asked = ctx.asked;
  if (!asked || !choicesAreCounts(ctx.menu, asked.group)) return [];
  if (units.some((u) => u.kind === "item" && !u.asked)) return [];
  const counts = bare.filter((b) => !b.asked && b.qtyExplicit && b.qty !== undefined && !b.mods.some((m) => groupsOf(m).includes(asked.group)));
  return counts.map((b) => `"${b.qty}" said to the question for ${asked.group}, whose choices are counts: the line's count, or a choice the menu lacks?`);
}
