// A later turn that names a part of the set in hand, said as the one talked about, with options
// that part takes: "meal deal with a traditional and a coke" → "oh and make the pasty a large
// one"; a meal deal with its tea → "no milk in the tea please"; "2인 세트 하나 주세요" → "음료는
// 사이다요"; "핫도그 세트 하나 주세요" → "아 그리고 핫도그에 케첩은 빼 주세요". A cashier changes
// the set's pasty, tea, drink, hot dog; the engine had made a second pasty, soda, tea, hot dog
// beside the set (blind first run r86a-004, r89c-010 answered alone; r86a-013, r91a-008).
//
// The part, from the menu's own words: an item the set's name or description names ("핫도그 +
// 감자튀김 + 음료"), the thing the set's line holds as a choice ("the tea" of its drink "tea"),
// or a word that ends the name of one of the set's pick-one groups ("pasty" of "Meal deal pasty",
// "음료" of "세트 음료"). Said as the one talked about: after "the" in English, with 은/는 or 에 first
// in Korean; no line of that thing in hand. Every other menu word of the turn must be an option
// the set takes, of that group or of a group the part itself takes (its size, its milk, its
// holds). A count, "another", 더, 도, a question, or anything else named leave the words as read.
// Korean: but "주먹밥 하나는 김치로 해 주세요" of two 라면 세트 in hand, the part and then "하나는" (one of
// them, fewer than the line holds) is one of the sets with its part so, not a rice ball sold alone
// (blind first run r119a-030, answered alone).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { asFiller } from "./atom-forms.ts";
import { partsNamed } from "./bundle-with-its-part.ts";
import type { Keyword } from "./language.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf, keyWithoutParticle, spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

type MenuAtom = Extract<Atom, { kind: "menu" }>;
type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

/** Words that ask, order more or undo: the turn is not a change of the part. */
const NOT_A_CHANGE: readonly Keyword[] = ["question", "price", "have", "describe", "menu", "cart", "more", "same", "cancel", "cancel-all", "instead", "correction", "checkout", "recommend", "later", "pronoun", "both", "all"];

/** The set's pick-one groups whose name's last word is `word` ("Meal deal pasty", "세트 음료"). */
function groupsEndingIn(menu: MenuModel, set: string, word: string): string[] {
  return menu.itemGroups(set).filter((g) => g.select === "one" && Object.values(menu.groups.get(g.id)?.name ?? {}).some((n) => {
    const words = n.trim().split(/\s+/);
    return words.length >= 2 && keyOf(words[words.length - 1]!) === word;
  })).map((g) => g.id);
}

/** The set's choice that the line holds and that one of the part's names names. */
const holdsChoice = (options: Readonly<Record<string, unknown>> | undefined, r: ChoiceRef) => {
  const v = options?.[r.group];
  return Array.isArray(v) ? v.includes(r.choice) : v === r.choice;
};

interface Part {
  /** The items the part may be (the one named, the pasties of "pasty"). */
  items: string[];
  /** The set's group the part is (its drink, its pasty), if one. */
  group?: string;
}

/**
 * The item's pick-one groups that the set takes and no other thing of another kind than the
 * set's: the 주먹밥's flavour of a 라면 세트 (r119a-030), not the 온도 every coffee takes.
 */
export function groupsOnlyItsPart(menu: MenuModel, set: string, item: string): string[] {
  const kind = menu.item(set)?.category;
  return menu.itemGroups(item).filter((g) => g.select === "one" && !!menu.itemGroup(set, g.id) && !menu.menu.items.some((x) => x.id !== item && x.category !== kind && !!menu.itemGroup(x.id, g.id))).map((g) => g.id);
}

/** The one pick-one group the item named and the set alone take (groupsOnlyItsPart). */
function sharedGroup(menu: MenuModel, set: string, items: readonly string[]): string | undefined {
  if (items.length !== 1) return undefined;
  const shared = groupsOnlyItsPart(menu, set, items[0]!);
  return shared.length === 1 ? shared[0] : undefined;
}

