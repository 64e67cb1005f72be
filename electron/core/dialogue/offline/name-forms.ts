// The forms a menu's own names are said in, derived from the names and from how people
// talk, never listed per store: head nouns said another common way ("pie" for pizza), a
// kind's plain variant (김밥 → 원조김밥), removal names (오이 빼기), measurements said
// instead of sizes ('Medium (12")' → "12 inch"), and which order choice is take-out or
// eat-in. The forms of a choice's words (participles, short forms, Korean adjective forms)
// are in word-variants.ts; short forms found by weighing items against each other (불버거,
// 자허블, 아아) are in item-name-forms.ts.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Text } from "../../../../shared/menu/schema.ts";
import { KO_SIZE_ENDINGS, PLAIN_WORDS } from "./language.ts";
import { tokenize } from "./normalize.ts";
import { englishNumberWords, saysOnlyACount } from "./numbers.ts";

/** Something the menu names: an item, a choice. */
type Named = { name: Record<string, string | undefined>; aliases?: Record<string, ReadonlyArray<string | { text: string }> | undefined> };

/**
 * Every name a thing is said by: its names in each language and its aliases (an item's
 * alias that also sets options counts by its words unless `plainAliasesOnly`).
 */
export function spokenNames(x: Named | undefined, plainAliasesOnly = false): string[] {
  if (!x) return [];
  const aliases = Object.values(x.aliases ?? {}).flatMap((list) => list ?? []).flatMap((a) => (typeof a === "string" ? [a] : plainAliasesOnly ? [] : [a.text]));
  return [...Object.values(x.name), ...aliases].filter((n): n is string => !!n);
}

// The read-back checks key the same menu names on every turn (a tenth of a turn's time went
// to tokenizing them again), so the words of a text are kept once worked out: the texts are
// the menu's names and the customer's words, a bounded set; the store is emptied if it grows.
const WORDS = new Map<string, readonly string[]>();
const KEYS = new Map<string, string>();
const MAX_KEPT = 50_000;

/** A name's words, lower case, punctuation dropped ("Cafe Latte" → cafe, latte). */
export function wordsOf(text: string): string[] {
  let words = WORDS.get(text);
  if (!words) {
    if (WORDS.size >= MAX_KEPT) WORDS.clear();
    words = tokenize(text)
      .filter((t) => t.script !== "punct")
      .map((t) => t.norm);
    WORDS.set(text, words);
  }
  return [...words];
}

/** A name's compact key: lower case, no spaces or punctuation ("Cafe Latte" → "cafelatte"). */
export function keyOf(text: string): string {
  let key = KEYS.get(text);
  if (key === undefined) {
    if (KEYS.size >= MAX_KEPT) KEYS.clear();
    key = wordsOf(text).join("");
    KEYS.set(text, key);
  }
  return key;
}

/** A particle or ending after a one-syllable Korean name ("대자로", "소요"). */
const SHORT_NAME_TAIL = /^(?:로|으로|요|이요|자|자로|자요|는|은|도|만)?$/;

/**
 * "중자", "소짜": the Korean names of a group whose choices are all one syllable (a scale,
 * 소 / 중 / 대) said with the size ending. None for a group of one choice or of longer names.
 * (Spaced, "중 자", it is read after the scan: as a phrase "소 짜" would start "소 짜장".)
 */
export function koreanSizeForms(choiceNames: ReadonlyArray<string | undefined>, name: string): string[] {
  const one = (n: string | undefined) => !!n && /^[\uac00-\ud7a3]$/.test(n.trim());
  if (choiceNames.length < 2 || !choiceNames.every(one) || !one(name)) return [];
  return KO_SIZE_ENDINGS.map((e) => `${name.trim()}${e}`);
}

/**
 * Whether the words say this name: whole words in English; in Korean, a word that starts with
 * the name's key, the spaces of the name left out ("반쪽으로"); a one-syllable name ("대", "소")
 * only as the word itself with a particle, not inside "순대" or "소주".
 */
export function saysName(words: readonly string[], name: string): boolean {
  const w = wordsOf(name);
  if (!w.length) return false;
  if (/[가-힣]/.test(name)) {
    const key = keyOf(name);
    return words.some((x, i) => words.slice(i).join("").startsWith(key) && (key.length > 1 || SHORT_NAME_TAIL.test(x.slice(1))));
  }
  for (let i = 0; i + w.length <= words.length; i++) if (w.every((x, k) => words[i + k] === x)) return true;
  return false;
}

/** Whether the item's description names one of these (as whole words, saysName). */
export function describedWith(menu: MenuModel, item: string, names: readonly string[]): boolean {
  const desc = wordsOf(Object.values(menu.item(item)?.description ?? {}).join(" . "));
  return desc.length > 0 && names.some((n) => saysName(desc, n));
}

