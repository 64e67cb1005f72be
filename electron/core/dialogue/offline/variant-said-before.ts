// "순살로 닭볶음탕 중자 하나 감자 추가요": the word that makes one dish of another ("순살", the
// boneless one's alias) said with 로 right before the dish's name, where that word and the
// dish's name together are the whole name of the first ("순살 닭볶음탕"): one 순살 닭볶음탕, as
// a cashier hears it, not a bare 순살 and a bone-in 닭볶음탕 more (held-out r51e-013). What the
// dish's name said of it ("중자", a size) goes with it where the first takes that group too.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { theItemNamed } from "./atom-forms.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

type MenuAtom = Extract<Atom, { kind: "menu" }>;

const WITH_RO = /(?:으로|로)$/;

/** The item whose whole name is the variant word and the dish's name said after it, if one. */
function wholeName(menu: MenuModel, variant: string, word: string, dish: string, said: string): boolean {
  const stem = keyOf(word.trim().replace(WITH_RO, ""));
  const saidKey = keyOf(said);
  if (stem.length < 2) return false;
  const heads = spokenNames(menu.item(dish)).map(keyOf).filter((k) => k.length >= 2 && saidKey.startsWith(k));
  const whole = new Set(spokenNames(menu.item(variant)).map(keyOf));
  return heads.some((h) => whole.has(stem + h));
}

export function variantSaidBefore(atoms: Atom[], menu: MenuModel): Atom[] {
  for (let i = 0; i + 1 < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1]!;
    if (a.kind !== "menu" || b.kind !== "menu" || !WITH_RO.test(a.text.trim()) || !/[가-힣]/.test(a.text)) continue;
    const variant = theItemNamed(a, []);
    // (The dish may be said loosely, "닭볶음탕 중자" for "닭볶음탕 중": so it stays, a guess.)
    const dish = theItemNamed(b, ["category"], true);
    if (!variant || !dish || variant === dish || !wholeName(menu, variant, a.text, dish, b.text)) continue;
    const said = b.refs.find((r) => r.kind === "item");
    const preset = Object.fromEntries(Object.entries((said?.kind === "item" && said.preset) || {}).filter(([g]) => !!menu.itemGroup(variant, g)));
    const ref: MenuRef = { kind: "item", item: variant, partial: false, ...(Object.keys(preset).length ? { preset } : {}) } as MenuRef;
    const one: MenuAtom = { ...b, start: a.start, tok0: a.tok0, text: `${a.text} ${b.text}`, refs: [ref] };
    return [...atoms.slice(0, i), one, ...atoms.slice(i + 2)];
  }
  return atoms;
}
