// Refusals: "no onions", "without ham", "hold the peppers", "avoid mushrooms", "do not
// add any peppers", "양파 빼고", "오이랑 당근은 빼 주세요", "치즈 없이". What a refusal names
// is taken off the line if it is there and otherwise changes nothing; it is never
// ordered. English puts the refused things after the refusal word, Korean before it,
// and both may list several ("no onions or peppers", "오이랑 당근은 빼고").
//
// A menu may spell a refusal as a choice of its own ("Leave off" → "No onions"): the
// removal choice of an option is found from the menu's names ("no X" for X), never
// from a list per store.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { keyOf } from "./lexicon.ts";
import { hasAddWord } from "./add-words.ts";
import { isRemovalGroupName } from "./name-forms.ts";
import { thatAfterItsName } from "./name-then-that.ts";

/** Words before (English) or after (Korean) a name that make the name a removal ("No onions", "양파 빼기"). */
export const REMOVAL_PREFIX = /^(?:no|without|hold(?: the)?|leave off|minus|skip|노)\s+/i;
/** The name of a group whose plainly named choices are what is left out. */
// (Not the 빼기 of 곱빼기, a double portion: "밥 곱빼기" adds rice, it leaves none out.)
export const REMOVAL_SUFFIX = /(?<!곱)\s*(?:빼기|빼고|빼|없이|제외|노)$/;

export interface RemovalIndex {
  /** "toppings/onions" → the choices that say "no onions" (e.g. hold/onions). */
  byChoice: Map<string, Array<{ group: string; choice: string }>>;
  /** "hold/onions" → the options it leaves off (toppings/onions): "no onions" said to an item without such a choice. */
  targets: Map<string, Array<{ group: string; choice: string }>>;
  /** Groups whose choices are (mostly) removals: naming the group ("hold", "leave off") refuses what follows. */
  groups: Set<string>;
  /**
   * Choices of such a group that add ("Add pimento cheese", "Extra pickles" beside "No
   * pickles"): refusing one takes it off, it is not the removal picked.
   */
  adds: Set<string>;
  /** One-choice groups with a choice that means "none of it" ("No meat", "No cheese", "치즈 없이"). */
  none: Map<string, string>;
}

const cache = new WeakMap<MenuModel, RemovalIndex>();

export function removalIndex(menu: MenuModel): RemovalIndex {
  const hit = cache.get(menu);
  if (hit) return hit;
  const byChoice = new Map<string, Array<{ group: string; choice: string }>>();
  const targets = new Map<string, Array<{ group: string; choice: string }>>();
  const groups = new Set<string>();
  const adds = new Set<string>();
  const names = (o: { name: Record<string, string>; aliases?: Record<string, unknown[]> }) => [
    ...Object.values(o.name),
    ...Object.values(o.aliases ?? {}).flat().filter((a): a is string => typeof a === "string"),
  ];
  // Every choice's spoken keys, to find what a removal name refuses.
  const choiceByKey = new Map<string, Array<{ group: string; choice: string }>>();
  for (const g of menu.menu.optionGroups) {
    for (const c of g.choices ?? []) {
      for (const n of names(c)) {
        const k = keyOf(n);
        if (k) choiceByKey.set(k, [...(choiceByKey.get(k) ?? []), { group: g.id, choice: c.id }]);
      }
    }
  }
  for (const g of menu.menu.optionGroups) {
    if (g.select !== "many") continue;
    let removals = 0;
    for (const c of g.choices ?? []) {
      let isRemoval = false;
      for (const n of names(c)) {
        const rest = n.trim().replace(REMOVAL_PREFIX, "").replace(REMOVAL_SUFFIX, "");
        if (rest === n.trim()) continue;
        isRemoval = true;
        for (const target of choiceByKey.get(keyOf(rest)) ?? []) {
          if (target.group === g.id) continue;
          const key = `${target.group}/${target.choice}`;
          const list = byChoice.get(key) ?? [];
          if (!list.some((x) => x.group === g.id && x.choice === c.id)) list.push({ group: g.id, choice: c.id });
          byChoice.set(key, list);
          const back = targets.get(`${g.id}/${c.id}`) ?? [];
          if (!back.some((x) => x.group === target.group && x.choice === target.choice)) back.push(target);
          targets.set(`${g.id}/${c.id}`, back);
        }
      }
      if (isRemoval) removals++;
    }
    if ((g.choices?.length ?? 0) > 0 && removals * 2 >= (g.choices?.length ?? 0)) groups.add(g.id);
    // A group that is itself named a removal ("Leave out": Banana, Spinach): its choices are what is left out.
    if (names(g).some(isRemovalGroupName)) groups.add(g.id);
    else if (groups.has(g.id)) for (const c of g.choices ?? []) if (names(c).some(hasAddWord)) adds.add(`${g.id}/${c.id}`);
  }
  const none = new Map<string, string>();
  for (const g of menu.menu.optionGroups) {
    if (g.select !== "one") continue;
    // "Unsweetened" beside "Sweetened" is the group's none too: "un" and another choice's name.
    const unOther = (x: (typeof g.choices & object)[number]) =>
      names(x).some((n) => /^un/i.test(n.trim()) && (g.choices ?? []).some((o) => o !== x && names(o).some((on) => keyOf(`un${on.trim()}`) === keyOf(n))));
    const c = (g.choices ?? []).find((x) => x.id === "none" || names(x).some((n) => n.trim() !== n.trim().replace(REMOVAL_PREFIX, "").replace(REMOVAL_SUFFIX, "")) || unOther(x));
    if (c) none.set(g.id, c.id);
  }
  const idx = { byChoice, targets, groups, adds, none };
  cache.set(menu, idx);
  return idx;
}

