// Words in a group's name that customers leave out: words that add ("추가", "extra": a group
// called "치즈 추가" is also said "치즈", "계란 추가" also names the egg of another group), the
// word the items that have it share ("세트 음료" said "음료"), and function words (a phrase
// of them alone is never part of a name).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { ADD_WORDS, isRefusalWord, languageLexicon } from "./language.ts";
import type { MenuRef } from "./lexicon.ts";
import { isRemovalName, keyOf, keyWithoutParticle } from "./name-forms.ts";

let addKeySet: Set<string> | undefined;

export function withoutAddWords(name: string): string {
  const addKeys = (addKeySet ??= new Set(ADD_WORDS.map(keyOf)));
  const core = name
    .toLowerCase()
    .split(/[\s\-_/]+/)
    .filter((w) => !addKeys.has(keyOf(w)))
    .join(" ")
    .trim();
  const key = keyOf(core);
  // "add-ons" leaves "ons": a core too short or too common to name the group is dropped.
  if (!key || (/^[a-z]+$/.test(key) ? key.length < 3 : [...key].length < 1)) return "";
  if (isFunctionPhrase(languageLexicon().index, core)) return "";
  return core;
}

/**
 * "면도 추가요" of a count called "면 추가", whose thing alone ("면") is a word of the language
 * too (the ending 면), so no name of its own (withoutAddWords): the name said with 도 before
 * its adding word, "X도 추가", names the group. (Blind round 77: "면도" was read as endings
 * and the noodles lost.) Other things said so, "고기도 추가", are read by their own names.
 */
export function addedAlsoForms(name: string): string[] {
  const addKeys = (addKeySet ??= new Set(ADD_WORDS.map(keyOf)));
  const words = name.trim().split(/\s+/);
  if (words.length !== 2 || !/^[\uac00-\ud7a3]+$/.test(words[0]!) || !addKeys.has(keyOf(words[1]!)) || withoutAddWords(name)) return [];
  return [`${words[0]}도 ${words[1]}`];
}

/**
 * Whether a group's name has a word that adds ("치즈 추가", "Extra cheese"). Not read off
 * withoutAddWords, which also empties a name of function words alone: "인분" (servings)
 * says how many in all, it adds nothing.
 */
export function hasAddWord(name: string): boolean {
  const addKeys = (addKeySet ??= new Set(ADD_WORDS.map(keyOf)));
  return name.toLowerCase().split(/[\s\-_/]+/).some((w) => w && addKeys.has(keyOf(w)));
}

/**
 * Whether words said of a group say "extra" ("노른자 추가는", "no extra yolk"): refused so,
 * it is the extra that is turned down, not what the item comes with.
 */
export function saysAddWord(text: string): boolean {
  const addKeys = (addKeySet ??= new Set(ADD_WORDS.map(keyOf)));
  return text.toLowerCase().split(/[\s\-_/]+/).some((w) => w && (addKeys.has(keyOf(w)) || addKeys.has(keyWithoutParticle(w))));
}

export function onlyAddWords(name: string): boolean {
  const addKeys = (addKeySet ??= new Set(ADD_WORDS.map(keyOf)));
  const words = name.toLowerCase().split(/[\s\-_/]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => addKeys.has(keyOf(w)));
}

/**
 * A group called just "빼기"/"빼 주세요" (the 김밥's removals) is not named by the verb:
 * "순대랑 어묵탕은 빼주세요" takes those lines out, it does not name the group.
 */
export function onlyRemovalWords(name: string): boolean {
  const t = name.trim().toLowerCase();
  return isRefusalWord(t) || isRefusalWord(t.replace(/기$/, "")) || isRefusalWord(t.replace(/\s+/g, ""));
}

/**
 * "계란 추가" written as one group's choice ("라면 추가: 계란 추가") or "치즈 추가" as a
 * counted group's name still means "add 계란/치즈" for an item whose egg or cheese is
 * another group's choice: the longer phrase also carries the choices its words without
 * the add word name ("계란" in the 떡볶이's 추가 group, "치즈" among the ramen's toppings).
 */
export function addedChoices(full: Array<[string, MenuRef]>): Array<[string, MenuRef]> {
  const byKey = new Map<string, MenuRef[]>();
  for (const [text, ref] of full) if (ref.kind === "choice") byKey.set(keyOf(text), [...(byKey.get(keyOf(text)) ?? []), ref]);
  // A choice that leaves the thing out ("숙주 빼기", also called "숙주"): an adding phrase
  // ("숙주 추가") never names it — adding words never make a removal.
  const removals = new Set(full.flatMap(([text, ref]) => (ref.kind === "choice" && (ref.refused || isRemovalName(text)) ? [`${ref.group}/${ref.choice}`] : [])));
  const out: Array<[string, MenuRef]> = [];
  const seen = new Set<string>();
  for (const [text, ref] of full) {
    if (ref.kind !== "choice" && !(ref.kind === "group" && ref.add)) continue;
    const core = withoutAddWords(text);
    if (!core || keyOf(core) === keyOf(text)) continue;
    for (const r of byKey.get(keyOf(core)) ?? []) {
      if (r.kind !== "choice" || r.group === ref.group || removals.has(`${r.group}/${r.choice}`)) continue;
      const k = `${keyOf(text)}|${r.group}|${r.choice}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push([text, { kind: "choice", group: r.group, choice: r.choice, name: false }]);
    }
  }
  return out;
}

let fnKeys: Set<string> | undefined;

/** A phrase that is only function words (numbers, counters, particles, "the"), never a name part. */
export function isFunctionPhrase(fn: ReturnType<typeof languageLexicon>["index"], text: string): boolean {
  const keys = (fnKeys ??= new Set(fn.entries.map((e) => e.key)));
  if (keys.has(keyOf(text))) return true;
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 1 && words.every((w) => keys.has(keyOf(w)));
}

/**
 * "음료" for "세트 음료", "사이드" for "세트 사이드": a two-word Korean group name whose first
 * word every item having the group is called by ("... 세트") is said without it; not where
 * the rest is a function word or part of an item's name ("세트 김밥" where 김밥s are ordered
 * on their own).
 */
export function groupWordsWithoutItemWord(menu: MenuModel, groupId: string, itemKeys: readonly string[]): string[] {
  const g = menu.groups.get(groupId);
  const holders = menu.menu.items.filter((it) => (it.optionGroups ?? []).some((x) => (typeof x === "string" ? x : x.group) === groupId));
  const out: string[] = [];
  for (const n of Object.values(g?.name ?? {})) {
    const words = n.trim().split(/\s+/);
    // (One item having it is enough: "토스트 세트" alone takes the "세트 음료".)
    if (words.length !== 2 || holders.length < 1 || !/[\uac00-\ud7a3]/.test(n) || isFunctionPhrase(languageLexicon().index, words[1]!)) continue;
    if (itemKeys.some((k) => k.includes(keyOf(words[1]!)))) continue;
    if (holders.every((it) => Object.values(it.name).some((iname) => iname.split(/\s+/).includes(words[0]!)))) out.push(words[1]!);
  }
  return out;
}
