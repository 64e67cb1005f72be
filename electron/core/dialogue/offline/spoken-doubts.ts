// English turns whose readings the cart after the turn shows went astray, found by a second
// English red team (probes/, "English probes, second set"): each doubt makes the turn a
// guess (line-doubts.ts folds them in), so the model reads it. All are judged from the
// words, the menu's own choice names and the cart before and after, never a store's words.
import type { CartLine } from "../../cart/cart.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import { type TurnResult, linesReached, linesMade } from "./turn-draft.ts";
import type { Keyword } from "./language.ts";
import { isRemovalName } from "./name-forms.ts";


/** What the cart after an English turn says against its words. */
export function spokenDoubts(d: TurnResult): string[] {
  if (d.utterance.lang !== "en") return [];
  return [...choiceWordsNotHeld(d), ...addedBesideAChoice(d), ...oneOfEach(d), ...sameButOtherwise(d), ...oneMoreNotInheriting(d), ...oneOfThemElsewhere(d), ...takenWithMe(d)];
}

const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9' ]+/g, " ").split(/\s+/).filter(Boolean);
const holds = (v: OptionValue | undefined, choice: string) => (Array.isArray(v) ? v.includes(choice) : v === choice);

/**
 * "a chocolate cone", "two cones of vanilla", "a mango in a cone": one word that alone names a
 * choice of a one-choice group ("cone" for the Cake cone) said as the head noun, and the line
 * the turn made of an item with that group kept the group's default (the cup) instead. Words
 * inside a longer name said ("waffle cone", "extra spicy", "seaweed salad") are that name's.
 * "cups" said of two made into one line counts too ("two double scoops in cups").
 */
function choiceWordsNotHeld(d: TurnResult): string[] {
  const reached = linesReached(d);
  // Words that take a choice back or swap it ("pinto no wait black", "swap the rice for fries").
  if (!reached.length || TAKING_BACK.some((k) => d.utterance.kws.has(k))) return [];
  const text = ` ${words(d.utterance.text).join(" ")} `;
  const said = words(d.utterance.text);
  const covered = coveredByLongerNames(d, text);
  const out: string[] = [];
  said.forEach((w, i) => {
    if (covered.has(w) || /^(no|not|without)$/.test(said[i - 1] ?? "")) return;
    // The head noun ends what it names: "a chocolate cone please", not "large big meat pizza"
    // or "can you get me".
    if (i === 0 || (i + 1 < said.length && !HEAD_END.test(said[i + 1]!))) return;
    const singular = w.endsWith("s") ? w.slice(0, -1) : w;
    let fits = false;
    let pluralFits = false;
    let held = false;
    // A word of the name of an item the turn made or changed ("tofu bowl") is that item's.
    if (reached.some((l) => words(d.menu.itemName(l.item, "en")).some((x) => x === w || x === singular))) return;
    for (const l of reached) {
      for (const g of d.menu.itemGroups(l.item)) {
        const named = g.choices.filter((c) => choiceNames(c).some((n) => n === w || n === singular));
        // Any line holding a choice so named ("large" on the pizza, not the drink) is what it said.
        if (named.some((c) => holds(l.options[g.id], c.id))) held = true;
        if (g.select !== "one" || typeof g.default !== "string") continue;
        // "cups" for the Cup: a plural the choice's own names do not spell.
        pluralFits ||= w !== singular && g.choices.some((c) => choiceNames(c).includes(singular)) && !g.choices.some((c) => choiceNames(c).includes(w));
        if (!named.length || named.some((c) => c.id === g.default)) continue;
        fits = true;
        if (l.options[g.id] !== g.default) held = true;
      }
    }
    if (fits && !held) out.push(`"${w}" names a choice the line left at its default`);
    else if (pluralFits && reached.reduce((n, l) => n + l.qty, 0) < 2 && said.some((x) => /^(two|three|four|both|2|3|4)$/.test(x))) out.push(`"${w}" said of more than one, one made`);
  });
  return out;
}

const HEAD_END = /^(of|for|and|please|one|two|three|with|in|on|to|thanks|thank|too|also|then|but|or|plus|each|both|\d+)$/;

/** Words of any name of more than one word (item, group, choice) that the text says whole. */
function coveredByLongerNames(d: TurnResult, text: string): Set<string> {
  const out = new Set<string>();
  for (const n of longerNamesOf(d.menu)) if (text.includes(n.said)) for (const w of n.words) out.add(w);
  return out;
}

const longerNameCache = new WeakMap<TurnResult["menu"], Array<{ said: string; words: string[] }>>();

/** The menu's English names of more than one word (items, choices and their aliases), once per menu. */
function longerNamesOf(menu: TurnResult["menu"]): Array<{ said: string; words: string[] }> {
  let out = longerNameCache.get(menu);
  if (!out) {
    const names: string[] = [];
    for (const i of menu.items.values()) names.push(menu.itemName(i.id, "en"));
    for (const g of menu.groups.values()) for (const c of g.choices ?? []) names.push(c.name.en ?? "", ...(c.aliases?.en ?? []));
    out = names.map(words).filter((ws) => ws.length > 1).map((ws) => ({ said: ` ${ws.join(" ")} `, words: ws }));
    longerNameCache.set(menu, out);
  }
  return out;
}

const TAKING_BACK: readonly Keyword[] = ["correction", "soft-correction", "instead", "change", "refuse", "remove"];

/** A choice's English names of one word (or, `split`, every word of every name). */
function choiceNames(c: { name: Record<string, string | undefined>; aliases?: Record<string, string[] | undefined> }, split = false): string[] {
  const names = [c.name.en ?? "", ...(c.aliases?.en ?? [])].map((n) => n.toLowerCase().trim());
  return split ? names.flatMap(words) : names.filter((n) => n && !/\s/.test(n));
}

