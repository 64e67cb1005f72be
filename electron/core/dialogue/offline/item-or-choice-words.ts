// The word shapes item-or-choice.ts reads a word that names both an item and a choice by:
// the item's own options said before it, counts shared out, "with" or "instead of" before
// it, a choice that names an item, "on top", and refusals of the item's own options.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { keyOf, type MenuRef } from "./lexicon.ts";
import { spokenNames } from "./name-forms.ts";
import { ON_TOP } from "./language.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

/**
 * Where the options said right before atom i start, when every one of them is a choice only
 * the items named at i take, not the item in hand (`i` itself when there are none).
 */
export function itsOwnOptionsBefore(menu: MenuModel, atoms: readonly Atom[], i: number, items: readonly string[], inHand: string | undefined): number {
  const takes = (item: string, r: MenuRef) => r.kind === "choice" && menu.itemGroup(item, r.group)?.choices.some((x) => x.id === r.choice) === true;
  let k = i;
  for (;;) {
    const x = atoms[k - 1];
    if (x?.kind !== "menu" || !x.refs.length) break;
    // (A word read into a group's name only while that group is talked about, "steamed" of "steamed rice", is not its name.)
    const refs = x.refs.filter((r) => !(r.kind === "choice" && r.derived));
    if (!refs.length || !refs.every((r) => r.kind === "choice" && items.some((it) => takes(it, r)) && !(inHand && takes(inHand, r)))) break;
    k--;
  }
  return k;
}

/**
 * The item at `at` said with a count of two or more ("three hand pies"), then two or more
 * numbers each right before a choice it takes, adding up to that count, nothing else said
 * between but "and" and commas.
 */
export function countsShareOut(atoms: readonly Atom[], at: number, menu: MenuModel, item: string): boolean {
  const said = atoms[at - 1];
  if (said?.kind !== "num" || said.article || said.value < 2) return false;
  let sum = 0;
  let parts = 0;
  for (let j = at + 1; j < atoms.length; j++) {
    const x = atoms[j]!;
    if (x.kind === "sep" && (x.why === "conj" || (x.why === "punct" && x.mark === ","))) continue;
    const y = atoms[j + 1];
    if (x.kind !== "num" || x.article || y?.kind !== "menu") return false;
    if (!y.refs.some((r) => r.kind === "choice" && menu.itemGroup(item, r.group)?.choices.some((c) => c.id === r.choice))) return false;
    sum += x.value;
    parts++;
    j++;
  }
  return parts >= 2 && sum === said.value;
}

export const isAdding = (x: Atom | undefined) => x?.kind === "kw" && x.keywords.some((w) => w === "add" || w === "more");

/** "with" right before atom i, or before the number right before it ("with two scoops"). */
export function withBefore(atoms: readonly Atom[], i: number): boolean {
  const isWith = (x: Atom | undefined) => x?.kind === "kw" && x.keywords.includes("with");
  return isWith(atoms[i - 1]) || (atoms[i - 1]?.kind === "num" && isWith(atoms[i - 2]));
}

/** The choices named right after "instead of (the)" following atom i (none when it is anything else). */
export function choicesAfterInsteadOf(atoms: readonly Atom[], i: number): Array<{ group: string; choice: string }> {
  const k = atoms[i + 1];
  if (k?.kind !== "kw" || !k.keywords.includes("instead") || !/\bof$/i.test(k.text)) return [];
  let j = i + 2;
  if (atoms[j]?.kind === "kw" && (atoms[j] as Atom & { keywords: string[] }).keywords.includes("the")) j++;
  const y = atoms[j];
  if (y?.kind !== "menu" || !y.refs.length || !y.refs.every((r) => r.kind === "choice")) return [];
  return y.refs.flatMap((r) => (r.kind === "choice" ? [{ group: r.group, choice: r.choice }] : []));
}

/** The one item taking the choice whose own name is part of the words said for the choice. */
export function itemNamedInChoice(menu: MenuModel, choices: Array<{ group: string; choice: string }>, said: string): { item: string; group: string; choice: string } | undefined {
  if (choices.length !== 1) return undefined;
  const c = choices[0]!;
  const words = keyOf(said);
  const hits = menu.menu.items.filter((it) =>
    menu.itemGroup(it.id, c.group)?.choices.some((x) => x.id === c.choice) &&
    [...Object.values(it.name), ...Object.values(it.aliases ?? {}).flat().map((x) => (typeof x === "string" ? x : x.text))].some((n) => { const k = keyOf(n); return k.length >= 2 && k !== words && words.includes(k); }),
  );
  return hits.length === 1 ? { item: hits[0]!.id, ...c } : undefined;
}

