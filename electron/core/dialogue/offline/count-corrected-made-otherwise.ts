// A read-back check: a count said and at once corrected for an item ("three, no, four hot
// chocolates", "떡볶이 두 개 아니 세 개요") and the turn made a different number of that item.
// Held-out round 91, first run: "three, no, four hot chocolates, two small and two large" made
// three large and two small (the three taken back was left as a count of its own, put on the last
// line). Whatever step read the numbers, the count meant is how many the item is made, where the
// item is named only there: otherwise a guess. (count-taken-back-kept.ts looks for the number taken
// back on a line, count-taken-back-on-its-thing.ts for an add-on's count or a line of the number
// taken back; here the item's count in all is read against the count meant, commas and fillers
// between the numbers allowed.)
import type { Atom } from "./scan.ts";
import { qtyOf } from "./said-vs-done.ts";
import type { TurnResult } from "./turn-draft.ts";

const isCount = (a: Atom | undefined): a is Atom & { kind: "num" } => a?.kind === "num" && !a.article && !a.times;
/** "no", "no wait", "sorry", "아니": the words that take the count back. */
const takesBack = (a: Atom | undefined) => a?.kind === "kw" && (a.keywords.some((k) => k === "correction" || k === "no") || /^(?:아니|아니다|아 아니|아 아니다)$/.test(a.text.trim()));
const pause = (a: Atom | undefined) => (a?.kind === "sep" && a.why === "punct") || (a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "filler" || k === "soft-correction"));
const itemOf = (a: Atom | undefined) => {
  if (a?.kind !== "menu" || a.partial) return undefined;
  const items = [...new Set(a.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : [])))];
  return items.length === 1 ? items[0] : undefined;
};

/** Where the count meant is after the count at `i` (a word taking it back, pauses around it), or -1. */
function countMeantAfter(atoms: readonly Atom[], i: number): number {
  let j = i + 1;
  let back = false;
  for (; j < i + 5 && (takesBack(atoms[j]) || pause(atoms[j])); j++) if (takesBack(atoms[j])) back = true;
  return back && isCount(atoms[j]) && (atoms[j] as Atom & { kind: "num" }).value !== (atoms[i] as Atom & { kind: "num" }).value ? j : -1;
}

export function countCorrectedMadeOtherwise(d: TurnResult): string[] {
  const atoms = d.utterance.atoms;
  const out: string[] = [];
  for (let i = 0; i < atoms.length; i++) {
    if (!isCount(atoms[i])) continue;
    const at = countMeantAfter(atoms, i);
    if (at < 0) continue;
    // The item right after the count meant ("four hot chocolates", "네 잔 핫초코"), else right before the first count ("핫초코 세 잔 아니 네 잔").
    const thing = itemOf(atoms[at + 1]) ? atoms[at + 1] : atoms[i - 1];
    const item = itemOf(thing);
    if (!item || atoms.some((a) => a !== thing && itemOf(a) === item)) continue;
    const made = qtyOf(d.state, item) - qtyOf(d.before, item);
    const meant = (atoms[at] as Atom & { kind: "num" }).value;
    if (made > 0 && made !== meant) out.push(`"${thing!.text}": ${meant} meant, ${made} made`);
  }
  return out;
}
