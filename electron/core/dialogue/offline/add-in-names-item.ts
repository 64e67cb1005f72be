// "볶음밥 두 개 치즈 넣어서요", "볶음밥에 치즈 올려서 하나요": an add-in said to go into the
// item just named, where the menu sells an item named exactly the add-in's word plus that
// item's name (치즈 + 볶음밥 = 치즈볶음밥), names that item — not the plain one and the
// add-in sold on its own. The menu's own name is read, nothing else: with no such item the
// words stay two things.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { ADD_WORDS } from "./language.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";
import type { Unit } from "./utterance.ts";

/** Each item followed by an item said with an adding word, where the two names joined name a third: that third item. */
export function addInNamesItem(atoms: Atom[], units: Unit[], menu: MenuModel): void {
  for (let i = 0; i + 1 < units.length; i++) {
    const base = units[i]!;
    const add = units[i + 1]!;
    if (!plain(base) || !plain(add) || base.clause !== add.clause || add.loc) continue;
    // (Both counted, "볶음밥 두 개 치즈 하나 넣어서": which of them has it?)
    if (base.qtyExplicit && add.qtyExplicit && base.qty !== add.qty) continue;
    const addKeys = keysOf(menu, add.item!);
    if (!saidWithAddWord(atoms, add, addKeys)) continue;
    // (Where the item takes the add-in as an option of its own, that option is meant.)
    if (menu.itemGroups(base.item!).some((g) => g.choices.some((c) => Object.values(c.name).some((n) => addKeys.includes(keyOf(n)))))) continue;
    const baseKeys = keysOf(menu, base.item!);
    const joined = new Set(addKeys.flatMap((a) => baseKeys.map((b) => a + b)));
    const named = menu.menu.items.filter((it) => it.id !== base.item && it.id !== add.item && keysOf(menu, it.id).some((k) => joined.has(k)));
    if (named.length !== 1) continue;
    const counted = base.qtyExplicit ? base : add.qtyExplicit ? add : base;
    units.splice(i, 2, { ...base, item: named[0]!.id, preset: {}, qty: counted.qty, qtyExplicit: counted.qtyExplicit, mods: [...base.mods, ...add.mods], loc: false, kws: new Set([...base.kws, ...add.kws]) });
  }
}

function plain(u: Unit): boolean {
  return u.kind === "item" && !!u.item && !u.asked && !u.remove && !u.replaced && !u.partial && !u.fuzzy && !u.parts.length && !u.topic;
}

/** The add-in's word is followed by an adding word ("넣어서", "올려서"), or its name holds one ("치즈 추가해서" for 치즈추가). */
function saidWithAddWord(atoms: Atom[], u: Unit, names: string[]): boolean {
  const at = atoms.findIndex((a) => a.kind === "menu" && a.text === u.text);
  if (at < 0) return false;
  const said = keyOf(u.text);
  const rest = names.filter((k) => said.startsWith(k)).map((k) => said.slice(k.length));
  if (rest.some((r) => ADD_WORDS.some((w) => r.startsWith(keyOf(w))))) return true;
  const next = atoms.slice(at + 1).find((a) => a.start >= atoms[at]!.start && a.kind !== "sep");
  return next?.kind === "kw" && next.keywords.includes("add");
}

/** An item's names and plain aliases, as keys. */
function keysOf(menu: MenuModel, id: string): string[] {
  return spokenNames(menu.item(id), true).map(keyOf).filter((k) => k.length >= 1);
}
