// What the screen needs from a menu, derived once per menu: categories with their
// items in menu order, a readable summary of a line's options, and which order
// options to ask on the way in. Everything comes from the menu; nothing here knows
// about any particular store.
import { optionWords } from "../../../shared/wording.ts";
import { MenuModel, type EffectiveGroup } from "../../../shared/menu/model.ts";
import { menuSchema, type Category, type MenuItem, type OptionValue } from "../../../shared/menu/schema.ts";

export type MenuLoad = { ok: true; model: MenuModel } | { ok: false; message: string };

/** The `menu` event's menu, checked for shape before the screen trusts it. */
export function loadMenu(raw: unknown): MenuLoad {
  const r = menuSchema.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0];
    return { ok: false, message: first ? `${first.path.join(".") || "(menu)"}: ${first.message}` : "invalid menu" };
  }
  return { ok: true, model: new MenuModel(r.data) };
}

export interface CategoryShelf {
  category: Category;
  items: MenuItem[];
}

/** Categories in menu order with their items; empty categories are left out. */
export function shelves(model: MenuModel): CategoryShelf[] {
  const out: CategoryShelf[] = [];
  for (const category of model.menu.categories) {
    const items = model.menu.items.filter((i) => i.category === category.id);
    if (items.length > 0) out.push({ category, items });
  }
  return out;
}

/**
 * Order options to offer as a step before the menu (dine-in / take-out and the
 * like): every single-choice order option, required or defaulted.
 */
export function entryOrderGroups(model: MenuModel): EffectiveGroup[] {
  return model.orderGroups().filter((g) => g.select === "one" && g.choices.length > 0);
}

/**
 * Short words describing a line's options, for the cart and the read-back: what
 * the customer chose that differs from the defaults, plus every required choice.
 * Defaults the customer never thought about are left out to keep lines readable.
 */
export function optionSummary(model: MenuModel, itemId: string, options: Record<string, OptionValue>, lang: string): string[] {
  return optionWords(model, itemId, options, lang, { sign: "×" });
}

/** The order's own options (dine-in / take-out, ...) as "Group: Choice" words. */
export function orderOptionSummary(model: MenuModel, orderOptions: Record<string, OptionValue>, lang: string): string[] {
  const parts: string[] = [];
  for (const g of model.orderGroups()) {
    const v = orderOptions[g.id];
    if (typeof v === "string") parts.push(model.choiceName(g.id, v, lang));
    else if (Array.isArray(v)) parts.push(...v.map((c) => model.choiceName(g.id, c, lang)));
    else if (typeof v === "number") parts.push(`${model.groupName(g.id, lang)} ×${v}`);
  }
  return parts;
}

/** The price shown for a choice in a group: choice price, or the group's unit price for counts. */
export function choicePrice(eg: EffectiveGroup, choiceId?: string): number {
  if (eg.select === "count") return eg.group.unitPrice ?? 0;
  return eg.choices.find((c) => c.id === choiceId)?.price ?? 0;
}
