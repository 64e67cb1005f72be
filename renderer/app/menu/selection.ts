// The item sheet's choices before they go to the cart: starts from the menu's
// effective defaults, applies the group's rules (one / many up to max / count within
// min..max), and says which required groups are still open. The cart checks all of
// this again; doing it here keeps the Add button honest.
import type { EffectiveGroup, MenuModel } from "../../../shared/menu/model.ts";
import type { OptionValue } from "../../../shared/menu/schema.ts";

export type Selection = Record<string, OptionValue>;

export function initialSelection(model: MenuModel, itemId: string): Selection {
  const sel: Selection = {};
  for (const eg of model.itemGroups(itemId)) {
    if (eg.select === "many") sel[eg.id] = [];
    else if (eg.default !== undefined) sel[eg.id] = eg.default;
    // A single-choice group with exactly one allowed choice has nothing to decide.
    else if (eg.select === "one" && eg.choices.length === 1) sel[eg.id] = eg.choices[0]!.id;
  }
  return sel;
}

/** Press a choice: "one" selects it; "many" toggles it unless that would exceed max. */
export function pressChoice(eg: EffectiveGroup, sel: Selection, choiceId: string): Selection {
  if (!eg.choices.some((c) => c.id === choiceId)) return sel;
  if (eg.select === "one") return { ...sel, [eg.id]: choiceId };
  if (eg.select === "many") {
    const cur = Array.isArray(sel[eg.id]) ? (sel[eg.id] as string[]) : [];
    if (cur.includes(choiceId)) return { ...sel, [eg.id]: cur.filter((c) => c !== choiceId) };
    if (cur.length >= eg.max) return sel;
    // Keep menu order, as the cart reports "many" values.
    const next = eg.choices.map((c) => c.id).filter((id) => id === choiceId || cur.includes(id));
    return { ...sel, [eg.id]: next };
  }
  return sel;
}

export function setCount(eg: EffectiveGroup, sel: Selection, n: number): Selection {
  if (eg.select !== "count") return sel;
  const clamped = Math.max(eg.min, Math.min(eg.max, Math.round(n)));
  return { ...sel, [eg.id]: clamped };
}

export function countOf(eg: EffectiveGroup, sel: Selection): number {
  const v = sel[eg.id];
  return typeof v === "number" ? v : typeof eg.default === "number" ? eg.default : eg.min;
}

export function isChosen(sel: Selection, groupId: string, choiceId: string): boolean {
  const v = sel[groupId];
  return Array.isArray(v) ? v.includes(choiceId) : v === choiceId;
}

/** Required groups with no choice yet, in display order. */
export function missingRequired(model: MenuModel, itemId: string, sel: Selection): EffectiveGroup[] {
  return model.itemGroups(itemId).filter((eg) => eg.required && typeof sel[eg.id] !== "string");
}
