// "quarter dark with fries and salad" → "never mind the salad, rice" / "scratch the salad,
// rice" / "let me do yuca and rice" / "can I get yuca for the rice": things the menu sells
// alone whose names are also choices of a many-choice group of the one plate in hand (its
// sides), said with one of them refused ("no salad, yuca", "no fries give me beans instead":
// the refused one read as the plate's side already), or re-said as the whole of that group with a word
// that picks ("let me do"), are the plate's sides changed, as a cashier hears them. (The
// engine added side orders beside the plate: in-place-or-beside.ts made it a guess.) Not
// when a side order is in the cart too, nor when several lines take the words: which
// is then a question.
import type { CartLine } from "../../cart/cart.ts";
import { changeOptions, optionHas } from "./line-changes.ts";
import { keyOf } from "./name-forms.ts";
import type { Outcome } from "./outcomes.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Mod, Unit } from "./utterance.ts";

const PICKING = /\b(?:let me do|let me get|i'?ll do|can i do|make (?:it|that|them)|change (?:it|that|them|the sides?) to|switch (?:it |that )?to|actually)\b/;

/** The choice of the group the words name (by a choice's name or alias), or undefined. */
function choiceNamed(d: TurnDraft, item: string, group: string, words: string): string | undefined {
  const said = keyOf(words.replace(/^(?:a|an|the|some)\s+/i, ""));
  const g = d.menu.itemGroup(item, group);
  const names = (c: { name: Record<string, string>; aliases?: Record<string, unknown[]> }) =>
    [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat().map((a) => (typeof a === "string" ? a : (a as { text?: string }).text ?? ""))].map((n) => keyOf(n));
  const hits = g?.choices.filter((c) => names(c).includes(said)) ?? [];
  return hits.length === 1 ? hits[0]!.id : undefined;
}

/** A side named by the words: an item unit (its words a choice's name), or a choice refused said alone ("no salad"). */
type Said = { text: string; unit?: Unit; refusedChoice?: { group: string; choice: string } };

/** The plate and group every side said names a choice of: one line, one group; undefined otherwise. */
function thePlate(d: TurnDraft, said: readonly Said[]): { line: CartLine; group: string; choices: string[] } | undefined {
  const found: Array<{ line: CartLine; group: string; choices: string[] }> = [];
  for (const line of d.state.lines) {
    for (const g of d.menu.itemGroups(line.item).filter((x) => x.select === "many")) {
      const choices = said.map((x) => (x.refusedChoice ? (x.refusedChoice.group === g.id ? x.refusedChoice.choice : undefined) : choiceNamed(d, line.item, g.id, x.text)));
      if (choices.every((c): c is string => !!c)) found.push({ line, group: g.id, choices });
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The choices a bare phrase only refuses ("no salad"), each of one group; undefined if it says anything else. */
function refusedAlone(b: TurnDraft["utterance"]["bare"][number]): Said[] | undefined {
  if (b.qtyExplicit || b.parts.length || b.both || b.asked || b.setQty || !b.mods.length) return undefined;
  const out: Said[] = [];
  for (const m of b.mods) {
    if (m.kind !== "choice" || !m.neg) return undefined;
    const groups = new Set(m.cands.map((c) => c.group));
    const choices = new Set(m.cands.map((c) => c.choice));
    if (groups.size !== 1 || choices.size !== 1) return undefined;
    out.push({ text: m.text, refusedChoice: { group: m.cands[0]!.group, choice: m.cands[0]!.choice } });
  }
  return out;
}

export function sidesOfThePlate(d: TurnDraft): Outcome[] | undefined {
  const u = d.utterance;
  if (u.lang !== "en" || u.questions.length || u.orderChoices.length || u.units.length + u.bare.length < 2) return undefined;
  const units = u.units;
  if (!units.length || units.some((x) => x.kind !== "item" || !x.item || x.asked || x.mods.length || x.parts.length || x.qtyExplicit || x.replaces || x.only)) return undefined;
  const bareSaid = u.bare.map(refusedAlone);
  if (bareSaid.some((x) => !x)) return undefined;
  // (A side order of one of them in the cart: the words may be about it.)
  if (units.some((x) => d.state.lines.some((l) => l.item === x.item))) return undefined;
  const said: Said[] = [...bareSaid.flatMap((x) => x!), ...units.map((x) => ({ text: x.text, unit: x }))];
  const plate = thePlate(d, said);
  if (!plate) return undefined;
  const { line, group, choices } = plate;
  const text = u.text.toLowerCase();
  const forThe = (x: Said) => new RegExp(`\\bfor the ${x.text.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(text);
  const refused = said.map((x) => !!x.refusedChoice || !!x.unit?.remove || forThe(x));
  const held = (i: number) => optionHas(line.options[group], choices[i]!);
  // Every refused side is on the plate, every other one is not.
  if (!choices.every((_, i) => held(i) === refused[i] || (!refused[i] && held(i) && !refused.some(Boolean)))) return undefined;
  let mods: Mod[];
  if (refused.some(Boolean)) {
    if (refused.every(Boolean)) return undefined;
    mods = choices.map((c, i) => ({ kind: "choice", cands: [{ group, choice: c, name: true }], neg: refused[i]!, text: said[i]!.text }));
  } else {
    // Re-said as the whole group, with a word that picks: "let me do yuca and rice".
    const now = [line.options[group]].flat();
    if (!PICKING.test(text) || new Set(choices).size !== choices.length || choices.length !== now.length) return undefined;
    mods = choices.map((c, i) => ({ kind: "choice", cands: [{ group, choice: c, name: true }], neg: false, text: said[i]!.text, to: true }));
  }
  const changed = changeOptions(d, line, mods, undefined);
  if (!changed.applied) return undefined;
  for (const x of units) x.absorbed = true;
  for (const b of u.bare) b.absorbed = true;
  return [...said.map((x): Outcome => ({ kind: "acted-on", text: x.text })), ...changed.outcomes];
}