/** What of the set `set` (its line's options `held`) the word names, if a part of it. */
function partNamed(menu: MenuModel, set: string, held: Readonly<Record<string, unknown>> | undefined, p: MenuAtom, inHand: readonly string[]): Part | undefined {
  const items = p.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : []));
  const cats = p.refs.flatMap((r) => (r.kind === "category" ? [r.category] : []));
  if (new Set(items).size > 1 || cats.length > 1 || (!items.length && !cats.length) || items.includes(set)) return undefined;
  const catItems = cats.length ? menu.menu.items.filter((x) => x.category === cats[0]).map((x) => x.id) : [];
  // (A line of the thing itself in hand: that line is meant.)
  if ([...items, ...catItems].some((x) => inHand.includes(x))) return undefined;
  const word = keyWithoutParticle(p.text).replace(/(?:에다가|에다|에는|에|엔)$/, "");
  const headed = word.length >= 2 ? groupsEndingIn(menu, set, word) : [];
  if (headed.length > 1) return undefined;
  // (Of a pick-one group only: "swap the beans for fries" of a plate's sides names the one replaced.)
  const group = headed[0] ?? p.refs.find((r): r is ChoiceRef => r.kind === "choice" && holdsChoice(held, r) && menu.groups.get(r.group)?.select === "one")?.group ?? sharedGroup(menu, set, items);
  const named = items.length === 1 && partsNamed(menu, set).size >= 2 && partsNamed(menu, set).has(items[0]!);
  if (!group && !named && !(!items.length && partOfTheCategory(menu, set, catItems))) return undefined;
  // (The group's choice the line holds, by its name: the Traditional pasty of the deal's "traditional".)
  const chosen = group ? held?.[group] : undefined;
  const choice = typeof chosen === "string" ? menu.groups.get(group!)?.choices?.find((c) => c.id === chosen) : undefined;
  const keys = new Set(choice ? spokenNames(choice).map(keyOf) : []);
  const ofChoice = keys.size ? menu.menu.items.filter((x) => spokenNames(x).some((n) => keys.has(keyOf(n)))).map((x) => x.id) : [];
  return { items: [...new Set([...items, ...catItems, ...ofChoice])], ...(group ? { group } : {}) };
}

/**
 * "커피는 아이스로요" of a 커플 세트 whose words name its "아메리카노 2잔": a category said whose one
 * thing the set's words name, the set's own part (blind first run r102b-014 made an iced latte
 * beside the set, alone). Not the set's own category, and only of a set with choices of its own.
 */
function partOfTheCategory(menu: MenuModel, set: string, catItems: readonly string[]): boolean {
  if (!catItems.length || catItems.includes(set) || menu.itemGroups(set).length < 2) return false;
  const parts = partsNamed(menu, set);
  return catItems.filter((x) => parts.has(x)).length === 1;
}

/** The one reading of an option word as the set's, of the part's group or of a group the part takes. */
function optionOfThePart(menu: MenuModel, set: string, part: Part, a: Atom): ChoiceRef | undefined {
  if (a.kind !== "menu" || a.fuzzy) return undefined;
  const theirs = a.refs.filter((r): r is ChoiceRef => r.kind === "choice" && !!menu.itemGroup(set, r.group)?.choices.some((c) => c.id === r.choice) && (r.group === part.group || part.items.some((x) => !!menu.itemGroup(x, r.group))));
  const distinct = new Set(theirs.map((r) => `${r.group}/${r.choice}`));
  return distinct.size === 1 ? theirs[0] : undefined;
}

/** The word with only its readings as this choice (each kept: "케첩" may be the removal's name read with 빼). */
const keepReading = (a: MenuAtom, o: ChoiceRef): Atom => ({ ...a, refs: a.refs.filter((r) => r.kind === "choice" && r.group === o.group && r.choice === o.choice) });

