// A read-back check: the thing a count was said for, right before the count was taken back
// ("당면 사리 하나 아니 두 개로", "two fries no three"), ends with the count taken back, or
// without the count meant. Blind round 66: "갈비찜 중 하나요 당면 사리 하나 아니 두 개로 해
// 주세요" left the noodles at one and made two of the dish, answered alone; the number taken
// back (하나) was also the dish's count, so count-taken-back-kept.ts, which looks for the number
// anywhere, could not tell. Here the thing named right before the numbers is read back: an
// add-on count of a line the turn made or changed, or a line of the item the turn made.
import type { CartLine } from "../../cart/cart.ts";
import type { Atom } from "./scan.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";

/** "아니", "no", "no wait": the word between a count and the count meant instead. */
const takesBack = (a: Atom | undefined) => a?.kind === "kw" && (a.keywords.includes("correction") || a.keywords.includes("no") || /^(?:아니|아니다|no)$/i.test(a.text.trim()));
const isCount = (a: Atom | undefined): a is Atom & { kind: "num" } => a?.kind === "num" && !a.article && !a.times;

export function countTakenBackOnItsThing(d: TurnResult): string[] {
  const atoms = d.utterance.atoms;
  const out: string[] = [];
  const before = new Map(d.before.lines.map((l) => [l.id, l]));
  const reached = linesReached(d);
  for (let i = 1; i + 2 < atoms.length; i++) {
    const [thing, n, k, m] = [atoms[i - 1], atoms[i], atoms[i + 1], atoms[i + 2]];
    if (thing?.kind !== "menu" || !isCount(n) || !takesBack(k) || !isCount(m) || m.value === n.value) continue;
    const groups = thing.refs.flatMap((r) => (r.kind === "group" && d.menu.groups.get(r.group)?.select === "count" ? [r.group] : []));
    const items = thing.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : []));
    // Said of an add-on: the lines whose count of it the turn set.
    if (groups.length && !items.length) {
      const set = reached.flatMap((l) =>
        groups.filter((g) => d.menu.itemGroup(l.item, g) && l.options[g] !== (before.get(l.id)?.options[g] ?? d.menu.groups.get(g)?.default)).map((g) => l.options[g]),
      );
      if (set.includes(n.value)) out.push(`"${thing.text}": the count ${n.value} was taken back but is on the line`);
      else if (set.length && !set.includes(m.value)) out.push(`"${thing.text}": the count ${m.value} said instead is on no line`);
    }
    // Said of an item: the lines of it the turn made.
    if (items.length && !groups.length) {
      const made = reached.filter((l: CartLine) => !before.has(l.id) && items.includes(l.item));
      if (made.some((l) => l.qty === n.value)) out.push(`"${thing.text}": ${n.value} was taken back but was made`);
    }
  }
  return out;
}
