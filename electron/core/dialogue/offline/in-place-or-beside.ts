// A later turn (English) that names a new thing where a cashier would stop and ask whether
// it goes in place of what is in the order or beside it. Each makes the turn a guess
// (line-doubts.ts folds them in); the engine's best reading is unchanged (beside).
// - "a veggie combo …" → "actually just a misir", "a whole oyster" → "actually a bowl of
//   jambalaya", "a halo halo" → "never mind, just a calamansi juice": a correction word
//   opening the turn, or "just … then", before a new item (of any kind: insteadOrBeside in
//   line-doubts.ts weighs one of the kind just ordered) usually takes back what was ordered.
// - "a cup of gumbo" → "the other one", "a sweet tea" → "no the other one": the other of
//   what? (the other gumbo, the other sweetness, the other size) — and the engine can only
//   repeat or list the menu.
// - "quarter dark with fries and salad" → "never mind the salad, rice", "can I get yuca for
//   the rice": a thing sold alone whose name is also a choice of a plate in hand, said with a
//   refusal, a swap, or a choice the plate already has: the plate's choice changed, or a side
//   order added?
// Where a cashier is sure, earlier steps read them right and these find nothing left to ask:
// "just" a part of the one line, or "actually just X" after one line (just-the-part.ts); "the
// other rice" of a group of two (the-other-choice.ts); side orders' names that are the one
// plate's sides (sides-of-the-plate.ts).
import { type TurnResult, linesMade } from "./turn-draft.ts";
import { optionNamedBy } from "./option-names.ts";
import { optionHas } from "./line-changes.ts";
import { keyOf } from "./name-forms.ts";

const OPENING = /^(?:(?:oh|um|uh|no|ok|okay|hmm|wait)\s+)*(?:actually|sorry|never ?mind|forget (?:it|that)|scratch that|on second thought|i mean|i meant)\b/;
const ADDING = /\b(?:also|too|another|plus|more|add|adding|as well|extra|each)\b/;

/** A thing's English name and aliases (an alias may be written with a note: { text }). */
const enNames = (x: { name: Record<string, string>; aliases?: Record<string, unknown[]> }): string[] =>
  [x.name.en, ...(x.aliases?.en ?? []).map((a) => (typeof a === "string" ? a : (a as { text?: string }).text))].filter((n): n is string => typeof n === "string" && !!n);

