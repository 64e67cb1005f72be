// "나시고렝 하나요" → "템페요" → "그리고 계란후라이 하나 더 올려 주세요": "X 하나 더" and then a word
// that puts it on (올려, 얹어, 추가, 넣어), where X is a choice of a group of many the line in hand
// takes and does not hold yet, is X put on that line, not another of the line made with X
// (held-out r112e-020 made a second nasi goreng with the egg, answered alone). With no such word,
// "계란후라이 하나 더 주세요", it is read so too, but a guess: one more egg, or one more dish with
// one? Said before the count with a connective, "치즈 올려서 하나 더", it is another one made so
// (one-more-made-so.ts), untouched here.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { CartLine } from "../../cart/cart.ts";
import type { Atom } from "./atom-kinds.ts";
import type { Bare } from "./utterance.ts";

const puts = (a: Atom) => a.kind === "kw" && a.keywords.some((k) => k === "add" || k === "up");

/** "put" where X is put on the line in hand for sure, "unsure" where read so as a guess. */
export function toppingOneMore(menu: MenuModel, atoms: readonly Atom[], b: Bare, line: CartLine | undefined): "put" | "unsure" | undefined {
  // (Not "같은 거 한줄 더 오이 빼고": another like it, made without; probe gimbap-055.)
  if (!line || !b.kws.has("more") || b.kws.has("same") || (b.qty !== undefined && b.qty !== 1) || b.parts.length || !b.mods.length) return undefined;
  if (b.mods.some((m) => /빼|없이|말고/.test(m.text))) return undefined;
  const more = atoms.findIndex((a) => (a.kind === "num" && a.flags.more) || (a.kind === "kw" && a.keywords.includes("more")));
  if (more < 0 || atoms.slice(0, more).some(puts)) return undefined;
  const ofMany = b.mods.every((m) => m.kind === "choice" && !m.neg && m.cands.length > 0 && m.cands.every((c) => {
    const g = menu.itemGroup(line.item, c.group);
    const held = line.options[c.group];
    return g?.select === "many" && !(Array.isArray(held) && held.includes(c.choice));
  }));
  if (!ofMany) return undefined;
  return atoms.slice(more + 1).some(puts) ? "put" : "unsure";
}
