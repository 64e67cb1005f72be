// "a panang with beef and brown rice" → "I'll have the same, a massaman", "a falafel wrap with
// feta" → "and a falafel platter the same": "the same" said of ANOTHER item (not a form of the
// one in hand: english-phrases.ts's sameButItsForm) makes that item as the line in hand is
// made, in the option groups it has too (English). The fourth English red team's four such
// turns had made the new item plain, answered alone.
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { ClausePlace } from "./ellipsis.ts";
import { optionsCarriedOver } from "./line-changes.ts";
import type { Outcome } from "./outcomes.ts";
import { recent, type TurnDraft } from "./turn-draft.ts";
import type { Bare, Unit } from "./utterance.ts";

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether a unit may take "the same": an item ordered, nothing of its own to tell it apart. */
const plainItem = (u: Unit) => u.kind === "item" && !!u.item && !u.preset && !u.qtyExplicit && !u.asked && !u.remove && !u.replaced && !u.parts.length && !u.the;

/**
 * Marks the unit "the same" is said of (`sameAsLine`), and takes out the "the same" said
 * apart before it: "I'll have the same, a latte" (no "and" between: "the same and a latte"
 * is two things), "a falafel platter the same" (right after the item's name, at the end).
 */
export function sameAsOtherItem(text: string, bare: Bare[], units: Unit[], clauseAt: Map<number, ClausePlace>): void {
  const but = /\b(but|except)\b/i.test(text);
  for (let i = 0; i < bare.length; i++) {
    const same = bare[i]!;
    if (!same.kws.has("same") || same.kws.has("more") || same.mods.length || same.parts.length || same.asked || same.qty !== undefined || same.corrects) continue;
    const u = units.find((x) => x.clause === same.clause + 1 && clauseAt.get(x.clause)?.sentence === clauseAt.get(same.clause)?.sentence && (but || !clauseAt.get(x.clause)?.afterConj));
    if (!u || !plainItem(u) || units.some((x) => x !== u && !x.asked)) continue;
    u.sameAsLine = true;
    bare.splice(i--, 1);
  }
  for (const u of units) {
    if (!plainItem(u) || !u.kws.has("same") || u.mods.length || units.some((x) => x !== u && !x.asked) || bare.some((b) => !b.asked)) continue;
    if (new RegExp(`\\b${escaped(u.text)}\\s+(?:the\\s+)?same(?:\\s+(?:way|thing|please))?\\s*[.!]*$`, "i").test(text.trim())) u.sameAsLine = true;
  }
}

/**
 * The options the unit takes from the line in hand (one ordered before this turn), and a
 * guess where the line has options the new item cannot take (it cannot be quite "the same").
 * Undefined when there is no such line.
 */
export function optionsOfTheSame(d: TurnDraft, u: Unit): { preset: Record<string, OptionValue>; outcomes: Outcome[] } | undefined {
  const earlier = recent(d, d.mem.lastAdded.length ? d.mem.lastAdded : d.mem.focus).filter((l) => !d.created.includes(l.id));
  const line = earlier[earlier.length - 1];
  if (!line || !u.item) return undefined;
  const preset = optionsCarriedOver(d, line, u.item);
  const lost = Object.entries(line.options).some(([g, v]) => {
    const own = d.menu.itemGroup(line.item, g);
    const chosen = JSON.stringify(v) !== JSON.stringify(own?.default) && !(Array.isArray(v) && !v.length);
    return chosen && preset[g] === undefined;
  });
  return { preset: { ...preset, ...(u.preset ?? {}) }, outcomes: lost ? [{ kind: "which-unsettled", text: u.text }] : [] };
}
