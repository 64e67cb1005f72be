// A validated menu with the lookups every part of the kiosk needs: which option
// groups apply to an item (after the item's narrowing), their effective defaults,
// and per-language text. Pure: used by the cart, the engines and the UI alike.
import type { Choice, Menu, MenuItem, OptionGroup, OptionValue, Text } from "./schema.ts";

/** An option group as it applies to one item (or to the whole order). */
export interface EffectiveGroup {
  id: string;
  group: OptionGroup;
  select: "one" | "many" | "count";
  /** The choices this item allows, in menu order ("one"/"many"). */
  choices: Choice[];
  /** Effective default: choice id ("one"), count ("count"), [] ("many"); undefined when required. */
  default: OptionValue | undefined;
  min: number;
  max: number;
  /** A "one" group with no default: the customer must choose. */
  required: boolean;
}

export class MenuModel {
  readonly menu: Menu;
  readonly items = new Map<string, MenuItem>();
  readonly groups = new Map<string, OptionGroup>();
  private readonly itemGroupCache = new Map<string, EffectiveGroup[]>();
  private readonly orderGroupList: EffectiveGroup[];

  constructor(menu: Menu) {
    this.menu = menu;
    for (const it of menu.items) this.items.set(it.id, it);
    for (const g of menu.optionGroups) this.groups.set(g.id, g);
    this.orderGroupList = (menu.orderOptions ?? []).map((g) => effectiveGroup(g, undefined));
  }

  get languages(): string[] {
    return this.menu.store.languages;
  }

  get defaultLanguage(): string {
    return this.menu.store.languages[0] ?? "en";
  }

  get currency(): string {
    return this.menu.store.currency;
  }

  item(id: string): MenuItem | undefined {
    return this.items.get(id);
  }

  /** The groups that apply to an item, in display order, narrowed for that item. */
  itemGroups(itemId: string): EffectiveGroup[] {
    const cached = this.itemGroupCache.get(itemId);
    if (cached) return cached;
    const item = this.items.get(itemId);
    const out: EffectiveGroup[] = [];
    for (const ref of item?.optionGroups ?? []) {
      const r = typeof ref === "string" ? { group: ref } : ref;
      const g = this.groups.get(r.group);
      if (g) out.push(effectiveGroup(g, r));
    }
    this.itemGroupCache.set(itemId, out);
    return out;
  }

  itemGroup(itemId: string, groupId: string): EffectiveGroup | undefined {
    return this.itemGroups(itemId).find((g) => g.id === groupId);
  }

  orderGroups(): EffectiveGroup[] {
    return this.orderGroupList;
  }

  orderGroup(id: string): EffectiveGroup | undefined {
    return this.orderGroupList.find((g) => g.id === id);
  }

  /** Text in the wanted language, else the store's default language, else any. */
  text(t: Text | undefined, lang: string): string {
    if (!t) return "";
    return t[lang] ?? t[this.defaultLanguage] ?? Object.values(t)[0] ?? "";
  }

  itemName(itemId: string, lang: string): string {
    return this.text(this.items.get(itemId)?.name, lang) || itemId;
  }

  choiceName(groupId: string, choiceId: string, lang: string): string {
    const g = this.groups.get(groupId) ?? this.orderGroup(groupId)?.group;
    const c = g?.choices?.find((x) => x.id === choiceId);
    return this.text(c?.name, lang) || choiceId;
  }

  groupName(groupId: string, lang: string): string {
    const g = this.groups.get(groupId) ?? this.orderGroup(groupId)?.group;
    return this.text(g?.name, lang) || groupId;
  }
}

function effectiveGroup(
  g: OptionGroup,
  narrow: { choices?: string[]; default?: string | number; min?: number; max?: number } | undefined,
): EffectiveGroup {
  const all = g.choices ?? [];
  const choices = narrow?.choices ? all.filter((c) => narrow.choices!.includes(c.id)) : all;
  const min = narrow?.min ?? g.min ?? 0;
  let max: number;
  let def: OptionValue | undefined;
  if (g.select === "count") {
    max = narrow?.max ?? g.max ?? 99;
    def = narrow?.default ?? g.default ?? min;
  } else if (g.select === "many") {
    max = narrow?.max ?? g.max ?? choices.length;
    def = [];
  } else {
    max = 1;
    def = narrow?.default ?? g.default;
    // A narrowed item whose group default is not among its choices has no usable
    // default unless the item names one; validate.ts reports that case.
    if (typeof def === "string" && !choices.some((c) => c.id === def)) def = undefined;
  }
  return {
    id: g.id,
    group: g,
    select: g.select,
    choices,
    default: def,
    min,
    max,
    required: g.select === "one" && def === undefined,
  };
}

/** Unit price of an item with fully resolved options, by the menu's rule. */
export function unitPriceOf(model: MenuModel, itemId: string, options: Record<string, OptionValue>): number {
  const item = model.item(itemId);
  if (!item) return 0;
  let price = item.price;
  for (const eg of model.itemGroups(itemId)) {
    const v = options[eg.id];
    if (eg.select === "count") price += (eg.group.unitPrice ?? 0) * (typeof v === "number" ? v : 0);
    else if (eg.select === "many") {
      for (const id of Array.isArray(v) ? v : []) price += eg.choices.find((c) => c.id === id)?.price ?? 0;
    } else if (typeof v === "string") price += eg.choices.find((c) => c.id === v)?.price ?? 0;
  }
  return price;
}