/**
 * "시럽은 빼 주세요" said of an item without the syrup group but with a choice named "시럽 빼기"
 * (a 당도 group's "no syrup"), "계란 빼 주세요" said of a 김밥 whose removals have "계란 빼기"
 * where 계란 is also another item's counted extra: that choice. Found from the names.
 */
export function removalChoiceForGroup(
  menu: MenuModel,
  groups: ReadonlyArray<{ id: string; select: string; choices: ReadonlyArray<{ id: string }> }>,
  group: string,
): { group: string; choice: string } | undefined {
  const g = menu.groups.get(group);
  if (!g) return undefined;
  const strip = (n: string) => n.trim().split(/\s+/).filter((w) => !/^(추가|extra|add)$/i.test(w)).join(" ");
  const said = new Set([...Object.values(g.name), ...Object.values(g.aliases ?? {}).flat()].filter((n): n is string => typeof n === "string").map((n) => keyOf(strip(n))).filter(Boolean));
  // ("계란 빼고" of a noodle whose removals have "계란 지단 빼고", 계란 / 달걀 the counted boiled
  // egg's own one-word names: the egg it comes with, when one removal alone has that word.)
  const words = new Set([...said].filter((k) => !k.includes(" ")));
  const near: Array<{ group: string; choice: string }> = [];
  for (const eg of groups) {
    if ((eg.select !== "one" && eg.select !== "many") || eg.id === group) continue;
    const def = menu.groups.get(eg.id);
    for (const c of def?.choices ?? []) {
      if (!eg.choices.some((x) => x.id === c.id)) continue;
      const names = [...Object.values(c.name), ...Object.values(c.aliases ?? {}).flat()].filter((n): n is string => typeof n === "string");
      const rests = names.flatMap((n) => { const rest = n.trim().replace(REMOVAL_PREFIX, "").replace(REMOVAL_SUFFIX, ""); return rest !== n.trim() ? [rest] : []; });
      if (rests.some((rest) => said.has(keyOf(rest)))) return { group: eg.id, choice: c.id };
      if (rests.some((rest) => rest.split(/\s+/).some((w) => words.has(keyOf(w))))) near.push({ group: eg.id, choice: c.id });
    }
  }
  return near.length === 1 ? near[0] : undefined;
}

/** A menu word that only names a removal group ("hold", "leave off" when the menu calls its group so). */
export function isRemovalGroupWord(a: Atom, menu: MenuModel): boolean {
  if (a.kind !== "menu" || !a.refs.length) return false;
  const idx = removalIndex(menu);
  return a.refs.every((r) => r.kind === "group" && idx.groups.has(r.group));
}

/**
 * The options a menu word refuses when it is itself a removal choice ("no onions" →
 * toppings/onions); undefined for any other word.
 */
export function refusedByChoiceWord(a: Atom, menu: MenuModel): Array<{ group: string; choice: string }> | undefined {
  if (a.kind !== "menu") return undefined;
  const choices = a.refs.filter((r) => r.kind === "choice");
  if (!choices.length || choices.length !== a.refs.length) return undefined;
  const idx = removalIndex(menu);
  const out: Array<{ group: string; choice: string }> = [];
  for (const r of choices) {
    if (r.kind !== "choice") continue;
    // ("without the brava sauce, just the aioli": "aioli", the thing of the menu's "No aioli",
    // led by "just"/"only" is what is kept, not a refusal of itself: sealed round 75 had it
    // refuse itself, the opposite of the words.)
    if (r.refused && a.flags.only) return undefined;
    const t = idx.targets.get(`${r.group}/${r.choice}`);
    if (!t) return undefined;
    out.push(...t);
  }
  return out;
}

