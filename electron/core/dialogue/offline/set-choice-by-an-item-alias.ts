// "휘낭시에 세트 하나요 얼그레이 휘낭시에랑 아이스 아메리카노로": a set whose drink is one of its
// choices ("세트 음료": 아메리카노, 카페라떼, …), then, in the words said of it, an item sold alone
// by an alias that carries options ("아이스 아메리카노", the americano made iced), the item's own
// name that choice's name and the options ones the set takes (its 온도). It is the set's drink so
// made, not an americano ordered beside the set (held-out r117c-006, r117c-029 made the iced
// americano beside the set). Said plainly ("아메리카노로") the word is already the set's choice;
// this reads the alias. Only where nothing but the set's own choices, counts and the verb come
// between, and nothing is said after it. A turn later, the set in hand: "햄치즈로 하고 음료는 아이스
// 라떼요" of a 브런치 세트 whose "세트 음료" may be 카페라떼 (r120b-008), the topic the last word of
// that group's name.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { asFiller } from "./atom-forms.ts";
import { readAsOptions } from "./bundle-with-its-part.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf, keyWithoutParticle, spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

type ItemRef = Extract<MenuRef, { kind: "item" }>;
type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

/** The one whole item a word names, or undefined. */
function itemOf(a: Atom | undefined): ItemRef | undefined {
  if (a?.kind !== "menu" || a.fuzzy || a.refs.length !== 1 || a.refs[0]!.kind !== "item" || a.refs[0]!.partial) return undefined;
  return a.refs[0];
}

const takes = (menu: MenuModel, item: string, r: MenuRef): r is ChoiceRef => r.kind === "choice" && menu.itemGroup(item, r.group)?.choices.some((c) => c.id === r.choice) === true;

/** Words said of the set: its count, its own choices, separators, the verb, "with", an article. */
function saidOfTheSet(menu: MenuModel, set: string, a: Atom): boolean {
  if (a.kind === "num" || a.kind === "sep") return true;
  if (a.kind === "kw") return a.keywords.every((k) => k === "request" || k === "filler" || k === "with" || k === "the");
  // (Its own choice, though the word also names a thing sold alone: "얼그레이 휘낭시에".)
  return a.kind === "menu" && !a.fuzzy && a.refs.some((r) => takes(menu, set, r));
}

/** The one choice of the set's pick-one groups with no default whose name is the item's own name. */
function choiceNamedAsTheItem(menu: MenuModel, set: string, item: string): ChoiceRef | undefined {
  const own = new Set(Object.values(menu.item(item)?.name ?? {}).filter((n): n is string => !!n).map(keyOf));
  // (A group the set must be told, no default: one that comes made a way is not asked of.)
  const hits = menu.itemGroups(set).filter((g) => g.select === "one" && g.default === undefined).flatMap((g) => g.choices.filter((c) => spokenNames(c).some((n) => own.has(keyOf(n)))).map((c): ChoiceRef => ({ kind: "choice", group: g.id, choice: c.id, name: false })));
  return hits.length === 1 ? hits[0] : undefined;
}

/** "음료는" of the set's "세트 음료": a topic word that ends the name of the choice's group. */
function topicOfTheGroup(menu: MenuModel, a: Atom, group: string): boolean {
  if (a.kind !== "menu" || !a.flags.topic) return false;
  const word = keyWithoutParticle(a.text);
  return word.length >= 2 && Object.values(menu.groups.get(group)?.name ?? {}).some((n) => {
    const words = (n ?? "").trim().split(/\s+/);
    return words.length >= 2 && keyOf(words.at(-1)!) === word;
  });
}

export function setChoiceByAnItemAlias(atoms: Atom[], ctx: ParseContext): Atom[] {
  const { menu } = ctx;
  for (let j = atoms.length - 1; j > 0; j--) {
    const item = itemOf(atoms[j]);
    if (!item?.preset || !Object.keys(item.preset).length) continue;
    // (Nothing said after it but the verb, "바꿔 주세요" too.)
    if (!atoms.slice(j + 1).every((a) => a.kind === "sep" || (a.kind === "kw" && a.keywords.every((k) => k === "request" || k === "filler" || k === "change")))) return atoms;
    const i = atoms.slice(0, j).findLastIndex((a) => !!itemOf(a));
    const said = itemOf(atoms[i]);
    // (Or, no item named before it, the set in hand.)
    const inHand = i < 0 && !atoms.slice(0, j).some((a) => a.kind === "menu" && a.refs.some((r) => r.kind === "item" && r.item === item.item)) ? ctx.focus?.at(-1) : undefined;
    const set = said ?? (inHand && !(ctx.focus ?? []).some((f) => f.item === item.item) ? { item: inHand.item } : undefined);
    if (!set || set.item === item.item) return atoms;
    const choice = choiceNamedAsTheItem(menu, set.item, item.item);
    if (!choice || !atoms.slice(i + 1, j).every((a) => saidOfTheSet(menu, set.item, a) || (!said && topicOfTheGroup(menu, a, choice.group)))) return atoms;
    // (Of the set in hand: its group named as the topic, or still open.)
    if (!said && !inHand!.missing.includes(choice.group) && !atoms.slice(0, j).some((a) => topicOfTheGroup(menu, a, choice.group))) return atoms;
    const options: ChoiceRef[] = [choice];
    for (const [group, c] of Object.entries(item.preset)) {
      const r: ChoiceRef = { kind: "choice", group, choice: String(c), name: false };
      if (typeof c !== "string" || !takes(menu, set.item, r)) return atoms;
      options.push(r);
    }
    // (The topic that named the group goes: it was the heading, not a thing.)
    const before = atoms.slice(0, j).map((a, n) => (n > i && !said && !saidOfTheSet(menu, set.item, a) ? asFiller(a) : a));
    return [...before, ...readAsOptions(atoms, j, j, options), ...atoms.slice(j + 1)];
  }
  return atoms;
}
