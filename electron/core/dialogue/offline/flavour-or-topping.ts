// A word that names a choice of one group of an item and is also a word of a choice of
// another group of the same item: "mango" the froyo's flavour ("Mango") and its topping
// ("Mango chunks"), "strawberry" its flavour and its "Fresh strawberries". A cashier
// decides it from how it was said, never from the words themselves:
// - the other group's own word said just before ("toppings are mango, blueberries and
//   mochi"): that group;
// - the first group already full ("vanilla and chocolate with mango" where two flavours
//   are the most): the other;
// - said in the plural only the other choice's names spell ("strawberries" for the
//   topping, the flavour being "Strawberry"): the other;
// - after "with", where a choice of the first group was said before it ("small original
//   tart with mango and kiwi", "medium strawberry with strawberries"): what comes with the
//   cup, the other;
// - after "with" with nothing of the first group said before: beside choices of the first
//   group only ("with vanilla and strawberry", "with avocado and plantain") it keeps it;
//   otherwise a guess (left unplaced), the other group's beside the other's choices ("a
//   froyo with mango and kiwi"), else the first's.
// Anywhere else the word keeps its own name's group ("a small mango").
// (The eighth English red team's probes had made "mango" a second flavour, the topping lost.)
import type { MenuModel, EffectiveGroup } from "../../../../shared/menu/model.ts";
import { ADD_WORDS } from "./language.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import { tokenize } from "./normalize.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;
type MenuAtom = Extract<Atom, { kind: "menu" }>;

interface Reading {
  /** The group the word names by a choice's own name or alias, and that choice. */
  own: { group: string; choice: string };
  /** The other group's choice the word is also a word of. */
  other: { group: string; choice: string };
}

const isWith = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.includes("with") && /[a-z]/i.test(a.text);
const isItem = (a: Atom | undefined) => a?.kind === "menu" && a.refs.some((r) => r.kind === "item" && !r.partial);
const sentenceEnd = (a: Atom) => a.kind === "sep" && a.why === "punct" && a.mark !== "," && a.mark !== ":";

const namesOf = (x: Parameters<typeof spokenNames>[0]): string[] => spokenNames(x).filter((n) => /[a-z]/i.test(n));
const wordKeys = (s: string): string[] => tokenize(s).filter((t) => t.script !== "punct").map((t) => t.norm);

/** Words that make a choice more of another ("Extra tzatziki"): not another thing so called. */
const MORE_WORDS = new Set([...ADD_WORDS, "double", "triple", "side", "no", "without", "hold"].map(keyOf));

/**
 * Whether the words' keys end the name ("mango" in "diced mango", its head word), or are
 * followed only by the group's own words ("chocolate" of "chocolate sauce" among the
 * Sauces); not a word that only describes another head ("green" of "green onions"), nor
 * "Extra tzatziki", more of the sauce.
 */
function wordsOfName(said: string[], name: string, groupWords: ReadonlySet<string>): boolean {
  const ws = wordKeys(name);
  if (ws.some((w) => MORE_WORDS.has(w))) return false;
  for (let i = 0; i + said.length <= ws.length; i++) if (said.every((w, k) => ws[i + k] === w) && ws.slice(i + said.length).every((w) => groupWords.has(w))) return true;
  return false;
}

/** Items the word may be said of: the one named before it in the stretch, else every item with both groups. */
function itemsFor(menu: MenuModel, item: string | undefined): string[] {
  return item ? [item] : menu.menu.items.map((it) => it.id);
}

