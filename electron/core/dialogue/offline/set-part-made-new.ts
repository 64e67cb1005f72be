// A read-back check, from the cart and the words alone: a later turn made a new line of a thing
// a set in hand already holds as its part, said with no word that orders one. "meal deal with a
// traditional and a coke" → "oh and make the pasty a large one" made a large traditional pasty
// beside the deal; "2인 세트 하나 주세요" → "음료는 사이다요" a soda beside the set whose drink was
// open; "no milk in the tea" a second tea, "핫도그에 케첩은 빼 주세요" a second hot dog (blind
// first run, r86a-004 and r89c-010 answered alone). Whichever step read the words so, the thing
// may be the set's own part changed, not one more: a guess. Said with a count, "another", 더, 도,
// "too", a word that adds, or (English) an article of its own ("and a coke"), it is an order.
//
// What the set holds as its part: a thing its own name or description names ("핫도그 + 감자튀김 +
// 음료"), or a thing one of its groups offers by that thing's name ("Cup of tea" of its drink,
// "traditional" of its pasty), whether the line holds that choice or another of the group.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { CartLine } from "../../cart/cart.ts";
import { partsNamed } from "./bundle-with-its-part.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import { type TurnResult, linesMade } from "./turn-draft.ts";
import type { Atom } from "./scan.ts";
import type { Unit } from "./utterance.ts";

/** Whether a group of the set offers the item by one of the item's names. */
function offeredAsChoice(menu: MenuModel, set: string, item: string): boolean {
  const keys = new Set(spokenNames(menu.item(item)).map(keyOf).filter((k) => k.length >= 2));
  return menu.itemGroups(set).some((g) => g.choices.some((c) => spokenNames(c).some((n) => keys.has(keyOf(n)))));
}

/** Whether the set's line holds the item as its part. */
function holdsAsItsPart(menu: MenuModel, set: CartLine, item: string): boolean {
  if (set.item === item) return false;
  const parts = partsNamed(menu, set.item);
  return (parts.size >= 2 && parts.has(item)) || offeredAsChoice(menu, set.item, item);
}

/** The unit said orders one: a count, "another", a word that adds, 도 / "too", or an English article of its own. */
function saysAnOrder(d: TurnResult, x: Unit): boolean {
  if (x.qtyExplicit || x.another || x.kws.has("more") || x.kws.has("add")) return true;
  const atoms = d.utterance.atoms;
  const k = atoms.findIndex((a) => a.kind === "menu" && a.text === x.text);
  const at = atoms[k];
  if (at?.kind === "menu" && at.flags.also) return true;
  if (d.utterance.lang !== "en" || x.qty === undefined) return false;
  // ("a large coke": the article before the name, past the choices said of it; not "make the
  // pasty a large one".)
  let j = k - 1;
  while (atoms[j]?.kind === "menu" && (atoms[j] as Atom & { kind: "menu" }).refs.every((r) => r.kind === "choice")) j--;
  const before = atoms[j];
  return k < 0 || (before?.kind === "num" && before.article);
}

export function setPartMadeNew(d: TurnResult): string[] {
  if (!d.before.lines.length) return [];
  const made = linesMade(d);
  if (!made.length) return [];
  const out: string[] = [];
  for (const x of d.utterance.units) {
    if (x.asked || x.remove || x.replaced || x.absorbed || x.readBack) continue;
    const its = made.filter((l) => (x.kind === "item" && x.item ? l.item === x.item : x.kind === "category" && !!x.category && d.menu.item(l.item)?.category === x.category));
    if (!its.length || saysAnOrder(d, x)) continue;
    for (const l of its) {
      const set = d.before.lines.find((b) => d.state.lines.some((s) => s.id === b.id) && holdsAsItsPart(d.menu, b, l.item));
      if (set) out.push(`"${x.text}" made as a new ${l.item} with ${set.item} in hand, which holds it as its part: changed, or one more?`);
    }
  }
  return out;
}
