// An elided head noun: "a large with ham", "ham mushrooms onions on a large", "a large thin
// crust". Options and a quantity with no item named order the item they describe: the one
// item that takes every option said, or among several the one most open to options (the
// build-your-own over the specialties). A guess, unless the menu settles it (plainHeadFor).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { keyOf, type MenuLexicon } from "./lexicon.ts";
import { keyWithoutParticle, plainKindOf, spokenNames } from "./name-forms.ts";
import { isBundle } from "./bundles.ts";
import { itemTakes } from "./options.ts";
import { removalIndex } from "./refusal.ts";
import type { Mod } from "./utterance.ts";

/** `among`: the items a word like "pizza" may mean, when it named several. */
export function elidedHeadFor(menu: MenuModel, mods: Mod[], among?: string[]): string | undefined {
  const best = likeliestHeads(menu, mods, among);
  return best.length === 1 ? best[0] : undefined;
}

/** The items equally likely to be meant (several: ask which, with buttons). */
export function likeliestHeads(menu: MenuModel, mods: Mod[], among?: string[]): string[] {
  const taking = itemsTakingAll(menu, mods, among);
  // "two cokes" where a meal's drink is a coke too: the drink sold alone, not a meal (bundles.ts).
  const alone = taking.filter((it) => !isBundle(menu, it));
  const fits = alone.length ? alone : taking;
  if (fits.length <= 1) return fits;
  // Choices one can add; a "leave off" group only undoes what a specialty comes with.
  const removal = removalIndex(menu).groups;
  const openness = (id: string) => menu.itemGroups(id).reduce((s, g) => s + (removal.has(g.id) ? 0 : g.choices?.length ?? 0), 0);
  const most = Math.max(...fits.map((it) => openness(it)));
  return fits.filter((it) => openness(it) === most);
}

/**
 * The item meant when the menu settles it: of the items that take every option said,
 * exactly one comes with nothing built in (no group of things to leave off) and every
 * other one comes with something of its own (a specialty, which the customer would have
 * named). "a large pepperoni pizza" where "pizza" is in the build-your-own's name and in
 * every specialty's. Otherwise undefined: which one is meant stays a guess.
 */
export function plainHeadFor(menu: MenuModel, mods: Mod[], among?: string[]): string | undefined {
  const head = elidedHeadFor(menu, mods, among);
  if (!head) return plainNamedAmong(menu, itemsTakingAll(menu, mods, among));
  const removal = removalIndex(menu).groups;
  const builtIn = (id: string) => menu.itemGroups(id).some((g) => removal.has(g.id));
  // The others must be of the head's kind: sharing a word of their names with it ("pizza"),
  // or made of the head's own option groups besides what they leave off. A sub with things
  // to leave off and a bread to choose is no specialty of the build-your-own pizza.
  const headWords = nameWords(menu, head);
  const headGroups = new Set(menu.itemGroups(head).map((g) => g.id));
  const sameKind = (id: string) =>
    nameWords(menu, id).some((w) => headWords.includes(w)) || menu.itemGroups(id).every((g) => removal.has(g.id) || headGroups.has(g.id));
  return !builtIn(head) && itemsTakingAll(menu, mods, among).every((id) => id === head || (builtIn(id) && sameKind(id))) ? head : undefined;
}

/**
 * Where the items taking the options are alike (no group of things to leave off tells them
 * apart): the one named the plain kind ("plain pizza" among the build-your-own's names),
 * when every other one is of its kind (only its option groups).
 */
function plainNamedAmong(menu: MenuModel, fits: string[]): string | undefined {
  const plain = fits.filter((id) => namesOf(menu, id).some((n) => plainKindOf(n) !== undefined));
  if (plain.length !== 1 || fits.length < 2) return undefined;
  const headGroups = new Set(menu.itemGroups(plain[0]!).map((g) => g.id));
  return fits.every((id) => menu.itemGroups(id).every((g) => headGroups.has(g.id))) ? plain[0] : undefined;
}

const namesOf = (menu: MenuModel, id: string): string[] => spokenNames(menu.item(id), true);

/** The words of an item's names and aliases (three letters or more). */
function nameWords(menu: MenuModel, id: string): string[] {
  return [...new Set(namesOf(menu, id).flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3))];
}

/**
 * The item among `among` whose own name says it is the plain kind of the word said
 * ("Butter croissant", also called "plain croissant", for "two croissants" next to a
 * chocolate croissant): the one meant when nothing else is said about it.
 */
export function plainNamedFor(menu: MenuModel, among: string[], said: string): string | undefined {
  const word = keyOf(said);
  const singular = word.replace(/(?:es|s)$/, "");
  const hits = menu.menu.items.filter((it) => {
    if (!among.includes(it.id) || menu.item(it.id)?.soldOut) return false;
    const names = [...Object.values(it.name), ...Object.values(it.aliases ?? {}).flat().filter((a): a is string => typeof a === "string")];
    return names.some((n) => {
      const rest = plainKindOf(n);
      return !!rest && [word, singular].includes(keyOf(rest));
    });
  });
  return hits.length === 1 ? hits[0]!.id : undefined;
}

