// A counter that counts one kind of dish names that dish with the word before it: "치즈 한줄"
// is a cheese gimbap (줄 counts gimbap rolls) where "치즈" alone is also a topping ("라면 하나
// 치즈 한줄": not cheese on the ramen). The menu's own names decide which item: the one whose
// name is the word and the noun the counter counts.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import type { PhraseCandidate } from "./atoms.ts";
import type { MenuRef } from "./lexicon.ts";
import type { PhraseMatch, Stream } from "./phrase-index.ts";
import { foldHangul } from "./normalize.ts";
import { KO_COUNTERS, koreanNumberWords } from "./numbers.ts";

/** Counters that count one kind of dish, and that dish's noun as menus name it. */
const COUNTED_NOUNS: Readonly<Record<string, readonly string[]>> = { 줄: ["김밥"], 판: ["피자"] };

export function itemNamedByItsCounter(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    const n = atoms[i + 1];
    if (a.kind !== "menu" || a.refs.some((r) => r.kind === "item") || n?.kind !== "num" || !n.unit) return a;
    const nouns = COUNTED_NOUNS[n.unit.replace(/\s/g, "")];
    if (!nouns) return a;
    const word = a.text.replace(/\s/g, "");
    const hits = [...menu.items.values()].filter((item) => {
      const names = [item.name.ko, ...(item.aliases?.ko ?? []).map((x) => (typeof x === "string" ? x : undefined))];
      return names.some((name) => !!name && nouns.some((noun) => name.replace(/\s/g, "") === word + noun));
    });
    if (hits.length !== 1 || hits[0]!.soldOut) return a;
    return { ...a, refs: [{ kind: "item", item: hits[0]!.id, partial: false }] };
  });
}

/**
 * "닭강정 두 마리요" where the menu sells "닭강정 한 마리" (the whole chicken) beside a cup
 * that "닭강정" also names: an item whose name is the word said, "한" and the counter said
 * after the number is the one counted so (two of the whole chicken), whatever else the word
 * names. Only where one item is named so.
 */
export function itemNamedWithOneOfItsCounter(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    const n = atoms[i + 1];
    if (a.kind !== "menu" || a.fuzzy || n?.kind !== "num" || !n.unit || n.times) return a;
    // (Not a word read already as a counted add-on of the line, "만두 두 개만 넣어 주세요" of a 떡국:
    // counted-add-on-said.ts.)
    if (a.refs.length && a.refs.every((r) => r.kind === "group")) return a;
    const named = `${a.text.replace(/\s/g, "")}한${n.unit.replace(/\s/g, "")}`;
    const hits = [...menu.items.values()].filter((item) => [item.name.ko, ...(item.aliases?.ko ?? []).map((x) => (typeof x === "string" ? x : undefined))].some((name) => !!name && name.replace(/\s/g, "") === named));
    // (Not where the word names that item alone already: "맥주 세 병" of the beer also called "맥주 한 병".)
    if (hits.length !== 1 || hits[0]!.soldOut || a.refs.every((r) => r.kind === "item" && r.item === hits[0]!.id)) return a;
    return { ...a, refs: [{ kind: "item", item: hits[0]!.id, partial: false }] };
  });
}

/**
 * "소주 두 병 맥주 한 병": a counter said right after a number is that number's counter, even
 * where it and the next word also spell a name ("병 맥주" = the alias 병맥주): the name then
 * starts after the counter, where the next word names something on its own ("맥주"). Returns
 * the matches to take instead of each such name.
 */
export function countersBeforeNames(s: Stream, chosen: readonly PhraseCandidate[], matches: readonly PhraseMatch<MenuRef>[]): Array<{ name: PhraseCandidate; rest: PhraseMatch<MenuRef> }> {
  const out: Array<{ name: PhraseCandidate; rest: PhraseMatch<MenuRef> }> = [];
  for (const c of chosen) {
    if (c.start < 0 || !c.menu?.length) continue;
    const t = s.tok[c.start]!;
    const tokenStart = s.tokStart[t]!;
    // The counter ends its word and the name goes on into the next ("병 맥주", "두병 맥주").
    const cut = s.tokStart[t + 1]!;
    if (cut >= c.end || s.tokens[t]!.script !== "hangul") continue;
    const counter = s.chars.slice(c.start, cut).join("");
    if (!FOLDED_COUNTERS.has(counter)) continue;
    // A number right before it: its own word ("두 병", "2병") or the start of the same word ("두병").
    const before = c.start > tokenStart ? s.chars.slice(tokenStart, c.start).join("") : undefined;
    const prev = s.tokens[t - 1];
    const counted = before !== undefined ? FOLDED_NUMBERS.has(before) : !!prev && (prev.script === "digit" || FOLDED_NUMBERS.has(prev.norm));
    if (!counted) continue;
    const rest = matches.filter((m) => m.start === cut && m.end <= c.end).sort((x, y) => y.end - x.end)[0];
    if (rest) out.push({ name: c, rest });
  }
  return out;
}
const FOLDED_COUNTERS: ReadonlySet<string> = new Set(KO_COUNTERS.map(foldHangul));
const FOLDED_NUMBERS: ReadonlySet<string> = new Set(koreanNumberWords().filter((w) => !w.text.includes(" ")).map((w) => foldHangul(w.text)));

