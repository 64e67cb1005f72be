// A read-back check: a thing refused by the name of a group the line has, where the item also
// spells leaving that thing off as a hold of its own, and the hold is not on the line after the
// turn. "새우 팟타이 하나랑 똠얌꿍 하나요 둘 다 고수 빼 주세요" (held-out round 60, first run) read
// 고수 as the pad thai's "고수" group of extras, which it held none of, so the refusal took
// nothing off and the turn was sure, where its "고수 빼기" hold was meant. Whatever step reads
// the refusal, one that changed nothing while the item has a hold that the word names is a guess.
import type { CartLine } from "../../cart/cart.ts";
import { removalChoiceForGroup } from "./refusal.ts";
import { saysAddWord } from "./add-words.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";
import type { Mod } from "./utterance.ts";

/** A refusal of a whole group (or of a count, "계란 빼고"), not of one of its choices. */
function refusedGroup(m: Mod): string | undefined {
  if (m.kind === "group" && m.neg) return m.group;
  if (m.kind === "count" && m.op === "clear" && !m.numbered) return m.group;
  return undefined;
}

export function refusedHoldLeftOff(d: TurnResult): string[] {
  const reached = linesReached(d);
  if (!reached.length) return [];
  const out: string[] = [];
  const check = (m: Mod, lines: readonly CartLine[]) => {
    const group = refusedGroup(m);
    if (group === undefined || saysAddWord(m.text)) return;
    for (const l of lines) {
      const hold = removalChoiceForGroup(d.menu, d.menu.itemGroups(l.item), group);
      if (!hold || [l.options[hold.group]].flat().includes(hold.choice)) continue;
      // (The refusal took something the line held off: "고수 추가" held before, now cleared.)
      const had = d.before.lines.find((b) => b.id === l.id);
      const took = had && [had.options[group]].flat().some((v) => v !== undefined && v !== 0 && !(Array.isArray(v) && !v.length)) && JSON.stringify(had.options[group]) !== JSON.stringify(l.options[group]);
      if (took) continue;
      out.push(`"${m.text}" refused of the ${l.item}, and its own hold of it not on the line`);
      return;
    }
  };
  for (const x of d.utterance.units) {
    if (x.asked || !x.item) continue;
    const lines = reached.filter((l) => l.item === x.item);
    for (const m of [...x.mods, ...x.parts.flatMap((p) => p.mods)]) check(m, lines);
  }
  for (const b of d.utterance.bare) for (const m of b.mods) check(m, reached);
  return out;
}
