// A read-back check, from the words and the cart alone: an item the turn made whose names are
// said only inside another made item's name said whole, starting before them ("짜장 즉떡 3인분"
// made the 짜장 즉석떡볶이 and a plain 즉석떡볶이, whose "즉떡 3인분" crossed the 짜장 one's "짜장
// 즉떡": blind round 76, answered alone). The words gave that item no words of its own; whichever
// step split the name, a cart with both is a guess.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { tokenize } from "./normalize.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import { type TurnResult, linesMade } from "./turn-draft.ts";

type Span = { start: number; end: number };

/** The words said run together, and where each word starts and ends in that run. */
function compactWords(text: string): { run: string; starts: Set<number>; ends: Set<number> } {
  let run = "";
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const t of tokenize(text)) {
    if (t.script === "punct") continue;
    starts.add(run.length);
    run += t.norm;
    ends.add(run.length);
  }
  return { run, starts, ends };
}

/** Each item's names as compact keys, built once per menu (read only for items a turn made). */
const keysByMenu = new WeakMap<MenuModel, Map<string, string[]>>();
function nameKeys(menu: MenuModel, item: string): string[] {
  let byItem = keysByMenu.get(menu);
  if (!byItem) keysByMenu.set(menu, (byItem = new Map()));
  let keys = byItem.get(item);
  if (!keys) byItem.set(item, (keys = [...new Set(spokenNames(menu.item(item)).map(keyOf).filter(Boolean))]));
  return keys;
}

/** Where the item's names are said (a Korean name may sit inside a word; others stand as words). */
function saidAt(menu: MenuModel, item: string, w: ReturnType<typeof compactWords>): Span[] {
  const out: Span[] = [];
  for (const name of nameKeys(menu, item)) {
    const hangul = /[가-힣]/.test(name);
    for (let at = w.run.indexOf(name); at >= 0; at = w.run.indexOf(name, at + 1)) {
      if (hangul || (w.starts.has(at) && w.ends.has(at + name.length))) out.push({ start: at, end: at + name.length });
    }
  }
  return out;
}

/** Each entry: an item made whose every name said sits inside another made item's name, said from before it. */
export function madeFromInsideAName(d: TurnResult): string[] {
  const items = [...new Set(linesMade(d).map((l) => l.item))];
  if (items.length < 2) return [];
  const w = compactWords(d.utterance.text);
  const at = new Map(items.map((i) => [i, saidAt(d.menu, i, w)]));
  const out: string[] = [];
  for (const y of items) {
    const ys = at.get(y)!;
    if (!ys.length) continue;
    for (const x of items) {
      if (x === y) continue;
      const xs = at.get(x)!;
      const inside = (o: Span) => xs.some((n) => n.start < o.start && n.end > o.start);
      if (ys.every(inside)) out.push(`${y} said only inside ${x}'s name`);
    }
  }
  return out;
}