export type RefusalKind = "refuse" | "no";

/**
 * Whether the atom refuses what it names. "no" is kept apart: before an item at the start
 * of a phrase it is an answer ("no, a latte"), before an option it refuses ("no onions").
 */
export function refusalKind(a: Atom, menu: MenuModel, en: boolean): RefusalKind | undefined {
  if (isRemovalGroupWord(a, menu) || refusedByChoiceWord(a, menu)) return "refuse";
  if (a.kind === "menu" && a.flags.negated) return "refuse";
  if (a.kind !== "kw") return undefined;
  if (a.keywords.includes("remove") || a.keywords.includes("cancel") || a.keywords.includes("refuse")) return "refuse";
  if (a.keywords.includes("without")) return /^no$/i.test(a.text.trim()) ? "no" : "refuse";
  if (en && a.keywords.includes("no")) return "no";
  return undefined;
}

const optionWord = (x: Atom | undefined) => x?.kind === "menu" && x.refs.length > 0 && x.refs.every((r) => r.kind === "choice" || r.kind === "group");
const isOption = (x: Atom | undefined) => x?.kind === "menu" && x.refs.some((r) => r.kind === "choice") && !x.refs.some((r) => r.kind === "item");
const isItem = (x: Atom | undefined) => x?.kind === "menu" && x.refs.length > 0 && x.refs.every((r) => r.kind === "item");
const isThing = (x: Atom | undefined) => x?.kind === "menu" && x.refs.some((r) => r.kind === "choice" || r.kind === "item" || r.kind === "category" || r.kind === "group");
/** Little words between a refusal and what it refuses: "the", "any", "a", "some", "of", "it on" ("don't want it on thin crust"). */
const isLinkWord = (x: Atom | undefined) =>
  !!x && ((x.kind === "kw" && x.keywords.length > 0 && x.keywords.every((w) => w === "the" || w === "filler" || w === "question" || w === "of" || w === "add" || w === "pronoun")) || (x.kind === "num" && x.article));
/** "and"/"or"/"랑"/a comma between two refused things; not "and add", not a new sentence. */
const isListJoin = (x: Atom | undefined) => !!x && x.kind === "sep" && (x.why === "conj" || (x.why === "punct" && x.mark === ","));
const isOr = (x: Atom | undefined) => !!x && x.kind === "kw" && /^(or|nor)$/i.test(x.text.trim());
const startsWithAdd = (x: Atom) => /^(extra|add|more|double|additional)\b/i.test(x.text.trim());

/**
 * The atoms a refusal at `i` covers: in English the thing right after it (skipping "the",
 * "any") and further things joined by "and"/"or"; in Korean the thing right before it
 * and further things before that joined by 랑/하고/commas. A number before a Korean item
 * ("아메리카노 하나 빼 주세요") stands for the item.
 */
