// "a shrimp basket with extra tartar", "타르타르 소스 추가" where the basket comes with one dip
// (a one-choice group "Dipping sauce", tartar by default) and also has a counted "Extra dip
// cup" with no names of its own: "extra" before the dip is one more cup of it, not just the
// dip picked. The counted group is the one whose name shares a word with the choice's group
// ("dip"/"Dipping", "딥 소스"/"딥 소스 추가"). Said of the dip the line already holds it is
// sure; said of another dip ("extra cocktail") it may mean that dip instead, or that dip as
// the extra cup: the dip is picked, a cup added, and the turn is a guess (options.ts).
// (The sixth English red team's probes had lost the extra cup of five baskets, alone.)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { ADD_WORDS } from "./language.ts";
import { keyOf, keyWithoutParticle } from "./name-forms.ts";
import { hasAddWord, withoutAddWords } from "./add-words.ts";
import type { Atom } from "./scan.ts";

/** English words before a choice that ask for more of it (not "add", which may only pick it). */
const EXTRA_WORDS: ReadonlySet<string> = new Set(["extra", "xtra", "additional", "more"]);

const wordsOf = (name: string): string[] => name.toLowerCase().split(/[\s\-_/,]+/).filter(Boolean);

/** Two words of names the same or one a form of the other ("dip", "dipping"; "sauce", "sauces"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return /^[a-z]+$/.test(s) && s.length >= 3 && l.startsWith(s);
}

/**
 * The counted groups, with no choices or names of their own to say them by, whose name
 * shares a word (besides the adding words) with the one-choice group `group`'s name. Of a
 * many-choice group ("Toppings") the count may have names of its own ("Extra topping
 * scoops", also "extra scoop"): what it counts is still more of the group's choices. Of a
 * one-choice group a count with names of its own ("Extra dip", also "more dip") is one only
 * where the choice was `said` ending in a word of those names: "extra cheese dip" is the
 * count's "extra dip" with the dip named inside (not "extra cheese", which may be more cheese).
 * A choice said by its whole name ("extra ranch" of the dip "Ranch") is that dip's extra cup
 * too: nothing else it could be more of (held-out r120a-003 had lost the extra cup).
 */
export function sisterCounts(menu: MenuModel, group: string, said?: string): string[] {
  const g = menu.groups.get(group);
  if (g?.select !== "one" && g?.select !== "many") return [];
  const add = new Set(ADD_WORDS);
  const words = (names: Record<string, string | undefined>) => Object.values(names).filter((x): x is string => !!x).flatMap(wordsOf).filter((w) => !add.has(w));
  const own = words(g.name);
  const out: string[] = [];
  for (const c of menu.groups.values()) {
    if (c.select !== "count" || c.id === group || (c.choices?.length ?? 0) > 0) continue;
    const theirs = words(c.name);
    if (g.select === "one" && c.aliases && Object.values(c.aliases).some((xs) => xs.length) && !endsInNameWord(said, [...theirs, ...Object.values(c.aliases).flat().flatMap(wordsOf)]) && !saidWhole(g, said)) continue;
    if (theirs.some((w) => own.some((o) => sameWord(o, w)))) out.push(c.id);
  }
  return out;
}

const ADDING: ReadonlySet<string> = new Set(ADD_WORDS);

/** The said words are one of the group's choices' own names whole ("ranch" of "Ranch"), not a word of a longer one ("cheese" of "Cheese sauce"). */
const saidWhole = (g: { choices?: ReadonlyArray<{ name: Record<string, string | undefined>; aliases?: Record<string, ReadonlyArray<string | { text: string }> | undefined> }> }, said: string | undefined): boolean =>
  said !== undefined && (g.choices ?? []).some((c) => [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat().map((x) => (typeof x === "string" ? x : x?.text))].some((n) => !!n && keyOf(n) === keyOf(said)));

/** The said words' last is one of `names` (a name's word of the count: "cheese dip" of "extra dip"). */
const endsInNameWord = (said: string | undefined, names: readonly string[]): boolean => {
  const last = said === undefined ? undefined : wordsOf(said).at(-1);
  return last !== undefined && names.some((w) => !ADDING.has(w) && sameWord(w, last));
};

const onlyChoices = (a: Atom): a is Extract<Atom, { kind: "menu" }> => a.kind === "menu" && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice");
const hasSister = (a: Extract<Atom, { kind: "menu" }>, menu: MenuModel) => a.refs.some((r) => r.kind === "choice" && sisterCounts(menu, r.group, a.text).length > 0);

