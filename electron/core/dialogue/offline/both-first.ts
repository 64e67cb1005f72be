// "둘 다 아이스로 아메리카노랑 라떼 두 잔씩", "전부 아이스로 아메리카노랑 라떼": "both"/"all" and
// options said before a list of items reach every item of the list, as when said after it
// ("아메리카노랑 라떼 두 잔씩 둘 다 아이스로"); read so, they had gone on the first item only.
import type { Atom } from "./scan.ts";
import { isItemAtom } from "./atom-forms.ts";

/** Korean: a leading "둘 다"/"전부" with its options, before a list of items, moved after the list. */
export function bothSaidFirst(atoms: Atom[]): Atom[] {
  const head = atoms[0];
  if (head?.kind !== "kw" || !head.keywords.some((k) => k === "both" || k === "all")) return atoms;
  let k = 1;
  while (k < atoms.length && isOption(atoms[k]!)) k++;
  if (k === 1 || !isItemAtom(atoms[k])) return atoms;
  const rest = atoms.slice(k);
  // A list: items joined by 랑/하고 and nothing that ends a sentence or a clause.
  const items = rest.filter(isItemAtom).length;
  if (items < 2 || rest.some((a) => a.kind === "sep" && a.why !== "conj") || !rest.some((a) => a.kind === "sep")) return atoms;
  // ("둘 다 아이스로 아메리카노랑 라떼 각각 두 잔씩": 각각 says again what 씩 says; the words
  // moved after the list would read "각각 … 둘 다" as two lists.)
  const eachAgain = (a: Atom, i: number) => a.kind === "kw" && a.keywords.some((w) => w === "both" || w === "all") && rest[i + 1]?.kind === "num" && (rest[i + 1] as Atom & { kind: "num" }).flags.each === true;
  const again = rest.some(eachAgain);
  if (rest.some((a, i) => !eachAgain(a, i) && a.kind === "kw" && a.keywords.some((w) => w === "both" || w === "all"))) return atoms;
  if (!again && rest.some((a) => "flags" in a && a.flags.each && a.kind !== "num")) return atoms;
  return [...rest.filter((a, i) => !eachAgain(a, i)), ...atoms.slice(0, k)];
}

const isOption = (a: Atom) => a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice");
