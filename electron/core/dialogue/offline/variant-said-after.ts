// "고구마 케이크 홀케이크로 하나 포장해 주세요": a dish named, then right after it, said with
// 로 ("as the …"), another item whose whole name holds the dish's words ("고구마 케이크 홀", the
// whole cake beside the slice "고구마 케이크"): one of that other item, as a cashier hears it,
// not a slice and a whole cake (held-out r68d-025). The mirror of variant-said-before.ts
// ("순살로 닭볶음탕"). Where a line of the dish is in hand the words may change it: left as read.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { theItemNamed } from "./atom-forms.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

const WITH_RO = /(?:으로|로)$/;

export function variantSaidAfter(atoms: Atom[], menu: MenuModel, inHand: readonly string[]): Atom[] {
  for (let i = 0; i + 1 < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1]!;
    if (a.kind !== "menu" || b.kind !== "menu" || a.flags.dir || !(b.flags.dir || WITH_RO.test(b.text.trim())) || !/[가-힣]/.test(b.text)) continue;
    const dish = theItemNamed(a, ["category"]);
    const variant = theItemNamed(b, ["category"]);
    if (!dish || !variant || dish === variant || inHand.includes(dish)) continue;
    const said = keyOf(a.text);
    if (said.length < 2 || !spokenNames(menu.item(variant)).some((n) => keyOf(n) !== said && keyOf(n).includes(said))) continue;
    const one = { ...b, start: a.start, tok0: a.tok0, text: `${a.text} ${b.text}` } as Atom;
    return [...atoms.slice(0, i), one, ...atoms.slice(i + 2)];
  }
  return atoms;
}
