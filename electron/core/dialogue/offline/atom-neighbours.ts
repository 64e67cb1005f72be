// What the atoms around a word say while atoms.ts attaches counters and particles: the
// option named before a level word, a count said by the item's own name, a counter that
// names a choice, and where "one" stands for an item said before or starts a new one.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Stream } from "./phrase-index.ts";
import { KO_COUNTERS, KO_PEOPLE_COUNTERS } from "./numbers.ts";
import type { Atom } from "./atom-kinds.ts";
import type { MenuRef } from "./menu-ref.ts";
import { counterWithEnding } from "./menu-counters.ts";

/** The option group named just before (little words between): "맵기는 제일", "맵기 그냥 기본". */
export function optionNamedBefore(out: Atom[]): (Atom & { kind: "menu" }) | undefined {
  for (let j = out.length - 1; j >= 0 && j >= out.length - 3; j--) {
    const x = out[j]!;
    if (x.kind === "kw" && x.keywords.every((w) => w === "filler")) continue;
    return x.kind === "menu" && x.refs.length > 0 && x.refs.every((r) => r.kind === "group") ? x : undefined;
  }
  return undefined;
}

/** The word after a number is the start or the end of the item's name said right before it (two syllables or more). */
export function countsByItsName(prev: Atom | undefined, next: Atom | undefined, menu?: MenuModel): boolean {
  if (prev?.kind !== "menu" || !prev.refs.some((r) => r.kind === "item") || (next?.kind !== "menu" && next?.kind !== "unknown")) return false;
  // ("공기밥 두 공기" where 공기 is also the rice's own alias: the same item, named again as its counter.)
  const same = (r: MenuRef) => r.kind === "item" && prev.refs.some((p) => p.kind === "item" && p.item === r.item);
  if (next.kind === "menu" && next.refs.some((r) => (r.kind === "item" && !r.partial && !same(r)) || r.kind === "choice" || r.kind === "group")) return false;
  const name = prev.text.replace(/\s+/g, "");
  // ("공기밥 세 공기만", "떡꼬치 두 꼬치요": the counter's 만, 씩 or 요 is not part of the name.)
  const w = next.text.replace(/\s+/g, "").replace(/(?:만|씩)?(?:이요|요)?$/, "");
  if (!/^[\uac00-\ud7a3]{2,}$/.test(w) || w === name) return false;
  // ("어묵 두 꼬치요" of the item the menu calls "어묵 (꼬치)": a word of its name on the menu.)
  return name.startsWith(w) || name.endsWith(w) || (!!menu && prev.refs.some((r) => r.kind === "item" && itemNameWords(menu, r.item).includes(w)));
}

/** The words of an item's Korean names of two words or more ("어묵 (꼬치)" → 어묵, 꼬치), none a whole name of it ("아아"). */
function itemNameWords(menu: MenuModel, item: string): string[] {
  const it = menu.item(item);
  const names = [it?.name.ko, ...(it?.aliases?.ko ?? []).map((a) => (typeof a === "string" ? a : a.text))].flatMap((n) => (n ? [n.split(/[\s()·,/]+/).filter(Boolean)] : []));
  const whole = new Set(names.filter((ws) => ws.length === 1).map((ws) => ws[0]!));
  return names.flatMap((ws) => (ws.length > 1 ? ws.filter((w) => !whole.has(w)) : []));
}

/** Something named just before atoms[i], and a count (an article, a number) then an item after it. */
export function correctsWhatCameBefore(out: readonly Atom[], atoms: readonly Atom[], i: number): boolean {
  const before = [...out].reverse().find((x) => x.kind !== "sep");
  if (before?.kind !== "menu") return false;
  let j = i + 1;
  while (atoms[j]?.kind === "sep" && (atoms[j] as Atom & { kind: "sep" }).why === "punct") j++;
  return atoms[j]?.kind === "num" && namesItem(atoms[j + 1]);
}

/** A choice of a group of which several are taken (toppings, sauces): a thing one can refuse. */
export function namesOneOfMany(a: Atom | undefined, menu: MenuModel | undefined): boolean {
  return !!menu && a?.kind === "menu" && a.refs.every((r) => r.kind === "choice") && a.refs.some((r) => r.kind === "choice" && menu.groups.get(r.group)?.select === "many");
}

export function namesItem(a: Atom | undefined): boolean {
  return a?.kind === "menu" && a.refs.some((r) => r.kind === "item");
}

/**
 * A menu word right after a number that is a counter and names only choices ("조각" the unit;
 * "주전자", "병으로" where the menu names a choice "한 주전자", "병으로": menu-counters.ts).
 */
export function counterNamedAsChoice(s: Stream, num: Atom, next: Atom | undefined, menu?: MenuModel): boolean {
  if (next?.kind !== "menu" || next.fuzzy || !next.refs.every((r) => r.kind === "choice")) return false;
  // ("두 조각", or glued "두조각": the choice's word right after the number, the rest of its token.)
  const glued = next.start === num.end && s.tok[next.start] === s.tok[num.end - 1];
  if (!glued && (s.tok[next.start]! !== s.tok[num.end - 1]! + 1 || s.tokStart[s.tok[next.start]!] !== next.start)) return false;
  return counterWithEnding(rawSlice(s, next.start, next.end), menu) !== undefined;
}
/**
 * "부대찌개 네 명", "세 인분", "아메리카노 두 샷": a Korean number word right before the word of
 * a counted option (and nothing else) counts that option, as "4명" does. A prenoun number
 * (한, 두, 세, 네) needs a noun after it, and the option's word is that noun unless it has a
 * number of its own after it; a number that also stands alone (다섯, 여섯) counts the option
 * only where the word is itself a counter (명, 인분): in "김밥 다섯 라면 하나" it counts the 김밥.
 * Digits count it so too ("3 인분", "4 명").
 */
