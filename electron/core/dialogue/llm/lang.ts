// Which of the store's languages the customer is speaking, from the script of the
// words (the LLM answers in it; the engine phrases its read-backs in it). Short
// script-less input ("2", "ok") keeps the conversation's language.

const SCRIPT_LANGS: { test: RegExp; lang: string }[] = [
  { test: /[\uac00-\ud7a3\u3131-\u318e]/g, lang: "ko" },
  { test: /[\u3040-\u30ff]/g, lang: "ja" },
  { test: /[\u4e00-\u9fff]/g, lang: "zh" },
  { test: /[\u0e00-\u0e7f]/g, lang: "th" },
  { test: /[\u0400-\u04ff]/g, lang: "ru" },
];

/** Latin-script languages a store may list; the first one the store has wins for Latin text. */
const LATIN_LANGS = ["en", "es", "fr", "de", "it", "pt", "vi", "id", "tr", "nl"];

export function detectLang(text: string, languages: readonly string[], fallback: string): string {
  let best: { lang: string; n: number } | undefined;
  for (const s of SCRIPT_LANGS) {
    if (!languages.includes(s.lang)) continue;
    const n = text.match(s.test)?.length ?? 0;
    if (n > 0 && (!best || n > best.n)) best = { lang: s.lang, n };
  }
  if (best) return best.lang;
  const latin = text.match(/[a-z]/gi)?.length ?? 0;
  if (latin >= 3) {
    if (languages.includes(fallback) && LATIN_LANGS.includes(fallback)) return fallback;
    const l = LATIN_LANGS.find((x) => languages.includes(x));
    if (l) return l;
  }
  return languages.includes(fallback) ? fallback : (languages[0] ?? fallback);
}
