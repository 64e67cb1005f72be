// "참치 하나 칩세트 콜라요", "비엠티 쿠키세트 콜라로요": a drink named right after a choice whose
// own names say it comes with a drink ("칩 세트", also called "칩이랑 음료"; "Chips + drink
// combo") is that set's drink, not a second thing ordered. When the menu gives the line no
// place to record which drink, the set accounts for it. Counted or listed on its own
// ("칩세트 하나랑 콜라 하나", "칩세트랑 콜라") it stays a drink of its own.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";
import type { Unit } from "./utterance.ts";

/** Marks each item said right after a choice that includes its kind as taken into that choice. */
export function itemsIncludedInChoice(atoms: Atom[], units: Unit[], menu: MenuModel): void {
  for (let i = 1; i < units.length; i++) {
    const x = units[i]!;
    const p = units[i - 1]!;
    if (!plainItem(x) || p.kind !== "item" || !p.item || p.asked || p.remove || p.replaced || x.item === p.item) continue;
    const said = p.mods.filter((m) => m.kind === "choice" && !m.neg && m.at !== undefined).at(-1);
    if (!said || said.kind !== "choice") continue;
    const cands = [...new Set(said.cands.map((c) => `${c.group}/${c.choice}`))];
    if (cands.length !== 1) continue;
    const { group, choice } = said.cands[0]!;
    const at = atoms.findIndex((a) => a.start === said.at);
    const next = at >= 0 ? nextAfterChoice(atoms, at) : undefined;
    if (!next || next.kind !== "menu" || next.text !== x.text) continue;
    // (A line whose groups do name the drink records it there: that is a choice, not this.)
    if (menu.itemGroups(p.item).some((g) => g.choices.some((c) => namesOf(c).some((k) => itemKeys(menu, x.item!).includes(k))))) continue;
    const own = menu.item(p.item)?.category;
    const kind = menu.item(x.item!)?.category;
    if (!kind || kind === own) continue;
    const c = menu.groups.get(group)?.choices?.find((y) => y.id === choice);
    if (!c) continue;
    const words = [...categoryKeys(menu, kind), ...itemKeys(menu, x.item!)];
    if (namesOf(c).some((k) => words.some((w) => k.includes(w)))) x.absorbed = true;
  }
}

/**
 * Whether a choice of `item`'s names other things of the menu it comes with ("칩 세트", also
 * "칩이랑 음료": the chips and a drink): a set made of the item, not a kind of it.
 */
export function choiceBringsOthers(menu: MenuModel, item: string, group: string, choice: string): boolean {
  const c = menu.groups.get(group)?.choices?.find((y) => y.id === choice);
  const own = menu.item(item)?.category;
  if (!c) return false;
  const words = menu.menu.items.filter((it) => it.category !== own).flatMap((it) => [...categoryKeys(menu, it.category), ...itemKeys(menu, it.id)]);
  return namesOf(c).some((k) => words.some((w) => k.includes(w)));
}

function plainItem(x: Unit): boolean {
  return x.kind === "item" && !!x.item && !x.qtyExplicit && !x.mods.length && !x.parts.length && !x.asked && !x.remove && !x.replaced && !x.topic && !x.the && !x.partial && !x.fuzzy;
}

/**
 * The atom said next after the choice's: right after it, or after the verb that closes it
 * ("칩세트로 하고 콜라요": made the chips set, and the drink a cola) and words like "with a".
 * (Not after "랑", "and", or a count: those list a thing of its own.)
 */
function nextAfterChoice(atoms: Atom[], at: number): Atom | undefined {
  const choice = atoms[at]!;
  for (let j = at + 1; j < atoms.length; j++) {
    const a = atoms[j]!;
    // (하고 after a choice said with 로 is read as the verb, a request: choice-made-so.ts.)
    if ((a.kind === "sep" || a.kind === "kw") && a.text.trim() === "하고" && /(으로|로)$/.test(choice.text)) continue;
    if (a.kind === "kw" && a.keywords.every((w) => w === "with" || w === "the" || w === "filler")) continue;
    if (a.kind === "num" && a.article && j > at + 1) continue;
    return a;
  }
  return undefined;
}

function namesOf(t: Parameters<typeof spokenNames>[0]): string[] {
  return spokenNames(t).map(keyOf).filter(Boolean);
}

function itemKeys(menu: MenuModel, id: string): string[] {
  const it = menu.item(id);
  return it ? namesOf(it).filter((k) => k.length >= 2) : [];
}

/** A category's words ("음료·주류": 음료, 주류; "Drinks": drink), long enough to mean it. */
function categoryKeys(menu: MenuModel, id: string): string[] {
  const cat = menu.menu.categories.find((c) => c.id === id);
  if (!cat) return [];
  const parts = Object.values(cat.name).flatMap((n) => n.split(/[·,/&+]|\band\b/));
  return parts.map(keyOf).flatMap((k) => (/^[a-z]+s$/.test(k) ? [k, k.slice(0, -1)] : [k])).filter((k) => k.length >= 2);
}
