// "one cinnamon sugar pretzel with honey mustard instead of the cheese" (held-out r120a-019): the
// pretzel's style "Cinnamon sugar" has the alias "cinnamon sugar pretzel", which swallowed the
// item's own name; the turn named no item and ordered nothing ("your order is empty"). A choice
// named by words that hold the whole name of the one item taking it (the menu's name or an alias,
// "pretzel") is that item made so, as an item's alias holding its choice is (lexicon.ts). Not
// where a line of that item is in hand: there the choice may be meant for it, as before.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";
import { spokenNames, wordsOf } from "./name-forms.ts";

/** For each "group/choice", the items that take it, each with its names' words; made once a menu. */
const takers = new WeakMap<MenuModel, Map<string, Array<{ item: string; names: string[][] }>>>();
function itemsTaking(menu: MenuModel): Map<string, Array<{ item: string; names: string[][] }>> {
  let m = takers.get(menu);
  if (m) return m;
  m = new Map();
  for (const it of menu.menu.items) {
    const names = spokenNames(it).map(wordsOf).filter((n) => n.length > 0);
    for (const g of menu.itemGroups(it.id)) for (const c of g.choices ?? []) {
      const key = `${g.id}/${c.id}`;
      const list = m.get(key) ?? [];
      list.push({ item: it.id, names });
      m.set(key, list);
    }
  }
  takers.set(menu, m);
  return m;
}

function holds(words: readonly string[], part: readonly string[]): boolean {
  for (let i = 0; i + part.length <= words.length; i++) if (part.every((w, j) => words[i + j] === w)) return true;
  return false;
}

export function itemNameInsideChoice(atoms: Atom[], menu: MenuModel, inHand: readonly string[]): Atom[] {
  return atoms.map((a) => {
    if (a.kind !== "menu" || a.fuzzy || !a.refs.length || !a.refs.every((r) => r.kind === "choice")) return a;
    const said = wordsOf(a.text);
    if (said.length < 2) return a;
    const found: MenuRef[] = [];
    for (const r of a.refs) {
      if (r.kind !== "choice") continue;
      for (const t of itemsTaking(menu).get(`${r.group}/${r.choice}`) ?? []) {
        if (!t.names.some((n) => n.length < said.length && holds(said, n))) continue;
        const many = menu.itemGroup(t.item, r.group)?.select === "many";
        const preset: Record<string, OptionValue> = { [r.group]: many ? [r.choice] : r.choice };
        if (!found.some((f) => f.kind === "item" && f.item === t.item)) found.push({ kind: "item", item: t.item, partial: false, preset });
      }
    }
    if (found.length !== 1 || found.some((f) => f.kind === "item" && inHand.includes(f.item))) return a;
    return { ...a, refs: found };
  });
}
