// Everything a customer may call something on this menu, built once per menu: item
// names and aliases (with the options a preset alias carries, 아아 = iced americano),
// option choices, option groups, order options, categories and tags, in every
// language of the menu. Parts of multi-word names ("pepperoni" for "Pepperoni pizza")
// are kept as weaker, partial names. Nothing here knows any particular store.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { OptionValue, Text } from "../../../../shared/menu/schema.ts";
import { PhraseIndex } from "./phrase-index.ts";
import { addedChoiceInAliasWords, choiceAnAliasNames, choiceInAliasWords } from "./alias-choices.ts";
import { onlyInBundles } from "./bundles.ts";
import { EATIN_PHRASES, MULTIPLIERS, TAKEOUT_PHRASES, TEMPERATURE_WORDS, beginsKoreanWord, casualEndings, isRefusalWord, languageLexicon, onlyArticles, spelledAsKoreanWord } from "./language.ts";
import { dressedWord, headSynonyms, koreanSizeForms, isRemovalGroupName, surelyRemovalName, isRemovalName, sharedOrderWords, keyOf, kindOfChoice, englishClippings, measureForms, measureFirst, countedByItsPlace, namePartsOf, plainKindOf, plainVariants, spokenForms, withoutRemovalWord } from "./name-forms.ts";
import { wordVariants } from "./word-variants.ts";
import { itemsNamedAfter, koreanAcronyms, koreanClippings, temperatureContractions } from "./item-name-forms.ts";
import { tokenize } from "./normalize.ts";
import { FuzzyNames, type FuzzyHit } from "./fuzzy-names.ts";
import { servedWithOne, withoutArticle } from "./name-shapes.ts";
import { addedAlsoForms, addedChoices, groupWordsWithoutItemWord, hasAddWord, isFunctionPhrase, onlyAddWords, onlyRemovalWords, withoutAddWords } from "./add-words.ts";
import { dedupe, type MenuRef } from "./menu-ref.ts";
import { choiceOfAnotherItem, itemWithItsChoice, otherMenuWords } from "./lexicon-names.ts";
import { nameWithARequest } from "./asked-for-names.ts";

/** English words that say how many of a counted option in all. */

/** "in a cone", "on a cone": an item's alias that names its container, as the container. */
const CONTAINER_PREPOSITIONS = ["in a", "in an", "on a", "on an", "in", "into a"];

/** Korean adverbs that negate the verb after them ("안 썰어", "못 먹어"): never a name alone. */
const NEGATION_ADVERBS = ["안", "못"];

export interface ItemWords {
  keys: string[];
  names: Array<Array<{ norm: string; hangul: boolean; syllables: string[] }>>;
}

export type { MenuRef } from "./menu-ref.ts";
export type { FuzzyHit } from "./fuzzy-names.ts";

export class MenuLexicon {
  readonly index = new PhraseIndex<MenuRef>();
  private readonly fuzzyNames = new FuzzyNames<MenuRef>();
  /** Every phrase of the menu, for suggestions ("did you mean"). */
  readonly fullKeys = new Map<string, MenuRef[]>();

