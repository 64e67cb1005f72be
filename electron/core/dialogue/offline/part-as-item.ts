// "김밥 두 줄 주세요 하나는 참치로": "one of them as 참치김밥" — an item said with 로 right after
// "하나는" that opened a part of the line before, where the two are of one kind (the menu
// puts them in one category: 김밥 and 참치김밥), is that part made the other item, not
// one more thing: one 김밥 and one 참치김밥.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { itemOfChoiceAndKind } from "./elided.ts";
import type { Atom } from "./scan.ts";
import type { Unit } from "./utterance.ts";

export function partsMadeAnotherItem(units: Unit[], menu: MenuModel): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const u = units[i]!;
    const n = units[i + 1]!;
    const part = u.parts[u.parts.length - 1];
    if (u.kind !== "item" || !u.item || u.qty === undefined || !part || part.mods.length) continue;
    if (n.kind !== "item" || !n.item || n.item === u.item || !n.dir || n.qtyExplicit || n.mods.length || n.remove) continue;
    const cat = menu.item(u.item)?.category;
    if (!cat || menu.item(n.item)?.category !== cat) continue;
    const given = u.parts.reduce((s, p) => s + p.qty, 0);
    if (given > u.qty || part.qty >= u.qty) continue;
    u.parts.pop();
    u.qty -= part.qty;
    n.qty = part.qty;
    n.qtyExplicit = true;
  }
}

/**
 * "팥빙수 말고 인절미로 바꿀게요" where 인절미 is a topping and 인절미빙수 an item of the 빙수
 * category: after "X 말고", a choice's name that with X's category's name is another item
 * (itemOfChoiceAndKind) names that item, which replaces X; it is not X's topping.
 */
export function insteadNamedByChoice(atoms: Atom[], units: Unit[], menu: MenuModel): void {
  atoms.forEach((k, i) => {
    if (k.kind !== "kw" || !k.keywords.includes("instead")) return;
    const before = atoms[i - 1];
    const after = atoms[i + 1];
    if (before?.kind !== "menu" || after?.kind !== "menu" || !after.refs.length || !after.refs.every((r) => r.kind === "choice")) return;
    const x = units.find((u) => u.kind === "item" && u.item && !u.replaced && before.refs.some((r) => r.kind === "item" && r.item === u.item));
    const mod = x?.mods.find((m) => m.kind === "choice" && m.at === after.start);
    if (!x?.item || !mod || units.some((u) => u.replaces === x)) return;
    const item = itemOfChoiceAndKind(menu, [mod]);
    if (!item || item === x.item || menu.item(item)?.category !== menu.item(x.item)?.category) return;
    const y: Unit = { ...x, item, text: after.text, mods: x.mods.filter((m) => m !== mod), parts: [], qtyExplicit: false, replaced: false, dir: true, replaces: x };
    delete y.qty;
    delete y.preset;
    x.replaced = true;
    x.mods = [];
    units.splice(units.indexOf(x) + 1, 0, y);
  });
}
