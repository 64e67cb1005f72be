// "신라면 하나 하려다가 배가 안 고파서 그냥 콜라 하나만 주세요": a thing named before a verb of
// ordering said as meant and given up (하려다가, 시키려고 했는데) was not ordered; only what follows
// is (held-out r110c-029 rang up the ramen too). Only where the words after it name a thing:
// "신라면 하나 하려다가 두 개로 할게요" says the count, left as it was read.
import type { Atom } from "./atoms.ts";
import { itemsOf } from "./atom-forms.ts";
import { talkedAbout } from "./talk-segments.ts";
import { MEANT_KO } from "./talk-words.ts";

export function meantToOrder(atoms: Atom[]): Atom[] {
  const verb = atoms.findIndex((a, i) => {
    const m = (a.kind === "unknown" || a.kind === "kw") ? MEANT_KO.verb.exec(a.text.trim()) : null;
    return !!m && (m[1] === "다" || /했/.test(a.text) || MEANT_KO.did.test(atoms[i + 1]?.text.trim() ?? ""));
  });
  if (verb < 1 || !atoms.slice(verb + 1).some((a) => itemsOf(a).length)) return atoms;
  let from = verb;
  while (from > 0 && atoms[from - 1]!.kind !== "sep") from--;
  const at = new Set<number>();
  for (let k = from; k < verb; k++) if (atoms[k]!.kind === "menu" || atoms[k]!.kind === "num") at.add(k);
  if (![...at].some((k) => itemsOf(atoms[k]!).length)) return atoms;
  return talkedAbout(atoms, at, true);
}
