// English: a word said as a thing of its own that the menu has as a choice of some item not in
// hand, where the menu's names say what a cashier would ring up instead:
// - "two cheese and one revuelta" where the pupusas are "Revuelta pupusa", "Cheese pupusa",
//   "Loroco pupusa" (and "revuelta", "loroco" are said alone): the word is the item's name
//   less the noun its family shares, the Cheese pupusa, not the plate's "cheese" filling;
// - "a small jerk and a ginger" where the combo's drink "Ginger beer" (said "ginger") is also
//   a drink sold alone: the choice's own name is an item's, the ginger beer;
// - "galbi plate with salad and an egg" where the plate takes "Fried egg" and "egg" is the
//   tteokbokki's boiled egg: the word is the head of a choice the item just named takes.
// None of it where an item named in the turn or in hand takes the choice as said (then it is
// that line's), nor in answer to the kiosk's question about the choice's group.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf, spokenNames, wordsOf } from "./name-forms.ts";
import { PLAIN_WORDS } from "./language.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

/** The menu's item names as words and keys, made once per menu (a turn reads them for every counted word: the 200-item bench). */
interface NameIndex {
  /** Each item's English names (plain aliases: one that presets options is another thing), as words. */
  english: Array<{ item: string; words: string[] }>;
  /** Each item's spoken names, as words. */
  spoken: Map<string, string[][]>;
  /** Each item's spoken names with plain aliases only, as words and as keys. */
  plain: Map<string, { words: string[][]; keys: Set<string> }>;
}
const indexes = new WeakMap<MenuModel, NameIndex>();
function nameIndex(menu: MenuModel): NameIndex {
  let ix = indexes.get(menu);
  if (!ix) {
    ix = {
      english: menu.menu.items.flatMap((it) =>
        [it.name.en, ...(it.aliases?.en ?? []).filter((a): a is string => typeof a === "string")].filter((n): n is string => !!n).map((n) => ({ item: it.id, words: wordsOf(n) })),
      ),
      spoken: new Map(menu.menu.items.map((it) => [it.id, spokenNames(it).map(wordsOf)])),
      plain: new Map(menu.menu.items.map((it) => [it.id, { words: spokenNames(it, true).map(wordsOf), keys: new Set(spokenNames(it, true).map(keyOf)) }])),
    };
    indexes.set(menu, ix);
  }
  return ix;
}

/**
 * The one item named by these words and one word more that is the tail of a family (two other
 * items named "<something> <tail>"); `sure` where another of the family is named by its head
 * alone ("revuelta"), the menu's own sign that the family is ordered so.
 */
function itemOfTheFamily(menu: MenuModel, said: string[], refs: readonly ChoiceRef[]): { item: string; sure: boolean } | undefined {
  const { english: names, spoken } = nameIndex(menu);
  const found: Array<{ item: string; sure: boolean }> = [];
  for (const n of names) {
    if (n.words.length !== said.length + 1 || !said.every((w, i) => n.words[i] === w)) continue;
    const tail = n.words[said.length]!;
    const family = new Map<string, string>();
    for (const m of names) if (m.item !== n.item && m.words.length >= 2 && m.words[m.words.length - 1] === tail) family.set(m.item, m.words.slice(0, -1).join(" "));
    if (family.size < 2) continue;
    const heads = new Set(family.values());
    found.push({ item: n.item, sure: names.some((m) => family.has(m.item) && heads.has(m.words.join(" "))) });
  }
  if (new Set(found.map((f) => f.item)).size !== 1) return undefined;
  // (An item that takes the choice is named with the word too, "chicken over rice" of the
  // platter beside the "chicken wrap": which, not said; "cheese pupusa plate" is named after
  // the Cheese pupusa itself.)
  const takes = (item: string) => refs.some((r) => menu.itemGroup(item, r.group)?.choices.some((c) => c.id === r.choice));
  const own = new Set(names.filter((n) => n.item === found[0]!.item && n.words.length === said.length + 1).map((n) => n.words.join(" ")));
  for (const it of menu.menu.items) {
    if (!takes(it.id)) continue;
    for (const n of spoken.get(it.id) ?? []) {
      const startsSo = n.length > said.length && said.every((w, i) => n[i] === w);
      if (startsSo && !own.has(n.slice(0, said.length + 1).join(" "))) return undefined;
    }
  }
  return { item: found[0]!.item, sure: found.some((f) => f.sure) };
}

/** The one item sold alone one of whose names is the choice's own name ("Ginger beer"). */
function itemNamedAsTheChoice(menu: MenuModel, refs: readonly ChoiceRef[]): string | undefined {
  const hits = new Set<string>();
  const { plain } = nameIndex(menu);
  for (const r of refs) {
    const c = menu.groups.get(r.group)?.choices?.find((x) => x.id === r.choice);
    const key = c?.name.en ? keyOf(c.name.en) : "";
    if (!key) continue;
    for (const it of menu.menu.items) if (!menu.itemGroup(it.id, r.group) && plain.get(it.id)?.keys.has(key)) hits.add(it.id);
  }
  return hits.size === 1 ? [...hits][0] : undefined;
}

