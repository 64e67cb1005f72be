// Close matches from the menu for something the menu does not have ("녹차 아이스크림"
// → 녹차라떼; "strawberry latte" → Cafe latte), so a refusal can offer what exists.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { keyOf, lexiconFor } from "./lexicon.ts";
import { tokenize } from "./normalize.ts";
import type { Lang } from "./phrases.ts";

export function suggestFor(menu: MenuModel, text: string, lang: Lang, categories: string[] = [], max = 2): string[] {
  const lex = lexiconFor(menu);
  const said = tokenize(text).filter((t) => t.script === "hangul" || t.script === "latin");
  const saidWords = new Set(said.map((t) => t.norm));
  const saidSyll = new Set(said.filter((t) => t.script === "hangul").flatMap((t) => [...t.norm]));
  // A category named inside the unknown words ("아이스티" has 티) points to its items.
  const compact = said.map((t) => t.norm).join("");
  const named = menu.menu.categories.filter((c) => Object.values(c.name).some((n) => {
    const k = keyOf(n);
    return k.length > 0 && compact.includes(k);
  })).map((c) => c.id);
  const boosted = [...categories, ...named];
  const scored: Array<{ id: string; score: number }> = [];
  for (const item of menu.menu.items) {
    if (item.soldOut) continue;
    let best = 0;
    for (const toks of lex.itemWords(item.id).names) {
      let s = 0;
      for (const t of toks) {
        if (saidWords.has(t.norm)) s += 2;
        else if (t.hangul && saidSyll.size) {
          const distinct = new Set(t.syllables);
          let shared = 0;
          for (const c of distinct) if (saidSyll.has(c)) shared++;
          if (shared >= 2) s += shared / distinct.size;
        }
      }
      best = Math.max(best, s);
    }
    if (boosted.includes(item.category)) best += 0.5;
    if (best > 0) scored.push({ id: item.id, score: best });
  }
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, max).map((s) => menu.itemName(s.id, lang));
}
