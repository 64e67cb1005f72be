// "양꼬치 20개 주세요", "양꼬치 열 개요", "물만두 스무 개요" where the menu says what a serving
// holds ("1인분 10개.", "10개."): the pieces are counted, so 20 is two servings, not twenty;
// "열 개 더 추가요" said of the line in hand is one more serving. Read from the item's own
// description only when it says nothing but that ("1인분 10개", "한 판 6개", "만두 4알"), and
// only with a counter of pieces (개, 피스, 알, 조각), never 인분. A number of pieces that is no
// whole number of servings ("양꼬치 15개") is left as said but unplaced (a guess). Where a
// serving holds few pieces ("1접시 2피스", "새우튀김 2개") a number is servings: "연어초밥 두 개"
// is two plates.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

const PIECE_COUNTERS = new Set(["개", "피스", "알", "조각"]);
const ONLY_PIECES = /^\s*(?:1\s*인분|1\s*접시|한\s*접시|1\s*판|한\s*판)?\s*\(?\s*(\d+)\s*(개|피스|알|조각)\s*\)?\s*\.?\s*$/;
/** Below this many pieces to a serving, a number said is servings ("연어초밥 두 개": two plates). */
const SURE_FROM = 5;

/** How many pieces one serving of the item holds, where its Korean description says only that. */
function piecesPerServing(menu: MenuModel, item: string): number | undefined {
  const d = menu.item(item)?.description?.ko;
  const m = typeof d === "string" ? ONLY_PIECES.exec(d) : null;
  const n = m ? Number(m[1]) : 0;
  return n >= 2 ? n : undefined;
}

const itemOf = (a: Atom | undefined): string | undefined => {
  if (a?.kind !== "menu") return undefined;
  const items = a.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : []));
  return items.length === 1 && a.refs.length === 1 ? items[0] : undefined;
};

export function piecesOfAServing(atoms: Atom[], ctx: ParseContext, unplaced: Atom[]): Atom[] {
  const noItem = !atoms.some((a) => a.kind === "menu");
  const inHand = ctx.focus?.length ? ctx.focus[ctx.focus.length - 1]!.item : undefined;
  return atoms.map((a, i) => {
    if (a.kind !== "num" || a.article || a.times || !a.counted || !a.unit || !PIECE_COUNTERS.has(a.unit)) return a;
    // The item it counts: said right before or right after it, or the line in hand.
    const item = itemOf(atoms[i - 1]) ?? itemOf(atoms[i + 1]) ?? (noItem ? inHand : undefined);
    const per = item ? piecesPerServing(ctx.menu, item) : undefined;
    if (!per || per < SURE_FROM || a.value < per) return a;
    if (a.value % per !== 0) {
      unplaced.push(a);
      return a;
    }
    return { ...a, value: a.value / per };
  });
}