/** The words said, short of the item's name, are a word of another item's names too (not one taking the choice). */
function wordOfAnotherItem(menu: MenuModel, item: string, refs: readonly ChoiceRef[], said: readonly string[]): boolean {
  const { plain } = nameIndex(menu);
  if (plain.get(item)?.keys.has(said.join(""))) return false;
  const words = said.filter((w) => w.length >= 3);
  return menu.menu.items.some((it) => it.id !== item && !it.soldOut && !refs.some((r) => menu.itemGroup(it.id, r.group)) && (plain.get(it.id)?.words ?? []).some((n) => n.some((w) => words.includes(w))));
}

/** The one choice of the item whose English name ends with these words ("Fried egg" for "egg"). */
function choiceHeadedSo(menu: MenuModel, item: string, said: string[]): ChoiceRef | undefined {
  const hits = menu.itemGroups(item).flatMap((g) =>
    g.choices.flatMap((c) => {
      const w = wordsOf(c.name.en ?? "");
      return w.length > said.length && said.every((x, i) => w[w.length - said.length + i] === x) ? [{ kind: "choice" as const, group: g.id, choice: c.id, name: false }] : [];
    }),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

/** An item that takes the choice is named by a word of it ("a green tea", the Hot tea's green): choice-sold-alone.ts reads it. */
function takerSharesAWord(menu: MenuModel, refs: readonly ChoiceRef[], said: readonly string[]): boolean {
  const { plain } = nameIndex(menu);
  return refs.some((r) => {
    const c = menu.groups.get(r.group)?.choices?.find((x) => x.id === r.choice);
    const words = new Set([...said, ...wordsOf(c?.name.en ?? "")].filter((w) => w.length >= 3));
    return menu.menu.items.some((it) => menu.itemGroup(it.id, r.group)?.choices.some((x) => x.id === r.choice) && (plain.get(it.id)?.words ?? []).some((n) => n.some((w) => words.has(w))));
  });
}

const opensAPart = (a: Atom | undefined) => !a || a.kind === "sep" || (a.kind === "kw" && a.keywords.length > 0 && a.keywords.every((w) => w === "request"));

export function wordNamesAnItem(atoms: Atom[], ctx: ParseContext): Atom[] {
  const { menu } = ctx;
  const named = atoms.flatMap((a) => (a.kind === "menu" && !a.partial ? a.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : []));
  const inHand = [...named, ...(ctx.focus ?? []).map((f) => f.item)];
  return atoms.map((a, i) => {
    if (a.kind !== "menu" || a.fuzzy || a.partial || !a.refs.length || !a.refs.every((r) => r.kind === "choice" || r.kind === "group")) return a;
    const choices = a.refs.filter((r): r is ChoiceRef => r.kind === "choice");
    const own = choices.filter((r) => !r.derived && !r.clipped && !r.refused);
    if (!own.length || (ctx.asked && choices.some((r) => r.group === ctx.asked!.group))) return a;
    // (Taken as said by a line in hand or named now: "a pupusa plate, cheese" is the plate's.)
    // (Or a count the box in hand takes by that word: "a dozen, six chocolate frosted".)
    if (own.some((r) => inHand.some((it) => menu.itemGroup(it, r.group)?.choices.some((c) => c.id === r.choice)))) return a;
    if (a.refs.some((r) => r.kind === "group" && inHand.some((it) => menu.itemGroup(it, r.group)))) return a;
    const said = wordsOf(a.text);
    // ("a plain one": the one said before, made plain.)
    if (PLAIN_WORDS.includes(said.join(" ")) || /^ones?$/i.test(atoms[i + 1]?.text.trim() ?? "")) return a;
    const count = atoms[i - 1]?.kind === "num" ? (atoms[i - 1] as Atom & { kind: "num" }) : undefined;
    // A thing of its own, counted at the start of a list's part: the item the word names.
    if (count && opensAPart(atoms[i - 2])) {
      const sold = itemNamedAsTheChoice(menu, own);
      // ("a red" where the rioja is also "house red": which one, a guess.)
      // ("a red bull", a combo's "Energy drink" and the energy drink's own Red Bull: the item, with that choice.)
      const takes = own.find((r) => menu.itemGroup(sold ?? "", r.group)?.choices.some((c) => c.id === r.choice));
      if (sold) return { ...a, refs: [{ kind: "item", item: sold, partial: false, ...(takes ? { preset: { [takes.group]: takes.choice } } : {}) }], ...(wordOfAnotherItem(menu, sold, own, said) ? { flags: { ...a.flags, guessed: true } } : {}) } as Atom;
      const fam = takerSharesAWord(menu, own, said) ? undefined : itemOfTheFamily(menu, said, own);
      if (fam) return { ...a, refs: [{ kind: "item", item: fam.item, partial: false }], ...(fam.sure ? {} : { flags: { ...a.flags, guessed: true } }) } as Atom;
    }
    // "and an egg" after the plate: the choice of that plate the word is the head of (walking
    // back past "japchae", the plate's side as well as a dish).
    if (!count || count.value !== 1) return a;
    const before = atoms.slice(0, i).flatMap((x) => (x.kind === "menu" && !x.partial ? x.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : []));
    for (const item of [...before].reverse().concat(before.length ? [] : (ctx.focus ?? []).map((f) => f.item).slice(-1))) {
      const head = choiceHeadedSo(menu, item, said);
      if (head) return { ...a, refs: [head] };
    }
    return a;
  });
}