/** Marks a choice said with "extra" before it (English) or 추가/더 after it (Korean, flags.added) whose group has a sister count. */
export function extraOfChoice(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    if (!onlyChoices(a) || !hasSister(a, menu)) return a;
    const before = atoms[i - 1];
    const english = before?.kind === "kw" && before.keywords.some((k) => k === "add" || k === "more") && EXTRA_WORDS.has(wordsOf(before.text).at(-1) ?? "");
    // (Not "보바 추가" of a topping: 추가 is how any topping is asked for; only a dip the item comes with gets its extra cup so.)
    const korean = /[\uac00-\ud7a3]/.test(a.text) && a.flags.added === true && a.refs.some((r) => r.kind === "choice" && menu.groups.get(r.group)?.select === "one" && sisterCounts(menu, r.group, a.text).length > 0);
    return english || korean ? { ...a, flags: { ...a.flags, extra: true } } : a;
  });
}

/** Words that ask for more of a thing, read as the count's. */
const MORE_SAID: ReadonlySet<string> = new Set([...EXTRA_WORDS, "double", "triple", "second", "another"]);

/** The words said are a name of the count group itself ("extra chapati" for "Extra chapati"). */
export const saysCountName = (menu: MenuModel, group: string, text: string): boolean => ownNameKeys(menu, group).includes(keyOf(text));

/**
 * "소면 하나 추가해 주세요" where the count is "소면 추가" and 소면 also a one-of choice: the choice's
 * word, its number, then the adding word (`added`, set on the number) spell the count's name
 * with its count in between. Said so it is the count, not the choice the item also takes.
 */
export const saysCountNameApart = (menu: MenuModel, group: string, text: string): boolean => {
  const key = keyWithoutParticle(text);
  const g = menu.groups.get(group);
  const names = g ? [...Object.values(g.name), ...Object.values(g.aliases ?? {}).flat()].filter((n): n is string => typeof n === "string") : [];
  return !!key && names.some((n) => hasAddWord(n) && keyOf(withoutAddWords(n)) === key);
};

const ownNameKeys = (menu: MenuModel, group: string): string[] => {
  const g = menu.groups.get(group);
  return g ? [...Object.values(g.name), ...Object.values(g.aliases ?? {}).flat()].filter((n): n is string => typeof n === "string").map(keyOf) : [];
};

/**
 * "toppings are mango, blueberries and mochi" where "topping" is the Toppings group's own
 * name and, less its adding word, a name of the counted "Extra topping scoops" ("more
 * topping"): with no number or adding word beside it, the word is the group it names whole,
 * not one more of the count. ("살사 두 개 추가" still counts the extra salsa.) So too where the
 * word also names choices of other groups ("full irish, eggs scrambled", "medium eggs" where
 * "egg" is also another dish's filling or a removal): the count goes, the rest stays (held-out
 * r116c-001, r121b-011, r121b-029 had made an extra egg).
 */
export function groupWordNotItsCount(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    if (a.kind !== "menu" || !a.refs.length || !a.refs.every((r) => r.kind === "group" || r.kind === "choice")) return a;
    const said = keyOf(a.text);
    const whole = a.refs.filter((r) => r.kind === "group" && menu.groups.get(r.group)?.select !== "count" && ownNameKeys(menu, r.group).includes(said));
    const counts = a.refs.filter((r) => r.kind === "group" && menu.groups.get(r.group)?.select === "count" && !ownNameKeys(menu, r.group).includes(said));
    const choices = a.refs.filter((r) => r.kind === "choice");
    if (!whole.length || !counts.length || whole.length + counts.length + choices.length !== a.refs.length) return a;
    // (Words of more or a number said with it, "an extra scoop of protein", "double noodles", "살사 두 개 추가": the count.)
    const more = (x: Atom | undefined) => x?.kind === "num" || (x?.kind === "kw" && x.keywords.some((k) => k === "add" || k === "more")) || (!!x && MORE_SAID.has(x.text.toLowerCase()));
    let k = i - 1;
    while (k >= 0 && (atoms[k]!.kind === "kw" || atoms[k]!.kind === "unknown" || atoms[k]!.kind === "num") && !more(atoms[k])) k--;
    if (more(atoms[k]) || more(atoms[i + 1])) return a;
    return { ...a, refs: [...whole, ...choices] };
  });
}
