// A read-back check: a level refused and no level said. "one spicy pork set, not too spicy"
// read as the refusal of "Spicy" left the line at its default "Medium" and was sure (held-out
// round 52, first run), where the menu's "Mild" was meant. Refusing one choice of a pick-one
// group of three or more ("Mild / Medium / Spicy / Extra spicy") does not say which of the
// others is meant; where the turn named none of them and the line holds no "none" choice of
// the group, what the line holds is the engine's guess, whatever step left it there.
import { removalIndex } from "./refusal.ts";
import { AMOUNT_SAID_EN, LEVEL_END_WORDS } from "./talk-words.ts";
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
    const group = m.cands[0]!.group;
    if (m.cands.some((c) => c.group !== group) || named.has(group)) continue;
    const g = d.menu.groups.get(group);
    if (g?.select !== "one" || (g.choices?.length ?? 0) < 3 || !isLevel(g.choices!)) continue;
    const lines = reached.filter((l) => (!item || l.item === item) && d.menu.itemGroup(l.item, group));
    if (lines.some((l) => l.options[group] !== none.get(group))) out.push(`"${m.text}" refused, and which ${group} is meant was not said`);
  }
  return out;
}
