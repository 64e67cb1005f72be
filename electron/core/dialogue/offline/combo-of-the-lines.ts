// English: "a hot dog with ketchup and a medium sprite" then "make it a combo": of the
// combos the word names (a menu may call one of them plain "combo"), the one that takes the
// lines in hand — the Hot Dog Combo takes the hot dog (its name is inside the combo's, its
// toppings are the combo's) and the Sprite (the combo's drink, its size) — replaces them,
// keeping the choices they were given. Read from the menu's names and groups only.
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { CartLine } from "../../cart/cart.ts";
import { comesWith, isBundle, isCombo } from "./bundles.ts";
import { addItem, removeFrom } from "./line-changes.ts";
import { choiceNaming, nameKeys } from "./line-edits.ts";
import { keyOf, spokenNames, wordsOf } from "./name-forms.ts";
import { countedInDescription } from "./numbered-combo-name.ts";
import type { Outcome } from "./outcomes.ts";
import { focusLines, type TurnDraft } from "./turn-draft.ts";
import type { Unit } from "./utterance.ts";

const choiceKeys = (c: Parameters<typeof spokenNames>[0]) => spokenNames(c, true).map(keyOf);

/** What of `combo` the line is: the options it gives the combo, or undefined when it is no part of it. */
function partOf(d: TurnDraft, combo: string, l: CartLine): Record<string, OptionValue> | undefined {
  const out: Record<string, OptionValue> = {};
  for (const g of d.menu.itemGroups(combo)) {
    const v = l.options[g.id];
    // A group the line's item shares (the hot dog's toppings, the drink's size), where the combo offers the value.
    if (v !== undefined && d.menu.itemGroup(l.item, g.id)) {
      const ok = g.select !== "one" || g.choices.some((c) => c.id === v);
      if (ok) out[g.id] = v;
      continue;
    }
    if (g.select !== "one") continue;
    // The combo's drink named as the line's flavour ("Sprite" of the fountain drink; of a
    // group the combo does not take: the drink's "Large" is no popcorn size), or as the line's item.
    const chosen = d.menu.itemGroups(l.item).filter((lg) => !d.menu.itemGroup(combo, lg.id)).flatMap((lg) => [l.options[lg.id]].flat().flatMap((id) => lg.choices.filter((c) => c.id === id)));
    const keys = new Set(chosen.flatMap((c) => choiceKeys(c)));
    const byChoice = g.choices.find((c) => choiceKeys(c).some((k) => keys.has(k)));
    const byItem = choiceNaming(d, combo, l.item);
    if (byChoice) out[g.id] = byChoice.id;
    else if (byItem?.group === g.id) out[g.id] = byItem.choice;
  }
  const named = nameKeys(d, combo).some((k) => nameKeys(d, l.item).some((b) => b.length >= 3 && k.includes(b) && k !== b));
  return named || Object.keys(out).length ? out : undefined;
}

/** "as a combo please", "can I get that as a meal": the lines in hand had as one (English). */
export const saidAsOne = (d: TurnDraft): boolean => d.utterance.lang === "en" && d.utterance.units.length === 1 && /(?:^|\b(?:it|that|this|them|those|these|all|everything)\s+)as an?\s/i.test(d.utterance.text.trim());

/**
 * "make it a combo", "can I make that a combo": the combo named by the word said that takes
 * the most lines in hand (one line each of its groups), those lines made into it. Undefined
 * when no combo takes more of them than another (a coke alone: which combo?).
 */
export function comboTakingTheLines(d: TurnDraft, u: Unit): Outcome[] | undefined {
  const said = keyOf(u.text.replace(/^(an?|the)\s+/i, ""));
  if (!said || !u.item) return undefined;
  // (A combo known only by its description, only where the lines in hand give every choice it needs.)
  const gives = (combo: string) => d.menu.itemGroups(combo).every((g) => g.select !== "one" || g.default !== undefined || focusLines(d).some((l) => partOf(d, combo, l)?.[g.id] !== undefined));
  const bundle = (item: string) => isBundle(d.menu, item) || (isCombo(d.menu, item) && gives(item));
  // ("물막국수 하나요" → "정식으로 바꿔 주세요": a set of one dish, not a bundle of kinds, takes
  // the line whose item one of its choices names, made with that choice. Not an item of the
  // line's own kind: "switch that to an acai bowl" of a pitaya bowl, the acai bowl's base
  // choice named "pitaya", is another bowl, not the pitaya bowl made into one.)
  const kind = (item: string) => d.menu.item(item)?.category;
  if (!bundle(u.item) && !focusLines(d).some((l) => kind(l.item) !== kind(u.item!) && choiceNaming(d, u.item!, l.item))) return undefined;
  const combos = d.menu.menu.items.filter((it) => bundle(it.id) && nameKeys(d, it.id).some((k) => k.includes(said))).map((it) => it.id);
  if (!combos.includes(u.item)) combos.push(u.item);
  const inHand = [...focusLines(d)].reverse().filter((l) => !combos.includes(l.item));
  // (A combo said that comes beside the line in hand, "Combo (side + drink)" of a wrap, is ordered beside it: order-unit.ts.)
  if (inHand[0] && comesWith(d.menu, u.item, inHand[0].item)) return undefined;
  const readings = combos.map((combo) => {
    const options: Record<string, OptionValue> = {};
    const lines: CartLine[] = [];
    for (const l of inHand) {
      const part = partOf(d, combo, l);
      if (!part || Object.keys(part).some((g) => g in options)) continue;
      Object.assign(options, part);
      lines.push(l);
    }
    return { combo, options, lines };
  });
  const most = Math.max(...readings.map((r) => r.lines.length));
  const best = readings.filter((r) => r.lines.length === most);
  if (most === 0 || best.length !== 1) return undefined;
  const { combo, options, lines } = best[0]!;
  // ("3 quesabirrias, make it a combo" where the combo is "3 quesabirria tacos, …": one combo
  // of them. Where the count is not a whole number of combos, how many is a guess.)
  const per = (l: CartLine) => inTheCombo(d, combo, l.item);
  const uneven = lines.some((l) => l.qty % per(l) !== 0);
  const qty = Math.max(1, Math.min(...lines.map((l) => Math.floor(l.qty / per(l)))));
  const out: Outcome[] = [{ kind: "acted-on", text: u.text }, ...(uneven ? [{ kind: "which-unsettled" as const, text: u.text }] : [])];
  for (const l of lines) out.push(...removeFrom(d, l, Math.min(l.qty, qty * per(l))));
  return [...out, ...addItem(d, combo, qty, options, u.mods, u.parts)];
}

/** How many of `item` the combo's description counts ("3 quesabirria tacos": 3), else 1. */
function inTheCombo(d: TurnDraft, combo: string, item: string): number {
  const said = new Set(spokenNames(d.menu.item(item), true).flatMap(wordsOf).filter((w) => w.length >= 3));
  const hit = countedInDescription(d.menu, combo).filter((c) => c.words.some((w) => said.has(w) || said.has(w.replace(/e?s$/, ""))));
  return hit.length === 1 ? hit[0]!.n : 1;
}