/** A choice whose name spells leaving something off ("No slaw", "인삼 빼기"). */
function leavesOff(d: TurnResult, group: string, choice: string): boolean {
  const c = d.menu.groups.get(group)?.choices?.find((x) => x.id === choice);
  return !!c && Object.values(c.name).some((n) => typeof n === "string" && isRemovalName(n));
}

const ADDING = /\b(add|adding|and|also|with|plus|too|extra|more|another|both|same)\b/;

/**
 * "actually hazelnut" after a caramel latte, "make one of them chocolate" after two vanilla
 * cones: a many-choice group of a line that already held something gained a choice while
 * nothing said adds — a correction that replaces, read as one that adds.
 */
function addedBesideAChoice(d: TurnResult): string[] {
  if (ADDING.test(d.utterance.text.toLowerCase())) return [];
  const out: string[] = [];
  for (const l of linesReached(d)) {
    for (const b of d.before.lines.filter((x) => x.item === l.item)) {
      for (const [g, v] of Object.entries(l.options)) {
        const was = b.options[g];
        if (!Array.isArray(v) || !Array.isArray(was) || !was.length) continue;
        // ("without the slaw" beside the bacon: a choice that leaves something off replaces no add-on.)
        const gained = v.filter((c) => !was.includes(c));
        if (gained.every((c) => leavesOff(d, g, c))) continue;
        if (was.every((c) => v.includes(c)) && v.length > was.length) out.push(`"${d.utterance.text}": added beside ${was.join(", ")}, or instead?`);
      }
    }
  }
  return out.slice(0, 1);
}

/** "one of each cookie", "one bag of each kind of chips": every choice, one line each. */
function oneOfEach(d: TurnResult): string[] {
  return /\b(one|1)( \w+)? of each\b/.test(d.utterance.text.toLowerCase()) ? ['"of each": one of every choice?'] : [];
}

/**
 * "the same but a footlong" (a turn later), "the same for him but no pork": a copy with a
 * change, where the reading may change the first line, or ask again what the copy holds.
 */
function sameButOtherwise(d: TurnResult): string[] {
  if (!/\bsame\b.*\b(but|except|without|no|instead)\b/.test(d.utterance.text.toLowerCase())) return [];
  const created = linesMade(d);
  const asksAgain = created.some((l) => d.before.lines.some((b) => b.item === l.item && Object.keys(b.options).some((g) => !(g in l.options))));
  // The copy and what it copies must both be there, told apart by the change.
  // ("a falafel laffa … and the same thing but shawarma": another item made as the one before, both made here.)
  const otherItem = d.utterance.units.some((u) => u.sameRead && !u.sameAsLine) && new Set(created.map((l) => l.item)).size > 1;
  const apart = otherItem || d.state.lines.some((l, i) => d.state.lines.some((m, j) => j !== i && m.item === l.item && JSON.stringify(m.options) !== JSON.stringify(l.options)));
  return asksAgain || !apart ? ['"the same but ...": the copy and what it copies are not both there'] : [];
}

/**
 * "and a steak one", "and one with room", "and one chamomile" a turn after a line of that
 * item: the new line asks again for a choice the earlier line holds (it is inherited), or
 * no line was made at all ("and one with pudding" changing the two with boba).
 */
function oneMoreNotInheriting(d: TurnResult): string[] {
  const t = words(d.utterance.text).join(" ");
  if (!/^(and |plus |also )(a|an|one|another) (\w+ )?(one|with\b.*)$/.test(t) && !/^(and |plus )one (?!more|less|fewer)\w+$/.test(t)) return [];
  if (!d.before.lines.length) return [];
  if (!d.created.length) return ['"and one ...": no line made'];
  const created = linesMade(d);
  for (const l of created) {
    const earlier = d.before.lines.filter((b) => b.item === l.item);
    if (earlier.some((b) => Object.keys(b.options).some((g) => !(g in l.options)))) return ['"and one ...": a choice the earlier line holds asked again'];
  }
  return [];
}

/**
 * "put slaw on one of them": "one of them" said of lines there before, while what the turn
 * made is another item only, one whose name a choice of those lines also says ("slaw").
 */
function oneOfThemElsewhere(d: TurnResult): string[] {
  if (!/\b(one|two) of (them|those|these)\b/.test(d.utterance.text.toLowerCase())) return [];
  const had = new Set(d.before.lines.map((l: CartLine) => l.item));
  const reached = linesReached(d);
  if (!had.size || reached.some((l) => had.has(l.item))) return [];
  const choiceWords = new Set([...had].flatMap((i) => d.menu.itemGroups(i).flatMap((g) => g.choices.flatMap((c) => choiceNames(c, true)))));
  // A word said that names both what was made and a choice of the lines there before.
  const said = new Set(words(d.utterance.text));
  const itemWords = (id: string) => [d.menu.itemName(id, "en"), ...(d.menu.item(id)?.aliases?.en ?? []).map((a) => (typeof a === "string" ? a : a.text))].flatMap(words);
  return reached.some((l) => itemWords(l.item).some((w) => said.has(w) && choiceWords.has(w))) ? ['"one of them" made another item'] : [];
}

/** "to take with me", "to take away": to go said in words no order option carries. */
function takenWithMe(d: TurnResult): string[] {
  if (!/\b(to take|take (it |them )?(with|away)|with (me|us)\b.*\b(go|take))|\btake\b.*\bwith (me|us)\b/.test(d.utterance.text.toLowerCase())) return [];
  const changed = Object.entries(d.state.orderOptions).some(([g, v]) => JSON.stringify(d.before.orderOptions[g]) !== JSON.stringify(v));
  return changed ? [] : ['"to take": to go, said in other words?'];
}
