// "백반 두 개요 찌개는 김치찌개 하나 된장찌개 하나": after an item whose option group is named
// "정식 찌개", a word that is that name's last word ("찌개") though also a category of the
// menu (the stews sold alone), said as a topic (는) and followed by words that name that
// group's choices, is the group said as a heading: the set meals' stews, not two stews
// more. (Said with no heading, "백반 두 개 김치찌개 하나 된장찌개 하나", it stays a reading
// of two things more that the model weighs.) A turn later, "케이크 세트 두 개" in hand, "음료는 둘
// 다 따뜻한 라떼요" (the set's group "세트 음료"): the sets' drink, not two lattes more (held-out
// r49e-008).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { choiceNamed } from "./answer-named-as-items.ts";
import { keyOf } from "./name-forms.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

type MenuAtom = Atom & { kind: "menu" };
const isMenu = (a: Atom | undefined): a is MenuAtom => a?.kind === "menu";

/**
 * The word names a category (or, with `group`, an option group) and nothing else but pieces
 * of item names ("음료는" also a piece of "음료 세트"): a heading, as said.
 */
function saysACategory(a: MenuAtom, group = false): boolean {
  const heads = a.refs.filter((r) => r.kind === "category" || (group && r.kind === "group"));
  return heads.length > 0 && a.refs.every((r) => heads.includes(r) || (r.kind === "item" && r.partial));
}

/**
 * The keys a category is said by as a heading: its whole name, and each of the things a name
 * that lists several holds ("음료" of "커피 · 음료", "음료 · 디저트"; "beer" of "Drinks & Beer").
 */
function headingKeys(names: readonly string[]): Set<string> {
  const keys = names.flatMap((n) => [n, ...n.split(/\s*[·&/,]\s*/)]).map(keyOf);
  return new Set(keys.filter((k) => k.length >= 2));
}

/** The item's one group whose name ends in a name of `category` ("정식 찌개" for 찌개), if one. */
function groupHeaded(menu: MenuModel, item: string, category: string, preset: Record<string, unknown> | undefined): string | undefined {
  const cat = menu.menu.categories.find((c) => c.id === category);
  const catKeys = headingKeys(Object.values(cat?.name ?? {}));
  const groups = (menu.item(item)?.optionGroups ?? []).map((x) => (typeof x === "string" ? x : x.group)).filter((g) => {
    if (preset && g in preset) return false;
    return Object.values(menu.groups.get(g)?.name ?? {}).some((n) => {
      const words = n.trim().split(/\s+/);
      return words.length >= 2 && catKeys.has(keyOf(words[words.length - 1]!));
    });
  });
  return groups.length === 1 ? groups[0] : undefined;
}

export function categoryWordAsGroup(atoms: Atom[], ctx: ParseContext): Atom[] {
  const out = groupOfTheLinesInHand([...atoms], ctx);
  for (let i = 1; i < out.length; i++) {
    const a = out[i]!;
    if (!isMenu(a) || a.fuzzy || !a.flags.topic || !saysACategory(a)) continue;
    const cats = new Set(a.refs.flatMap((r) => (r.kind === "category" ? [r.category] : [])));
    if (cats.size !== 1) continue;
    // The item in hand: the last thing named before it, one item by its whole name (or past its
    // options said after it, "텐동 세트 새우로 하나 음료는 사이다", where one choice is said of it).
    let k = i - 1;
    while (k >= 0 && !isMenu(out[k])) k--;
    let past = false;
    while (k >= 0 && !(isMenu(out[k]) && (out[k] as MenuAtom).refs.some((r) => r.kind !== "choice" && r.kind !== "group"))) {
      k--;
      past = true;
    }
    const held = out[k];
    // (Its word may name a category too: "정식" of a "정식" section.)
    const items = isMenu(held) && !held.partial && !held.fuzzy && held.refs.every((r) => r.kind === "item" || r.kind === "category") ? held.refs.filter((r) => r.kind === "item") : [];
    const ref = items.length === 1 ? items[0]! : undefined;
    if (ref?.kind !== "item" || ref.partial) continue;
    const group = groupHeaded(ctx.menu, ref.item, [...cats][0]!, ref.preset);
    if (!group) continue;
    // The words after it, up to the first that is not one of the group's choices.
    const read: Array<[number, string]> = [];
    for (let j = i + 1; j < out.length; j++) {
      const b = out[j]!;
      if (b.kind === "num" || b.kind === "sep") continue;
      const choice = isMenu(b) ? choiceNamed(ctx.menu, ref.item, group, b) : undefined;
      if (!choice) break;
      read.push([j, choice]);
    }
    if (!read.length) continue;
    // (Past options, not "둘 다 카라멜이고 음료는 하나는 콜라 하나는 사이다요": choices counted out are the parts' own.)
    if (past && (read.length > 1 || out.slice(i + 1, read[0]![0]).some((x) => x.kind === "num"))) continue;
    out[i] = { ...a, refs: [{ kind: "group", group, add: false }] };
    for (const [j, choice] of read) out[j] = { ...(out[j] as MenuAtom), refs: [{ kind: "choice", group, choice, name: true }] };
  }
  return out;
}

