// A read-back check: a later turn says how many of a thing already ordered, with a word that
// sets it ("make it just one large fry", "actually just one", "하나만요" of the one line of it),
// and the one line of that thing ends the turn as many as before, no other line of it made.
// Blind round 82: two large fries, then "and uh make it just one large fry": the size said
// was the line's own, nothing was split off, and the fries stayed two, answered alone.
// Whatever step read the words, the count said is not the count the line has: a guess.
import { type TurnResult, linesMade } from "./turn-draft.ts";

export function countSaidOfTheLineKept(d: TurnResult): string[] {
  const out: string[] = [];
  for (const x of d.utterance.units) {
    if (x.kind !== "item" || !x.item || x.asked || x.remove || x.replaced || !x.qtyExplicit || x.qty === undefined) continue;
    if (!(x.only || x.afterChange || x.corrects) || x.kws.has("more") || x.parts.length) continue;
    const before = d.before.lines.filter((l) => l.item === x.item);
    if (before.length !== 1 || linesMade(d).some((l) => l.item === x.item)) continue;
    const now = d.state.lines.find((l) => l.id === before[0]!.id);
    if (now && now.qty === before[0]!.qty && now.qty !== x.qty) out.push(`"${x.text}": ${x.qty} said of the line of ${x.item}, still ${now.qty}`);
  }
  return out;
}
