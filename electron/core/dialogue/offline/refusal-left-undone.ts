// A read-back check, from the words and the cart alone: the words refuse a thing sold alone that
// the order does not hold ("하나는 김치 빼 주세요"), a line there spells leaving that thing off as a
// choice of its own ("김치 빼기" of a barbecue set), and no line ends the turn with it. Blind
// round 79's "하나는 김치랑 마늘 빼 주세요" showed the shape; said alone, "하나는 김치 빼 주세요" was
// answered "there is no kimchi in your order", sure, with the set's hold left off. The same goes
// where the turn did something else too ("김치 빼 주시고 아메리카노 하나 추가요") or made the line
// it spoke of ("바베큐 세트 하나 김치 빼 주세요"). Whichever step reads the refusal, a turn that
// left it undone where a line could leave it off is a guess.
import { optionHas } from "./line-changes.ts";
import { removalOfItem } from "./removal-named-item.ts";
import type { TurnResult } from "./turn-draft.ts";

/** Each entry: an item refused, none of it in the order, and a line that could leave it off holding no such choice. */
export function refusalLeftUndone(d: TurnResult): string[] {
  const out: string[] = [];
  for (const x of d.utterance.units) {
    if (!x.remove || !x.item || x.asked || x.replaced || d.before.lines.some((l) => l.item === x.item) || d.state.lines.some((l) => l.item === x.item)) continue;
    const holders = d.state.lines.flatMap((l) => {
      const hit = removalOfItem(d.menu, l.item, x.item!, x.text);
      return hit ? [{ line: l, hit }] : [];
    });
    if (holders.length && !holders.some(({ line, hit }) => optionHas(line.options[hit.group], hit.choice))) out.push(`"${x.text}" refused, not in the order, and ${holders[0]!.line.item} could leave it off`);
  }
  return out;
}