/** A Korean word's key without the particle said on it ("키위로", "수프는" → 키위, 수프). */
export function keyWithoutParticle(text: string): string {
  return keyOf(text).replace(/(?:으로|로|는|은|이요|요)$/, "");
}

/** The one order choice whose own names are among these phrases (take-out, eat-in). */
export function kindOfChoice(choices: Array<{ id: string; name: Text; aliases?: Record<string, unknown[]> }>, phrases: readonly string[]): string | undefined {
  const keys = new Set(phrases.map(keyOf));
  const hits = choices.filter((c) => [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].some((n) => typeof n === "string" && keys.has(keyOf(n))));
  return hits.length === 1 ? hits[0]!.id : undefined;
}

/** What people call a kind of dish besides its name: "pie" for pizza. Language, not any store. */
const HEAD_SYNONYMS: Record<string, string[]> = { pizza: ["pie"], pizzas: ["pies"] };
/** Loanwords Korean writes more than one way, in or at the end of a name ("당근케익" for 당근케이크). */
const KO_LOANWORD_SPELLINGS: ReadonlyArray<[string, string[]]> = [
  ["케이크", ["케익", "케잌"]],
  ["케익", ["케이크"]],
  ["크루아상", ["크로와상", "크로아상"]],
  ["크로와상", ["크루아상", "크로아상"]],
  ["초콜릿", ["초콜렛"]],
];

/**
 * A name and its forms with the head noun said another common way ("large pepperoni pie"),
 * and without a leading "the" ("The Works" is ordered as "a works pizza").
 */
export function headSynonyms(name: string): string[] {
  // ("The one" for a numbered combo keeps its "the": "one" alone is a number.)
  const stripped = name.replace(/^the\s+(?=\S)/i, "");
  const bare = isNumberWord(stripped) ? name : stripped;
  const out = bare !== name ? [name, bare] : [name];
  const words = name.split(/\s+/);
  words.forEach((w, i) => {
    for (const syn of HEAD_SYNONYMS[w.toLowerCase()] ?? []) out.push([...words.slice(0, i), syn, ...words.slice(i + 1)].join(" "));
  });
  for (const [from, tos] of KO_LOANWORD_SPELLINGS) if (name.includes(from)) for (const to of tos) out.push(name.replace(from, to));
  return out;
}

const NUMBER_WORDS = new Set(englishNumberWords().map((w) => w.text.toLowerCase()));

function isNumberWord(text: string): boolean {
  return /^\d+$/.test(text.trim()) || NUMBER_WORDS.has(text.trim().toLowerCase());
}

/**
 * "pep" for Pepperoni, "jalap" for Jalapenos: the start of a one-word choice name (three
 * letters or more, two short of the word at least) where it starts no other word of the
 * menu's names, choices' or not. A clipping is a guess.
 */
export function englishClippings(choices: Array<{ id: string; names: string[] }>, otherWords: string[]): Array<[string, string]> {
  const words = choices.map((c) => ({ id: c.id, words: c.names.flatMap((n) => n.toLowerCase().split(/[^a-z]+/)).filter(Boolean), single: c.names.map((n) => n.trim().toLowerCase()).filter((n) => /^[a-z]{5,}$/.test(n)) }));
  const all = [...words.flatMap((c) => c.words), ...otherWords];
  const byClip = new Map<string, Set<string>>();
  for (const c of words) for (const w of c.single) for (let k = 3; k <= w.length - 2; k++) {
    const clip = w.slice(0, k);
    byClip.set(clip, (byClip.get(clip) ?? new Set()).add(c.id));
  }
  return [...byClip]
    .filter(([clip, ids]) => {
      if (ids.size !== 1) return false;
      const id = [...ids][0]!;
      const own = new Set(words.find((c) => c.id === id)!.words);
      // Not a word of the menu, nor the start of any word other than this choice's own.
      return !all.includes(clip) && all.every((w) => own.has(w) || !w.startsWith(clip));
    })
    .map(([clip, ids]) => [clip, [...ids][0]!]);
}

/**
 * Heads whose plain variant the menu names: "김밥" → the item called 원조김밥 or "기본 김밥",
 * "burger" → "Plain burger". Only where exactly one item is named so.
 */
