// "떡볶이는 빼고 순대만 주세요" where "순대만" (Sundae only, no offal) is a choice of 순대: the same
// words are the item 순대 said with 만 ("only the 순대"), and after the other lines are taken
// out that is what they most often mean. Both readings fit, so it is a guess (accounting.ts
// reads the flag): the model or the buttons decide. Not where that item was the last one named,
// "순대 1인분 순대만요": the choice of the line just said. Korean.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { keyOf, spokenNames } from "./name-forms.ts";

export function itemNameWithOnly(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    if (a.kind !== "menu" || !a.refs.length || !a.refs.every((r) => r.kind === "choice") || !/만(?:요|이요)?$/.test(a.text.trim())) return a;
    const said = keyOf(a.text.trim().replace(/만(?:요|이요)?$/, ""));
    const named = [...menu.items.values()].filter((item) => spokenNames(item).some((n) => keyOf(n) === said)).map((item) => item.id);
    const last = atoms.slice(0, i).reverse().find((x) => x.kind === "menu" && x.refs.some((r) => r.kind === "item"));
    const justSaid = last?.kind === "menu" && last.refs.some((r) => r.kind === "item" && named.includes(r.item));
    return named.length && !justSaid ? ({ ...a, flags: { ...a.flags, guessed: true } } as Atom) : a;
  });
}
