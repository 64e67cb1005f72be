// "a dozen beef patties, half mild half spicy", "쌈사 열두 개요 반은 양고기 반은 호박으로": a
// count said of an item, then split with "half" before each of two of its choices, is half
// that count each, as "six mild six spicy" says it. The number is the count's own: the
// half words become that number (so the reading of "six mild six spicy" does the rest).
// Only an even count said right beside the item, and only two halves each before a choice;
// anything else stays as it was ("half" not understood: the turn is not answered alone).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./atoms.ts";
import { HALF_WORDS } from "./language.ts";

const isHalf = (a: Atom | undefined) => a?.kind === "unknown" && HALF_WORDS.includes(a.text.trim().toLowerCase());
const isChoice = (a: Atom | undefined) => a?.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice" || r.kind === "group") && a.refs.some((r) => r.kind === "choice");
const isItem = (a: Atom | undefined) => a?.kind === "menu" && a.refs.length > 0 && a.refs.some((r) => r.kind === "item");
const isJoin = (a: Atom | undefined) => a?.kind === "sep" && (a.why === "conj" || (a.why === "punct" && a.mark === ","));

/** The even count said right before or after the item just before `i` (over a comma), else undefined. */
function countBefore(atoms: Atom[], i: number): number | undefined {
  let j = i - 1;
  if (isJoin(atoms[j])) j--;
  const [a, b] = [atoms[j - 1], atoms[j]];
  const num = isItem(b) && a?.kind === "num" ? a : isItem(a) && b?.kind === "num" ? b : undefined;
  if (!num || num.kind !== "num" || num.times || num.value < 2 || num.value % 2 !== 0) return undefined;
  return num.value;
}

export function halvesOfTheCount(atoms: Atom[], _menu: MenuModel): Atom[] {
  for (let i = 0; i < atoms.length; i++) {
    if (!isHalf(atoms[i]) || !isChoice(atoms[i + 1])) continue;
    const second = isJoin(atoms[i + 2]) ? i + 3 : i + 2;
    if (!isHalf(atoms[second]) || !isChoice(atoms[second + 1])) continue;
    const n = countBefore(atoms, i);
    if (n === undefined) continue;
    const out = [...atoms];
    for (const k of [i, second]) {
      const h = atoms[k]!;
      out[k] = { start: h.start, end: h.end, tok0: h.tok0, tok1: h.tok1, text: h.text, kind: "num", value: n / 2, times: false, counted: false, article: false, flags: h.kind === "unknown" ? { ...h.flags } : {} };
    }
    return out;
  }
  return atoms;
}
