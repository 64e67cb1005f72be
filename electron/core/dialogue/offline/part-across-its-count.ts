// Read-back: "라면 두 개 맵게요 하나에만 치즈 넣어 주세요" was read as one plain 라면 and one spicy with
// cheese: the spice said of the whole count before "하나에만" was moved into the part, beside the
// cheese said after it. A part of a line that holds options said on both sides of its own count
// (one before the count, one after) took at least one of them from somewhere: the whole line
// or the part, which? A guess, whichever step moved it.
import type { TurnResult } from "./turn-draft.ts";

export function partAcrossItsCount(d: TurnResult): string[] {
  const u = d.utterance;
  const out: string[] = [];
  const optionCounts = new Set(u.units.flatMap((x) => [...x.mods, ...x.parts.flatMap((p) => p.mods)]).flatMap((m) => (m.numAt !== undefined ? [m.numAt] : [])));
  for (const x of u.units) {
    if (x.kind !== "item" || x.asked || x.remove || x.replaced || !x.parts.length) continue;
    for (const p of x.parts) {
      // (A group word heading the part, "국은 하나만 김치찌개로", is no option of its own.)
      const ats = p.mods.flatMap((m) => (m.at !== undefined && m.kind !== "group" ? [m.at] : []));
      if (ats.length < 2) continue;
      const [first, last] = [Math.min(...ats), Math.max(...ats)];
      const across = u.atoms.some((a) => a.kind === "num" && !a.article && a.value === p.qty && a.start > first && a.start < last && !optionCounts.has(a.start));
      if (across) out.push(`"${x.text}": a part holds options said before and after its count`);
    }
  }
  return out;
}
