// "초코칩 쿠키 두 개" then "쿠키 하나는 피스타치오 쿠키로 바꿔 주세요": the word 쿠키 names
// both cookies (a kind, not one item), and a line of one of them is in hand. Said with a word of
// changing before an item, the kind's words are what is replaced, as "모카를 라떼로 바꿔" replaces
// the mocha (clause.ts): with its count, that many of the line (line-changes.ts replaceOfKind).
// Read apart, the kind's count set the line to one and the item after it then took the place of
// that one too: both cookies went (blind round 77, answered alone).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Keyword } from "./language.ts";
import type { ParseContext, Unit } from "./utterance.ts";

/** The items a kind's word names: an ambiguous name's candidates, or a category's items. */
function itemsOfTheKind(menu: MenuModel, x: Unit): string[] {
  if (x.kind === "ambiguous") return x.candidates ?? [];
  if (x.kind === "category") return menu.menu.items.filter((i) => i.category === x.category).map((i) => i.id);
  return [];
}

/** Marks the kind as replaced by the item said after it, where a line in hand is of that kind. */
export function kindChangedIntoItem(units: Unit[], kws: ReadonlySet<Keyword>, ctx: ParseContext): void {
  if (!kws.has("change") || units.length !== 2) return;
  const [x, y] = units as [Unit, Unit];
  if ((x.kind !== "ambiguous" && x.kind !== "category") || y.kind !== "item" || !y.item || x.remove || y.remove || x.replaced || y.replaces) return;
  const kind = new Set(itemsOfTheKind(ctx.menu, x));
  if (!kind.has(y.item) && x.kind === "ambiguous") return;
  if (!ctx.focus?.some((l) => kind.has(l.item) && l.item !== y.item)) return;
  x.replaced = true;
  y.replaces = x;
}
