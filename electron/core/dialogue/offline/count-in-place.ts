// "make it marinara instead" on a pretzel ordered with cheese dip, "make it blue cheese
// instead" on wings with ranch, "마리나라로 바꿔 주세요": where each dip is a counted option of
// its own, the one said takes the place of the one the line has — not one more beside it.
// Read from the line and the menu: the other counted option the line holds (more than it
// comes with) is the one replaced. With "instead" any such one; with only a word of change
// ("make it", 바꿔) one alike (the same price and most), as an extra patty is not a dip.
// With two or more the line could mean either: the new one is added, a guess.
import type { CartLine } from "../../cart/cart.ts";
import type { Keyword } from "./language.ts";
import type { Outcome } from "./outcomes.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Mod } from "./utterance.ts";

export function countInPlaceOfAnother(d: TurnDraft, l: CartLine, said: { mods: Mod[]; doubts: Outcome[] }, kws: ReadonlySet<Keyword>): { mods: Mod[]; doubts: Outcome[] } {
  const instead = kws.has("instead");
  if (!(instead || kws.has("change")) || kws.has("add") || kws.has("more") || kws.has("both") || kws.has("all")) return said;
  const counts = said.mods.filter((m): m is Extract<Mod, { kind: "count" }> => m.kind === "count");
  const added = counts.filter((m) => m.op !== "clear");
  // (One counted option said, made up of nothing else: "marinara", not "marinara and large".)
  if (added.length !== 1 || said.mods.length !== 1) return said;
  const m = added[0]!;
  const g = d.menu.itemGroup(l.item, m.group);
  const base = (x: { default?: unknown; min?: number }) => (typeof x.default === "number" ? x.default : x.min ?? 0);
  if (g?.select !== "count" || l.options[m.group] !== base(g)) return said;
  const held = d.menu.itemGroups(l.item).filter((o) => {
    if (o.id === m.group || o.select !== "count") return false;
    const now = l.options[o.id];
    if (typeof now !== "number" || now <= base(o)) return false;
    return instead || (o.group.unitPrice === g.group.unitPrice && o.max === g.max);
  });
  if (held.length > 1) return { mods: said.mods, doubts: [...said.doubts, { kind: "which-unsettled", text: m.text }] };
  const old = held[0];
  if (!old) return said;
  const n = m.numbered ? m.n : (l.options[old.id] as number) - base(old);
  return {
    mods: [
      { kind: "count", group: old.id, n: base(old), op: "set", text: m.text },
      { ...m, n: base(g) + n, op: "set" },
    ],
    doubts: said.doubts,
  };
}