  constructor(readonly menu: MenuModel) {
    const full: Array<[string, MenuRef]> = [];
    const derived: Array<[string, MenuRef]> = [];
    const withless: Array<[string, MenuRef]> = [];
    const partials = new Map<string, MenuRef[]>();
    const texts = (t: Text | undefined) => Object.values(t ?? {});
    const aliasTexts = (a: Record<string, Array<string | { text: string; options: Record<string, OptionValue> }>> | undefined) =>
      Object.values(a ?? {}).flat();

    for (const item of menu.menu.items) {
      // ("Festival (each)": the board's price note; "and a festival each" is one per plate.)
      const plain = texts(item.name).map((n) => n.replace(/\s*\((?:each|ea\.?|apiece)\)\s*$/i, ""));
      for (const a of aliasTexts(item.aliases)) {
        // "cone" for the ice cream and for its Cake cone: the alias names that choice too.
        const named = typeof a === "string" ? choiceAnAliasNames(menu, item.id, a) : undefined;
        if (named) {
          // (The default said so — "cup", "potstickers" for the pan-fried — sets nothing: the
          // plain name, so "potstickers steamed" is not the name choosing otherwise.)
          const [group, choice] = Object.entries(named)[0]!;
          if (menu.itemGroup(item.id, group)?.default === choice) plain.push(a as string);
          else for (const v of headSynonyms(a as string)) full.push([v, { kind: "item", item: item.id, preset: named, partial: false }]);
          // "a scoop of mango in a cone": after a preposition it is what the thing said comes in.
          for (const p of CONTAINER_PREPOSITIONS) full.push([`${p} ${a as string}`, { kind: "choice", group, choice, name: false }]);
        }
        else if (typeof a === "string") {
          // "quarter white": another of its names and a word naming its own choice (White).
          const inWords = choiceInAliasWords(menu, item.id, a);
          const [group, choice] = inWords ? Object.entries(inWords)[0]! : [];
          // "fries with feta": another of its names with one of its toppings.
          const added = inWords ? undefined : addedChoiceInAliasWords(menu, item.id, a);
          if (inWords && menu.itemGroup(item.id, group!)?.default !== choice) for (const v of headSynonyms(a)) full.push([v, { kind: "item", item: item.id, preset: inWords, partial: false }]);
          else if (added) for (const v of headSynonyms(a)) full.push([v, { kind: "item", item: item.id, preset: added, partial: false }]);
          else plain.push(a);
        } else full.push([a.text, { kind: "item", item: item.id, preset: a.options, partial: false }]);
      }
      for (const p of plain) for (const v of headSynonyms(p)) full.push([v, { kind: "item", item: item.id, partial: false }]);
      for (const p of plain) for (const v of spokenForms(p)) full.push([v, { kind: "item", item: item.id, partial: false }]);
      for (const p of plain) for (const part of namePartsOf(p)) addTo(partials, part, { kind: "item", item: item.id, partial: true });
    }
    // "Plain bagel" is ordered as "a bagel" where no other item's name has "bagel" in it.
    for (const item of menu.menu.items) {
      const names = [...texts(item.name), ...aliasTexts(item.aliases).filter((a): a is string => typeof a === "string")];
      for (const n of names) {
        const rest = plainKindOf(n);
        if (!rest) continue;
        // (Not where another item shares the word, nor twice where the menu already says it.)
        const taken = (partials.get(rest) ?? []).some((r) => r.kind === "item" && r.item !== item.id) || full.some(([t]) => keyOf(t) === keyOf(rest));
        if (!taken) full.push([rest, { kind: "item", item: item.id, partial: false }]);
      }
    }
    // "불버거" for 불고기버거: the first syllable of a compound name's own part and the head
    // it shares with other items of the menu. A clipping is a guess, so it is a partial name.
    for (const [clip, item] of koreanClippings(menu.menu.items.map((it) => ({ id: it.id, names: [...texts(it.name), ...aliasTexts(it.aliases).filter((a): a is string => typeof a === "string")] })))) {
      addTo(partials, clip, { kind: "item", item, partial: true });
    }
    // "자허블" for 자몽 허니 블랙티: first syllables of a name's words, a guess like any clipping.
    // (Not one that starts a word of the language: "주세" of 주먹밥 세트 in every "주세요".)
    for (const [form, item] of koreanAcronyms(menu.menu.items.map((it) => ({ id: it.id, names: [...texts(it.name), ...aliasTexts(it.aliases).filter((a): a is string => typeof a === "string")] })))) {
      if (beginsKoreanWord(form)) continue;
      addTo(partials, form, { kind: "item", item, partial: true });
    }
    // "아아", "뜨아", "아바라": a temperature and a drink said as one word (a guess).
    const contractions = temperatureContractions(
      menu.menu.items.map((it) => ({
        id: it.id,
        names: [...texts(it.name), ...aliasTexts(it.aliases).filter((a): a is string => typeof a === "string")],
        temps: menu.itemGroups(it.id).filter((g) => g.select === "one").flatMap((g) => g.choices.map((c) => ({ group: g.id, choice: c.id, words: [...texts(c.name), ...aliasTexts(c.aliases).filter((a): a is string => typeof a === "string")] }))),
      })),
      TEMPERATURE_WORDS,
    );
    for (const [form, t] of contractions) addTo(partials, form, { kind: "item", item: t.item, preset: { [t.group]: t.choice }, partial: true });
    // "더블치즈 세트", "치킨버거 세트": an item named as another item plus a word (불고기버거 →
    // 불고기버거 세트) is said as any form of that item plus the word.
    for (const [base, item, word] of itemsNamedAfter(menu.menu.items.map((it) => ({ id: it.id, names: [...texts(it.name), ...aliasTexts(it.aliases).filter((a): a is string => typeof a === "string")] })))) {
      for (const [text, ref] of full) if (ref.kind === "item" && ref.item === base && !ref.preset) full.push([`${text} ${word}`, { kind: "item", item, partial: false }]);
      for (const [text, refs] of [...partials]) if (refs.some((r) => r.kind === "item" && r.item === base)) addTo(partials, `${text} ${word}`, { kind: "item", item, partial: true });
    }
    // (Choices' names only: an item's name ending on it is said apart, "물밀면 하나 면도 추가".)
    const nameKeys = menu.menu.optionGroups.flatMap((g) => (g.choices ?? []).flatMap((c) => [...texts(c.name), ...aliasTexts(c.aliases).filter((a): a is string => typeof a === "string")].map(keyOf)));
    const endsAnotherName = (word: string) => nameKeys.some((k) => k.length > keyOf(word).length && k.endsWith(keyOf(word)));
    for (const g of menu.menu.optionGroups) {
      const itemKeys = full.flatMap(([t, r]) => (r.kind === "item" ? [keyOf(t)] : []));
      for (const w of groupWordsWithoutItemWord(menu, g.id, itemKeys)) full.push([w, { kind: "group", group: g.id, add: false }]);
      for (const n of [...texts(g.name), ...aliasTexts(g.aliases).filter((a): a is string => typeof a === "string")]) {
        const core = withoutAddWords(n);
        const hasAdd = hasAddWord(n);
        // A group called just "추가"/"Add-ons" is not named by the verb "추가해 주세요",
        // nor one called "빼기" by "빼 주세요" (add-words.ts).
        if (onlyAddWords(n) || onlyRemovalWords(n)) continue;
        // Nor one called "Make it" by "make it ten", "make it two of those": an English
        // phrase of several words the language already has is that phrase (its choices
        // still name the group's options: "make it spicy").
        if (/^[a-z]+(?:\s+[a-z]+)+$/i.test(n.trim()) && isFunctionPhrase(languageLexicon().index, n)) continue;
        full.push([n, { kind: "group", group: g.id, add: hasAdd }]);
        // "3 pumps hazelnut", "one pump hazelnut" for a count called "Hazelnut pumps".
        // (Not where the thing is an item's name: "shot espresso" in "a double shot espresso" orders the espresso.)
        if (g.select === "count" && !itemKeys.includes(keyOf(n.trim().split(/\s+/)[0] ?? ""))) for (const v of measureFirst(n)) full.push([v, { kind: "group", group: g.id, add: false }]);
        if (g.select === "count") for (const v of countedByItsPlace(n)) full.push([v, { kind: "group", group: g.id, add: false }]);
        if (core && hasAdd) full.push([core, { kind: "group", group: g.id, add: false }]);
        // ("면도 추가" of a "면 추가": not where a longer option's name ends on the word, "당면도 추가".)
        if (g.select === "count") for (const v of addedAlsoForms(n)) if (!endsAnotherName(v.split(/\s+/)[0]!.slice(0, -1))) full.push([v, { kind: "group", group: g.id, add: true }]);
        // "a double cheeseburger", "triple patty": where every item comes with at least one
        // (the patties), "double"/"triple" say how many in all. (Not extra shots: a "double
        // shot" latte on a menu of extra shots could be one extra or two.)
        if (g.select === "count" && (g.min ?? 0) >= 1 && !/[\uac00-\ud7a3]/.test(n)) {
          for (const [word, times] of MULTIPLIERS) {
            if (times > (g.max ?? times)) continue;
            full.push([word, { kind: "group", group: g.id, add: false, times }]);
            for (const v of wordVariants(core || n)) full.push([`${word} ${v}`, { kind: "group", group: g.id, add: false, times }]);
          }
          // "two single scoops": one in all, said with the group's name ("single" alone is many menus' choice).
          for (const v of wordVariants(core || n)) full.push([`single ${v}`, { kind: "group", group: g.id, add: false, times: 1 }]);
        } else if (g.select === "count" && !/[\uac00-\ud7a3]/.test(n) && servedWithOne(menu, g.id)) {
          // "double chicken", "triple chicken" where some items come with one scoop: the
          // word with the group's name says how many in all (not the word alone).
          for (const [word, times] of MULTIPLIERS) {
            if (times > (g.max ?? times)) continue;
            for (const v of wordVariants(core || n)) full.push([`${word} ${v}`, { kind: "group", group: g.id, add: false, times }]);
          }
        }
      }
      const groupWords = new Set(
        [...texts(g.name), ...aliasTexts(g.aliases).filter((a): a is string => typeof a === "string")].flatMap((n) => n.toLowerCase().split(/\s+/)).map(keyOf),
      );
      const groupNames = [...texts(g.name), ...aliasTexts(g.aliases).filter((a): a is string => typeof a === "string")];
      const groupNameKeys = new Set(groupNames.map(keyOf));
      // A group named as a removal ("Hold": Pickles, "빼기": 오이): its plain choice names say what
      // is left out only when refused ("with pickles", "오이 넣어서" keep them), like "햄" for "햄 빼기".
      for (const c of g.choices ?? []) {
        // (So does a choice named as a removal among others, "양파 빼기" in "핫도그 빼기": its
        // plain alias "양파" is the onions, kept in "양파는 넣고" — not "노피클", said glued.)
        const cut = texts(c.name).filter(surelyRemovalName).map(withoutRemovalWord);
        const leftOut = (f: string) => ((groupNames.some(isRemovalGroupName) || (g.select === "many" && cut.length > 0 && !cut.some((t) => f.trim() === `노${t}`))) && !isRemovalName(f) ? { refused: true as const } : {});
        const said: string[] = [];
        // ("빼고" alone refuses what it follows: the choice so named is "다대기 빼고".)
        const forms = (v: string) => (isRefusalWord(v) ? groupNames.map((gn) => `${gn} ${v}`) : [v]);
        // ("the 4" less its number is "the": a form that is only articles names nothing.)
        const variants = (v: string) => wordVariants(v).filter((f) => f === v.trim() || !onlyArticles(f));
        // "A bowl", "A wrap": a choice named with an article is said as "a bowl of soup" too,
        // where the article counts and "bowl" may be another item's choice (the soup's size).
        for (const n0 of texts(c.name)) for (const v of variants(withoutArticle(n0))) for (const f of forms(v)) {
          const n = withoutArticle(n0);
          full.push([f, { kind: "choice", group: g.id, choice: c.id, name: f === n, ...leftOut(f) }]);
          said.push(f);
        }
        for (const a of aliasTexts(c.aliases)) {
          if (typeof a !== "string") continue;
          // ("regular fries" for a meal's side where Fries are sold alone in a regular size: the fries, that size.)
          if (itemWithItsChoice(menu, a, full) && onlyInBundles(menu, g.id)) continue;
          if (nameWithARequest(a, [...texts(c.name), ...aliasTexts(c.aliases).filter((x): x is string => typeof x === "string")])) continue;
          for (const v of variants(a)) for (const f of forms(v)) {
            // ("당도 30" less its number is the option's own name "당도": it names no one choice.)
            if (groupNameKeys.has(keyOf(f)) && !groupNameKeys.has(keyOf(a))) continue;
            full.push([f, { kind: "choice", group: g.id, choice: c.id, name: false, ...leftOut(f) }]);
            said.push(f);
          }
        }
        // "중자", "대 자": a size of a 소 / 중 / 대 scale said with its ending.
        for (const f of koreanSizeForms((g.choices ?? []).map((x) => x.name.ko), c.name.ko ?? "")) full.push([f, { kind: "choice", group: g.id, choice: c.id, name: false }]);
        // "얼음 적게" is also said "얼음은 적게": the choice's words without the group's own
        // word name it too, once the group is being talked about.
        for (const v of said) {
          const words = v.toLowerCase().split(/\s+/);
          const rest = words.filter((w) => !groupWords.has(keyOf(w)));
          if (rest.length === words.length || !rest.length) continue;
          // ("국물 안" is not named by "안": a negation alone negates the verb after it.)
          if (rest.length === 1 && NEGATION_ADVERBS.includes(rest[0]!)) continue;
          // ("2" of "level 2" is a count, as "two" is; "16" of "16 pieces" says how many, the choice.)
          if (rest.length === 1 && /^\d+$/.test(rest[0]!) && words.indexOf(rest[0]!) > 0) continue;
          derived.push([rest.join(" "), { kind: "choice", group: g.id, choice: c.id, name: false, derived: true }]);
        }
        // 'Medium (12")', "Small cup (16 oz)": the measure printed on the board names the
        // choice too ("a 12 inch pepperoni", "two sixteen ounce cokes"), where it names one.
        for (const n of texts(c.name)) for (const v of measureForms(n)) withless.push([v, { kind: "choice", group: g.id, choice: c.id, name: false }]);
        // "with whip" names the choice: so does "whip" ("no whip", "extra whip"), where no
        // other phrase of the menu is said so.
        for (const v of said) {
          const rest = /^with\s+(.+)$/i.exec(v)?.[1];
          if (rest) withless.push([rest, { kind: "choice", group: g.id, choice: c.id, name: false }]);
        }
      }
    }
    // "쫄면" for 쫄면사리 where 라면사리 is a choice too: a compound choice name without the
    // head it shares with other choices (a derived name: never over a full one).
    // A removal name ("오이 빼기") without its removal word is what is refused ("오이"): not a
    // clipping, but it names the removal only when refused (accounting.ts).
    for (const removal of [false, true]) {
      const choiceNames = menu.menu.optionGroups.flatMap((g) =>
        (g.choices ?? []).map((c) => ({
          id: `${g.id}\u0000${c.id}`,
          names: [...texts(c.name), ...aliasTexts(c.aliases).filter((a): a is string => typeof a === "string")].filter((n, _, all) => isRemovalName(n) === removal && !nameWithARequest(n, all)),
        })),
      );
      const clips = koreanClippings(choiceNames, false);
      // "pep" for Pepperoni, "jalap" for Jalapenos: English clippings of one-word choice names.
      const englishClips = removal ? [] : englishClippings(choiceNames, otherMenuWords(menu));
      for (const [clip, id] of [...clips, ...englishClips]) {
        const [group, choice] = id.split("\u0000") as [string, string];
        derived.push([clip, { kind: "choice", group, choice, name: false, ...(removal ? { refused: true as const } : { clipped: true as const }) }]);
      }
      // "뜨거운 라떼" where the choice is said "뜨거운 거" (a hot one): the word before 거, said
      // before the item, names the choice too (r108a-021).
      if (!removal) for (const c of choiceNames) for (const n of c.names) {
        const word = /^([\uac00-\ud7a3]+)\s*(?:거|것)$/.exec(n.trim())?.[1];
        const [group, choice] = c.id.split("\u0000") as [string, string];
        if (word && word.length >= 2 && /[은운는한된인ㄴ]$/.test(word)) derived.push([word, { kind: "choice", group, choice, name: false, clipped: true as const }]);
      }
      if (!removal) continue;
      // "햄" for "햄 빼기", "휘핑" for the menu's only removal "휘핑 빼기", "ketchup" for "No ketchup": the thing refused,
      // whether or not other removals share the removal word.
      for (const c of choiceNames) for (const n of c.names) {
        const rest = withoutRemovalWord(n);
        // (English too: "ketchup" for "No ketchup", "hold the ketchup and mustard".)
        if (!/^(?:[\uac00-\ud7a3]+|[a-z]+(?: [a-z]+)?)$/i.test(rest) || clips.some(([clip]) => clip === rest)) continue;
        const [group, choice] = c.id.split("\u0000") as [string, string];
        derived.push([rest, { kind: "choice", group, choice, name: false, refused: true }]);
      }
    }
    for (const g of menu.menu.orderOptions ?? []) {
      for (const n of [...texts(g.name), ...aliasTexts(g.aliases).filter((a): a is string => typeof a === "string")]) full.push([n, { kind: "orderGroup", group: g.id }]);
      // "수저는" for "일회용 수저" whose choices are "수저 필요" and "수저 필요 없음": a word of
      // the option's name that every choice's name has names the option too.
      for (const w of sharedOrderWords(texts(g.name), (g.choices ?? []).map((c) => texts(c.name)))) full.push([w, { kind: "orderGroup", group: g.id }]);
      const said = new Set<string>();
      for (const c of g.choices ?? []) {
        for (const n of [...texts(c.name), ...aliasTexts(c.aliases).filter((a): a is string => typeof a === "string")]) {
          full.push([n, { kind: "order", group: g.id, choice: c.id }]);
          said.add(keyOf(n));
        }
      }
      // "both to take off the plane" of "take it off the plane": the thing an order option's
      // name points at with "it" said as "them", "both", "everything" or left out (held-out r107e-023).
      for (const c of g.choices ?? []) {
        for (const n of [...texts(c.name), ...aliasTexts(c.aliases).filter((a): a is string => typeof a === "string")]) {
          if (!/^[a-z]+ it [a-z]/i.test(n)) continue;
          for (const f of ["them", "both", "everything", "all"].map((w) => n.replace(/ it /i, ` ${w} `)).concat(n.replace(/ it /i, " "))) {
            if (said.has(keyOf(f))) continue;
            full.push([f, { kind: "order", group: g.id, choice: c.id }]);
            said.add(keyOf(f));
          }
        }
      }
      // Take-out and eat-in said any of the common ways, when the menu's own names show which choice is which.
      for (const [phrases, c] of [[TAKEOUT_PHRASES, kindOfChoice(g.choices ?? [], TAKEOUT_PHRASES)], [EATIN_PHRASES, kindOfChoice(g.choices ?? [], EATIN_PHRASES)]] as const) {
        if (!c) continue;
        for (const p of phrases) for (const f of [p, ...casualEndings(p)]) if (!said.has(keyOf(f))) full.push([f, { kind: "order", group: g.id, choice: c }]);
      }
    }
    for (const c of menu.menu.categories) {
      for (const n of texts(c.name)) {
        // A category called "추가" (the sides) is not named by the verb "추가해 주세요" either.
        if (onlyAddWords(n) || onlyRemovalWords(n)) continue;
        for (const v of headSynonyms(n)) full.push([v, { kind: "category", category: c.id, partial: false }]);
        for (const part of namePartsOf(n)) addTo(partials, part, { kind: "category", category: c.id, partial: true });
      }
    }
    const tags = new Set(menu.menu.items.flatMap((i) => i.tags ?? []));
    for (const t of tags) full.push([t.replace(/[-_]/g, " "), { kind: "tag", tag: t }]);

    full.push(...addedChoices(full));
    // "with feta" where one group's choice is called so (Feta fries) and another's is "Feta" (a
    // topping): the phrase names both, and the item in hand takes the one it has.
    const choiceByKey = new Map<string, MenuRef[]>();
    for (const [t, r] of full) if (r.kind === "choice") choiceByKey.set(keyOf(t), [...(choiceByKey.get(keyOf(t)) ?? []), r]);
    for (const [t, r] of [...full]) {
      const rest = r.kind === "choice" ? /^with\s+(.+)$/i.exec(t.trim())?.[1] : undefined;
      if (!rest || r.kind !== "choice") continue;
      for (const o of choiceByKey.get(keyOf(rest)) ?? []) if (o.kind === "choice" && o.group !== r.group) full.push([t, { ...o, name: false }]);
    }
    // "보통으로", "그냥 보통" listed as names of the firmness's 보통 where the broth and the
    // amount have a 보통 too: the word dressed with a particle or filler names what the word
    // names (a correction back to 보통 is then heard for the group it corrects).
    for (const [t, r] of [...full]) {
      const word = r.kind === "choice" ? dressedWord(t) : undefined;
      const named = word ? choiceByKey.get(keyOf(word)) ?? [] : [];
      if (r.kind !== "choice" || !named.some((o) => o.kind === "choice" && o.group === r.group && o.choice === r.choice)) continue;
      for (const o of named) if (o.kind === "choice" && o.group !== r.group) full.push([t, { ...o, name: false }]);
    }
    for (const [text, ref] of full) {
      this.index.add(text, ref);
      const key = keyOf(text);
      if (key) addTo(this.fullKeys, key, ref);
    }
    const fn = languageLexicon().index;
    // (Said of two choices, a phrase would name neither surely.)
    const choicesOfKey = new Map<string, Set<string>>();
    for (const [text, ref] of withless) if (ref.kind === "choice") choicesOfKey.set(keyOf(text), new Set([...(choicesOfKey.get(keyOf(text)) ?? []), `${ref.group}/${ref.choice}`]));
    for (const [text, ref] of withless) {
      const key = keyOf(text);
      if (!key || this.fullKeys.has(key) || isFunctionPhrase(fn, text) || (choicesOfKey.get(key)?.size ?? 0) > 1) continue;
      addTo(this.fullKeys, key, ref);
      this.index.add(text, ref);
    }
    for (const [text, ref] of derived) {
      const key = keyOf(text);
      // (A Korean name only sounding like a word of the language, "깨" of "깨 빼기" beside the
      // particle 께, is still the name: the language's words are matched as spelled.)
      const soundsOnly = /^[\uac00-\ud7a3]+$/.test(text) && !spelledAsKoreanWord(text);
      if (!key || (isFunctionPhrase(fn, text) && !soundsOnly)) continue;
      // "whole wheat" is the bread's name, and the wrap's "Whole wheat tortilla" less its head:
      // both, for an item that takes the one and not the other (choice-modifiers.ts). Never
      // over a name of anything but another group's choice.
      const full = this.fullKeys.get(key);
      if (full && !(ref.kind === "choice" && !ref.clipped && !ref.refused && full.every((r) => r.kind === "choice" && r.group !== ref.group))) continue;
      this.index.add(text, ref);
    }
    const plain = plainVariants(menu.menu.items.map((it) => ({ id: it.id, names: [...texts(it.name), ...aliasTexts(it.aliases).filter((a): a is string => typeof a === "string")] })));
    for (const [text, refs] of partials) {
      const key = keyOf(text);
      if (!key || (this.fullKeys.has(key) && !choiceOfAnotherItem(menu, this.fullKeys.get(key)!, refs))) continue;
      if (isFunctionPhrase(fn, text)) continue;
      // "lettuce tomato" of "Bacon lettuce tomato": a piece of a name made only of choices' names is those choices.
      const words = text.toLowerCase().split(/\s+/);
      if (words.length >= 2 && words.every((w) => (this.fullKeys.get(keyOf(w)) ?? []).some((r) => r.kind === "choice"))) continue;
      // A three-letter word is a piece of one item's name only: never of several, nor of a category.
      if (/^[a-z]{3}$/.test(key) && (dedupe(refs).length !== 1 || refs[0]!.kind !== "item")) continue;
      // "김밥" where the menu has 원조김밥 (or "기본 김밥") and 참치김밥: the plain one, still a guess.
      // (Korean only: English words several items share are weighed in elided.ts.)
      const p = /[\uac00-\ud7a3]/.test(key) ? plain.get(key) : undefined;
      const pick = p && refs.some((r) => r.kind === "item" && r.item === p) ? refs.filter((r) => r.kind !== "item" || r.item === p) : refs;
      for (const ref of dedupe(pick)) this.index.add(text, ref);
    }
    for (const [key, refs] of this.fullKeys) this.fuzzyNames.add(key, refs);
  }