const isFiller = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "filler");
/** "둘 다", "전부", "다": said of every line in hand. */
const isBoth = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "both" || k === "all" || k === "filler");

/**
 * The turn opens with the category as its topic and a line in hand takes a group headed by
 * it, while no line in hand is of that category (or with that group's own word): the group said as a heading, of the lines in
 * hand. The words after it: "둘 다" and the line's other choices ("따뜻한") are kept as said;
 * those naming the group's choices (by a choice's name or an item's, "라떼요") are its choices.
 */
function groupOfTheLinesInHand(out: Atom[], ctx: ParseContext): Atom[] {
  let i = 0;
  while (isFiller(out[i])) i++;
  const a = out[i];
  if (!ctx.focus?.length || !isMenu(a) || !a.flags.topic) return out;
  // The last line in hand, or else the one item in hand with such a group ("치맥 세트 하나랑 감튀 하나요"
  // then "치킨은 양념으로 할게요": the set's chicken, though the fries were said last).
  const last = ctx.focus.at(-1)!.item;
  const others = [...new Set(ctx.focus.map((f) => f.item))].filter((x) => x !== last && groupOfTheLineInHand(a, x, ctx));
  const held = groupOfTheLineInHand(a, last, ctx) ? last : others.length === 1 ? others[0]! : undefined;
  const group = held && groupOfTheLineInHand(a, held, ctx);
  if (!held || !group) return out;
  const takes = (b: MenuAtom) => !b.fuzzy && b.refs.length > 0 && b.refs.every((r) => r.kind === "choice" && r.group !== group && !!ctx.menu.itemGroup(held, r.group)?.choices.some((c) => c.id === r.choice));
  const read: Array<[number, string]> = [];
  for (let j = i + 1; j < out.length; j++) {
    const b = out[j]!;
    if (isBoth(b) || b.kind === "sep" || b.kind === "num" || (b.kind === "kw" && b.keywords.includes("request"))) continue;
    if (!isMenu(b)) return out;
    const choice = choiceNamed(ctx.menu, held, group, b);
    if (choice) read.push([j, choice]);
    else if (!takes(b)) return out;
  }
  if (!read.length) return out;
  out[i] = { ...a, refs: [{ kind: "group", group, add: false }] };
  for (const [j, choice] of read) out[j] = { ...(out[j] as MenuAtom), refs: [{ kind: "choice", group, choice, name: true }] };
  return out;
}

/**
 * The one-choice group of the line in hand (`held`) that the word names: a category's word that
 * ends the group's name ("음료" of "세트 음료", "drink" of "Combo drink"), no line in hand being of
 * that category, or the group's own word.
 */
function groupOfTheLineInHand(a: MenuAtom, held: string, ctx: ParseContext): string | undefined {
  // (The word may also be read as the group already: "음료는" of "세트 음료".)
  if (a.fuzzy || !saysACategory(a, true)) return undefined;
  const groups = new Set(a.refs.flatMap((r) => (r.kind === "group" ? [r.group] : [])));
  const cats = new Set(a.refs.flatMap((r) => (r.kind === "category" ? [r.category] : [])));
  if (cats.size > 1 || (!cats.size && groups.size !== 1)) return undefined;
  const cat = [...cats][0];
  if (cat && ctx.focus!.some((f) => ctx.menu.item(f.item)?.category === cat)) return undefined;
  const group = cat ? groupHeaded(ctx.menu, held, cat, undefined) : [...groups][0];
  if (!group || ctx.menu.itemGroup(held, group)?.select !== "one" || (groups.size && !groups.has(group))) return undefined;
  return group;
}

/** "to", "a", "an" between the group's word and the choice said for it. */
const TO = /^(?:to|a|an|into)$/i;

/**
 * "musubi combo spam and egg" then "switch the drink to coke please": English names the
 * group by "the" and its category's word after a word that changes, and the choice after
 * "to"; the combo's drink made a coke, not a soda more (held-out r60e-025).
 */
export function groupChangedOfTheLineInHand(atoms: Atom[], ctx: ParseContext): Atom[] {
  const held = ctx.focus?.at(-1)?.item;
  if (!held) return atoms;
  for (let i = 2; i + 1 < atoms.length; i++) {
    const a = atoms[i]!;
    const the = atoms[i - 1];
    const change = atoms[i - 2];
    if (!isMenu(a) || the?.kind !== "kw" || !the.keywords.includes("the") || change?.kind !== "kw" || !change.keywords.includes("change")) continue;
    const group = groupOfTheLineInHand(a, held, ctx);
    if (!group) continue;
    let j = i + 1;
    while ((atoms[j]?.kind === "kw" || atoms[j]?.kind === "num") && TO.test(atoms[j]!.text.trim())) j++;
    const b = atoms[j];
    const choice = isMenu(b) && j > i + 1 ? choiceNamed(ctx.menu, held, group, b) : undefined;
    if (!choice) continue;
    const out = [...atoms];
    out[i] = { ...a, refs: [{ kind: "group", group, add: false }] };
    out[j] = { ...(b as MenuAtom), refs: [{ kind: "choice", group, choice, name: true }] };
    return out;
  }
  return atoms;
}
