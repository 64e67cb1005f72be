// A read-back check, from the words and the cart alone: a choice said last, after a list of two
// or more items that all take its group ("김말이 세 개 오징어 두 개 버무려서 주세요", "a latte, a
// mocha, iced", "three gimmari, two squid, tossed"), put on the last item's
// line alone. Said so, the choice is most often of the whole list; of the last item alone it can
// be too. Sealed round 74 had the first answered alone with only the squid tossed. Either reading
// is a guess, in either language's order of count and name, with the items side by side or
// joined by a comma (in Korean also by 랑 / 하고).
import { isRemovalName } from "./name-forms.ts";
import type { Atom } from "./scan.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";

type MenuAtom = Extract<Atom, { kind: "menu" }>;
const isItem = (a: Atom | undefined): a is MenuAtom => a?.kind === "menu" && a.refs.some((r) => r.kind === "item") && a.refs.every((r) => r.kind === "item");
const isChoice = (a: Atom | undefined): a is MenuAtom => a?.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice");
/** What may stand between the items of a list and before the choice: counts, "and", a comma. */
const joins = (a: Atom) => a.kind === "num" || (a.kind === "sep" && (a.why === "conj" || (a.why === "punct" && a.mark === ",")));

/** A polite ending said on the choice's word ("휘핑 빼고요"). */
const ENDING = /(?:이)?요$/;

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
  const korean = /[가-힣]/.test(d.utterance.text);
  for (const atoms of clauses(d.utterance.atoms)) {
    // (The choice is the clause's last menu word, with only counts, "and" or a comma between it
    // and the last item.)
    const c = atoms.findLastIndex((a) => a.kind === "menu");
    const choice = atoms[c];
    // (Not a thing left off, "아아 한 잔이랑 딸기 라떼 하나 휘핑 빼고요": said last, of the last.)
    if (!isChoice(choice) || isRemovalName(choice.text.replace(ENDING, ""))) continue;
    // (Nor refused by the word after it, "참치김밥 한 줄 원조김밥 한 줄 오이 빼고 주세요".)
    const after = atoms[c + 1];
    if (choice.refs.some((r) => r.kind === "choice" && r.refused) || (after?.kind === "kw" && after.keywords.some((k) => k === "remove" || k === "without" || k === "refuse"))) continue;
    const before = atoms[c - 1];
    if (before?.kind === "num") {
      // (A counter glued to the number, "한판", "두조각", is the count's unit, not said after it:
      // the number's own words hold it.)
      const [num, word] = [before.text.trim(), choice.text.trim()];
      if (num.endsWith(word) || d.utterance.text.includes(`${num}${word}`)) continue;
      // ("짜장 하나는 곱빼기로": a count said as the topic is one of those in hand, not the list's last.)
      if (before.flags.topic) continue;
    }
    let k = c - 1;
    while (k >= 0 && joins(atoms[k]!)) k--;
    if (!isItem(atoms[k])) continue;
    // (Korean: said after the last item's count, "오징어 두 개 버무려서"; said before it, "망고
    // 스무디 라지로 하나", or with no count, "양념 반 마리", it is that item's.)
    if (korean && !atoms.slice(k + 1, c).some((a) => a.kind === "num")) continue;
    // (The list: items, each with its count or none, side by side or joined by a comma, in Korean
    // also by 랑 / 하고; not "a mash with gravy and a steak", where a word of its own ties what
    // follows to one item, nor English "a chicken alfredo and a spicy rigatoni large", where the
    // choice said right after the name joined by "and" is that item's.)
    const first = atoms.findIndex((a) => a.kind === "menu");
    const list = atoms.slice(first, k + 1);
    if (!list.every((a) => isItem(a) || joins(a)) || (!korean && list.some((a) => a.kind === "sep" && a.why === "conj"))) continue;
    const itemsSaid = list.filter(isItem).map((a) => a.refs.find((r) => r.kind === "item")!.item!);
    if (itemsSaid.length < 2) continue;
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
