// "two baskets of siu mai", "xiao long bao two baskets": a word of a category's name
// ("Steamed Baskets") said as what the item in it comes in, with "of" before the item or
// right after the item's count, is the count's noun, not another thing ordered. (Round 26
// handed both to the model, the basket read as a category to choose from.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";

const categoriesOf = (a: Atom | undefined): string[] =>
  a?.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "category") ? a.refs.map((r) => (r.kind === "category" ? r.category : "")) : [];

const itemIn = (a: Atom | undefined, cats: readonly string[], menu: MenuModel): boolean =>
  a?.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "item" && cats.includes(menu.item(r.item)?.category ?? ""));

export function categoryWordAsCounter(atoms: Atom[], menu: MenuModel): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const cats = categoriesOf(a);
    const next = atoms[i + 1];
    if (cats.length && atoms[i - 1]?.kind === "num") {
      // "two baskets of siu mai": the noun and its "of" go.
      if (next?.kind === "kw" && /^of$/i.test(next.text.trim()) && itemIn(atoms[i + 2], cats, menu)) {
        i++;
        continue;
      }
      // "xiao long bao two baskets", the clause ending there.
      if (itemIn(atoms[i - 2], cats, menu) && (!next || next.kind === "sep")) continue;
    }
    out.push(a);
  }
  return out;
}
