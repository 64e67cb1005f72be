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

export function refusedWhatItComesWith(d: TurnResult): string[] {
  const idx = removalIndex(d.menu);
  const reached = linesReached(d);
  const out: string[] = [];
  for (const x of d.utterance.units) {
    if (x.asked || !x.item) continue;
    const lines = reached.filter((l) => l.item === x.item);
    if (!lines.length) continue;
    // (Only an item that has things to leave off: a description of add-ons "on request", "cinnamon
    // or sugar if you like", with no hold, lists what may be added.)
    const item = x.item;
    if (!d.menu.itemGroups(item).some((g) => idx.groups.has(g.id))) continue;
    for (const m of x.mods) {
      if (m.kind !== "choice" || !m.neg || m.onlyRefused) continue;
      // (An add-on's, not a level's: "not the fried one" picks among the others, refused-level.ts.)
      if (!m.cands.every((c) => d.menu.itemGroup(item, c.group)?.select === "many" || d.menu.itemGroup(item, c.group)?.select === "count")) continue;
      // (A removal picked by the refusal, "no whip" → "No whipped cream", "no banana" of a
      // "Hold" group's Banana, "선지 빼고" of its 선지 빼기, took it off.)
      const removal = (key: string, group: string, choice: string) => (idx.groups.has(group) && !idx.adds.has(key)) || idx.byChoice.has(key) || idx.none.get(group) === choice || idx.targets.has(key) || !!m.leftOutOnly?.includes(key);
      if (m.cands.some((c) => removal(`${c.group}/${c.choice}`, c.group, c.choice))) continue;
      const held = lines.some((l) => d.before.lines.some((b) => b.id === l.id && m.cands.some((c) => [b.options[c.group]].flat().includes(c.choice))));
      if (held) continue;
      // (The hold it comes with found, hold-of-what-it-comes-with.ts, and on the line: taken off.)
      const hold = holdOfWhatItComesWith(d.menu, x.item, d.menu.itemGroups(x.item), m.cands, m.text, {});
      if (hold && lines.every((l) => [l.options[hold.g.id]].flat().includes(hold.choice))) continue;
      const names = refusedNames(d.menu, m.cands, m.text);
      if (describedWith(d.menu, item, names)) out.push(`"${m.text}" refused: the ${x.item} comes with it, and nothing was taken off`);
    }
  }
  return out;
}