/** Items whose own name is one of these choices' names (a set's 김밥 choice "원조김밥" → the 원조김밥). */
export function itemsNamedByChoices(menu: MenuModel, choices: Array<{ group: string; choice: string }>): string[] {
  const keys = new Set<string>();
  for (const c of choices) {
    const ch = menu.groups.get(c.group)?.choices?.find((x) => x.id === c.choice);
    for (const n of [...Object.values(ch?.name ?? {}), ...Object.values(ch?.aliases ?? {}).flat()]) if (typeof n === "string") keys.add(keyOf(n));
  }
  return menu.menu.items.filter((it) => [...Object.values(it.name), ...Object.values(it.aliases ?? {}).flat().map((x) => (typeof x === "string" ? x : x.text))].some((n) => keys.has(keyOf(n)))).map((it) => it.id);
}

/** The choices of the item named right after the word, where the word's item reading is that same item. */
export function choicesOfTheNextName(atoms: readonly Atom[], i: number, items: ReadonlyArray<Extract<MenuRef, { kind: "item" }>>, choices: ReadonlyArray<Extract<MenuRef, { kind: "choice" }>>, ctx: ParseContext): Array<Extract<MenuRef, { kind: "choice" }>> {
  const a = atoms[i]!;
  const next = atoms[i + 1];
  if (next?.kind !== "menu" || next.tok0 !== a.tok1 + 1 || !next.refs.length || !next.refs.every((r) => r.kind === "item" && !r.partial && !r.preset)) return [];
  const named = next.refs.flatMap((r) => (r.kind === "item" ? [r.item] : []));
  if (!items.some((it) => named.includes(it.item))) return [];
  return choices.filter((c) => named.some((it) => ctx.menu.itemGroup(it, c.group)?.choices.some((x) => x.id === c.choice)));
}

/** The verb after the thing (and its count) puts it on top: "마카롱 하나 올려서요". */
export function putOnTop(atoms: Atom[], i: number): boolean {
  const k = atoms[i + 1]?.kind === "num" ? i + 2 : i + 1;
  const verb = atoms[k];
  return verb?.kind === "kw" && ON_TOP.test(verb.text.trim());
}

/** The held item's counted groups said by a name of one of these items ("마카롱" the topping and the macaron sold alone). */
export function countedGroupsNamedAlike(menu: MenuModel, held: string, items: ReadonlyArray<Extract<MenuRef, { kind: "item" }>>): MenuRef[] {
  const names = new Set(items.flatMap((r) => spokenNames(menu.item(r.item), true).map(keyOf)));
  return menu.itemGroups(held).filter((g) => g.select === "count" && spokenNames(g.group, true).some((n) => names.has(keyOf(n)))).map((g) => ({ kind: "group", group: g.id }) as MenuRef);
}

/** "no X"/"without X" at k, X a choice the item takes (whatever else X also names), or its removal choice "no gravy". */
export function refusingOwnOption(atoms: readonly Atom[], k: number, menu: MenuModel, item: string): boolean {
  const takes = (r: MenuRef) => r.kind === "choice" && menu.itemGroup(item, r.group)?.choices.some((c) => c.id === r.choice) === true;
  const no = atoms[k];
  if (no?.kind === "menu") return /^(?:no|without|hold)\b/i.test(no.text.trim()) && no.refs.length > 0 && no.refs.every(takes);
  const x = atoms[k + 1];
  if (no?.kind !== "kw" || !no.keywords.some((w) => w === "no" || w === "without") || x?.kind !== "menu") return false;
  return x.refs.some(takes);
}

/** The turn opens with "no" before a comma or "make it" ("no, make it …"): the line in hand is said no to. */
export function openedByNo(atoms: readonly Atom[]): boolean {
  const first = atoms[0];
  const next = atoms[1];
  if (first?.kind !== "kw" || first.text.trim().toLowerCase() !== "no") return false;
  return (next?.kind === "sep" && next.why === "punct") || (next?.kind === "kw" && next.keywords.includes("change"));
}