export function refusalScope(atoms: Atom[], i: number, en: boolean, menu: MenuModel): Atom[] {
  const out: Atom[] = [];
  // "안 썰어": the choice said after 안 refuses itself.
  const here = atoms[i]!;
  if (here.kind === "menu" && here.flags.negated && !refusedByChoiceWord(here, menu)) return [here];
  // "no onions or peppers" where the menu has a "No onions" choice: the word refuses itself and the list after it.
  const self = refusedByChoiceWord(atoms[i]!, menu) !== undefined;
  if (en || self) {
    let j = self ? i : i + 1;
    while (j < atoms.length && isLinkWord(atoms[j])) j++;
    const first = atoms[j];
    // "remove one cappuccino": the number stands for the item it counts.
    if (first?.kind === "num" && !first.article) return [first];
    if (!isThing(first)) return out;
    out.push(first!);
    // More of the same kind joined by "and"/"or": "no onions or peppers", "without ham and bacon".
    for (;;) {
      let k = j + 1;
      const join = atoms[k];
      // "no onions peppers": a list said without "and" is still one list of the same kind.
      // ("not deep dish thin crust": two choices of one slot side by side are the refused one
      // and the one wanted instead.)
      const adjacent = isOption(join) && isOption(atoms[j]) && sameKind(atoms[j]!, join!) && !oneSlot(atoms[j]!, join!, menu);
      if (!(isListJoin(join) || isOr(join) || adjacent)) break;
      if (!adjacent) k++;
      while (k < atoms.length && isLinkWord(atoms[k]) && !(atoms[k]!.kind === "kw" && (atoms[k] as Atom & { keywords: string[] }).keywords.includes("add"))) k++;
      const next = atoms[k];
      // "no onions and extra cheese": a thing said with "extra" is wanted, not refused; an
      // item after "and" is another order ("no onions and a large pepsi").
      // "no onions just green peppers and olives": what "just"/"only" leads is wanted.
      if (!isOption(next) || startsWithAdd(next!) || !isOption(first) || (next!.kind === "menu" && next!.flags.only)) break;
      // "no garlic sauce tzatziki instead": what "instead" follows is wanted in the refused one's place.
      const after = atoms[k + 1];
      if (after?.kind === "kw" && after.keywords.includes("instead") && /^instead$/i.test(after.text.trim())) break;
      if (!isOr(join) && !sameKind(first!, next!)) break;
      out.push(next!);
      j = k;
    }
    return out;
  }
  let j = i - 1;
  // "설탕 케첩 다 빼고": 다 says every option listed before it is refused, of whatever kind.
  let all = false;
  while (j >= 0 && atoms[j]!.kind === "kw" && (atoms[j] as Atom & { keywords: string[] }).keywords.every((w) => w === "filler" || w === "all")) {
    if ((atoms[j] as Atom & { keywords: string[] }).keywords.includes("all")) all = true;
    j--;
  }
  // ("스팸마요 그거 취소하고": 그거 points again at the name just before it.)
  if (thatAfterItsName(atoms, j)) j--;
  const last = atoms[j];
  if (!last || !(isThing(last) || last.kind === "num" || last.kind === "unknown")) return out;
  out.push(last);
  if (last.kind === "num") return out;
  for (;;) {
    const join = atoms[j - 1];
    // "피클 토마토 빼 주세요": two options of one kind side by side are a list too.
    // ("닭가슴살 추가 계란은 빼고", "치즈 추가하고 양파는 빼고": what is said with its own adding word is wanted.)
    if (!all && saidAdded(join)) break;
    if (isOption(join) && isOption(atoms[j]) && (all ? refusableInList(join!, menu) : sameKind(join!, atoms[j]!))) {
      out.push(join!);
      j -= 1;
      continue;
    }
    const prev = atoms[j - 2];
    // "무랑 소스는 빼 주세요": items joined by 랑 with 는 on the last are one list of
    // refused things too (an order would carry its count: "후라이드 하나랑 소스는 빼고").
    const itemList = isItem(prev) && isItem(last) && last.kind === "menu" && last.flags.topic === true;
    // ("햄이랑 계란 빼 주세요" where 계란 is also a counted extra's name: options all the same.)
    if (!isListJoin(join) || !((optionWord(prev) && optionWord(last)) || itemList) || saidAdded(prev)) break;
    out.push(prev!);
    j -= 2;
  }
  return out;
}

/**
 * Whether an option before "다 빼고" is one of the refused list: a choice that can be left
 * out (of a many-choice group, or of a one-choice group with a "none" choice), not one
 * that already carries its own refusal ("치즈 없이 피클 올리브 다 빼고": the list starts
 * after 없이) nor a choice nothing can stand in for ("30 허니오트": a length, a bread).
 */
function refusableInList(x: Atom, menu: MenuModel): boolean {
  if (x.kind !== "menu" || REMOVAL_SUFFIX.test(x.text.trim())) return false;
  const none = removalIndex(menu).none;
  return x.refs.every((r) => r.kind !== "choice" || menu.groups.get(r.group)?.select === "many" || none.has(r.group));
}

/** A thing said with its own adding word ("닭가슴살 추가", "치즈 추가하고"): wanted, whatever follows. */
const saidAdded = (x: Atom | undefined) => x?.kind === "menu" && /추가/.test(x.text);

/** Two options of the same group ("onions", "peppers" are both toppings). */
/** Both name choices of one group that takes a single choice (a crust, a tortilla). */
function oneSlot(a: Atom, b: Atom, menu: MenuModel): boolean {
  if (a.kind !== "menu" || b.kind !== "menu") return false;
  const ones = (x: Atom & { kind: "menu" }) => new Set(x.refs.flatMap((r) => (r.kind === "choice" && menu.groups.get(r.group)?.select === "one" ? [r.group] : [])));
  const ga = ones(a);
  return [...ones(b)].some((g) => ga.has(g));
}

function sameKind(a: Atom, b: Atom): boolean {
  if (a.kind !== "menu" || b.kind !== "menu") return false;
  const groups = (x: Atom & { kind: "menu" }) => new Set(x.refs.filter((r) => r.kind === "choice").map((r) => (r as { group: string }).group));
  const ga = groups(a);
  return [...groups(b)].some((g) => ga.has(g));
}