/** The two readings of a word, on the items it may be said of (one each, else none). */
function readingsOf(menu: MenuModel, a: MenuAtom, items: string[]): Reading | undefined {
  const choices = a.refs.filter((r): r is ChoiceRef => r.kind === "choice" && !r.derived && !r.refused);
  if (!choices.length || a.refs.some((r) => r.kind !== "choice") || a.fuzzy || a.partial) return undefined;
  const said = wordKeys(a.text);
  const saidKey = keyOf(a.text);
  const found: Reading[] = [];
  for (const item of items) {
    const groups = menu.itemGroups(item);
    const has = (g: EffectiveGroup, c: string) => g.choices.some((x) => x.id === c);
    // The own reading: the choice the word names whole (its name or an alias, as said or in
    // the singular) that it is read as anyway, its own name first, then the menu's order.
    const whole = choices.filter((r) => {
      const g = groups.find((x) => x.id === r.group);
      const ch = g && menu.groups.get(g.id)?.choices?.find((x) => x.id === r.choice);
      return g && ch && has(g, r.choice) && (g.select === "many" || g.select === "one") && namesOf(ch).some((n) => keyOf(n) === saidKey);
    });
    const rank = (r: ChoiceRef) => (r.name ? 0 : 1000) + groups.findIndex((g) => g.id === r.group);
    const own = [...whole].sort((x, y) => rank(x) - rank(y))[0];
    if (!own) continue;
    for (const g of groups) {
      if (g.id === own.group || g.select !== "many") continue;
      const full = menu.groups.get(g.id);
      const groupWords = new Set(full ? namesOf(full).flatMap(wordKeys) : []);
      const hits = g.choices.filter((c) => {
        const ch = full?.choices?.find((x) => x.id === c.id);
        return ch && namesOf(ch).some((n) => wordsOfName(said, n, groupWords));
      });
      if (hits.length === 1) found.push({ own: { group: own.group, choice: own.choice }, other: { group: g.id, choice: hits[0]!.id } });
    }
  }
  const keys = new Set(found.map((f) => `${f.own.group}/${f.own.choice}|${f.other.group}/${f.other.choice}`));
  return keys.size === 1 ? found[0] : undefined;
}

/** Said in a form only the other choice's names spell ("strawberries" for "Fresh strawberries", the flavour "Strawberry"). */
function formOnlyOfOther(menu: MenuModel, r: Reading, text: string): boolean {
  const said = text.toLowerCase().trim();
  const spelled = (group: string, choice: string) => namesOf(menu.groups.get(group)?.choices?.find((c) => c.id === choice) ?? { name: {} }).some((n) => n.toLowerCase().trim() === said);
  return spelled(r.other.group, r.other.choice) && !spelled(r.own.group, r.own.choice);
}

/** The other choice's own name (not an alias) holds the words said: "mango" of "Mango chunks". */
function otherNamedSo(menu: MenuModel, other: { group: string; choice: string }, text: string): boolean {
  const ch = menu.groups.get(other.group)?.choices?.find((c) => c.id === other.choice);
  const said = wordKeys(text).join(" ");
  return !!ch && Object.values(ch.name).some((n) => ` ${wordKeys(n).join(" ")} `.includes(` ${said} `));
}

/** A choice ref of one group, in place of the word's refs. */
const asChoice = (a: MenuAtom, c: { group: string; choice: string }, name: boolean): Atom => ({ ...a, refs: [{ kind: "choice", group: c.group, choice: c.choice, name }] });

const isChoiceWord = (x: Atom | undefined) => x?.kind === "menu" && x.refs.length > 0 && x.refs.every((r) => r.kind === "choice");
const groupWord = (x: Atom | undefined) => (x?.kind === "menu" && x.refs.length > 0 && x.refs.every((r) => r.kind === "group") ? x.refs.map((r) => (r.kind === "group" ? r.group : "")) : []);
/** Words a list of options goes on over: the options, "and", commas, "of", fillers, counts of them. */
const listWord = (x: Atom) => isChoiceWord(x) || (x.kind === "sep" && (x.why === "conj" || x.mark === ",")) || (x.kind === "kw" && x.keywords.every((k) => k === "filler" || k === "of")) || (x.kind === "num" && !!x.flags.ofOption) || groupWord(x).length > 0;
/** Where one thing ordered ends and the next starts: a sentence's end, an item's name, a count of its own ("one chocolate with oreos"). */
const boundary = (x: Atom) => sentenceEnd(x) || isItem(x) || (x.kind === "num" && !x.flags.ofOption);