export function countsOptionAfter(s: Stream, num: Atom & { prenoun?: boolean }, next: Atom | undefined, after: Atom | undefined, menu: MenuModel | undefined): boolean {
  // ("부대찌개 3 인분": digits with a space before the counter count the option as "3인분" does.)
  const digits = num.kind === "num" && /^\d+$/.test(num.text);
  if (!menu || num.kind !== "num" || (!/^[\uac00-\ud7a3]+$/.test(num.text) && !digits)) return false;
  if (next?.kind !== "menu" || next.fuzzy || next.refs.length === 0 || !next.refs.every((r) => r.kind === "group" && menu.groups.get(r.group)?.select === "count")) return false;
  const glued = next.start === num.end && s.tok[next.start] === s.tok[num.end - 1];
  if (!glued && (s.tok[next.start]! !== s.tok[num.end - 1]! + 1 || s.tokStart[s.tok[next.start]!] !== next.start)) return false;
  const word = rawSlice(s, next.start, next.end);
  if (KO_COUNTERS.includes(word) || KO_PEOPLE_COUNTERS.includes(word)) return true;
  return !digits && num.prenoun === true && after?.kind !== "num";
}

/** The customer's own letters for a compact range (Hangul folding keeps one letter per letter). */
export function rawSlice(s: Stream, a: number, b: number): string {
  let out = "";
  for (let t = s.tok[a]!; t <= s.tok[b - 1]!; t++) {
    const tok = s.tokens[t]!;
    const t0 = s.tokStart[t]!;
    const from = Math.max(a, t0) - t0;
    const to = Math.min(b, s.tokStart[t + 1]!) - t0;
    const piece = tok.script === "hangul" ? [...tok.raw].slice(from, to).join("") : tok.raw;
    out += (out && !tok.glued && from === 0 ? " " : "") + piece;
  }
  return out;
}

/**
 * The options just before "one" follow "with" ("two lattes, one with oat one with almond"):
 * that "one" starts the next of them, it is a number; "a large one", "the oat one" are not.
 */
export function afterWithList(out: readonly Atom[]): boolean {
  let j = out.length - 1;
  while (j >= 0 && out[j]!.kind === "menu") j--;
  const before = out[j];
  return before?.kind === "kw" && before.keywords.includes("with");
}

/** "the veggie one", "that latte one": an item named after "the"/"that", then "one", points back. */
export function theItemOne(out: readonly Atom[]): boolean {
  const item = out[out.length - 1];
  const before = out[out.length - 2];
  return item?.kind === "menu" && item.refs.some((r) => r.kind === "item") && before?.kind === "kw" && (before.keywords.includes("the") || before.keywords.includes("pronoun"));
}

/**
 * "two chicken shawarma laffas one with zhug": the item and its options just before "one"
 * are opened by a count of more than one, so "one" starts one of them (not "a laffa one").
 */
export function countedRunBefore(out: readonly Atom[]): boolean {
  let j = out.length - 1;
  while (j >= 0 && out[j]!.kind === "menu" && (out[j] as Atom & { kind: "menu" }).refs.every((r) => r.kind === "choice" || r.kind === "item")) j--;
  const opener = out[j];
  const item = out.slice(j + 1).some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "item"));
  return item && opener?.kind === "num" && !opener.article && opener.value > 1;
}

/**
 * "two turkish coffees, one sweet one with no sugar": the options just before "one" are opened
 * by the count one, said right after an item counted two or more (its options between): that
 * "one" starts the next of them, it is no "sweet one" pointing back.
 */
export function oneOfACountBefore(out: readonly Atom[]): boolean {
  // (A choice's word may name a category too: "sweet" of the "Sweets".)
  const isChoices = (a: Atom | undefined) => a?.kind === "menu" && a.refs.some((r) => r.kind === "choice") && a.refs.every((r) => r.kind === "choice" || r.kind === "category");
  let j = out.length - 1;
  while (j >= 0 && isChoices(out[j])) j--;
  const opener = out[j];
  if (j === out.length - 1 || opener?.kind !== "num" || opener.article || opener.value !== 1) return false;
  let k = j - 1;
  while (k >= 0 && out[k]!.kind === "sep" && out[k]!.text.trim() === ",") k--;
  while (k >= 0 && isChoices(out[k])) k--;
  const item = out[k];
  if (item?.kind !== "menu" || !item.refs.some((r) => r.kind === "item")) return false;
  k--;
  while (k >= 0 && isChoices(out[k])) k--;
  const count = out[k];
  return count?.kind === "num" && !count.article && count.value > 1;
}

/**
 * The options just before "one" are opened by an article ("a large one"); not by a count
 * ("two larges one with pepperoni": that "one" starts one of the two).
 */
export function elidedHead(out: readonly Atom[]): boolean {
  let j = out.length - 1;
  while (j >= 0 && out[j]!.kind === "menu" && (out[j] as Atom & { kind: "menu" }).refs.every((r) => r.kind === "choice")) j--;
  const opener = out[j];
  return j < out.length - 1 && opener?.kind === "num" && opener.article;
}
