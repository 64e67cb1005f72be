// A read-back check, from the words and the cart alone: a choice said last, after a list of two
// or more items that all take its group ("김말이 세 개 오징어 두 개 버무려서 주세요", "a latte and a
// mocha, iced"), put on the last item's line alone. Said so, the choice is most often of the
// whole list; of the last item alone it can be too. Sealed round 74 had the first answered
// alone with only the squid tossed. Either reading is a guess.
import type { Atom } from "./scan.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";

const isItem = (a: Atom | undefined) => a?.kind === "menu" && a.refs.some((r) => r.kind === "item") && a.refs.every((r) => r.kind === "item");
const isChoice = (a: Atom | undefined) => a?.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice");

/** The clauses of the words: cut where a clause or "then" ends one. */
function clauses(atoms: readonly Atom[]): Atom[][] {
  const out: Atom[][] = [[]];
  for (const a of atoms) {
    if (a.kind === "sep" && (a.why === "clause" || a.why === "sep" || (a.why === "punct" && /[.?!]/.test(a.mark ?? "")))) out.push([]);
    else out[out.length - 1]!.push(a);
  }
  return out;
}

/** Each entry: a choice said after a list of items, on the last one's line only. */
export function choiceAfterAList(d: TurnResult): string[] {
  const reached = linesReached(d);
  if (reached.length < 2) return [];
  const out: string[] = [];
  for (const atoms of clauses(d.utterance.atoms)) {
    // (The choice is the clause's last menu word, with only counts, separators and words of
    // asking between it and the last item.)
    const c = atoms.findLastIndex((a) => a.kind === "menu");
    if (c < 0 || !isChoice(atoms[c])) continue;
    // (Said after the last item's count, "오징어 두 개 버무려서": said before it, "망고 스무디 라지로
    // 하나", or with no count, "양념 반 마리", it is that item's.)
    // (A counter glued to the number, "한판", "두조각", is the count's unit, not said after it:
    // the number's own words hold it.)
    let k = c - 1;
    const [num, word] = [atoms[k]?.text.trim() ?? "", atoms[c]!.text.trim()];
    if (atoms[k]?.kind !== "num" || num.endsWith(word) || d.utterance.text.includes(`${num}${word}`)) continue;
    // ("짜장 하나는 곱빼기로": a count said as the topic is one of those in hand, not the list's last.)
    if ((atoms[k] as Extract<Atom, { kind: "num" }>).flags.topic) continue;
    while (k >= 0 && atoms[k]!.kind === "num") k--;
    if (!isItem(atoms[k])) continue;
    // (A list said side by side, each item with its count: "A 하나랑 B 하나 X", "a mash with
    // gravy" after "and", puts X on the item after the joining word.)
    const list = atoms.slice(0, k + 1);
    if (list.some((a) => a.kind === "sep")) continue;
    const items = list.filter((a) => a.kind === "menu");
    if (items.length < 2 || !items.every(isItem)) continue;
    const choice = atoms[c] as Extract<Atom, { kind: "menu" }>;
    const itemsSaid = items.map((a) => (a as Extract<Atom, { kind: "menu" }>).refs.find((r) => r.kind === "item")!.item!);
    for (const r of choice.refs) {
      if (r.kind !== "choice" || !itemsSaid.every((it) => d.menu.itemGroups(it).some((g) => g.id === r.group))) continue;
      const has = (item: string) => reached.filter((l) => l.item === item).some((l) => [l.options[r.group]].flat().includes(r.choice));
      const last = itemsSaid[itemsSaid.length - 1]!;
      // (The last item named before in the list is talked about again: the choice is of it.)
      if (itemsSaid.indexOf(last) < itemsSaid.length - 1) continue;
      const others = itemsSaid.slice(0, -1);
      if (has(last) && others.length && others.every((it) => reached.some((l) => l.item === it) && !has(it))) {
        out.push(`"${choice.text}" said after ${itemsSaid.join(", ")}, put on the ${last} alone`);
      }
    }
  }
  return out;
}
