// Parts of a count said in one breath, before clauses are built: "라떼 두 잔 하나 바닐라 하나
// 헤이즐넛" (counts with no 는 that add up to the line's count each open a part), "쌀국수 세 개
// 하나는 곱빼기 나머지는 고수 빼고" (나머지는: the rest of the count, as "나머지 두 개는"),
// "라떼 네 잔 한 잔만 빼고 전부 오트로" (all but that many: the rest, as "세 잔은 오트로"). Said
// a turn after the line ("아아 세 잔" → "하나만 빼고 다 라지로"), the count is the line in hand's.
// And whose count a number of servings is ("아메리카노 샷 추가 두 잔": the cups', clause.ts asks).
import type { Atom } from "./scan.ts";
import type { MenuRef } from "./lexicon.ts";
import type { ParseContext } from "./utterance.ts";
import { isItemish } from "./mods.ts";
import { isItemAtom, itemsOf } from "./atom-forms.ts";

type Num = Atom & { kind: "num" };

/**
 * An item named at `k` with a total of two or more said right after it: where the words that
 * follow the total (numbers, options and words) end — at the next item or clause.
 */
function totalsSpanEnd(out: readonly Atom[], k: number): number | undefined {
  const item = out[k]!;
  const count = out[k + 1];
  if (!isItemAtom(item) || count?.kind !== "num" || count.article || count.times || count.flags.topic || count.flags.only || count.value < 2) return undefined;
  let end = k + 2;
  while (end < out.length && out[end]!.kind !== "sep" && !isItemAtom(out[end]!)) end++;
  return end;
}

/** Korean: the parts a line's count is said in, read as parts of that line. */
export function partsOfTheCount(atoms: Atom[], ctx: ParseContext): Atom[] {
  const out = allButSome(restOfTheCount(atoms, ctx), ctx);
  for (let k = 0; k + 1 < out.length; k++) {
    const count = out[k + 1]!;
    const end = totalsSpanEnd(out, k);
    if (end === undefined || count.kind !== "num") continue;
    const span = out.slice(k + 2, end);
    const nums = span.filter((a): a is Num => a.kind === "num" && !a.article && !a.times);
    // "하나 바닐라 하나 헤이즐넛": counts said right after the line's, each before an option,
    // adding up to it, are its parts (not how many of each option).
    if (span[0]?.kind === "num" && nums.length >= 2 && nums.every((n) => !n.flags.topic && !n.flags.among && !n.flags.more && n.value < count.value) && nums.reduce((s, n) => s + n.value, 0) === count.value) {
      const optionAfterEach = nums.every((n) => {
        const next = out[out.indexOf(n) + 1];
        return next?.kind === "menu" && next.refs.length > 0 && next.refs.every((r) => r.kind === "choice");
      });
      if (optionAfterEach) for (const n of nums) out[out.indexOf(n)] = { ...n, flags: { ...n.flags, topic: true } };
      continue;
    }
    // "하나는 곱빼기 나머지는 고수 빼고": 나머지 said as the topic with no count of its own.
    const rest = span.findIndex((a, i) => isRestWord(a) && span[i + 1]?.kind !== "num");
    if (rest < 0) continue;
    const before = span.slice(0, rest).filter((a): a is Num => a.kind === "num" && (a.flags.topic === true || a.flags.only === true));
    const left = count.value - before.reduce((s, n) => s + n.value, 0);
    if (!before.length || left < 1) continue;
    const at = k + 2 + rest;
    const word = out[at]!;
    out[at] = asPart(word, left);
  }
  return out;
}

/**
 * "밀크티 두 잔 핫 하나 아이스 하나", "소바 세 개 따뜻한 거 두 개 차가운 거 하나", "시저 두 개 치킨
 * 추가 하나 그냥 하나": after a line's count, its options each followed by a count, the counts
 * adding up to the line's, are its parts said option first. Each count is moved before its
 * option and read as the part's ("하나는 핫 하나는 아이스"), never as more of the item.
 */
