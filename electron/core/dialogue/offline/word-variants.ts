// The forms a choice's words are said in beside the menu's spelling: the board's
// measurement left off ('Large 14"' → "large"), English participles, short forms and amount
// idioms ("warmed up" → "warm up", "medium" → "med", "easy on the sauce"), and Korean
// adjective and ending forms (따뜻한/따뜻하게, 썰어서/썰어). Language, never listed per store;
// the lexicon hears every form (lexicon.ts).

/** The forms a choice may be said in, Korean or English. */
export function wordVariants(text: string): string[] {
  const bare = withoutMeasure(text);
  const forms = bare && bare !== text.trim() ? [text, bare] : [text];
  return [...new Set(forms.flatMap((f) => [...koreanVariants(f), ...englishVariants(f)]))];
}

/**
 * A name with the measurement the board prints after it left off: 'Large 14"' is asked
 * for as "large", "Small cup (16 oz)" as "small cup", "라지 (591ml)" as "라지".
 */
export function withoutMeasure(text: string): string {
  const t = text
    .replace(/\s*[([][^)\]]*[)\]]\s*$/, "")
    .replace(/\s+\d+(?:[.,]\d+)?\s*(?:"|''|”|inch(?:es)?|in|oz|ml|l|cm|cc|pcs?|pieces?|g|kg|온스|인치|조각|개)?\.?$/i, "")
    .trim();
  // ("the 4" of a box of four is not "the": an article alone names nothing.)
  return t === text.trim() || !/[a-z\uac00-\ud7a3]/i.test(t) || ARTICLES.has(t.toLowerCase()) ? text.trim() : t;
}

const ARTICLES = new Set(["the", "a", "an", "my", "our"]);

/** Words as people shorten them when typing or texting an order ("five med diet sprites", "xtra cheese"). */
const EN_SHORT: Record<string, string> = { medium: "med", large: "lg", small: "sm", regular: "reg", extra: "xtra" };

/** Generic English: the words for what makes a drink sweet, said for the menu's "sweet(ened)". */
const SWEETENED_BY: Record<string, string[]> = { sweet: ["sugar", "sweetener"], sweetened: ["sugar", "sweetener"] };

/** "warmed up" is also asked for as "warm up", "toasted" as "toast"; "medium" as "med". */
export function englishVariants(text: string): string[] {
  const t = text.trim();
  if (!/^[a-z\s-]+$/i.test(t)) return [t];
  const words = t.split(/\s+/);
  const base = words.map((w) => (w.length >= 6 && /ed$/i.test(w) && !/eed$/i.test(w) ? w.slice(0, -2) : w));
  const out = base.join(" ") === t ? [t] : [t, base.join(" ")];
  // Every word shortened, or one alone ("xtra large" as well as "xtra lg" for "Extra Large").
  const short = words.map((w) => EN_SHORT[w.toLowerCase()] ?? w).join(" ");
  if (short !== t) out.push(short);
  words.forEach((w, i) => {
    const s = EN_SHORT[w.toLowerCase()];
    if (s) out.push(words.map((x, k) => (k === i ? s : x)).join(" "));
  });
  out.push(...amountIdioms(words));
  // "Sweetened" is asked for, or refused, by what sweetens it: "no sugar", "no sweetener".
  words.forEach((w, i) => {
    for (const s of SWEETENED_BY[w.toLowerCase()] ?? []) out.push(words.map((x, k) => (k === i ? s : x)).join(" "));
  });
  // "Extra large" is written "XL", "x-large".
  const xSize = /^extra\s+(large|small)$/i.exec(withoutMeasure(t));
  if (xSize) out.push(`x ${xSize[1]!.toLowerCase()}`, xSize[1]!.toLowerCase() === "large" ? "xl" : "xs");
  return out;
}

/** "Light sauce" is also asked for as "easy on the sauce", "Extra cheese" as "heavy on the cheese". */
function amountIdioms(words: string[]): string[] {
  const [first, ...rest] = words.map((w) => w.toLowerCase());
  if (!first || !rest.length) return [];
  const thing = rest.join(" ");
  const ways = /^(?:light|easy|less)$/.test(first) ? ["easy", "light", "go easy", "go light"] : /^(?:extra|heavy|more)$/.test(first) ? ["heavy", "go heavy"] : [];
  return ways.flatMap((w) => [`${w} on the ${thing}`, `${w} on ${thing}`]);
}

// Korean adjectives come as 따뜻한 (before a noun) and 따뜻하게 (after it, "as ..."):
// a menu that writes one form should hear the other too. 차가운/차갑게, 매운/맵게 drop
// or restore the ㅂ that the 운 form hides.
export function koreanVariants(text: string): string[] {
  const t = text.trim();
  // "매운맛"/"안 매운 맛" (a taste) is also said as "맵게"/"안 맵게" (made that way).
  if (/[운한은]\s?맛$/.test(t) && t.length >= 3) {
    const adj = t.replace(/\s?맛$/, "");
    return [t, ...koreanVariants(adj).filter((v) => v !== adj)];
  }
  const out = [t];
  // "1인", "2인" (a size for so many people) is also said "1인분": the portion counter.
  if (/^\d+\s?인$/.test(t)) out.push(`${t}분`);
  // "썰어서"/"섞어서" (done so, then given) is also said as "썰어 주세요": the 서 left off.
  const stem = t.slice(-2, -1).charCodeAt(0) - 0xac00;
  if (t.endsWith("서") && t.length >= 3 && stem >= 0 && stem <= 11171 && stem % 28 === 0 && [0, 1, 4, 5, 6, 9, 14].includes(Math.floor(stem / 28) % 21)) out.push(t.slice(0, -1));
  if (t.endsWith("하게")) out.push(t.slice(0, -2) + "한");
  else if (t.endsWith("한") && t.length >= 2) out.push(t.slice(0, -1) + "하게");
  else if (t.endsWith("운") && t.length >= 2) {
    const prev = t.slice(-2, -1);
    const c = prev.charCodeAt(0) - 0xac00;
    if (c >= 0 && c <= 11171 && c % 28 === 0) out.push(t.slice(0, -2) + String.fromCharCode(prev.charCodeAt(0) + 17) + "게");
  } else if (t.endsWith("게") && t.length >= 2) {
    const prev = t.slice(-2, -1);
    const c = prev.charCodeAt(0) - 0xac00;
    if (c >= 0 && c <= 11171 && c % 28 === 17) out.push(t.slice(0, -2) + String.fromCharCode(prev.charCodeAt(0) - 17) + "운");
  }
  return out;
}
