// A read-back check: a later turn says how many of a thing already ordered, with a word that
// sets it ("make it just one large fry", "actually just one", "하나만요", "한 개로 해 주세요" of the
// one line of it), and the one line of that thing ends the turn at another count, no other line
// of it made. Blind round 82: two large fries, then "and uh make it just one large fry": the size
// said was the line's own, nothing was split off, and the fries stayed two, answered alone.
// Said with no item ("make it just one", "하나만 할게요") where the order holds one line, the count
// is that line's. Whatever step read the words, the count said is not the count the line has: a guess.
import { type TurnResult, linesMade } from "./turn-draft.ts";

export function countSaidOfTheLineKept(d: TurnResult): string[] {
  const out: string[] = [];
  for (const x of d.utterance.units) {
    if (x.kind !== "item" || !x.item || x.asked || x.remove || x.replaced || !x.qtyExplicit || x.qty === undefined) continue;
    if (!(x.only || x.afterChange || x.corrects || x.qtyTarget) || x.kws.has("more") || x.parts.length) continue;
    const before = d.before.lines.filter((l) => l.item === x.item);
    if (before.length !== 1 || linesMade(d).some((l) => l.item === x.item)) continue;
    // ("아아 세 잔" → "두 잔은 뜨아로 해 주세요": the count said is on a line of its own now, split off.)
    if (d.state.lines.some((l) => l.item === x.item && l.id !== before[0]!.id && l.qty === x.qty)) continue;
    const now = d.state.lines.find((l) => l.id === before[0]!.id);
    if (now && now.qty !== x.qty && (now.qty === before[0]!.qty || x.only || x.qtyTarget)) out.push(`"${x.text}": ${x.qty} said of the line of ${x.item}, now ${now.qty}`);
  }
  // ("make it just one", "하나만 할게요": a count set with nothing named, the one line in hand.)
  const items = d.utterance.units.some((x) => x.kind !== "unknown" && !x.asked);
  if (!items && d.before.lines.length === 1 && !d.created.length) {
    const line = d.before.lines[0]!;
    const now = d.state.lines.find((l) => l.id === line.id);
    for (const b of d.utterance.bare) {
      if (!b.qtyExplicit || b.qty === undefined || b.asked || b.mods.length || b.parts.length || b.kws.has("more") || b.kws.has("remove") || b.kws.has("without") || !(b.only || b.setQty)) continue;
      if (now && now.qty !== b.qty) out.push(`${b.qty} said of the one line, ${line.item}, now ${now.qty}`);
    }
  }
  return out;
}