/** Items on sale that take every option said to be wanted (none when nothing is wanted). */
function itemsTakingAll(menu: MenuModel, mods: Mod[], among?: string[]): string[] {
  const wanted = mods.filter((m) => (m.kind === "choice" && !m.neg) || m.kind === "count");
  if (!wanted.length) return [];
  const pool = among ? menu.menu.items.filter((it) => among.includes(it.id)) : menu.menu.items;
  return pool.filter((it) => !menu.item(it.id)?.soldOut && wanted.every((m) => itemTakes(menu, it.id, m))).map((it) => it.id);
}

/**
 * "a small fries" where a kids meal's side is called "Small fries": said with no line to put
 * it on, a choice's words that end in an item's full name ("fries") and begin with one of
 * that item's own choices ("small") order that item so made, not the item the choice is of.
 */
export function itemInChoiceWords(menu: MenuModel, lex: MenuLexicon, mods: Mod[]): { item: string; mods: Mod[] } | undefined {
  const m = mods[0];
  if (mods.length !== 1 || m?.kind !== "choice" || m.neg) return undefined;
  const words = m.text.toLowerCase().split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const items = (lex.fullKeys.get(keyOf(words.slice(k).join(" "))) ?? []).flatMap((r) => (r.kind === "item" && !r.preset && !r.partial ? [r.item] : []));
    const item = items[0];
    if (new Set(items).size !== 1 || !item || menu.item(item)?.soldOut) continue;
    const own = (lex.fullKeys.get(keyOf(words.slice(0, k).join(" "))) ?? []).flatMap((r) =>
      r.kind === "choice" && menu.itemGroup(item, r.group)?.choices.some((c) => c.id === r.choice) ? [{ group: r.group, choice: r.choice, name: r.name }] : [],
    );
    if (new Set(own.map((c) => c.group)).size !== 1) continue;
    return { item, mods: [{ kind: "choice", cands: own, neg: false, text: words.slice(0, k).join(" "), ...(m.at !== undefined ? { at: m.at } : {}) }] };
  }
  return undefined;
}

/**
 * "망고로요" with nothing ordered that takes 망고 (a topping), where the menu has a 망고빙수
 * in its 빙수 category: a choice's name before the name of an item's category is that
 * item's name (names inside names). The one such item, if just one.
 */
export function itemOfChoiceAndKind(menu: MenuModel, mods: Mod[]): string | undefined {
  const m = mods[0];
  if (mods.length !== 1 || m?.kind !== "choice" || m.neg) return undefined;
  const { names, heads } = kindNamesOf(menu);
  const hits = new Set<string>();
  for (const c of m.cands) {
    const choice = menu.groups.get(c.group)?.choices?.find((x) => x.id === c.choice);
    for (const n of Object.values(choice?.name ?? {})) for (const h of heads) for (const id of names.get(keyOf(n) + h) ?? []) hits.add(id);
  }
  return hits.size === 1 ? [...hits][0] : undefined;
}

/** The items one of whose names (one that ends in its category's name) has this key. */
export function itemsNamedWithKind(menu: MenuModel, key: string): string[] {
  return kindNamesOf(menu).names.get(key) ?? [];
}

/** Items by each of their names' keys (only items whose category has a name), and the categories' names: once per menu. */
const namesCache = new WeakMap<MenuModel, { names: Map<string, string[]>; heads: string[] }>();
function kindNamesOf(menu: MenuModel): { names: Map<string, string[]>; heads: string[] } {
  const hit = namesCache.get(menu);
  if (hit) return hit;
  const names = new Map<string, string[]>();
  const heads = [...new Set(menu.menu.categories.flatMap((c) => Object.values(c.name).map((n) => keyOf(n))))];
  for (const it of menu.menu.items) {
    if (it.soldOut) continue;
    const cat = menu.menu.categories.find((c) => c.id === it.category);
    const own = Object.values(cat?.name ?? {}).map((n) => keyOf(n));
    for (const n of [...Object.values(it.name), ...Object.values(it.aliases ?? {}).flat()]) {
      if (typeof n !== "string") continue;
      const k = keyOf(n);
      // Only names that end in their own category's name count ("망고빙수" in 빙수).
      if (!own.some((h) => k.endsWith(h) && k.length > h.length)) continue;
      names.set(k, [...new Set([...(names.get(k) ?? []), it.id])]);
    }
  }
  const out = { names, heads };
  namesCache.set(menu, out);
  return out;
}

/**
 * Whether a choice said with no item ("국물" of the set's 국물닭발 choice) is also the front of
 * another item's name ("국물닭발"): the customer may have called that item by part of its name.
 */
export function frontOfAnotherName(menu: MenuModel, mods: readonly Mod[], head: string): boolean {
  const said = mods.flatMap((m) => (m.kind === "choice" && /[\uac00-\ud7a3]/.test(m.text) ? [keyWithoutParticle(m.text)] : [])).filter((k) => k.length >= 2);
  if (!said.length) return false;
  return [...menu.items.values()].some((it) => it.id !== head && spokenNames(it, true).some((n) => { const k = keyOf(n); return said.some((w) => k.length > w.length && k.startsWith(w)); }));
}
