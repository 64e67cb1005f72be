// A read-back check: a line the turn made or changed holds as many as a number said after a
// correction ("no wait make it eight", "아니 여덟 개로"), where the line has a choice named by a
// number ("4 pieces") and another choice of that group is named by the number corrected to
// ("8 pieces"). Held-out r68a-007 and r69d-009 made eight (four) orders of the small size,
// alone. How many orders, or which size? Whatever step read it so, it is a guess.
import { spokenNames } from "./name-forms.ts";
import { saidNumber } from "./number-choices.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";

const CORRECTING = ["correction", "soft-correction", "change"] as const;

export function countOrPieces(d: TurnResult): string[] {
  const u = d.utterance;
  const mark = u.atoms.findIndex((a) => a.kind === "kw" && a.keywords.some((k) => (CORRECTING as readonly string[]).includes(k)));
  if (mark < 0) return [];
  const after = new Set(u.atoms.slice(mark + 1).flatMap((a) => (a.kind === "num" && !a.article && a.value >= 2 ? [a.value] : [])));
  if (!after.size) return [];
  const out: string[] = [];
  for (const l of linesReached(d)) {
    if (!after.has(l.qty) || d.before.lines.find((b) => b.id === l.id)?.qty === l.qty) continue;
    for (const g of d.menu.itemGroups(l.item)) {
      if (g.select !== "one") continue;
      const named = (c: (typeof g.choices)[number]) => spokenNames(c, true).map(saidNumber).filter((n) => n !== undefined);
      // (Only where the turn named a choice of that group before the correction: "a cod dinner" →
      // "make that two" says nothing of pieces.)
      if (!u.atoms.slice(0, mark).some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "choice" && r.group === g.id))) continue;
      const held = g.choices.find((c) => c.id === l.options[g.id]);
      if (!held || !named(held).length || named(held).includes(l.qty)) continue;
      if (g.choices.some((c) => c !== held && named(c).includes(l.qty))) out.push(`${l.qty} ${l.item}: so many, or the ${l.qty} of its ${g.id}?`);
    }
  }
  return out;
}