const isThe = (a: Atom | undefined) => a?.kind === "kw" && (a.keywords.includes("the") || /\bthe$/i.test(a.text.trim()));

/**
 * Korean: the words before the part `k` are the set's own choices each said with 로 and 하고
 * after it ("유자로 하고"), nothing else named.
 */
function ownChoicesMadeSo(menu: MenuModel, set: string, atoms: readonly Atom[], k: number): boolean {
  let saw = false;
  for (let i = 0; i < k; i++) {
    const a = atoms[i]!;
    if (a.kind === "menu") {
      const own = !a.fuzzy && a.flags.dir && /(?:으로|로)$/.test(a.text.trim()) && a.refs.some((r) => r.kind === "choice" && !!menu.itemGroup(set, r.group)?.choices.some((c) => c.id === r.choice));
      if (!own || !/^(?:하고|하구)$/.test(atoms[i + 1]?.text.trim() ?? "")) return false;
      saw = true;
    } else if (a.kind !== "kw" && a.kind !== "sep") return false;
  }
  return saw;
}

/** Korean "하나는" said right after the part: fewer of the line in hand than it holds, with 은/는. */
const oneOfTheLine = (a: Atom | undefined, qty: number | undefined): boolean => a?.kind === "num" && !!a.flags.topic && !a.article && (qty ?? 1) > a.value;

export function partOfTheSetInHand(atoms: Atom[], ctx: ParseContext, en: boolean): Atom[] {
  const last = ctx.focus?.at(-1);
  if (!last) return atoms;
  if (atoms.some((a) => a.kind === "kw" && a.keywords.some((k) => NOT_A_CHANGE.includes(k)))) return atoms;
  const menuAt = atoms.flatMap((a, i) => (a.kind === "menu" ? [i] : []));
  if (menuAt.length < 2) return atoms;
  const inHand = (ctx.focus ?? []).map((f) => f.item);
  for (const k of menuAt) {
    const p = atoms[k] as MenuAtom;
    if (p.fuzzy || p.flags.also) continue;
    // Said as the one talked about.
    // ("scratch the salad": the part itself taken off, not changed.)
    // (Korean: after the set's own choice said with 로 and 하고, "유자로 하고 안주는 가라아게요", r106e-009.)
    const ownFirst = !en && ownChoicesMadeSo(ctx.menu, last.item, atoms, k);
    const oneOfThem = !en && k === menuAt[0] && oneOfTheLine(atoms[k + 1], last.qty);
    if (en ? !isThe(atoms[k - 1]) || atoms[k - 1]!.kind !== "kw" || (atoms[k - 1] as Atom & { kind: "kw" }).keywords.some((w) => w === "remove" || w === "refuse" || w === "without") : !(p.flags.topic || p.flags.loc || oneOfThem) || (!ownFirst && (k !== menuAt[0] || atoms.slice(0, k).some((a) => a.kind !== "kw" && a.kind !== "sep")))) continue;
    const part = partNamed(ctx.menu, last.item, last.options, p, inHand);
    if (!part) continue;
    // No count: an English article only after the part ("make the pasty a large one").
    // (Korean "하나는" right after the part, one of the line's: kept, it splits the line.)
    if (atoms.some((a, i) => a.kind === "num" && !(en && a.article && i > k) && !(oneOfThem && i === k + 1))) return atoms;
    const options = new Map<number, ChoiceRef>();
    for (const i of menuAt) {
      if (i === k || (ownFirst && i < k)) continue;
      const o = optionOfThePart(ctx.menu, last.item, part, atoms[i]!);
      if (!o) return atoms;
      options.set(i, o);
    }
    return atoms.map((a, i) => (i === k || (a.kind === "num" && !(oneOfThem && i === k + 1)) ? asFiller(a) : options.has(i) ? keepReading(a as MenuAtom, options.get(i)!) : a));
  }
  return atoms;
}
