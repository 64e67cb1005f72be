// "김밥 두 줄 주세요 하나는 참치로": "one of them as 참치김밥" — an item said with 로 right after
// "하나는" that opened a part of the line before, where the two are of one kind (the menu
// puts them in one category: 김밥 and 참치김밥), is that part made the other item, not
// one more thing: one 김밥 and one 참치김밥.
import type { MenuModel } from "../../../../shared/menu/model.ts";
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
