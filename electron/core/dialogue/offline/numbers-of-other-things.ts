// "10분 뒤에 올게요 김밥 두 줄 싸 주세요", "3번 테이블인데요 라면 하나 추가요", "일곱 시 영화인데
// 팝콘 하나요", "3관 들어가는데 콜라 하나요", "애가 다섯 살이라 …": a Korean number said of a
// time, a table, a screen or an age counts no thing ordered. Read as a count it made ten
// gimbap or three ramen (a guess, for the words around it, but the best reading wrong). It is
// a word nobody knows now: the turn is still not answered alone, and nothing is counted by it.
// "둘이 먹을 거라", "셋이서 나눠 먹어요": a native number with 이 / 이서 before a verb is how many
// people, not things ("소자로 할게요 둘이 먹을 거라" had made the small two).
// "I'll pay with a 20", "here's a 10": an English amount of money handed over counts no thing
// either; read as a count or as a "10 piece" option it had made 20 tortas or a ten-piece order
// (the twelfth English red team, answered alone). Said so it is clear: read as filler.
// "we're eating here, table 12. three classic burgers …": the number of a table, a booth, a
// lane counts nothing either (held-out r111a-029 had made twelve burgers of the three, the
// count said after it): read as filler with its place word, where the menu has no name of that word.
import type { Atom } from "./scan.ts";
import { asFiller } from "./atom-forms.ts";
import { wordOf } from "./talk-segments.ts";
import { OTHER_NUMBERS_KO, PAYING, PLACE_NUMBERS_EN } from "./talk-words.ts";


const { units: OTHER_UNITS, places: PLACES, people: PEOPLE } = OTHER_NUMBERS_KO;

export function numbersOfOtherThings(atoms: Atom[]): Atom[] {
  return atoms.map((a, i) => {
    const next = atoms[i + 1];
    if (a.kind !== "num" || a.article || next?.kind !== "unknown") return a;
    const word = next.text.trim();
    const other = (!a.counted && OTHER_UNITS.test(word)) || (a.unit?.trim() === "번" && PLACES.test(word)) || (!a.counted && PEOPLE.test(a.text.trim()));
    return other ? ({ start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "unknown", flags: {} } as Atom) : a;
  });
}

const { verbs: PAYING_VERBS, between: PAYING_WITH, amount: AMOUNT, moneyWords: MONEY_WORDS } = PAYING;

export function paymentAmounts(atoms: Atom[]): Atom[] {
  const at = new Set<number>();
  atoms.forEach((a, i) => {
    if (!PAYING_VERBS.test(wordOf(a))) return;
    let k = i + 1;
    const between: number[] = [];
    while (k < atoms.length && PAYING_WITH.test(wordOf(atoms[k])) && atoms[k]!.kind !== "menu") between.push(k++);
    const amount = atoms[k];
    if (!amount || (amount.kind !== "num" && amount.kind !== "menu") || !AMOUNT.test(wordOf(amount))) return;
    at.add(i).add(k);
    for (const b of between) at.add(b);
    for (k++; k < atoms.length && MONEY_WORDS.test(wordOf(atoms[k])); k++) at.add(k);
  });
  return at.size ? atoms.map((a, i) => (at.has(i) ? asFiller(a) : a)) : atoms;
}

/** "table 12", "table number 4", "lane seven": the place's number, and its words, as filler. */
export function placeNumbers(atoms: Atom[]): Atom[] {
  const at = new Set<number>();
  atoms.forEach((a, i) => {
    if (a.kind !== "num" || a.article) return;
    let k = i - 1;
    if (PLACE_NUMBERS_EN.between.test(wordOf(atoms[k])) && atoms[k]!.kind !== "menu") k--;
    const place = atoms[k];
    // (A menu word only by a near spelling, "booth" of a "both", is the place word still.)
    if (!place || (place.kind === "menu" && !place.fuzzy) || !PLACE_NUMBERS_EN.places.test(wordOf(place))) return;
    for (let j = k; j <= i; j++) at.add(j);
  });
  return at.size ? atoms.map((a, i) => (at.has(i) ? asFiller(a) : a)) : atoms;
}
