// "One dinner for two with the chicken pot": a set whose part is an option group ("Choose your
// claypot": "Chicken & mushroom", "Chinese sausage", …), "with", and an item sold alone whose
// name holds one of those choices' names ("Chicken & Mushroom Claypot", said by its alias
// "chicken pot"). The item is the set's choice, not a second order beside the set (held-out
// r105b-029 had made the claypot beside the set, alone, and asked for the set's pot).
// Read from the menu's names only: the one choice among the set's required groups (no default:
// the set must be told it) whose name the item's own name holds. A group with a default is
// not asked for: "a katsu plate with a side of mac" of a plate that comes with mac salad orders
// the side of mac (probes platelunch-036). A word that adds ("with an extra chicken pot") stays
// an order.
import { saysAddWord } from "./add-words.ts";
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import { keyOf } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

/** A choice's name this short ("Eel", "Coke") is too little to say an item's name holds it. */
const MIN_KEY = 6;

const cache = new WeakMap<MenuModel, Map<string, ChoiceRef | null>>();

/** The one choice of the set's own required groups whose name the item's name holds, or null. */
function choiceTheItemIs(menu: MenuModel, set: string, item: string): ChoiceRef | null {
  let perMenu = cache.get(menu);
  if (!perMenu) cache.set(menu, (perMenu = new Map()));
  const key = `${set}\u0000${item}`;
  const seen = perMenu.get(key);
  if (seen !== undefined) return seen;
  const itemKeys = Object.values(menu.item(item)?.name ?? {}).filter((n): n is string => !!n).map(keyOf);
  const hits: ChoiceRef[] = [];
  for (const g of menu.itemGroups(set)) {
    if (g.select !== "one" || g.default !== undefined) continue;
    for (const c of g.choices ?? []) {
      const holds = Object.values(c.name).some((n) => {
        const k = n ? keyOf(n) : "";
        return k.length >= MIN_KEY && itemKeys.some((ik) => ik !== k && ik.includes(k));
      });
      if (holds) hits.push({ kind: "choice", group: g.id, choice: c.id, name: false });
    }
  }
  const out = hits.length === 1 ? hits[0]! : null;
  perMenu.set(key, out);
  return out;
}

// ("a gallon jug of pink lemonade" of a jug whose flavor "Pink raspberry" the lemonade's name holds: "of" too, r109c-026.)
const isWith = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "with" || k === "of");
const isThe = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "the");

/** English: the set named, "with", (an article or "the",) an item whose name holds one of the set's choices: that choice. */
export function itemSaidAsTheSetsChoice(atoms: Atom[], menu: MenuModel): Atom[] {
  for (let i = 0; i + 2 < atoms.length; i++) {
    const set = atoms[i]!;
    if (set.kind !== "menu" || set.fuzzy || set.refs.length !== 1 || set.refs[0]!.kind !== "item" || set.refs[0]!.partial) continue;
    if (!isWith(atoms[i + 1])) continue;
    let k = i + 2;
    const lead = atoms[k];
    if ((lead?.kind === "num" && lead.article) || isThe(lead)) k++;
    const said = atoms[k];
    if (said?.kind !== "menu" || said.fuzzy || said.refs.length !== 1 || saysAddWord(said.text)) continue;
    const item = said.refs[0]!;
    if (item.kind !== "item" || item.partial || item.item === set.refs[0]!.item) continue;
    const choice = choiceTheItemIs(menu, set.refs[0]!.item, item.item);
    if (!choice) continue;
    // The item's name (and the article or "the" before it) read as the set's choice, in its place.
    const from = atoms[i + 2]!;
    const read: Atom = { start: from.start, end: said.end, tok0: from.tok0, tok1: said.tok1, text: atoms.slice(i + 2, k + 1).map((x) => x.text).join(" "), kind: "menu", refs: [choice], fuzzy: false, partial: false, flags: {} } as Atom;
    return [...atoms.slice(0, i + 2), read, ...atoms.slice(k + 1)];
  }
  return atoms;
}