/**
 * "육회비빔밥 두 그릇이요" where the menu calls its bowl choice "그릇": a word of the language's
 * counters said right after a number counts the item, not the group of choices it also names
 * (nothing is chosen by naming a group). Not a group that is itself a count, "3인분" where the
 * servings are counted in 인분: there the word says the option. Returns the indexes of such names.
 */
export function groupNamesCounting(s: Stream, chosen: readonly PhraseCandidate[], menu: MenuModel): number[] {
  const out: number[] = [];
  const ofChoices = (r: MenuRef) => r.kind === "group" && menu.groups.get(r.group)?.select !== "count";
  chosen.forEach((c, i) => {
    if (c.start < 0 || !c.menu?.length || !c.menu.every(ofChoices)) return;
    const t = s.tok[c.start]!;
    if (s.tokStart[t] !== c.start || s.tok[c.end - 1] !== t || s.tokens[t]!.script !== "hangul") return;
    if (!FOLDED_COUNTERS.has(s.chars.slice(c.start, c.end).join(""))) return;
    const prev = s.tokens[t - 1];
    if (prev && (prev.script === "digit" || FOLDED_NUMBERS.has(prev.norm))) out.push(i);
  });
  return out;
}

/**
 * "볶음밥 2인분", "공기밥 2개" where "2" also names a choice of the menu (the "2단계" spice
 * level said short): digits written right before a counter of the language count the
 * thing; they do not choose. Returns the indexes of such names.
 */
export function digitsBeforeCounter(s: Stream, chosen: readonly PhraseCandidate[]): number[] {
  const out: number[] = [];
  chosen.forEach((c, i) => {
    if (c.start < 0 || !c.menu?.length || !c.menu.every((r) => r.kind === "choice")) return;
    const t = s.tok[c.start]!;
    if (s.tokStart[t] !== c.start || s.tok[c.end - 1] !== t || s.tokens[t]!.script !== "digit") return;
    const next = s.tokens[t + 1];
    if (next?.script === "hangul" && [...FOLDED_COUNTERS].some((w) => next.norm.startsWith(w))) out.push(i);
  });
  return out;
}

/**
 * "보쌈 삼인분" where "쌈" (the "쌈 추가" choice said without its group's word) is read inside
 * 삼인분: a word that is wholly a number of the language with its counter counts; a choice
 * named only by a derived or clipped form of its name does not take it. Returns the indexes.
 */
export function numberWordsNotNames(s: Stream, chosen: readonly PhraseCandidate[]): number[] {
  const out: number[] = [];
  chosen.forEach((c, i) => {
    if (c.start < 0 || !c.menu?.length || !c.menu.every((r) => r.kind === "choice" && (r.derived || r.clipped))) return;
    const t = s.tok[c.start]!;
    if (s.tokens[t]!.script !== "hangul" || s.tok[c.end - 1] !== t) return;
    if (FOLDED_NUMBERS.has(s.tokens[t]!.norm) && /인분$/.test(s.tokens[t]!.norm)) out.push(i);
  });
  return out;
}

/**
 * "씨원 한 병이요" where "씨원 한" also spells 시원한 (cold, a choice of another item) and 씨원 is
 * the name of a soju on its own: a choice's name that ends on a number word said right before
 * a counter ("한 병") ends before it; the words before it name the thing, the number counts it.
 * Returns the matches to take instead of each such name.
 */
export function countsAfterNames(s: Stream, chosen: readonly PhraseCandidate[], matches: readonly PhraseMatch<MenuRef>[]): Array<{ name: PhraseCandidate; rest: PhraseMatch<MenuRef> }> {
  const out: Array<{ name: PhraseCandidate; rest: PhraseMatch<MenuRef> }> = [];
  for (const c of chosen) {
    if (c.start < 0 || !c.menu?.length || !c.menu.every((r) => r.kind === "choice")) continue;
    const last = s.tok[c.end - 1]!;
    if (last === s.tok[c.start] || s.tokStart[last + 1] !== c.end || !FOLDED_NUMBERS.has(s.tokens[last]!.norm)) continue;
    const next = s.tokens[last + 1];
    if (next?.script !== "hangul" || ![...FOLDED_COUNTERS].some((w) => next.norm.startsWith(w))) continue;
    const cut = s.tokStart[last]!;
    const rest = matches.filter((m) => m.start === c.start && m.end <= cut && s.tokStart[s.tok[m.end - 1]! + 1] === m.end).sort((x, y) => y.end - x.end)[0];
    if (rest) out.push({ name: c, rest });
  }
  return out;
}

