// English remarks about an item, said beside the order: "the milk tea here is so good, two
// milk teas please", "the fried rice is too much food, potstickers please", "I love the
// horchata here, two horchatas". A cashier rings only the order; read as items, the remark's
// item was rung up as well (the twelfth English red team: 3 milk teas, fried rice and
// potstickers, answered alone). The shape is the clause's: the item as the subject of
// is/are/was with nothing after it but how good (or how much) it is, or "I love/like the X
// (here)", a stretch of its own between commas. The remark names nothing ordered where the
// rest of the turn names an item: sure where that is the remarked item again, a guess where
// it is another (the remark may have been an order too). With no other item named, the
// remark's item is what the order is of ("the beignets here are so good, two orders please"),
// and the words are left as they are. The Korean remark ("아 갈비탕에 밥 나오는구나") is read
// in clause-bounds.ts.
import type { Atom } from "./atoms.ts";
import { itemsOf } from "./atom-forms.ts";
import { punctSegments, talkedAbout, wordOf } from "./talk-segments.ts";
import { REMARK } from "./talk-words.ts";

const { openers: OPENERS, determiners: DETERMINERS, copula: COPULA, degree: DEGREE, evaluation: EVALUATION, after: AFTER, liking: LIKING } = REMARK;

const isHere = (a: Atom | undefined) => wordOf(a) === "here";

/** The atoms (from `i`) of "the X here is so good" up to `to`, or undefined. */
function saidOfItsQuality(atoms: readonly Atom[], i: number, to: number): number[] | undefined {
  const at: number[] = [];
  let k = i;
  while (k < to && OPENERS.test(wordOf(atoms[k])) && atoms[k]!.kind !== "menu") at.push(k++);
  if (DETERMINERS.test(wordOf(atoms[k])) && atoms[k]!.kind === "kw") at.push(k++);
  if (!itemsOf(atoms[k]).length) return undefined;
  at.push(k++);
  if (isHere(atoms[k])) at.push(k++);
  if (!COPULA.test(wordOf(atoms[k])) || atoms[k]!.kind === "menu") return undefined;
  at.push(k++);
  while (k < to && DEGREE.test(wordOf(atoms[k])) && atoms[k]!.kind !== "menu" && atoms[k]!.kind !== "num") at.push(k++);
  if (k >= to || !EVALUATION.test(wordOf(atoms[k])) || atoms[k]!.kind === "num") return undefined;
  at.push(k++);
  while (k < to && AFTER.test(wordOf(atoms[k]))) at.push(k++);
  return k === to ? at : undefined;
}

/** The atoms (from `i`) of "I love the X (here)" up to `to`. */
function saidToLikeIt(atoms: readonly Atom[], i: number, to: number): number[] | undefined {
  const at: number[] = [];
  let k = i;
  while (k < to && OPENERS.test(wordOf(atoms[k])) && atoms[k]!.kind !== "menu") at.push(k++);
  if (wordOf(atoms[k]) !== "i" || !LIKING.test(wordOf(atoms[k + 1]))) return undefined;
  at.push(k++, k++);
  if (DETERMINERS.test(wordOf(atoms[k])) && atoms[k]!.kind === "kw") at.push(k++);
  if (!itemsOf(atoms[k]).length) return undefined;
  at.push(k++);
  if (isHere(atoms[k])) at.push(k++);
  return k === to ? at : undefined;
}

export function itemRemarks(atoms: Atom[]): Atom[] {
  const remarks: Array<{ at: number[]; items: string[] }> = [];
  for (const [from, to] of punctSegments(atoms)) {
    if (atoms[to]?.kind === "sep" && (atoms[to] as Atom & { mark?: string }).mark === "?") continue;
    const at = saidOfItsQuality(atoms, from, to) ?? saidToLikeIt(atoms, from, to);
    if (at) remarks.push({ at, items: at.flatMap((k) => itemsOf(atoms[k])) });
  }
  if (!remarks.length) return atoms;
  const inRemark = new Set(remarks.flatMap((r) => r.at));
  const ordered = new Set(atoms.flatMap((a, i) => (inRemark.has(i) ? [] : itemsOf(a))));
  // Nothing else named: the remark's item is what the rest of the turn orders.
  if (!ordered.size) return atoms;
  const sure = remarks.every((r) => r.items.every((it) => ordered.has(it)));
  return talkedAbout(atoms, inRemark, sure);
}
