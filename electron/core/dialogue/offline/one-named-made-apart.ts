// A read-back check, from the words and the cart alone: an item named once, with the count
// said beside it ("새우볶음밥 하나 …"), that the turn made as two or more new lines holding more
// than that count in all, the lines alike in every pick-one choice (so no kinds were counted
// out, "아이스 하나 핫 하나"), with no word of more or each. Blind round 89: "새우볶음밥 하나 파
// 빼고요 계란후라이 하나 추가해 주세요" made one plain fried rice and one without the green
// onion: the counted fried egg had been read as a measure of the refusal and its count as a
// second bowl. Whichever step splits such a line, a cart that makes more of it than said is a guess.
import { countsBesideItems } from "./count-beside-its-item.ts";
import { type TurnResult, linesMade } from "./turn-draft.ts";

export function oneNamedMadeApart(d: TurnResult): string[] {
  const u = d.utterance;
  if (u.kws.has("more") || u.kws.has("both") || u.units.some((x) => x.each || x.parts.length > 0)) return [];
  const out: string[] = [];
  for (const { item, n } of countsBesideItems(d)) {
    const lines = linesMade(d).filter((l) => l.item === item);
    const made = lines.reduce((t, l) => t + l.qty, 0);
    if (lines.length < 2 || made <= n) continue;
    const kinds = d.menu.itemGroups(item).filter((g) => g.select === "one");
    if (kinds.some((g) => new Set(lines.map((l) => String(l.options[g.id]))).size > 1)) continue;
    out.push(`${item} named once with ${n}, made ${made} in ${lines.length} lines`);
  }
  return out;
}
