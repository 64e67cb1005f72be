// "붕어빵 3개짜리 두 봉지요", "군고구마 작은 거 두 봉지요", "한 봉지 더요": a counter of the
// language (봉지, 박스, 컵) that the menu also uses as a name of an item (봉지, the carrier
// bag) is the number's counter when said right after 한/두/세: that form only counts
// ("봉지 두 개" orders bags). Read as the item, the count fell away: one pack and a bag. So too
// where the word also names a choice ("캔" a can beer and a set's canned drink): "콜라 두 캔이요"
// is two colas (held-out r120d-005 made one cola and a can beer, answered alone).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./atom-kinds.ts";
import type { Stream } from "./phrase-index.ts";
import { KO_COUNTERS } from "./numbers.ts";
import { rawSlice } from "./atom-neighbours.ts";

const ENDINGS = /(?:씩이요|씩요|씩|만요|만|이요|요|은|는|으로|로)$/;

/** The counter a menu word right after a prenoun number is ("봉지요" → 봉지), where the word only names items. */
export function counterNamedAsItem(s: Stream, next: Atom | undefined, menu: MenuModel | undefined): string | undefined {
  if (!menu || next?.kind !== "menu" || !next.refs.length || !next.refs.some((r) => r.kind === "item") || !next.refs.every((r) => r.kind === "item" || r.kind === "choice") || next.tok0 !== next.tok1) return undefined;
  const raw = rawSlice(s, next.start, next.end).trim();
  const w = KO_COUNTERS.includes(raw) ? raw : raw.replace(ENDINGS, "");
  return KO_COUNTERS.includes(w) ? w : undefined;
}