export function partsAfterTheirOptions(atoms: Atom[], ctx: ParseContext, unplaced: Atom[]): Atom[] {
  let out = atoms;
  for (let k = 0; k + 1 < out.length; k++) {
    const item = out[k]!;
    const count = out[k + 1]!;
    const end = totalsSpanEnd(out, k);
    if (end === undefined || count.kind !== "num") continue;
    const groups = new Set(item.kind === "menu" ? item.refs.flatMap((r) => (r.kind === "item" ? ctx.menu.itemGroups(r.item).map((g) => g.id) : [])) : []);
    const parts = optionFirstParts(out.slice(k + 2, end), groups);
    if (!parts) continue;
    if (parts.counts.reduce((s, n) => s + n.value, 0) !== count.value) {
      // "밀크티 두 잔 핫 하나 아이스 둘": one-of choices (never counts of their own) each counted,
      // not adding up to the total: the total or a part misheard, so the total is not placed.
      const oneOf = (r: MenuRef) => r.kind === "choice" && ctx.menu.groups.get(r.group)?.select === "one";
      if (parts.words.every((w) => w.some((a) => a.kind === "menu") && w.every((a) => a.kind !== "menu" || a.refs.every(oneOf)))) unplaced.push(count);
      continue;
    }
    const moved = parts.counts.flatMap((n, i) => [{ ...n, flags: { ...n.flags, topic: true, only: false, dir: false } } as Atom, ...parts.words[i]!]);
    out = [...out.slice(0, k + 2), ...moved, ...parts.trailing, ...out.slice(end)];
  }
  return out;
}

/**
 * "아아 두 잔 뜨아 하나 아아 하나": a total, then the same item named again (as it is, or by a name
 * with its choice) with counts adding up to the total: the total is only the heading of those
 * lines, not more of the item.
 */
export function totalBeforeItsLines(atoms: Atom[]): Atom[] {
  for (let k = 0; k + 1 < atoms.length; k++) {
    const head = atoms[k]!;
    const total = atoms[k + 1]!;
    if (!isItemAtom(head) || !isPlainCount(total) || total.value < 2) continue;
    const items = new Set(itemsOf(head));
    let sum = 0;
    let lines = 0;
    let j = k + 2;
    for (; j + 1 < atoms.length; j += 2) {
      const [line, n] = [atoms[j]!, atoms[j + 1]!];
      if (!isItemAtom(line) || !itemsOf(line).some((i) => items.has(i)) || !isPlainCount(n) || n.value >= total.value) break;
      sum += n.value;
      lines++;
    }
    const rest = atoms.slice(j);
    if (lines >= 2 && sum === total.value && rest.every((a) => a.kind === "sep" || (a.kind === "kw" && a.keywords.every((w) => w === "request" || w === "filler")))) return [...atoms.slice(0, k), ...atoms.slice(k + 2)];
  }
  return atoms;
}

const isPlainCount = (a: Atom): a is Num => a.kind === "num" && !a.article && !a.times && !a.flags.topic && !a.flags.only && !a.flags.among && !a.flags.more;

/** The words of each part, said before its count (two or more), and what was said after the last; undefined when these are not such parts. */
function optionFirstParts(span: readonly Atom[], groups: ReadonlySet<string>): { counts: Num[]; words: Atom[][]; trailing: Atom[] } | undefined {
  const counts: Num[] = [];
  const words: Atom[][] = [];
  let said: Atom[] = [];
  for (const a of span) {
    if (a.kind === "num") {
      if (a.article || a.times || a.flags.topic || a.flags.among || a.flags.more || !said.length) return undefined;
      const option = said.some((w) => w.kind === "menu");
      // "그냥 하나": a part with nothing on it, said with a word that says so.
      if (!option && !said.every((w) => w.kind === "kw" && PLAIN_WORD.test(w.text.trim()))) return undefined;
      counts.push(a);
      words.push(said);
      said = [];
    } else if (a.kind === "menu") {
      // (A word may name choices of other items' groups too: "라지" the pizza's and the ade's.)
      if (!a.refs.every((r) => r.kind === "choice" || r.kind === "group") || !a.refs.some((r) => "group" in r && groups.has(r.group))) return undefined;
      said.push(a);
    } else if (a.kind === "kw" && a.keywords.every((w) => PART_KEYWORDS.has(w))) said.push(a);
    else return undefined;
  }
  // After the last count only words that ask for it ("주세요").
  if (counts.length < 2 || !said.every((w) => w.kind === "kw" && w.keywords.every((k) => k === "request" || k === "filler"))) return undefined;
  return { counts, words, trailing: said };
}

