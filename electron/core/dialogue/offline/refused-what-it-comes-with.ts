// A read-back check: a thing the item comes with, refused, and nothing taken off. "salted
// caramel slice but no caramel drizzle" read "caramel drizzle" as the add-on topping, not on
// the slice, so the refusal did nothing and the turn was sure (held-out round 53, first run),
// where the slice's "No sauce drizzle" hold was meant: its description says it is "topped with
// caramel drizzle". A refusal of an add-on the line does not hold, of an item that has holds and
// whose description names what was refused, was meant to take something off: which hold, if
// any, is a guess.
import { removalIndex } from "./refusal.ts";
import { describedWith } from "./name-forms.ts";
import { holdOfWhatItComesWith, refusedNames } from "./hold-of-what-it-comes-with.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";
import type { Mod } from "./utterance.ts";

export function refusedWhatItComesWith(d: TurnResult): string[] {
  const idx = removalIndex(d.menu);
  const reached = linesReached(d);
  const out: string[] = [];
  // (Said of the item, of one part of its count, "two brownies, one without caramel drizzle", or
  // with no item, of the lines the turn reached, "no caramel drizzle on that" a turn later.)
  const u = d.utterance;
  const said: Array<[string, Mod]> = [
    ...u.units.filter((x) => !x.asked && !!x.item).flatMap((x) => [...x.mods, ...x.parts.flatMap((p) => p.mods)].map((m) => [x.item!, m] as [string, Mod])),
    ...u.bare.filter((b) => !b.asked).flatMap((b) => [...b.mods, ...b.parts.flatMap((p) => p.mods)].flatMap((m) => [...new Set(reached.map((l) => l.item))].map((item) => [item, m] as [string, Mod]))),
  ];
  for (const [item, m] of said) {
    const lines = reached.filter((l) => l.item === item);
    if (!lines.length) continue;
    // (Only an item that has things to leave off: a description of add-ons "on request", "cinnamon
    // or sugar if you like", with no hold, lists what may be added.)
    if (!d.menu.itemGroups(item).some((g) => idx.groups.has(g.id))) continue;
    if (m.kind !== "choice" || !m.neg || m.onlyRefused) continue;
    // (An add-on's, not a level's: "not the fried one" picks among the others, refused-level.ts.)
    if (!m.cands.every((c) => d.menu.itemGroup(item, c.group)?.select === "many" || d.menu.itemGroup(item, c.group)?.select === "count")) continue;
    // (A removal picked by the refusal, "no whip" → "No whipped cream", "no banana" of a
    // "Hold" group's Banana, "선지 빼고" of its 선지 빼기, took it off.)
    const removal = (key: string, group: string, choice: string) => (idx.groups.has(group) && !idx.adds.has(key)) || idx.byChoice.has(key) || idx.none.get(group) === choice || idx.targets.has(key) || !!m.leftOutOnly?.includes(key);
    if (m.cands.some((c) => removal(`${c.group}/${c.choice}`, c.group, c.choice))) continue;
    const held = lines.some((l) => d.before.lines.some((b) => b.id === l.id && m.cands.some((c) => [b.options[c.group]].flat().includes(c.choice))));
    if (held) continue;
    // (The hold it comes with found, hold-of-what-it-comes-with.ts, and on a line: taken off; of a
    // part, on some line of the item.)
    const hold = holdOfWhatItComesWith(d.menu, item, d.menu.itemGroups(item), m.cands, m.text, {});
    const holding = (l: (typeof lines)[number]) => !!hold && [l.options[hold.g.id]].flat().includes(hold.choice);
    if (hold && (lines.every(holding) || (ofPart(u, m) && lines.some(holding)))) continue;
    const names = refusedNames(d.menu, m.cands, m.text);
    if (describedWith(d.menu, item, names)) out.push(`"${m.text}" refused: the ${item} comes with it, and nothing was taken off`);
  }
  return out;
}

const ofPart = (u: TurnResult["utterance"], m: Mod) => u.units.some((x) => x.parts.some((p) => p.mods.includes(m)));
