// Korean "에그타르트 6구 박스 치즈 반반 하나요": the name of what a box (a set, a platter) holds
// said right before it, the way Korean puts a modifier before its head, where the box's own
// description says it holds that ("에그타르트 6개 상자"). It says which box, not a tart more: read
// as part of the box's name (held-out round 57, first run, made an original tart beside the box).
// Not where the word is also one of the box's own choices ("아메리카노 타르트 세트" of a set whose
// drink may be an americano: that choice, read by the steps for a set's parts), nor where the word
// is counted or heads a list ("에그타르트 하나 6구 박스 하나", "에그타르트랑 6구 박스").
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { asFiller, theItemNamed } from "./atom-forms.ts";
import { describedWith, keyOf, keyWithoutParticle, spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

/** The item named by the atom (a category it also names allowed), said whole. */
const itemOf = (a: Atom | undefined) => theItemNamed(a, ["category"]);

/** Whether a word names one of the item's own choices. */
function choiceOf(menu: MenuModel, item: string, text: string): boolean {
  const k = keyWithoutParticle(text);
  return menu.itemGroups(item).some((g) => g.choices.some((c) => spokenNames(c).some((n) => keyOf(n) === k)));
}

export function whatItHoldsSaidFirst(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((x, i) => {
    const y = atoms[i + 1];
    if (x.kind !== "menu" || y?.kind !== "menu" || x.flags.topic || y.fuzzy) return x;
    const xi = itemOf(x);
    const yi = itemOf(y);
    if (!xi || !yi || xi === yi || menu.item(xi)?.category === menu.item(yi)?.category) return x;
    // (Counted first, "한 개 에그타르트 6구 박스", or ending a list: said as a thing of its own.)
    const before = atoms[i - 1];
    if (before?.kind === "num" || (before?.kind === "sep" && before.why === "conj")) return x;
    const said = keyWithoutParticle(x.text);
    if (!said || keyOf(x.text) !== said || !describedWith(menu, yi, [x.text]) || choiceOf(menu, yi, x.text)) return x;
    return asFiller(x);
  });
}