export function plainVariants(items: Array<{ id: string; names: string[] }>): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const it of items) for (const n of it.names) {
    const words = n.trim().toLowerCase().split(/\s+/);
    let head: string | undefined;
    if (words.length >= 2 && PLAIN_WORDS.includes(words[0]!)) head = words.slice(1).join(" ");
    else if (words.length === 1) {
      const w = PLAIN_WORDS.find((p) => /^[\uac00-\ud7a3]+$/.test(p) && words[0]!.startsWith(p) && words[0]!.length - p.length >= 2);
      if (w) head = words[0]!.slice(w.length);
    }
    if (head && keyOf(head)) found.set(keyOf(head), (found.get(keyOf(head)) ?? new Set()).add(it.id));
  }
  return new Map([...found].filter(([, ids]) => ids.size === 1).map(([k, ids]) => [k, [...ids][0]!]));
}

/**
 * "보통으로", "그냥 보통이요" → "보통": a Korean name said with a particle, an ending or the
 * filler 그냥, the word it dresses (undefined when it dresses nothing).
 */
export function dressedWord(name: string): string | undefined {
  const m = /^(?:그냥\s+)?([\uac00-\ud7a3]+?)(?:으로요|으로|로요|로|이요|요)?$/.exec(name.trim());
  return m && m[1] !== name.trim() ? m[1] : undefined;
}

/** "햄 빼기" → "햄", "no onions" → "onions": the thing a removal name refuses. */
export function withoutRemovalWord(name: string): string {
  return name.trim().replace(/^(?:no|without|hold(?: the)?|leave off|minus|skip|노)\s+/i, "").replace(/\s*(?:빼기|빼고|빼\s*주세요|빼|없이|제외|노)$/, "");
}

/** A name that spells leaving something off ("오이 빼기", "No onions"); as refusal.ts reads them. */
export function isRemovalName(name: string): boolean {
  return withoutRemovalWord(name) !== name.trim();
}

/**
 * A choice's name that surely spells leaving its thing off ("양파 빼기", "No relish"): not a
 * name that only ends like a removal word ("페페론치노" is not "페페론치" 노).
 */
export function surelyRemovalName(name: string): boolean {
  return /^(?:no|without|hold(?: the)?)\s+\S/i.test(name.trim()) || /\S\s*(?:빼기|빼고|없이|제외)$/.test(name.trim());
}

/** A group named as a removal ("Leave out", "Hold", "Hold toppings", "빼기"): its choices are what is left out. */
export function isRemovalGroupName(name: string): boolean {
  const n = name.trim();
  return (
    /^(?:leave (?:out|off)|hold(?: the)?|without|no|remove|omit|skip|take off|빼기|빼|제외|없이|빼 주세요|빼주세요)$/i.test(n) ||
    // (A removal word and what it takes off: "Hold toppings", "Remove ingredients" — not "No …", which names a choice.)
    /^(?:leave (?:out|off)|hold(?: the)?|remove|omit|take off)\s+[a-z]+$/i.test(n)
  );
}

