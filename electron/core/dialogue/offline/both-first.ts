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
  // ("둘 다 아이스로 아메리카노랑 라떼 각각 두 잔씩": another word reaching every item is left as said.)
  if (rest.some((a) => (a.kind === "kw" && a.keywords.some((k) => k === "both" || k === "all")) || ("flags" in a && a.flags.each && a.kind !== "num"))) return atoms;
  return [...rest, ...atoms.slice(0, k)];
}

const isOption = (a: Atom) => a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice");