/** English: a flavour's word read as the topping where how it was said decides it; else a guess. */
export function flavourWordAsTopping(atoms: Atom[], ctx: ParseContext, unplaced: Atom[]): Atom[] {
  const menu = ctx.menu;
  const out = [...atoms];
  let start = 0;
  let item: string | undefined;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    if (boundary(a)) {
      start = sentenceEnd(a) ? i + 1 : i;
      if (sentenceEnd(a)) item = undefined;
      const r = isItem(a) ? (a as MenuAtom).refs.find((x) => x.kind === "item") : undefined;
      if (r?.kind === "item") item = r.item;
      continue;
    }
    if (a.kind !== "menu") continue;
    const items = itemsFor(menu, item ?? ctx.focus?.at(-1)?.item);
    const reading = readingsOf(menu, a, items);
    if (!reading) continue;
    const { own, other } = reading;
    const toOther = () => (out[i] = asChoice(a, other, false));
    // The group's own word right after it: "a chocolate drizzle" (the sauce), "mango swirl" (the flavour).
    const after = groupWord(atoms[i + 1]);
    if (after.includes(other.group)) {
      toOther();
      continue;
    }
    if (after.includes(own.group)) continue;
    // The list it is in, back to "with" or a group's word ("toppings are mango, blueberries").
    let k = i - 1;
    while (k >= start && listWord(atoms[k]!) && !groupWord(atoms[k]).length) k--;
    const head = atoms[k];
    const w = k >= start && isWith(head) ? k : -1;
    if (k >= start && groupWord(head).includes(other.group)) {
      toOther();
      continue;
    }
    if (k >= start && groupWord(head).includes(own.group)) continue;
    // Choices of its own group said before it in this part (as read so far), and the most the group takes.
    const ownSaid = out.slice(start, i).filter((x) => isChoiceWord(x) && (x as MenuAtom).refs.some((r) => r.kind === "choice" && r.group === own.group));
    const both = items.filter((it) => menu.itemGroup(it, own.group) && menu.itemGroup(it, other.group));
    const most = Math.max(0, ...both.map((it) => menu.itemGroup(it, own.group)!).map((g) => (g.select === "one" ? 1 : g.max ?? Infinity)));
    if ((ownSaid.length > 0 && ownSaid.length >= most) || formOnlyOfOther(menu, reading, a.text)) {
      toOther();
      continue;
    }
    if (w < 0) continue;
    if (ownSaid.some((x) => x.start < atoms[w]!.start)) {
      // ("small vanilla with chocolate" where only an alias of the hot fudge, "chocolate
      // sauce", holds the word: a second flavour, or the sauce? A guess.)
      if (!otherNamedSo(menu, other, a.text)) unplaced.push(a);
      toOther();
      continue;
    }
    // Nothing of its own group before "with": the options said right beside it in the list
    // ("with vanilla and strawberry": flavours; "with mango and kiwi": toppings, a guess).
    // (A choice also sold as an item, "plantain", is still beside it.)
    const hasChoice = (x: Atom) => x.kind === "menu" && x.refs.some((r) => r.kind === "choice");
    const near = [[...atoms.slice(w + 1, i)].reverse().find(hasChoice), atoms.slice(i + 1).find((x, k) => hasChoice(x) && atoms.slice(i + 1, i + 1 + k).every(listWord))].filter((x): x is Atom => !!x);
    const onlyOf = (x: Atom, group: string, not: string) => (x as MenuAtom).refs.some((r) => r.kind === "choice" && r.group === group) && !(x as MenuAtom).refs.some((r) => r.kind === "choice" && r.group === not) && !readingsOf(menu, x as MenuAtom, items);
    const ownOnly = near.some((x) => onlyOf(x, own.group, other.group));
    const otherOnly = near.some((x) => onlyOf(x, other.group, own.group));
    if (ownOnly && !otherOnly) continue;
    if (otherOnly && !ownOnly) toOther();
    unplaced.push(a);
  }
  return out;
}
