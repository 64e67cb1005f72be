// A read-back check: a level refused and no level said. "one spicy pork set, not too spicy"
// read as the refusal of "Spicy" left the line at its default "Medium" and was sure (held-out
// round 52, first run), where the menu's "Mild" was meant. Refusing one choice of a pick-one
// group of three or more ("Mild / Medium / Spicy / Extra spicy") does not say which of the
// others is meant; where the turn named none of them and the line holds no "none" choice of
// the group, what the line holds is the engine's guess, whatever step left it there.
// Read from the words and the cart too: a level said with a word that refuses it ("i can't do
// hot", "anything but hot", "hot? no", "매운맛 아니에요") still on the line the turn reached,
// whether or not a step read the refusal; and a refused word naming levels of two groups
// ("hot" of the wings' heat and another dish's spice), each line read by the group it takes.
import { removalIndex } from "./refusal.ts";
import { spokenNames } from "./name-forms.ts";
import { AMOUNT_SAID_EN, LEVEL_END_WORDS, LEVEL_REFUSED_AFTER_KO, LEVEL_REFUSED_BEFORE_EN } from "./talk-words.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";
import type { Mod } from "./utterance.ts";

/**
 * A group of levels: its first or last choice's name says less or more ("Mild" … "Extra
 * spicy", "순한맛" … "아주 매운맛"). Kinds, "Tomato / White / BBQ sauce", are no levels: "no bbq
 * sauce" leaves the sauce as it comes.
 */
function isLevel(choices: ReadonlyArray<{ name: Record<string, string> }>): boolean {
  const ends = [choices[0]!, choices[choices.length - 1]!].flatMap((c) => Object.values(c.name));
  return ends.some((n) => LEVEL_END_WORDS.test(n.trim()));
}

export function refusedLevelUnplaced(d: TurnResult): string[] {
  const u = d.utterance;
  const said: Array<[string | undefined, Mod]> = [
    ...u.units.filter((x) => !x.asked).flatMap((x) => [...x.mods, ...x.parts.flatMap((p) => p.mods)].map((m) => [x.item, m] as [string | undefined, Mod])),
    ...u.bare.filter((b) => !b.asked).flatMap((b) => [...b.mods, ...b.parts.flatMap((p) => p.mods)].map((m) => [undefined, m] as [string | undefined, Mod])),
  ];
  const named = new Set(said.flatMap(([, m]) => (m.kind === "choice" && !m.neg ? m.cands.map((c) => c.group) : [])));
  const none = removalIndex(d.menu).none;
  const reached = linesReached(d);
  const out: string[] = [];
  for (const [item, m] of said) {
    if (m.kind !== "choice" || !m.neg || !m.cands.length) continue;
    // ("no extra cheese", "no double shot": refusing the amount said takes the plain one, as it comes.)
    if (AMOUNT_SAID_EN.test(m.text.trim())) continue;
    // (Each line by the one group of the word's it takes; a line taking two, the word names either.)
    const groups = [...new Set(m.cands.map((c) => c.group))];
    for (const group of groups) {
      if (named.has(group) || !levels(d, group)) continue;
      const lines = reached.filter((l) => (!item || l.item === item) && d.menu.itemGroup(l.item, group) && groups.every((g) => g === group || !d.menu.itemGroup(l.item, g)));
      if (lines.some((l) => l.options[group] !== none.get(group))) out.push(`"${m.text}" refused, and which ${group} is meant was not said`);
    }
  }
  return [...out, ...refusedLevelKept(d)];
}

const bothEnds = (choices: ReadonlyArray<{ name: Record<string, string> }>) => [choices[0]!, choices[choices.length - 1]!].every((c) => Object.values(c.name).some((n) => LEVEL_END_WORDS.test(n.trim())));

/** A pick-one group of three or more levels. */
function levels(d: TurnResult, group: string): boolean {
  const g = d.menu.groups.get(group);
  return g?.select === "one" && (g.choices?.length ?? 0) >= 3 && isLevel(g.choices!);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether the words refuse this name: "not hot", "can't do hot", "hot? no", "매운맛 말고", "매운맛 아니에요". */
function refusedInWords(text: string, name: string): boolean {
  const n = escape(name.trim().toLowerCase());
  // (A name that refuses of itself, "No foam", is said so.)
  if (!n || LEVEL_REFUSED_NAME.test(n)) return false;
  const said = (re: string) => (text.match(new RegExp(re, "g")) ?? []).length;
  // (Every time it is said: "no ranch, and a side salad with ranch" refuses it of another line.)
  const all = said(/[가-힣]/.test(name) ? n : `(?:^|[^a-z])${n}(?![a-z])`);
  if (/[가-힣]/.test(name)) return all > 0 && said(`${n}(?:은|는|이|가|으로|로)?\\s*${LEVEL_REFUSED_AFTER_KO.source}`) === all;
  return all > 0 && said(`(?:^|[^a-z])${LEVEL_REFUSED_BEFORE_EN.source}\\s+(?:the\\s+)?${n}(?![a-z])|(?:^|[^a-z])${n}\\s*[?,]?\\s+(?:no|nope)\\s*(?:[.,!?]|$)`) === all;
}

const LEVEL_REFUSED_NAME = /^(?:no|not|non|without|less|light|low)\b/;

/** Each entry: a level the words refuse on a line the turn reached, that holds it after the turn. */
function refusedLevelKept(d: TurnResult): string[] {
  const text = d.utterance.text.toLowerCase();
  const out: string[] = [];
  for (const l of linesReached(d)) {
    for (const g of d.menu.itemGroups(l.item)) {
      // (Levels by both ends' names, "Mild" … "Extra hot": not "Ranch" … "No dressing".)
      if (!levels(d, g.id) || !bothEnds(g.choices!)) continue;
      const c = g.choices!.find((x) => x.id === l.options[g.id]);
      // (Its names, longest first: "extra hot" is not refused by "not hot".)
      const names = spokenNames(c, true);
      const others = g.choices!.filter((x) => x !== c).flatMap((x) => spokenNames(x, true)).filter((o) => names.some((n) => o.toLowerCase().includes(n.toLowerCase())));
      if (others.some((o) => text.includes(o.toLowerCase()))) continue;
      if (names.some((n) => refusedInWords(text, n))) out.push(`"${c!.id}" refused in the words, and the ${l.item} holds it`);
    }
  }
  return out;
}
