// A counter that counts one kind of dish names that dish with the word before it: "치즈 한줄"
// is a cheese gimbap (줄 counts gimbap rolls) where "치즈" alone is also a topping ("라면 하나
// 치즈 한줄": not cheese on the ramen). The menu's own names decide which item: the one whose
// name is the word and the noun the counter counts.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";

/** Counters that count one kind of dish, and that dish's noun as menus name it. */
const COUNTED_NOUNS: Readonly<Record<string, readonly string[]>> = { 줄: ["김밥"], 판: ["피자"] };

export function itemNamedByItsCounter(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    const n = atoms[i + 1];
    if (a.kind !== "menu" || a.refs.some((r) => r.kind === "item") || n?.kind !== "num" || !n.unit) return a;
    const nouns = COUNTED_NOUNS[n.unit.replace(/\s/g, "")];
    if (!nouns) return a;
    const word = a.text.replace(/\s/g, "");
    const hits = [...menu.items.values()].filter((item) => {
      const names = [item.name.ko, ...(item.aliases?.ko ?? []).map((x) => (typeof x === "string" ? x : undefined))];
      return names.some((name) => !!name && nouns.some((noun) => name.replace(/\s/g, "") === word + noun));
    });
    if (hits.length !== 1 || hits[0]!.soldOut) return a;
    return { ...a, refs: [{ kind: "item", item: hits[0]!.id, partial: false }] };
  });
}
