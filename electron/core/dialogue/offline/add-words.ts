// Words that add ("추가", "extra") and function words in the menu's names: a group called
// "치즈 추가" is also said "치즈", "계란 추가" also names the egg of another group, and a
// phrase of function words alone is never part of a name.
import { ADD_WORDS, languageLexicon } from "./language.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf } from "./name-forms.ts";

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

export function onlyAddWords(name: string): boolean {
  const addKeys = (addKeySet ??= new Set(ADD_WORDS.map(keyOf)));
  const words = name.toLowerCase().split(/[\s\-_/]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => addKeys.has(keyOf(w)));
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
  const out: Array<[string, MenuRef]> = [];
  const seen = new Set<string>();
  for (const [text, ref] of full) {
    if (ref.kind !== "choice" && !(ref.kind === "group" && ref.add)) continue;
    const core = withoutAddWords(text);
    if (!core || keyOf(core) === keyOf(text)) continue;
    for (const r of byKey.get(keyOf(core)) ?? []) {
      if (r.kind !== "choice" || r.group === ref.group) continue;
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
