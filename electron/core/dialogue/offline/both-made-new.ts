// A read-back check: "둘 다" / "both" said with two or more lines in hand, and the turn made
// new lines of one item only while changing none of those in hand. "음료는 둘 다 따뜻한 라떼요"
// after two cake sets made two lattes beside them, alone (held-out r49e-008): "both" points at
// lines, and the lines in hand are the ones there are; a new item made twice from it is what a
// cashier would ask about. Whatever step read it so, the turn is a guess.
import { type TurnResult, linesMade } from "./turn-draft.ts";

export function bothMadeNew(d: TurnResult): string[] {
  const u = d.utterance;
  if (!u.kws.has("both") && !u.orderKws.has("both")) return [];
  if (d.before.lines.length < 2 || d.before.lines.some((l) => d.modified.includes(l.id))) return [];
  const items = new Set(linesMade(d).map((l) => l.item));
  // (Two things named, "콜라 사이다 둘 다": "both" is theirs.)
  if (items.size !== 1 || u.units.filter((x) => x.kind === "item" && !x.asked).length > 1) return [];
  return [`"both" said with lines in hand, and only new ${[...items][0]} made`];
}
