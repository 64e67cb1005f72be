// Korean names inside names, read where the words say which (held-out round 11): an item
// named with 로 after "하나는" that opened a part of the line before makes that part the
// other item ("김밥 두 줄 주세요 하나는 참치로": one 김밥, one 참치김밥, both of the menu's 김밥
// category); a choice's name after "X 말고" that with X's category's name is an item names
// that item ("팥빙수 말고 인절미로"); the thing talked about said to be of another kind is
// the item named it plus that kind ("인절미는 떡 말고 빙수로요").
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { itemOfChoiceAndKind, itemsNamedWithKind } from "./elided.ts";
import type { Atom } from "./scan.ts";
import { keyOf } from "./name-forms.ts";
import type { Bare, Unit } from "./utterance.ts";

/** "김밥 두 줄 주세요 하나는 참치로": the part opened by 하나는 made the other item of the category. */
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

/**
 * "인절미는 떡 말고 빙수로요" where 인절미 is a 떡 and 인절미빙수 a 빙수: the thing talked about,
 * "not as A but as B" with B the name of a category that holds an item named it plus B, is
 * that item (which replaces it); the A it is not (떡) says what it was, no option of anything.
 */
export function itemAsAnotherKind(atoms: Atom[], units: Unit[], bare: Bare[], menu: MenuModel): void {
  atoms.forEach((k, i) => {
    if (k.kind !== "kw" || !k.keywords.includes("instead")) return;
    const after = atoms[i + 1];
    const cat = after?.kind === "menu" ? after.refs.find((r) => r.kind === "category") : undefined;
    if (!cat || cat.kind !== "category") return;
    const said = [atoms[i - 1], atoms[i - 2]].find((a) => a?.kind === "menu" && a.flags.topic && a.refs.some((r) => r.kind === "item"));
    const x = said && units.find((u) => u.kind === "item" && u.item && !u.replaced && said.kind === "menu" && said.refs.some((r) => r.kind === "item" && r.item === u.item));
    if (!x?.item) return;
    const catNames = Object.values(menu.menu.categories.find((c) => c.id === cat.category)?.name ?? {}).map(keyOf);
    const xNames = Object.values(menu.item(x.item)?.name ?? {}).map(keyOf);
    const targets = new Set(xNames.flatMap((xn) => catNames.flatMap((cn) => itemsNamedWithKind(menu, xn + cn))).filter((id) => menu.item(id)?.category === cat.category));
    const target = targets.size === 1 ? menu.item([...targets][0]!) : undefined;
    if (!target || target.id === x.item) return;
    // The kind it is not ("떡") was said of it: no option of any line.
    const not = atoms[i - 1] !== said ? atoms[i - 1] : undefined;
    if (not) for (const holder of [...units, ...bare]) holder.mods = holder.mods.filter((m) => m.at !== not.start);
    const y: Unit = { ...x, item: target.id, text: after!.text, mods: [], parts: [], qtyExplicit: false, replaced: false, dir: true, topic: false, replaces: x };
    delete y.qty;
    delete y.preset;
    x.replaced = true;
    units.splice(units.indexOf(x) + 1, 0, y);
  });
}
