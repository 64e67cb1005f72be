// A read-back check: the thing a count was said for, right before the count was taken back
// ("당면 사리 하나 아니 두 개로", "two fries no three"), ends with the count taken back, or
// without the count meant. Blind round 66: "갈비찜 중 하나요 당면 사리 하나 아니 두 개로 해
// 주세요" left the noodles at one and made two of the dish, answered alone; the number taken
// back (하나) was also the dish's count, so count-taken-back-kept.ts, which looks for the number
// anywhere, could not tell. Here the thing named right before the numbers is read back: an
// add-on count of a line the turn made or changed, or a line of the item the turn made.
// Blind rounds 76–78: "라면사리 두 개, 아 아니 세 개요" (a comma and a filler between) and "소고기
// 추가 3개요 아 2개로 해 주세요" (아 alone, the count meant said with 로) made three and two of
// the dish: the words between may be a comma and fillers, and the line that holds the add-on
// may not be as many as the count meant ("a count of the add-on went to the item"); in English
// the thing comes after its count ("two ramen noodles, uh no, three"), and "sorry" or "actually
// make that" take a count back as "no" does ("two ramen noodles, actually make that three").
import type { CartLine } from "../../cart/cart.ts";
import type { Atom } from "./scan.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";

/** "아니", "no", "no wait", "sorry", "actually make that": the words between a count and the count meant instead. */
const takesBack = (a: Atom | undefined) =>
  a?.kind === "kw" && (a.keywords.includes("correction") || a.keywords.includes("soft-correction") || a.keywords.includes("change") || a.keywords.includes("no") || /^(?:아니|아니다|no)$/i.test(a.text.trim()));
const pause = (a: Atom | undefined) => (a?.kind === "sep" && a.why === "punct") || (a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "filler" || k === "soft-correction"));
/** "넣어서", "주세요": the verb the count was said with, before the words taking it back. */
const putsIn = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "add" || k === "request");
const isCount = (a: Atom | undefined): a is Atom & { kind: "num" } => a?.kind === "num" && !a.article && !a.times;

/**
 * Where the count meant starts after the count at `i`, or -1: a word taking it back with
 * commas and fillers around it ("두 개, 아 아니 세 개요"; also after the verb the count was said
 * with, "두 개 넣어서, 아 아니 세 개요"), or a pause alone ("아") before a
 * count said with 로 or 만 ("3개요 아 2개로 해 주세요").
 */
function countMeantAfter(atoms: readonly Atom[], i: number): number {
  let j = i + 1;
  let back = false;
  let paused = false;
  for (; j < i + 6 && (takesBack(atoms[j]) || pause(atoms[j]) || (!back && putsIn(atoms[j]))); j++) {
    if (takesBack(atoms[j])) back = true;
    else if (putsIn(atoms[j])) continue;
    else paused = true;
  }
  const m = atoms[j];
  if (!isCount(m) || j === i + 1) return -1;
  if (back) return j;
  return paused && (m.flags.dir || m.flags.only) ? j : -1;
}

export function countTakenBackOnItsThing(d: TurnResult): string[] {
  const atoms = d.utterance.atoms;
  const out: string[] = [];
  const before = new Map(d.before.lines.map((l) => [l.id, l]));
  const reached = linesReached(d);
  const said = (v: number) => atoms.filter((a) => a.kind === "num" && a.value === v).length;
  for (let i = 0; i + 2 < atoms.length; i++) {
    const n = atoms[i];
    if (!isCount(n)) continue;
    // The thing before its count ("라면사리 두 개"), or in English after it ("two ramen noodles, uh no, three").
    const after = atoms[i - 1]?.kind !== "menu" && atoms[i + 1]?.kind === "menu";
    const thing = after ? atoms[i + 1] : atoms[i - 1];
    if (thing?.kind !== "menu") continue;
    const at = countMeantAfter(atoms, after ? i + 1 : i);
    const m = atoms[at];
    if (at < 0 || !isCount(m) || m.value === n.value) continue;
    const groups = thing.refs.flatMap((r) => (r.kind === "group" && d.menu.groups.get(r.group)?.select === "count" ? [r.group] : []));
    const items = thing.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : []));
    // Said of an add-on: the lines whose count of it the turn set.
    if (groups.length && !items.length) {
      const set = reached.flatMap((l) =>
        groups.filter((g) => d.menu.itemGroup(l.item, g) && l.options[g] !== (before.get(l.id)?.options[g] ?? d.menu.groups.get(g)?.default)).map((g) => l.options[g]),
      );
      if (set.includes(n.value)) out.push(`"${thing.text}": the count ${n.value} was taken back but is on the line`);
      else if (set.length && !set.includes(m.value)) out.push(`"${thing.text}": the count ${m.value} said instead is on no line`);
      // The count meant made the dish that holds the add-on that many ("즉떡 … 라면사리 두 개,
      // 아 아니 세 개요" → three dishes), said nowhere else.
      const madeSo = reached.some((l) => groups.some((g) => d.menu.itemGroup(l.item, g)) && l.qty === m.value && (before.get(l.id)?.qty ?? 0) !== m.value);
      if (m.value >= 2 && said(m.value) === 1 && madeSo) out.push(`"${thing.text}": the count ${m.value} meant for it is the dish's`);
    }
    // Said of an item: the lines of it the turn made.
    if (items.length && !groups.length) {
      const made = reached.filter((l: CartLine) => !before.has(l.id) && items.includes(l.item));
      if (made.some((l) => l.qty === n.value)) out.push(`"${thing.text}": ${n.value} was taken back but was made`);
    }
  }
  return out;
}
