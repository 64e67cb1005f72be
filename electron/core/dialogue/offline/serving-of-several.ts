// "two glasses of red sangria" → "actually make it a pitcher": a later turn changes a line of
// two or more to a serving that holds several of one (the choice adds at least what the item
// costs: a pitcher, a carafe, a bucket, "for four"), said as one ("a pitcher", "한 팩으로"). Two
// glasses made "a pitcher" may be one pitcher (the glasses were the serving counted) or two: a
// guess (line-doubts.ts folds it in; the engine's reading, the count kept, is unchanged). Said
// with no count ("가래떡 두 개요" → "팩으로요") the count is kept, as is a size a little dearer
// ("make it a large" of two lattes). (The thirteenth English red team's tapas-045 had made two
// pitchers, alone.)
import type { TurnResult } from "./turn-draft.ts";
import type { Mod } from "./utterance.ts";

/** A count of one said with the choice: an article or "one" in its words, or the one it was said with. */
const ONE_WORD = /^(?:a|an|one|한|하나)\s/i;

/** Whether the words named the choice as one of it ("a pitcher", "한 팩으로"). */
function saidAsOne(d: TurnResult, group: string, choice: string): boolean {
  const names = (m: Mod) => m.kind === "choice" && !m.neg && m.cands.some((c) => c.group === group && c.choice === choice);
  const u = d.utterance;
  return [...u.bare, ...u.units].some((x) => x.mods.some((m) => names(m) && (ONE_WORD.test(m.text.trim()) || x.qty === 1)));
}

/** Each entry: a line of two or more changed to a serving of several. */
export function servingOfSeveral(d: TurnResult): string[] {
  if (!d.modified.length) return [];
  const out: string[] = [];
  for (const id of d.modified) {
    const now = d.state.lines.find((l) => l.id === id);
    const was = d.before.lines.find((l) => l.id === id);
    if (!now || !was || now.qty < 2) continue;
    const base = d.menu.item(now.item)?.price ?? 0;
    if (base <= 0) continue;
    for (const g of d.menu.itemGroups(now.item)) {
      if (g.select !== "one") continue;
      const to = now.options[g.id];
      if (typeof to !== "string" || to === was.options[g.id]) continue;
      const price = (c: unknown) => g.choices.find((x) => x.id === c)?.price ?? 0;
      if (price(to) - price(was.options[g.id]) >= base && saidAsOne(d, g.id, to)) out.push(`${now.item}: ${now.qty} made "${to}", a serving of several: ${now.qty} of it, or one?`);
    }
  }
  return out;
}
