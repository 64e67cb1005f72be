// "a chicken sandwich with bacon but without the slaw" where the sandwich spells leaving the
// slaw off as a choice of its own ("No slaw") and the menu also sells a side of slaw: the
// refusal is said of the item in hand, so it is that removal choice, not the slaw sold
// alone taken out of an order that has none. Korean alike ("삼계탕 하나 대추는 빼 주세요"
// where 대추 is also sold). Found from the menu's names: a removal choice ("No X", "X 빼기")
// whose X is the word refused or a name of the item it names.
import type { EffectiveGroup, MenuModel } from "../../../../shared/menu/model.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { CartLine } from "../../cart/cart.ts";
import { keyOf, spokenNames, withoutRemovalWord } from "./name-forms.ts";
import { focusLines, type TurnDraft } from "./turn-draft.ts";
import type { Mod, Unit } from "./utterance.ts";

/** Each item refused with no count nor options of its own, right after an item that has a removal of it: that removal. */
export function refusedItemAsItsRemoval(units: Unit[], menu: MenuModel): void {
  for (let i = 1; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== "item" || !u.item || !u.remove || u.qtyExplicit || u.mods.length || u.parts.length) continue;
    const prev = units[i - 1]!;
    if (prev.kind !== "item" || !prev.item || prev.item === u.item || prev.remove || prev.replaced || prev.asked) continue;
    const hit = removalOfItem(menu, prev.item, u.item, u.text);
    if (!hit) continue;
    prev.mods.push(removalMod(hit, u.text));
    units.splice(i, 1);
    i--;
  }
}

/** The one removal choice of `held` that leaves out what `refused` (items, said as `text`) names, if one. */
export function removalOfItem(menu: MenuModel, held: string, refused: string | readonly string[], text: string): { group: string; choice: string } | undefined {
  const items = typeof refused === "string" ? [refused] : refused;
  const said = new Set([text, ...items.flatMap((i) => spokenNames(menu.item(i)))].map(keyOf).filter(Boolean));
  const hits: Array<{ group: string; choice: string }> = [];
  for (const eg of menu.itemGroups(held)) {
    if (eg.select !== "many") continue;
    for (const c of eg.choices) {
      const refuses = spokenNames(c).some((n) => withoutRemovalWord(n) !== n.trim() && said.has(keyOf(withoutRemovalWord(n))));
      if (refuses) hits.push({ group: eg.id, choice: c.id });
    }
  }
  return hits.length === 1 ? hits[0] : undefined;
}

/** A removal choice as a wanted option of the line it is said of. */
export function removalMod(hit: { group: string; choice: string }, text: string): Mod {
  return { kind: "choice", cands: [{ ...hit, name: true }], neg: false, text };
}

/**
 * "take off the pickles" a turn after a sandwich that spells it "No pickles", where the
 * pickles sold alone (one item or several) are not ordered: that removal on the one line in
 * hand that has it, as "hold the pickles" is.
 */
export function removalOnLineInHand(d: TurnDraft, u: Unit, refused: readonly string[]): { line: CartLine; mod: Mod } | undefined {
  const holders = removalsOnLinesInHand(d, u, refused);
  return holders.length === 1 ? holders[0] : undefined;
}

/** Every line in hand that has such a removal, oldest first. */
export function removalsOnLinesInHand(d: TurnDraft, u: Unit, refused: readonly string[]): { line: CartLine; mod: Mod }[] {
  // ("하나는 김치 빼 주세요" of two sets that spell it "김치 빼기": a count said with 은/는 is how many of the line, partOfLine.)
  if ((u.qtyExplicit && !u.topic) || u.mods.length || u.parts.length) return [];
  return focusLines(d).flatMap((l) => {
    const hit = removalOfItem(d.menu, l.item, refused, u.text);
    return hit ? [{ line: l, mod: removalMod(hit, u.text) }] : [];
  });
}

/** How many of the line a refusal with a count said with 은/는 reaches ("하나는 김치 빼 주세요"): that many, else all of it. */
export function partOfLine(u: Unit, line: CartLine): number | undefined {
  return u.topic && u.qtyExplicit && u.qty !== undefined && u.qty < line.qty ? u.qty : undefined;
}

/**
 * "a tofu teriyaki no sauce" → "actually put the sauce on", where "sauce" also names the
 * extra-sauce count: the removal the line holds of what the words name ("No sauce on top"),
 * to be taken back rather than extra added on top of it.
 */
export function heldRemovalOf(groups: readonly EffectiveGroup[], cur: Record<string, OptionValue>, text: string): { group: string; choice: string } | undefined {
  const said = keyOf(text);
  if (!said) return undefined;
  for (const g of groups) {
    const held = cur[g.id];
    if (g.select !== "many" || !Array.isArray(held)) continue;
    const c = g.choices.find((x) => held.includes(x.id) && spokenNames(x).some((n) => withoutRemovalWord(n) !== n.trim() && keyOf(withoutRemovalWord(n)) === said));
    if (c) return { group: g.id, choice: c.id };
  }
  return undefined;
}

/**
 * "slice of pumpkin a la mode" → "hold the ice cream", where "ice cream" names the scoops
 * the slice has (a counted group, "Ice cream (à la mode)") and also a scoop sold alone that
 * is not ordered: the lines in hand that have some of that count, cleared to its least.
 */
export function countsOnLinesInHand(d: TurnDraft, u: Unit, refused: readonly string[]): { line: CartLine; mod: Mod }[] {
  if (u.qtyExplicit || u.mods.length || u.parts.length) return [];
  const said = new Set([u.text, ...refused.flatMap((i) => spokenNames(d.menu.item(i)))].map(keyOf).filter(Boolean));
  return focusLines(d).flatMap((l) => {
    const eg = d.menu.itemGroups(l.item).find((g) => g.select === "count" && spokenNames(g.group).some((n) => said.has(keyOf(n))));
    const has = eg ? l.options[eg.id] : undefined;
    if (!eg || typeof has !== "number" || has <= eg.min) return [];
    return [{ line: l, mod: { kind: "count", group: eg.id, n: 0, op: "clear", text: u.text } as Mod }];
  });
}
