// "elaichi chai no sugar and one kashmiri chai" where the Kashmiri Pink Chai is called
// "kashmiri" and "chai" is the name of its category (and an alias of the masala chai): the
// category's word said right after an item of that category is the head noun of that item's
// name, said whole as people say it, not a second item (held-out r102e-014 made a masala chai
// beside the kashmiri). Read so: the item, its span over both words.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";

/** The categories of the items `a` names whole (it may name choices too: a set's "kashmiri"), none in part. */
function categoriesOfItems(a: Atom & { kind: "menu" }, menu: MenuModel): Set<string> | undefined {
  const items = a.refs.flatMap((r) => (r.kind === "item" ? [r] : []));
  if (!items.length || a.fuzzy || a.partial || items.some((r) => r.partial) || !a.refs.every((r) => r.kind === "item" || r.kind === "choice")) return undefined;
  return new Set(items.map((r) => menu.item(r.item)?.category ?? ""));
}

export function categoryWordAfterItsItem(atoms: Atom[], menu: MenuModel): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const next = atoms[i + 1];
    const cats = a.kind === "menu" ? categoriesOfItems(a, menu) : undefined;
    const heads = cats?.size === 1 && next?.kind === "menu" && !next.fuzzy && !next.partial && next.refs.some((r) => r.kind === "category" && !r.partial && cats.has(r.category));
    if (a.kind !== "menu" || !heads || next?.kind !== "menu") {
      out.push(a);
      continue;
    }
    out.push({ ...a, end: next.end, tok1: next.tok1, text: `${a.text} ${next.text}` });
    i++;
  }
  return out;
}
