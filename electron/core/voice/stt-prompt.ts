// The words speech-to-text should spell the menu's way: item names (every language
// of the menu) first, then option choices, cut to what a transcription prompt can
// usefully hold. Built from the menu file alone; nothing store-specific here.
import type { MenuModel } from "../../../shared/menu/model.ts";

/** Whisper reads at most ~224 prompt tokens; Korean takes about one token per syllable. */
export const MAX_PROMPT_CHARS = 400;

const cache = new WeakMap<MenuModel, string>();

export function sttPrompt(menu: MenuModel, maxChars = MAX_PROMPT_CHARS): string {
  const cached = cache.get(menu);
  if (cached !== undefined && maxChars === MAX_PROMPT_CHARS) return cached;
  const words: string[] = [];
  const seen = new Set<string>();
  const add = (w: string | undefined) => {
    const t = w?.trim();
    if (t && !seen.has(t)) {
      seen.add(t);
      words.push(t);
    }
  };
  for (const lang of menu.languages) for (const item of menu.menu.items) add(item.name[lang]);
  for (const lang of menu.languages) for (const g of menu.menu.optionGroups) for (const c of g.choices ?? []) add(c.name[lang]);
  let out = "";
  for (const w of words) {
    const next = out ? `${out}, ${w}` : w;
    if (next.length > maxChars) break;
    out = next;
  }
  if (maxChars === MAX_PROMPT_CHARS) cache.set(menu, out);
  return out;
}
