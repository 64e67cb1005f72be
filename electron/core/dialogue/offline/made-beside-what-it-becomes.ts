// A read-back check: "X Y로", an item named with no count and right after it another said
// with 로 (what it is made as, "고구마 케이크 홀케이크로"), and the turn made a line of each.
// Blind round 68: the slice and the whole cake were both made, answered alone. Said so, Y로
// says what the X is to be (or what it becomes): a line of X beside a line of Y is not what
// the words say, whatever step made it, and is the engine's guess.
import { theItemNamed } from "./atom-forms.ts";
import { type TurnResult, linesMade } from "./turn-draft.ts";

const WITH_RO = /(?:으로|로)$/;

export function madeBesideWhatItBecomes(d: TurnResult): string[] {
  const made = new Set(linesMade(d).map((l) => l.item));
  if (made.size < 2) return [];
  const atoms = d.utterance.atoms;
  const out: string[] = [];
  for (let i = 0; i + 1 < atoms.length; i++) {
    const [a, b] = [atoms[i]!, atoms[i + 1]!];
    if (a.kind !== "menu" || b.kind !== "menu" || a.flags.dir || WITH_RO.test(a.text.trim()) || !(b.flags.dir || WITH_RO.test(b.text.trim()))) continue;
    const x = theItemNamed(a, ["category", "choice"]);
    const y = theItemNamed(b, ["category", "choice"]);
    if (x && y && x !== y && made.has(x) && made.has(y)) out.push(`"${a.text} ${b.text}": ${x} made beside ${y}, what it was said to be`);
  }
  return out;
}
