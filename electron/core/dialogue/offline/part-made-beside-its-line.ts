// A read-back check: a later turn that names a part of a line in hand by a word that is also
// an item sold alone, with an option that line takes. "lumberjack plate, scrambled" →
// "actually make the eggs poached" made a side of poached eggs beside the plate; a bagel set →
// "베이글은 반 갈라 주세요" made a plain bagel, cut, beside the set. Both answered alone, held-out
// rounds 46–47 (sealed, first run). Whatever step read the word as an order, a thing made with
// no count, said as the one talked about ("the eggs", "베이글은"), whose options go on a group
// of a line in hand whose own words name it, is no sure answer.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { groupsOf } from "./utterance.ts";
import { keyOf, keyWithoutParticle } from "./name-forms.ts";
import { type TurnResult, linesMade } from "./turn-draft.ts";

/** The words of an item in hand: its names, its description, its groups' names, as one key. */
function ownWords(menu: MenuModel, item: string): string {
  const it = menu.item(item);
  const groups = menu.itemGroups(item).flatMap((g) => Object.values(g.group.name ?? {}));
  return keyOf([...Object.values(it?.name ?? {}), ...Object.values(it?.description ?? {}), ...groups].filter((t): t is string => !!t).join(" "));
}

export function partMadeBesideItsLine(d: TurnResult): string[] {
  if (!d.before.lines.length) return [];
  const made = linesMade(d);
  if (!made.length) return [];
  const out: string[] = [];
  for (const x of d.utterance.units) {
    // (Or said bare, no count or article: "tender combo" → "and bbq sauce, sour cream and onion
    // chips", the combo's chips-flavor; blind round 65 sold a bag of chips beside it, alone.)
    if (x.qtyExplicit || x.asked || x.remove || !(x.topic || x.the || x.qty === undefined)) continue;
    // (Said by its category's word, "베이글은" where 베이글 is a category: the item the turn made of it.)
    const its = made.filter((l) => (x.kind === "item" && x.item ? l.item === x.item : x.kind === "category" && !!x.category && d.menu.item(l.item)?.category === x.category));
    if (!its.length) continue;
    const groups = new Set(x.mods.filter((m) => !("neg" in m && m.neg)).flatMap(groupsOf));
    if (!groups.size) continue;
    // (Keys are singular, "eggs" → egg; a Korean particle is left off, "베이글은" → 베이글.)
    const word = keyWithoutParticle(x.text);
    if (word.length < 2) continue;
    const inHand = d.before.lines.find((l) => !its.some((m) => m.item === l.item) && d.menu.itemGroups(l.item).some((g) => groups.has(g.id)) && ownWords(d.menu, l.item).includes(word));
    if (inHand) out.push(`"${x.text}" made beside ${inHand.item}, whose own words name it and which takes what was said of it`);
  }
  return out;
}
