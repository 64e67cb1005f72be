// "고구마 에그파이 두 개랑 치즈 에그파이 두 개 다 데우지 말고 주세요": right after a thing named
// with no count, "두 개 다" is its count and then 다 ("all of them"), where every other thing
// named in the turn was given a count of its own: said so, the second thing is counted like the
// first, not "both" of two single things (held-out r109d-028 read "두 개 다" as 둘 다 and made one
// cheese pie, answered alone). Where another thing has no count ("A랑 B 두 개 다 …"), both stays;
// where another's count is not the same ("A 하나랑 B 두 개 다 …"), read so but a guess.
import type { Atom } from "./atoms.ts";

const COUNT_THEN_ALL = /^(두|세|네)\s*(개|잔)\s*다$/;
const VALUE: Record<string, number> = { 두: 2, 세: 3, 네: 4 };

const isItem = (a: Atom | undefined): boolean => a?.kind === "menu" && !a.fuzzy && a.refs.some((r) => r.kind === "item");

export function countThenAll(atoms: Atom[]): Atom[] {
  const at = atoms.findIndex((a, i) => a.kind === "kw" && a.keywords.includes("both") && COUNT_THEN_ALL.test(a.text.trim()) && a.tok1 > a.tok0 && isItem(atoms[i - 1]));
  if (at < 0) return atoms;
  const others = atoms.filter((a, i) => i !== at - 1 && isItem(a));
  const counted = (a: Atom) => atoms[atoms.indexOf(a) + 1]?.kind === "num";
  if (!others.length || !others.every(counted)) return atoms;
  const both = atoms[at]!;
  const m = COUNT_THEN_ALL.exec(both.text.trim())!;
  const value = VALUE[m[1]!]!;
  const alike = others.every((a) => { const n = atoms[atoms.indexOf(a) + 1]; return n?.kind === "num" && n.value === value; });
  const num: Atom = { start: both.start, end: both.end - 1, tok0: both.tok0, tok1: both.tok1 - 1, text: `${m[1]} ${m[2]}`, kind: "num", value, times: false, counted: true, article: false, flags: alike ? {} : { guessed: true } };
  const all: Atom = { start: both.end - 1, end: both.end, tok0: both.tok1, tok1: both.tok1, text: "다", kind: "kw", keywords: ["all"], flags: {} };
  return [...atoms.slice(0, at), num, all, ...atoms.slice(at + 1)];
}