/**
 * "아 막걸리 한 병만요" where the menu also calls the 막걸리 "막걸리 한 병": a name of an item that
 * ends on "한" and a counter with 만 after it, whose words before them are a name of that same
 * item, is that name and a count said ("한 병만": one bottle in all, with the rest of the turn's words); read
 * whole, the count was lost and 만 made it "just the 막걸리", the other lines taken away (blind
 * round 60). Returns the matches to take instead of each such name.
 */
export function countsInsideItemNames(s: Stream, chosen: readonly PhraseCandidate[], matches: readonly PhraseMatch<MenuRef>[]): Array<{ name: PhraseCandidate; rest: PhraseMatch<MenuRef> }> {
  const out: Array<{ name: PhraseCandidate; rest: PhraseMatch<MenuRef> }> = [];
  for (const c of chosen) {
    if (c.start < 0 || !c.menu?.length || !c.menu.every((r) => r.kind === "item" && !r.partial)) continue;
    const counter = s.tok[c.end - 1]!;
    const one = counter - 1;
    if (one <= s.tok[c.start]! || s.tokStart[counter] === undefined || s.tokens[one]!.norm !== foldHangul("한")) continue;
    const word = s.chars.slice(s.tokStart[counter]!, c.end).join("");
    if (!FOLDED_COUNTERS.has(word)) continue;
    // (Only with 만 right after the counter: "소주 한 병 처음처럼으로" is one soju said twice, which one after.)
    if (s.chars[c.end] !== foldHangul("만") || s.tok[c.end] !== counter) continue;
    const items = new Set(c.menu.map((r) => (r.kind === "item" ? r.item : "")));
    const cut = s.tokStart[one]!;
    const rest = matches.filter((m) => m.start === c.start && m.end <= cut && s.tokStart[s.tok[m.end - 1]! + 1] === m.end && sameItems(m.payloads, items)).sort((x, y) => y.end - x.end)[0];
    if (rest) out.push({ name: c, rest });
  }
  return out;
}

/**
 * "불고기 덮밥 하나 양파 빼고요 …" where the menu also calls the dish "불고기 덮밥 하나": a name of
 * an item that ends on a number word standing as a word of its own (하나, 둘, not 한 before a
 * counter), whose words before it are a name of that same item, is that name and a count said.
 * Read whole, the dish had no count and the refusal after it went to the next dish (blind
 * round 81). Returns the matches to take instead of each such name.
 */
export function countWordsEndingItemNames(s: Stream, chosen: readonly PhraseCandidate[], matches: readonly PhraseMatch<MenuRef>[]): Array<{ name: PhraseCandidate; rest: PhraseMatch<MenuRef> }> {
  const out: Array<{ name: PhraseCandidate; rest: PhraseMatch<MenuRef> }> = [];
  for (const c of chosen) {
    if (c.start < 0 || !c.menu?.length || !c.menu.every((r) => r.kind === "item" && !r.partial)) continue;
    const last = s.tok[c.end - 1]!;
    if (last <= s.tok[c.start]!) continue;
    // (The number word ends the name: "하나요" said with its ending is still the word.)
    const word = s.chars.slice(s.tokStart[last]!, c.end).join("");
    if (!FREE_NUMBERS.has(word)) continue;
    const items = new Set(c.menu.map((r) => (r.kind === "item" ? r.item : "")));
    const cut = s.tokStart[last]!;
    const rest = matches.filter((m) => m.start === c.start && m.end <= cut && s.tokStart[s.tok[m.end - 1]! + 1] === m.end && sameItems(m.payloads, items)).sort((x, y) => y.end - x.end)[0];
    if (rest) out.push({ name: c, rest });
  }
  return out;
}
const FREE_NUMBERS: ReadonlySet<string> = new Set(koreanNumberWords().filter((w) => !w.prenoun && !w.text.includes(" ") && !/인분|접시/.test(w.text)).map((w) => foldHangul(w.text)));

/** The things a name names, of which the items (named whole) are those. */
function sameItems(refs: readonly MenuRef[], items: ReadonlySet<string>): boolean {
  const named = refs.flatMap((r) => (r.kind === "item" ? [r] : []));
  return named.length > 0 && named.every((r) => !r.partial && items.has(r.item)) && [...items].every((i) => named.some((r) => r.item === i));
}
