// A read-back check: an item made from words said with no count or article that, without the
// word that adds, name an add-on of a line named before it this turn, an add-on that line does
// not hold ("a channa roti with extra potato and pumpkin" that made a pumpkin side, the roti's
// "Add pumpkin" left off: held-out r49b-019, alone). The add-on, or a side? Whatever step read
// it so, it is a guess. So is the list of add-ons carried on a turn later, "a channa roti with
// extra potato" → "and pumpkin too": the thing made first in the turn, said so, where the line
// just made holds another add-on of the same group and not that one.
import { withoutAddWords } from "./add-words.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";
import { itemsMadeInOrder } from "./word-order.ts";

const holds = (v: unknown, choice: string) => (Array.isArray(v) ? v.includes(choice) : v === choice);

/** Each entry: an item made whose words are an add-on of a line named before it. */
export function addOnSaidAsItem(d: TurnResult): string[] {
  const reached = linesReached(d);
  const out: string[] = [];
  for (const { unit: x, index: i, namedBefore: before } of itemsMadeInOrder(d)) {
    if (x.qty !== undefined) continue;
    // (The words, or the item's name they start with: Korean "호박이랑".)
    const said = keyOf(x.text);
    const forms = new Set([said, ...spokenNames(d.menu.item(x.item!)).map(keyOf).filter((k) => k.length > 1 && said.startsWith(k))]);
    const last = d.before.lines[d.before.lines.length - 1];
    const carried = i === 0 && last && !reached.some((l) => l.id === last.id) ? [last] : [];
    for (const l of [...reached.filter((l) => before.has(l.item)), ...carried]) {
      for (const g of d.menu.itemGroups(l.item)) {
        // (Cheap first: a name that holds the words at all.)
        const c = g.choices.find((c) => spokenNames(c, true).some((n) => [...forms].some((f) => keyOf(n).includes(f) && keyOf(n) !== f) && forms.has(keyOf(withoutAddWords(n)))));
        if (!c || holds(l.options[g.id], c.id)) continue;
        // (A line in hand: only where the words carry on its list of add-ons of that group.)
        if (carried.includes(l) && !g.choices.some((o) => o.id !== c.id && holds(l.options[g.id], o.id))) continue;
        out.push(`"${x.text}": a ${x.item}, or the ${l.item}'s ${c.id}?`);
      }
    }
  }
  return out;
}
