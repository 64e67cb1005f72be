// A read-back check: a thing the words refuse ("without the raita", "no malta", "without mushrooms
// or sweet potato", "식혜 말고", "콜라 빼고"), by a name of an item sold alone, and more of that
// item in the cart after the turn than before. Held-out rounds 66–70: "veg biryani hot without the
// raita, and a side of salan" (a raita line beside the biryani's "No raita"), "the vegetable
// assortment without mushrooms or sweet potato" (a sweet potato tempura), "콜라 하나 사이다 하나 아
// 콜라 말고 사이다 두 개로" (the cola kept, two more). Whatever step read the words so, a refused thing
// is never ordered: a guess. It reads the words as said (the refusal and the names after it in
// English, before it in Korean, and those joined to them by or/and/a comma with no article or count
// of their own), not a step's reading of them. (English "and" or a comma may also start the next
// order, "a crispy chicken burger no sauce and onion rings": joined so, a name counts as refused
// only where the menu spells leaving it out, "No salan", "No sweet potato".)
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import { keyOf, spokenNames, withoutRemovalWord } from "./name-forms.ts";
import { removalIndex } from "./refusal.ts";
import type { TurnResult } from "./turn-draft.ts";

/** A name said as a removal ("without mushrooms", "hold the onions"): it refuses the list after it too. */
const SAID_AS_REMOVAL = /^(?:no|without|hold(?:\s+the)?|skip(?:\s+the)?)\s/i;

const isRefusalWord = (a: Atom, en: boolean): boolean =>
  a.kind === "kw" && (en ? a.keywords.includes("without") || a.keywords.includes("refuse") : a.keywords.includes("remove") || a.keywords.includes("without") || (a.keywords.includes("instead") && /말고|말구/.test(a.text)));
const isLink = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "the" || k === "filler" || k === "of");
const isOr = (a: Atom | undefined) => a?.kind === "kw" && /^(?:or|nor)$/i.test(a.text.trim());
const isJoin = (a: Atom | undefined) => !!a && ((a.kind === "sep" && (a.why === "conj" || (a.why === "punct" && a.mark === ","))) || isOr(a));

const leftOutCache = new WeakMap<MenuModel, Set<string>>();

/** What the menu's removal choices leave out, by key ("No salan" → "salan"); made once per menu, when first needed. */
function leftOutKeys(menu: MenuModel): Set<string> {
  let keys = leftOutCache.get(menu);
  if (keys) return keys;
  keys = new Set();
  const groups = removalIndex(menu).groups;
  for (const g of menu.menu.optionGroups) {
    if (!groups.has(g.id)) continue;
    for (const c of g.choices ?? []) for (const n of spokenNames(c)) if (withoutRemovalWord(n) !== n.trim()) keys.add(keyOf(withoutRemovalWord(n)));
  }
  leftOutCache.set(menu, keys);
  return keys;
}

/** A name the menu spells leaving out, by its words or by a name of the item it names. */
function spelledLeftOut(a: Atom, menu: MenuModel): boolean {
  if (a.kind !== "menu") return false;
  const keys = leftOutKeys(menu);
  const said = [a.text, ...a.refs.flatMap((r) => (r.kind === "item" ? spokenNames(menu.item(r.item)) : []))].map(keyOf);
  return said.some((k) => !!k && keys.has(k));
}
const isName = (a: Atom | undefined): a is Extract<Atom, { kind: "menu" }> => a?.kind === "menu" && !a.partial;

/** The names a refusal at `i` covers. */
function refusedNames(atoms: readonly Atom[], i: number, en: boolean, self: boolean, menu: MenuModel): Atom[] {
  const out: Atom[] = [];
  if (en) {
    let j = self ? i : i + 1;
    while (!self && isLink(atoms[j])) j++;
    if (!isName(atoms[j])) return out;
    out.push(atoms[j]!);
    // "… or sweet potato": joined with no article or count of its own ("and a side of salan" is an order).
    while (isJoin(atoms[j + 1]) && isName(atoms[j + 2]) && (isOr(atoms[j + 1]) || spelledLeftOut(atoms[j + 2]!, menu))) {
      out.push(atoms[j + 2]!);
      j += 2;
    }
    return out;
  }
  let j = i - 1;
  while (j >= 0 && isLink(atoms[j])) j--;
  if (!isName(atoms[j])) return out;
  out.push(atoms[j]!);
  while (isJoin(atoms[j - 1]) && isName(atoms[j - 2])) {
    out.push(atoms[j - 2]!);
    j -= 2;
  }
  return out;
}

/** The words name the item: one of its names, with at most a plural ending or a particle after it ("raitas", "콜라는"). */
function namesItem(said: string, menu: MenuModel, item: string): boolean {
  return !!said && spokenNames(menu.item(item)).some((n) => { const k = keyOf(n); return !!k && said.startsWith(k) && said.length - k.length <= 2; });
}

/** The words also name a choice of the item itself ("no cone" of an ice cream in a cup): that choice may be what was refused. */
function namesItsChoice(said: string, menu: MenuModel, item: string): boolean {
  return menu.itemGroups(item).some((g) => g.choices.some((c) => spokenNames(c).some((n) => keyOf(n) === said)));
}

export function refusedThenOrdered(d: TurnResult): string[] {
  const u = d.utterance;
  const en = u.lang === "en";
  const qty = (lines: typeof d.state.lines, item: string) => lines.filter((l) => l.item === item).reduce((n, l) => n + l.qty, 0);
  let more: string[] | undefined;
  const out: string[] = [];
  u.atoms.forEach((a, i) => {
    const self = en && a.kind === "menu" && SAID_AS_REMOVAL.test(a.text.trim());
    if (!self && !isRefusalWord(a, en)) return;
    const refused = refusedNames(u.atoms, i, en, self, d.menu);
    if (!refused.length) return;
    // (Only the items the turn made more of are read against the words.)
    more ??= [...new Set(d.state.lines.map((l) => l.item))].filter((item) => qty(d.state.lines, item) > qty(d.before.lines, item));
    for (const n of refused) {
      const said = keyOf(n.text.replace(SAID_AS_REMOVAL, ""));
      for (const item of more) {
        if (!namesItem(said, d.menu, item) || namesItsChoice(said, d.menu, item)) continue;
        // ("large jerk no cabbage and a side of cabbage": named again, apart from the refusal, it is ordered.)
        if (u.atoms.some((x) => x.kind === "menu" && !refused.includes(x) && !SAID_AS_REMOVAL.test(x.text.trim()) && namesItem(keyOf(x.text), d.menu, item))) continue;
        out.push(`"${n.text}" was refused, and more of it was ordered`);
      }
    }
  });
  return out;
}
