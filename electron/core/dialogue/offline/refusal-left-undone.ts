// A read-back check, from the words and the cart alone: the words refuse a thing sold alone that
// the order does not hold ("하나는 김치 빼 주세요"), the cart did not change, and a line there
// spells leaving that thing off as a choice of its own ("김치 빼기" of a barbecue set). Blind
// round 79's "하나는 김치랑 마늘 빼 주세요" showed the shape; said alone, "하나는 김치 빼 주세요" was
// answered "there is no kimchi in your order", sure, with the set's hold left off. Whichever
// step reads the refusal, a turn that refused nothing where a line could leave it off is a guess.
import { removalOfItem } from "./removal-named-item.ts";
import type { TurnResult } from "./turn-draft.ts";

/** Each entry: an item refused, none of it in the order, nothing changed, and a line with its removal. */
export function refusalLeftUndone(d: TurnResult): string[] {
  if (d.created.length || d.modified.length || d.state.lines.length !== d.before.lines.length) return [];
  const out: string[] = [];
  for (const x of d.utterance.units) {
    if (!x.remove || !x.item || x.asked || d.before.lines.some((l) => l.item === x.item)) continue;
    const holder = d.before.lines.find((l) => removalOfItem(d.menu, l.item, x.item!, x.text));
    if (holder) out.push(`"${x.text}" refused, not in the order, and ${holder.item} could leave it off`);
  }
  return out;
}
