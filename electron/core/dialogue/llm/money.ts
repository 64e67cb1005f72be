// Amounts of money in a model's text: every amount it wrote (digits, "₩4,500",
// "4500원", "사천오백 원", "four thousand won", "$4.50"), so the engine can check it
// against the cart. How the kiosk itself says amounts is in shared/wording.ts.
import { minorDigits } from "../../../../shared/wording.ts";

export interface MoneyMention {
  text: string;
  /** The amounts (minor units) the mention may mean; it is right when any of them is right. */
  candidates: number[];
}

const KO_DIGITS: Record<string, number> = { 일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 칠: 7, 팔: 8, 구: 9 };
const KO_UNITS: Record<string, number> = { 십: 10, 백: 100, 천: 1000 };

/** "사천오백" → 4500, "1만 2천" → 12000, "4,500" → 4500; NaN when it is not a number. */
export function parseKoreanNumber(s: string): number {
  const t = s.replace(/[\s,]/g, "");
  if (!t) return NaN;
  let total = 0;
  let section = 0;
  let num = 0;
  let sawDigit = false;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (/[0-9]/.test(ch)) {
      let j = i;
      while (j < t.length && /[0-9.]/.test(t[j]!)) j++;
      num = Number(t.slice(i, j));
      sawDigit = true;
      i = j - 1;
    } else if (ch in KO_DIGITS) {
      num = KO_DIGITS[ch]!;
      sawDigit = true;
    } else if (ch in KO_UNITS) {
      section += (sawDigit ? num : 1) * KO_UNITS[ch]!;
      num = 0;
      sawDigit = false;
    } else if (ch === "만") {
      total += (section + num || 1) * 10000;
      section = 0;
      num = 0;
      sawDigit = false;
    } else return NaN;
  }
  return total + section + num;
}

const EN_SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** "four thousand five hundred" → 4500; NaN when it is not a number. */
export function parseEnglishNumber(s: string): number {
  const words = s.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== "and" && w !== "a");
  if (words.length === 0) return NaN;
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w in EN_SMALL) current += EN_SMALL[w]!;
    else if (w === "hundred") current = (current || 1) * 100;
    else if (w === "thousand") {
      total += (current || 1) * 1000;
      current = 0;
    } else if (w === "million") {
      total += (current || 1) * 1_000_000;
      current = 0;
    } else if (/^\d+$/.test(w)) current += Number(w);
    else return NaN;
  }
  return total + current;
}

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const EN_WORD = String.raw`(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)`;
/** Words after a bare number that make it a count or a measure, not money. */
const NOT_MONEY_AFTER = /^\s?(?:개|잔|판|명|번|분|초|시|인분|세트|%|퍼센트|ml|l\b|g\b|kg|cm|kcal|cal|칼로리|층|items?|cups?|pieces?|people|minutes?|seconds?|percent|calories)/i;

/** Every amount of money written in `text`, as the currency's minor units. */
export function findMoneyMentions(text: string, currency: string): MoneyMention[] {
  const scale = 10 ** minorDigits(currency);
  const out: MoneyMention[] = [];
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);
  const add = (m: RegExpExecArray, candidates: number[]) => {
    const a = m.index;
    const b = a + m[0].length;
    if (overlaps(a, b)) return;
    taken.push([a, b]);
    out.push({ text: m[0], candidates: candidates.filter((c) => Number.isFinite(c)).map((c) => Math.round(c)) });
  };
  const num = (s: string) => Number(s.replace(/,/g, ""));
  const code = currency.toLowerCase();
  const majorUnit = String.raw`원|won|krw|dollars?|bucks|usd|euros?|eur|yen|jpy|엔|달러|유로|${code}`;
  let m: RegExpExecArray | null;

  // "₩4,500", "$4.50", "USD 4.50"
  for (const re = new RegExp(String.raw`(?:[$₩€£¥]|\b(?:krw|usd|eur|jpy|${code})\b)\s?(${NUM})`, "giu"); (m = re.exec(text)); ) add(m, [num(m[1]!) * scale]);
  // "4,500원", "4500 won", "4.50 dollars"
  for (const re = new RegExp(String.raw`(${NUM})\s?(?:${majorUnit})(?![a-z])`, "giu"); (m = re.exec(text)); ) add(m, [num(m[1]!) * scale]);
  for (const re = new RegExp(String.raw`(${NUM})\s?(?:cents?|센트)`, "giu"); (m = re.exec(text)); ) add(m, [num(m[1]!)]);
  // "사천오백 원", "4천5백원", "만 이천원" — a Korean number needs a unit word (십/백/천/만) or a digit
  for (const re = /((?:[0-9]|[일이삼사오육칠팔구십백천만])(?:[0-9,\s]|[일이삼사오육칠팔구십백천만])*?)\s?원/gu; (m = re.exec(text)); ) {
    if (!/[0-9십백천만]/.test(m[1]!)) continue;
    add(m, [parseKoreanNumber(m[1]!) * scale]);
  }
  // "four thousand five hundred won", "four dollars fifty"
  for (const re = new RegExp(String.raw`\b((?:${EN_WORD}|and|a)(?:[\s-]+(?:${EN_WORD}|and))*)\s+(won|dollars?|bucks|cents?|euros?|yen)\b`, "giu"); (m = re.exec(text)); ) {
    const v = parseEnglishNumber(m[1]!);
    if (Number.isNaN(v)) continue;
    add(m, [/^cents?$/i.test(m[2]!) ? v : v * scale]);
  }
  // "it's free", "무료예요": a claim that something costs nothing.
  for (const re = /\b(?:for free|free of charge|no charge|on the house|(?:is|are|be|it's|its|that's|thats|all)\s+(?:now\s+|totally\s+|completely\s+)?free)\b|무료|공짜|서비스로/giu; (m = re.exec(text)); ) add(m, [0]);
  // A bare number of 100 or more that is not a count: probably a price ("4500이에요").
  for (const re = new RegExp(NUM, "g"); (m = re.exec(text)); ) {
    const v = num(m[0]);
    const after = text.slice(m.index + m[0].length);
    if (!(v >= 100) || NOT_MONEY_AFTER.test(after)) continue;
    add(m, m[0].includes(".") ? [v * scale] : [v * scale, v]);
  }
  return out;
}