/** 'Medium (12")' → "12 inch", "12 inches"; "Small cup (16 oz)" → "16 oz", "16 ounce", "16 ounces". */
export function measureForms(name: string): string[] {
  // The number as digits and as a word ("twelve inch"), where it has one.
  const said = (n: string) => [n, ...englishNumberWords().filter((w) => w.n === Number(n) && !/^an?$/.test(w.text) && !w.text.includes(" ")).map((w) => w.text)];
  const inch = /(\d{1,3})\s*(?:"|''|”|inch(?:es)?\b|-inch\b)/i.exec(name);
  if (inch) return said(inch[1]!).map((n) => `${n} inch`);
  const oz = /(\d{1,3})\s*(?:oz|ounces?)\b/i.exec(name);
  if (oz) return said(oz[1]!).flatMap((n) => [`${n} oz`, `${n} ounce`]);
  return [];
}

/**
 * The rest of an English name that says it is the plain kind ("Plain bagel" → "bagel"), or
 * that opens with the Italian word for coffee people leave off ("Caffè Mocha" → "mocha").
 */
export function plainKindOf(name: string): string | undefined {
  const m = /^(?:plain|regular|original|classic|caff[eè]|caf[eé])\s+(\S.*)$/i.exec(name.trim());
  return m ? m[1]!.toLowerCase() : undefined;
}

/** English joining words that cannot begin or end a piece of a name. */
const EDGE_WORDS = new Set(["and", "or", "with", "of", "the", "a", "an", "on", "in", "n"]);

/** Contiguous word runs of a multi-word name, shorter than the name ("new york", "cheesecake"). */
export function namePartsOf(name: string): string[] {
  const words = name.toLowerCase().split(/[\s\-_/·&,]+/).filter(Boolean);
  // A Korean compound written as one word is said without its first part too: 통새우버거 →
  // 새우버거, 크리스피치킨버거 → 치킨버거 (the last three or more syllables).
  if (words.length === 1 && /^[\uac00-\ud7a3]{4,}$/.test(words[0]!)) {
    const w = words[0]!;
    const out: string[] = [];
    for (let k = 3; k < w.length; k++) out.push(w.slice(w.length - k));
    return out;
  }
  if (words.length < 2) return [];
  const out: string[] = [];
  for (let len = 1; len < words.length; len++) {
    for (let i = 0; i + len <= words.length; i++) {
      const part = words.slice(i, i + len).join(" ");
      const key = keyOf(part);
      if (!key || /\d/.test(key) || saysOnlyACount(words.slice(i, i + len))) continue;
      // "ham and" of "ham and pineapple pizza" is no piece of a name: a piece never starts or ends with a joining word.
      if (EDGE_WORDS.has(words[i]!) || EDGE_WORDS.has(words[i + len - 1]!)) continue;
      const hangul = /[\uac00-\ud7a3]/.test(key);
      // (Three letters only for a whole word: "ham" of "Ham & Swiss", kept below only where it names one item.)
      if (hangul ? [...key].length < 2 : key.length < (len === 1 ? 3 : 4)) continue;
      out.push(part);
    }
  }
  return out;
}

const SMALL_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/**
 * Other ways an English name is written down from speech: a number word in it as digits and
 * digits as a word ("2 egg breakfast" for "Two Egg Breakfast"), and a short name of two or
 * three letters spelled out ("o j" for "OJ", "b l t" for "BLT").
 */
export function spokenForms(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const out: string[] = [];
  words.forEach((w, i) => {
    const n = SMALL_NUMBERS.indexOf(w.toLowerCase());
    const d = /^\d+$/.test(w) ? Number(w) : -1;
    const other = n >= 0 ? String(n) : d >= 0 && d < SMALL_NUMBERS.length ? SMALL_NUMBERS[d] : undefined;
    if (other !== undefined && words.length > 1) out.push([...words.slice(0, i), other, ...words.slice(i + 1)].join(" "));
  });
  if (words.length === 1 && /^[a-z]{2,3}$/i.test(words[0]!)) out.push([...words[0]!.toLowerCase()].join(" "));
  // "Combo (side + drink)" is ordered as "a combo": what the board adds in brackets is not said.
  // (Not a measure, "Salmon nigiri (2 pc)": "six pieces of salmon nigiri" is read with it.)
  const bracketed = /^([a-z][^()]*?)\s*\([^()\d]*\)$/i.exec(name.trim())?.[1];
  if (bracketed && !isNumberWord(bracketed)) out.push(bracketed);
  // "Idli (1 pc)" is ordered as "four idli": one piece is one order, so the name without the
  // bracket counts the same either way (two or more pieces an order is not: above).
  const onePiece = /^(.*\S)\s*\(\s*(?:1|one|한)\s*(?:pcs?|pieces?|ea|개|조각|피스)\.?\s*\)$/i.exec(name.trim())?.[1];
  if (onePiece && !isNumberWord(onePiece)) out.push(onePiece);
  return out;
}

/**
 * A counted option named "<thing> <measure>" ("Hazelnut pumps", "Espresso shots") said the
 * other way round, as a count is spoken: "pumps hazelnut", "pump hazelnut". English only.
 */
export function measureFirst(name: string): string[] {
  const words = name.trim().toLowerCase().split(/\s+/);
  if (words.length !== 2 || !words.every((w) => /^[a-z]{3,}$/.test(w))) return [];
  const [thing, measure] = words as [string, string];
  const one = measure.replace(/s$/, "");
  return [...new Set([`${measure} ${thing}`, `${one} ${thing}`, `${measure} of ${thing}`, `${one} of ${thing}`])];
}

/** The words of an order option's name found in every one of its choices' names (one language at a time). */
export function sharedOrderWords(names: string[], choiceNames: string[][]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const words = n.trim().split(/\s+/);
    if (words.length < 2) continue;
    for (const w of words) if (choiceNames.length > 1 && choiceNames.every((cn) => cn.some((c) => c.split(/\s+/).includes(w)))) out.push(w);
  }
  return out;
}

/**
 * "two in the stack" for a count called "Pancakes in the stack": a count whose name says where
 * the things counted are ("<things> in the <place>") is said as the place alone after its number.
 */
export function countedByItsPlace(name: string): string[] {
  const m = /^[a-z][a-z ]*?\s+(in|per)\s+(?:(?:the|a|each|one)\s+)?([a-z]{3,})$/.exec(name.trim().toLowerCase());
  if (!m) return [];
  const [, prep, place] = m as unknown as [string, string, string];
  return prep === "per" ? [`per ${place}`] : [`in the ${place}`, `in a ${place}`, `in my ${place}`, `in each ${place}`];
}
