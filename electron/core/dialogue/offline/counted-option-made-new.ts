// A read-back check: a later turn counts an option with no item named ("and one sugar", "설탕
// 하나요" of a coffee in hand whose sugars are counted), and the turn made a new line of an item
// in hand with that option while the line in hand kept its count. Blind round 78: "a coffee
// please, black" → "… a bit of milk in it" → "and one sugar" was read as "and one [coffee] with
// sugar", a second coffee, answered alone. Whatever step read it so, the count said was the
// option's: another line of it beside an unchanged one is a guess.
import { type TurnResult, linesMade } from "./turn-draft.ts";

export function countedOptionMadeNew(d: TurnResult): string[] {
  const u = d.utterance;
  if (u.units.some((x) => x.kind === "item" && x.item && !x.asked)) return [];
  const counted = u.bare.flatMap((b) => b.mods.flatMap((m) => (m.kind === "count" && m.numbered ? [m.group] : [])));
  if (!counted.length) return [];
  const out: string[] = [];
  for (const l of linesMade(d)) {
    for (const g of counted) {
      if (!d.menu.itemGroup(l.item, g)) continue;
      const kept = d.before.lines.filter((b) => b.item === l.item && d.state.lines.some((s) => s.id === b.id && JSON.stringify(s.options[g]) === JSON.stringify(b.options[g])));
      if (kept.length) out.push(`${g} counted with no item: a new ${l.item} made, the one in hand kept its count`);
    }
  }
  return out;
}
