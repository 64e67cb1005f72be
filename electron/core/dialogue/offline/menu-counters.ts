// "동동주 두 주전자요", "두 되요", "밤막걸리 두 병으로요": a menu may name a serving choice by a
// counter ("한 주전자", "한 되", "한 병"). Such a word is then a counter on that menu even
// where the language's own list does not hold it: after a number it counts the item, and it
// says the choice too (counter-choices.ts). Read from the menu's own names only.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { KO_COUNTERS } from "./numbers.ts";

/**
 * "한 X" (or "하나 X"): X counts. (Glued to 한 it may be a word of its own: 한우, 한방; after a
 * digit it is as likely a name by number, "1호", "1단계", "1인": "2호" is another choice.)
 */
const ONE_THEN_WORD = /^(?:한|하나)\s+([\uac00-\ud7a3]{1,3})$/;
/** What may follow a counter in the same word: "병으로", "주전자요", "되요", "병이요". */
const ENDINGS = /(?:으로요|로요|으로|로|이요|요|이에요|예요)$/;

const cache = new WeakMap<MenuModel, ReadonlySet<string>>();

/** The counters this menu's choices are named by ("한 주전자" → 주전자), beside the language's own. */
export function menuCounters(menu: MenuModel | undefined): ReadonlySet<string> {
  if (!menu) return new Set();
  const hit = cache.get(menu);
  if (hit) return hit;
  const out = new Set<string>();
  for (const g of menu.groups.values())
    for (const c of g.choices ?? [])
      for (const n of [c.name.ko, ...(c.aliases?.ko ?? [])]) {
        const m = n ? ONE_THEN_WORD.exec(n.trim()) : null;
        if (m) out.add(m[1]!.replace(ENDINGS, "") || m[1]!);
      }
  cache.set(menu, out);
  return out;
}

/** Whether `word` is a counter: the language's, or one the menu names a choice by. */
export function isCounter(word: string, menu: MenuModel | undefined): boolean {
  return KO_COUNTERS.includes(word) || menuCounters(menu).has(word);
}

/** The counter `word` is, said with an ending after it ("병으로" → 병, "되요" → 되), or undefined. */
export function counterWithEnding(word: string, menu: MenuModel | undefined): string | undefined {
  const w = word.trim();
  if (isCounter(w, menu)) return w;
  const bare = w.replace(ENDINGS, "");
  return bare !== w && bare && isCounter(bare, menu) ? bare : undefined;
}