  private readonly itemWordCache = new Map<string, ItemWords>();

  /** An item's names and aliases as normalized words and compact keys (suggestions, "X 세트"). */
  itemWords(item: string): ItemWords {
    let w = this.itemWordCache.get(item);
    if (w) return w;
    const it = this.menu.item(item);
    const names = it ? [...Object.values(it.name), ...Object.values(it.aliases ?? {}).flat().map((a) => (typeof a === "string" ? a : a.text))] : [];
    w = {
      keys: names.map(keyOf).filter(Boolean),
      names: names.map((n) =>
        tokenize(n)
          .filter((t) => t.script === "hangul" || t.script === "latin")
          .map((t) => ({ norm: t.norm, hangul: t.script === "hangul", syllables: t.script === "hangul" ? [...t.norm] : [] })),
      ),
    };
    this.itemWordCache.set(item, w);
    return w;
  }

  /** The closest menu phrase to a word the customer said that matched nothing exactly. */
  fuzzy(compact: string): FuzzyHit<MenuRef> | undefined {
    return this.fuzzyNames.closest(compact);
  }
}

const lexiconCache = new WeakMap<MenuModel, MenuLexicon>();

/** One lexicon per menu object: built on first use, reused by every turn. */
export function lexiconFor(menu: MenuModel): MenuLexicon {
  let lx = lexiconCache.get(menu);
  if (!lx) {
    lx = new MenuLexicon(menu);
    lexiconCache.set(menu, lx);
  }
  return lx;
}

export { keyOf };

function addTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
