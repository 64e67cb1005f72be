// Korean "튀김만두 하나 … 즉떡 3인분이요, 튀김만두 시켰으니까 만두사리는 빼고요": an item named
// again right before a past verb of ordering ("시켰으니까", "주문했는데") is talked about as
// ordered — the reason for what follows — not ordered once more; read as an order it made a
// second 튀김만두 (blind round 76). Only where the same turn ordered it before, with no count of
// its own said again; the verb stays a word nobody knows, so the turn is still a guess.
import type { Atom } from "./atoms.ts";
import { asFiller, itemsOf } from "./atom-forms.ts";
import { ORDERED_KO } from "./talk-words.ts";

export function saidAsOrdered(atoms: Atom[]): Atom[] {
  let out = atoms;
  atoms.forEach((a, i) => {
    const next = atoms[i + 1];
    if (a.kind !== "menu" || !next || (next.kind !== "unknown" && next.kind !== "kw") || !ORDERED_KO.test(next.text.trim())) return;
    const items = itemsOf(a);
    if (!items.length || !atoms.slice(0, i).some((b) => itemsOf(b).some((x) => items.includes(x)))) return;
    if (out === atoms) out = [...atoms];
    out[i] = asFiller(a);
  });
  return out;
}
