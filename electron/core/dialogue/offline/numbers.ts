// Number words and counters (generic language knowledge, not menu knowledge).
// Korean has two forms of native numbers: before a counter (한 잔, 두 개, 세 판) and
// on their own (하나, 둘, 셋). The prenoun forms count only next to a counter, so
// "따뜻한" is not "one" and "네" on its own stays "yes".

export interface NumberWord {
  text: string;
  n: number;
  /** Only a number when a counter follows (한, 두, 세, 네, 스무). */
  prenoun?: boolean;
}

const KO_FREE = ["하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉", "열"];
const KO_SINO = ["일", "이", "삼", "사", "오", "육", "칠", "팔", "구", "십"];
const KO_PRENOUN = ["한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열"];

export function koreanNumberWords(): NumberWord[] {
  const out: NumberWord[] = [];
  for (let i = 0; i < 10; i++) {
    out.push({ text: KO_FREE[i]!, n: i + 1 });
    if (KO_PRENOUN[i] !== KO_FREE[i]) out.push({ text: KO_PRENOUN[i]!, n: i + 1, prenoun: true });
  }
  for (let i = 0; i < 9; i++) {
    out.push({ text: `열${KO_FREE[i]}`, n: 11 + i });
    out.push({ text: `열${KO_PRENOUN[i]}`, n: 11 + i, prenoun: KO_PRENOUN[i] !== KO_FREE[i] });
  }
  out.push({ text: "스물", n: 20 }, { text: "스무", n: 20, prenoun: true });
  // Portions are counted in Sino-Korean numbers too ("일인분", "이 인분"); only with 인분,
  // as 이/사 alone are other words.
  KO_SINO.forEach((w, i) => out.push({ text: `${w}인분`, n: i + 1 }, { text: `${w} 인분`, n: i + 1 }));
  // Plates too ("광어 오 접시", "삼 접시"), but not 일/이 ("이 접시" is "this plate").
  KO_SINO.forEach((w, i) => { if (i >= 2) out.push({ text: `${w}접시`, n: i + 1 }, { text: `${w} 접시`, n: i + 1 }); });
  return out;
}

const EN_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

export function englishNumberWords(): NumberWord[] {
  const out: NumberWord[] = EN_UNITS.map((text, i) => ({ text, n: i + 1 }));
  out.push(
    { text: "a", n: 1 },
    { text: "an", n: 1 },
    { text: "single", n: 1 },
    { text: "a single", n: 1 },
    { text: "a couple of", n: 2 },
    { text: "a couple", n: 2 },
    { text: "couple of", n: 2 },
    { text: "pair of", n: 2 },
    { text: "a pair of", n: 2 },
    { text: "a dozen", n: 12 },
    { text: "dozen", n: 12 },
    { text: "half a dozen", n: 6 },
    { text: "half dozen", n: 6 },
  );
  return out;
}

/** Counters: words that follow (ko) or come with (en) a number and name no item. */
export const KO_COUNTERS = ["잔", "개", "판", "컵", "병", "캔", "마리", "조각", "인분", "그릇", "접시", "봉지", "봉", "팩", "박스", "통", "장", "줄", "알", "스쿱", "피스", "송이", "가지", "종류"];
/** Counters of people ("네 명", "4인"): a menu may name its servings by them. */
export const KO_PEOPLE_COUNTERS = ["명", "인", "사람"];
/** Counters that count only dishes, never a topping put on one ("치즈 한 줄" is a cheese gimbap, "치즈 두 장" two slices). */
export const KO_DISH_COUNTERS = ["잔", "판", "병", "캔", "마리", "인분", "그릇", "접시", "줄"];
/** Counters that count repetitions of an option ("샷 두 번", "치즈 추가 한 번"). */
export const KO_TIMES = ["번", "회", "배"];
export const EN_COUNTERS = ["order of", "orders of", "cup of", "cups of", "glass of", "glasses of", "slice of", "slices of", "piece of", "pieces of", "bottle of", "bottles of", "can of", "cans of", "box of", "boxes of", "serving of", "servings of", "portion of", "pack of", "packs of", "bowl of", "bowls of", "plate of", "plates of", "bag of", "bags of", "basket of", "baskets of"];
export const EN_TIMES = ["times", "time", "x"];

/** A digit token as a whole number, or undefined (1.25 is a size, not a quantity). */
export function parseDigits(s: string): number | undefined {
  if (!/^\d{1,3}$/.test(s)) return undefined;
  return Number(s);
}

/**
 * "한 마리는", "1마리는", "두 개는": a number with its counter and 는, as a menu may also
 * name a choice ("한 마리" the portion). Its number, or undefined for anything else.
 */
export function countedTopic(text: string): number | undefined {
  const m = /^(\S+?)\s*(\S+?)(?:은|는)$/.exec(text.trim());
  if (!m || !KO_COUNTERS.includes(m[2]!)) return undefined;
  return parseDigits(m[1]!) ?? koreanNumberWords().find((w) => w.text === m[1])?.n;
}

/** A word's Korean endings a count is said with ("하나요", "하나는", "둘이요"). */
const KO_COUNT_ENDING = /(?:이요|요|은|는|이|가|만|도|씩)$/;

/**
 * Whether these words (a piece of a name) say a count and nothing else: "하나요" of an
 * alias "설렁탕 하나요", "한 그릇" of "설렁탕 한 그릇". Such a piece is how the count is
 * said, not a name of the thing.
 */
export function saysOnlyACount(words: readonly string[]): boolean {
  const [first, second] = words;
  if (!first || words.length > 2) return false;
  const free = (w: string) => koreanNumberWords().some((n) => !n.prenoun && (w === n.text || w.replace(KO_COUNT_ENDING, "") === n.text));
  if (words.length === 1) return free(first);
  const counter = second!.replace(KO_COUNT_ENDING, "");
  return koreanNumberWords().some((n) => n.text === first) && (KO_COUNTERS.includes(counter) || KO_COUNTERS.includes(second!));
}

/** Number words said alone ("three", "셋"), for reading a name that starts with one. */
let freeNumberWords: Map<string, number> | undefined;

/** The number a name starts with ("Three sides" 3, "3가지" 3, "10 pieces" 10), or undefined. */
export function leadingNumber(name: string): number | undefined {
  freeNumberWords ??= new Map([...englishNumberWords(), ...koreanNumberWords()].filter((w) => !w.prenoun && !w.text.includes(" ") && w.text.length > 1).map((w) => [w.text, w.n]));
  const first = name.trim().toLowerCase().split(/\s+/)[0] ?? "";
  const digits = /^(\d{1,3})(\D*)$/.exec(first);
  if (digits) return parseDigits(digits[1]!);
  return freeNumberWords.get(first);
}