const PART_KEYWORDS: ReadonlySet<string> = new Set(["filler", "add", "remove", "without", "request"]);
const PLAIN_WORD = /^(그냥|기본|기본으로|원래대로|그대로)$/;

/** The line's count, said with its item before `at` in these words, or else the line in hand's (no item named). */
function countBefore(atoms: readonly Atom[], at: number, ctx: ParseContext): number | undefined {
  for (let j = at - 1; j > 0; j--) {
    const a = atoms[j]!;
    if (a.kind === "num" && isItemAtom(atoms[j - 1]!) && !a.article && !a.times && !a.flags.topic && !a.flags.only) return a.value;
  }
  if (atoms.some(isItemAtom)) return undefined;
  return ctx.focus?.[ctx.focus.length - 1]?.qty;
}

/** "하나는 라지 나머지는 샷 추가" a turn after "아아 세 잔": 나머지는, the rest of the line in hand. */
function restOfTheCount(atoms: Atom[], ctx: ParseContext): Atom[] {
  if (atoms.some(isItemAtom)) return atoms;
  const at = atoms.findIndex((a, i) => isRestWord(a) && atoms[i + 1]?.kind !== "num");
  const total = at < 0 ? undefined : countBefore(atoms, at, ctx);
  if (total === undefined) return atoms;
  const parts = atoms.slice(0, at).filter((a): a is Num => a.kind === "num" && (a.flags.topic === true || a.flags.only === true));
  const left = total - parts.reduce((s, n) => s + n.value, 0);
  if (!parts.length || left < 1) return atoms;
  const out = [...atoms];
  out[at] = asPart(out[at]!, left);
  return out;
}

/** "한 잔만 빼고 전부 오트로", "한 줄 말고 나머지는 오이 빼 주세요": all but that many, as a part of the rest. */
function allButSome(atoms: Atom[], ctx: ParseContext): Atom[] {
  const out = [...atoms];
  for (let i = 0; i + 2 < out.length; i++) {
    const [n, but, all] = [out[i]!, out[i + 1]!, out[i + 2]!];
    if (n.kind !== "num" || n.article || n.times || n.flags.topic || n.flags.more) continue;
    if (but.kind !== "kw" || !/^(빼고|말고|제외하고)$/.test(but.text.trim())) continue;
    if (!(all.kind === "kw" && (/^(전부|다|모두)$/.test(all.text.trim()) || isRestWord(all)))) continue;
    const total = countBefore(out, i, ctx);
    if (total === undefined || n.value >= total) continue;
    out.splice(i, 3, asPart({ ...n, start: n.start, end: all.end, tok1: all.tok1, text: `${n.text} ${but.text} ${all.text}` } as Atom, total - n.value));
  }
  return out;
}

/**
 * "원조 세 줄" then "하나는 참치로 나머지는 오이 빼고": a 나머지 no reading above made a part of
 * a count is not understood; as filler the rest's options went to the wrong line. A guess.
 */
export function restLeftUnread(atoms: Atom[], unplaced: Atom[]): Atom[] {
  atoms.forEach((a, i) => {
    if (isRestWord(a) && atoms[i + 1]?.kind !== "num") unplaced.push(a);
  });
  return atoms;
}

const isRestWord = (a: Atom) => a.kind === "kw" && /^나머지/.test(a.text.trim()) && (a.flags.topic === true || /^나머진$/.test(a.text.trim()));

const asPart = (word: Atom, n: number): Num => ({ ...word, kind: "num", value: n, times: false, counted: true, article: false, flags: { topic: true } }) as Num;


/**
 * "아메리카노 샷 추가 두 잔": a number with a counter of servings (잔, 그릇, 인분, …), never of an
 * extra, after the option of an item not yet counted, counts the item.
 */
export function servingsOfUncounted(num: Atom & { kind: "num" }, content: readonly Atom[], optionAt: number): boolean {
  if (!num.unit || !SERVING_COUNTERS.has(num.unit.trim())) return false;
  for (let j = optionAt - 1; j >= 0; j--) {
    const c = content[j]!;
    if (c.kind === "num") return false;
    if (isItemish(c)) return !content.slice(0, j).some((x) => x.kind === "num");
  }
  return false;
}

const SERVING_COUNTERS: ReadonlySet<string> = new Set(["잔", "컵", "병", "캔", "그릇", "인분", "판", "줄", "접시"]);