const plain = (text: string) => text.toLowerCase().replace(/[^a-z0-9' ]+/g, " ").replace(/\s+/g, " ").trim();

/** Every line there before is still there, as many of it. */
const nothingTaken = (d: TurnResult) => d.before.lines.every((b) => d.state.lines.some((l) => l.id === b.id && l.qty >= b.qty));

/** "actually just a misir" after a combo: a new item, said as a correction, kept beside the lines there. */
function newItemInPlace(d: TurnResult): string[] {
  const t = plain(d.utterance.text);
  if (d.utterance.lang !== "en" || !d.before.lines.length || ADDING.test(t)) return [];
  if (!OPENING.test(t) && !/^just\b.*\bthen$/.test(t)) return [];
  const made = linesMade(d);
  if (!made.length || made.some((m) => d.before.lines.some((b) => b.item === m.item)) || !nothingTaken(d)) return [];
  return [`"${d.utterance.text}": in place of what was ordered, or beside it?`];
}

/** "the other one", "no the other gumbo" said of what is in hand. */
function theOtherOfWhat(d: TurnResult): string[] {
  const t = plain(d.utterance.text);
  if (d.utterance.lang !== "en" || !d.before.lines.length) return [];
  const at = t.search(/\bthe other\b(?!s)/);
  // ("one with ham and the other with bacon": the other of a count said before it.)
  if (at < 0 || /\b(?:one|two|three|both|first|1|2|3)\b/.test(t.slice(0, at))) return [];
  // ("the other one, chicken": what the other is, said.)
  if (d.utterance.bare.some((b) => b.mods.length) || d.utterance.units.some((x) => x.mods.length)) return [];
  return [`"${d.utterance.text}": the other of what?`];
}

/** "never mind the salad, rice" after a plate with salad: the plate's side, or a side order? */
function choiceOfThePlateOrSold(d: TurnResult): string[] {
  const u = d.utterance;
  const t = plain(u.text);
  if (u.lang !== "en" || !d.before.lines.length || ADDING.test(t)) return [];
  const made = linesMade(d);
  const swapWords = /\b(?:never ?mind|forget|scratch|instead|for the|swap|switch|change|actually|let me do|no)\b/.test(t);
  for (const m of made) {
    const said = u.units.filter((x) => x.item === m.item).map((x) => x.text);
    // (The plate still there: "never mind the combo, just a doro wat" took it away.)
    for (const b of d.before.lines.filter((x) => d.state.lines.some((l) => l.id === x.id))) {
      if (b.item === m.item) continue;
      for (const s of said) {
        const g = optionNamedBy(d.menu, b.item, s);
        if (!g) continue;
        // (The plate already holds the choice said: "yuca and rice" with rice on it re-says its sides.)
        const holds = d.menu.itemGroup(b.item, g)?.choices.some((c) => optionHas(b.options[g], c.id) && enNames(c).some((n) => keyOf(n) === keyOf(s.replace(/^(?:a|an|the)\s+/i, ""))));
        // (Only where the turn re-says the plate's sides, all of them its choices: "and a leche flan" after one with flan orders one.)
        const resaid = made.length >= 2 && made.every((x) => u.units.some((y) => y.item === x.item && optionNamedBy(d.menu, b.item, y.text) === g));
        if (swapWords || holds && resaid) return [`"${s}": the ${b.item}'s choice changed, or a ${m.item} added?`];
      }
    }
  }
  return [];
}

export function inPlaceOrBeside(d: TurnResult): string[] {
  return [...newItemInPlace(d), ...theOtherOfWhat(d), ...choiceOfThePlateOrSold(d), ...choiceOrItemSwapped(d), ...choicesLostInTheSwap(d)];
}

/**
 * "a halo halo" → "change that to a leche flan", where Leche Flan is sold alone and is also
 * an add-on of the halo-halo: the dessert changed, or the add-on put on? ("make it with leche
 * flan", "add flan" say the add-on.)
 */
function choiceOrItemSwapped(d: TurnResult): string[] {
  const u = d.utterance;
  const t = plain(u.text);
  // (Said of the line as a whole, with no count: not "make the flavors glazed and jelly", "make it two aji".)
  if (u.lang !== "en" || !/\b(?:make|change) (?:it|that|this)\b/.test(t) || /\b(?:with|add|extra|on it|on top|on that|one|two|three|four|five|six|\d+)\b/.test(t)) return [];
  const itemKeys = new Set(d.menu.menu.items.flatMap((it) => enNames(it)).map((n) => keyOf(n)));
  for (const l of d.state.lines) {
    const b = d.before.lines.find((x) => x.id === l.id);
    if (!b || !d.modified.includes(l.id)) continue;
    // (An add-on group: a size or a drink choice named like an item is that line's, "make it a tub".)
    for (const g of d.menu.itemGroups(l.item).filter((x) => x.select === "many")) {
      const added = g.choices.filter((c) => optionHas(l.options[g.id], c.id) && !optionHas(b.options[g.id], c.id));
      if (added.some((c) => enNames(c).some((n) => itemKeys.has(keyOf(n))))) return [`"${u.text}": the ${l.item} changed, or its ${g.id}?`];
    }
  }
  return [];
}

/**
 * "pick one adobo garlic rice" → "make it a pick two with sisig": a line made another item
 * keeps what was chosen on it where the new item takes it too; a choice of the old line that
 * the new one could hold and does not (the adobo) was dropped on the way — a guess.
 */
function choicesLostInTheSwap(d: TurnResult): string[] {
  if (d.utterance.lang !== "en" || !d.utterance.kws.has("change")) return [];
  const gone = d.before.lines.filter((b) => !d.state.lines.some((l) => l.id === b.id));
  const made = linesMade(d);
  if (gone.length !== 1 || made.length !== 1 || gone[0]!.item === made[0]!.item) return [];
  const [b, l] = [gone[0]!, made[0]!];
  for (const [gid, v] of Object.entries(b.options)) {
    for (const c of Array.isArray(v) ? v : [v]) {
      if (typeof c !== "string") continue;
      // (Under another group of the new item: "entree" of a pick-one, "entrees" of a pick-two.)
      const takers = d.menu.itemGroups(l.item).filter((g) => g.id !== gid && (g.id.startsWith(gid) || gid.startsWith(g.id)) && g.choices.some((x) => x.id === c));
      if (takers.length && takers.every((g) => !optionHas(l.options[g.id], c)) && !optionHas(d.menu.itemGroup(b.item, gid)?.default, c)) return [`the ${c} of the ${b.item} left off the ${l.item}`];
    }
  }
  return [];
}
