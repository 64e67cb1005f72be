// "오렌지 말고 키위로 바꿔주세요" after 오렌지주스 was ordered, where the menu has both 키위주스
// and 키위바나나주스; "참치 말고 치즈로 해주세요" after 참치김밥, where 치즈 is also a topping:
// the thing swapped in is said the way the thing swapped out was, without the same tail
// (오렌지 for 오렌지주스, 참치 for 참치김밥), so it is the item named by it plus that tail
// (키위주스, 치즈김밥) where exactly one item is so named. It replaces the one named before 말고.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { keyOf, keyWithoutParticle, spokenNames } from "./name-forms.ts";
import type { Bare, Unit } from "./utterance.ts";

const namesOf = (menu: MenuModel, id: string) => spokenNames(menu.item(id), true).map(keyOf);

/** The tails the words left off the item's names ("오렌지" of 오렌지주스: "주스"). */
function tailsLeftOff(menu: MenuModel, id: string, said: string): string[] {
  return [...new Set(namesOf(menu, id).filter((n) => n.length > said.length && n.startsWith(said)).map((n) => n.slice(said.length)))];
}

/** The one item named by `stem` plus one of the tails, else undefined. */
function itemNamed(menu: MenuModel, stem: string, tails: readonly string[]): string | undefined {
  const hits = new Set(menu.menu.items.filter((it) => !it.soldOut && namesOf(menu, it.id).some((n) => tails.some((t) => n === stem + t))).map((it) => it.id));
  return hits.size === 1 ? [...hits][0] : undefined;
}

export function swapSaidAlike(atoms: Atom[], units: Unit[], bare: Bare[], menu: MenuModel): void {
  atoms.forEach((k, i) => {
    if (k.kind !== "kw" || !k.keywords.includes("instead") || !/[\uac00-\ud7a3]/.test(k.text)) return;
    const before = atoms[i - 1];
    const after = atoms[i + 1];
    if (before?.kind !== "menu" || after?.kind !== "menu") return;
    const x = units.find((u) => u.kind === "item" && u.item && before.refs.some((r) => r.kind === "item" && r.item === u.item) && u.text === before.text);
    if (!x?.item) return;
    const tails = tailsLeftOff(menu, x.item, keyWithoutParticle(before.text));
    if (!tails.length) return;
    const item = itemNamed(menu, keyWithoutParticle(after.text), tails);
    if (!item || item === x.item) return;
    // An item said by a clipped name several items share ("키위로": 키위주스, 키위바나나주스).
    const y = units.find((u) => u.kind === "ambiguous" && u.text === after.text && (u.candidates ?? []).includes(item));
    if (y) {
      y.kind = "item";
      y.item = item;
      delete y.candidates;
      y.replaces = x;
      x.replaced = true;
      return;
    }
    // A choice's name on nothing else ("치즈로" where 치즈 is a topping).
    if (!after.refs.every((r) => r.kind === "choice") || units.some((u) => u.replaces === x)) return;
    const b = bare.find((z) => z.mods.length === 1 && z.mods[0]!.kind === "choice" && z.mods[0]!.at === after.start && z.qty === undefined);
    if (!b) return;
    const made: Unit = { ...x, item, text: after.text, mods: [], parts: [], qtyExplicit: false, replaced: false, dir: true, replaces: x };
    delete made.qty;
    delete made.preset;
    x.replaced = true;
    units.splice(units.indexOf(x) + 1, 0, made);
    bare.splice(bare.indexOf(b), 1);
  });
}
