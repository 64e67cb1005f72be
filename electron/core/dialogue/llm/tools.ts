// The model's tools, generated from the menu: strict JSON schemas whose enums are the
// menu's own ids (items, every option group's choices, order options), so a model
// that follows the schema can only name things that exist. Nothing here carries a
// price: a model can propose what to order, never what it costs.
import type { EffectiveGroup, MenuModel } from "../../../../shared/menu/model.ts";
import type { ToolDef } from "../../providers/chat.ts";
import { MAX_QTY_PER_LINE } from "../../cart/cart.ts";

export const TOOL = {
  addItems: "add_items",
  changeLine: "change_line",
  removeLine: "remove_line",
  setOrderOption: "set_order_option",
  quotePrice: "quote_price",
  showCart: "show_cart",
  checkout: "checkout",
  confirmOrder: "confirm_order",
  cancelOrder: "cancel_order",
} as const;

const cache = new WeakMap<MenuModel, ToolDef[]>();

/** The option groups of the whole menu as the menu defines them (not narrowed per item). */
function menuGroups(menu: MenuModel): EffectiveGroup[] {
  const seen = new Map<string, EffectiveGroup>();
  for (const it of menu.menu.items) for (const g of menu.itemGroups(it.id)) if (!seen.has(g.id)) seen.set(g.id, g);
  return [...seen.values()];
}

function groupSchema(g: EffectiveGroup): Record<string, unknown> {
  const ids = (g.group.choices ?? []).map((c) => c.id);
  if (g.select === "count") {
    return { type: ["integer", "null"], description: `${g.id}: a number ${g.group.min ?? 0}-${g.group.max ?? 99}; null = not said` };
  }
  if (g.select === "many") {
    return { type: ["array", "null"], items: { type: "string", enum: ids }, description: `${g.id}: the chosen ones ([] = none); null = not said` };
  }
  return { type: ["string", "null"], enum: [...ids, null], description: `${g.id}; null = not said` };
}

function optionsSchema(menu: MenuModel): Record<string, unknown> {
  const groups = menuGroups(menu);
  return {
    type: "object",
    description: "A value for each option group the customer mentioned; null for the rest. Only groups that apply to the item.",
    properties: Object.fromEntries(groups.map((g) => [g.id, groupSchema(g)])),
    required: groups.map((g) => g.id),
    additionalProperties: false,
  };
}

const obj = (properties: Record<string, unknown>, description?: string) => ({
  type: "object",
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

const lineId = { type: "string", description: "a line id from the current cart, e.g. L1" };

export function buildTools(menu: MenuModel): ToolDef[] {
  const hit = cache.get(menu);
  if (hit) return hit;
  const itemIds = menu.menu.items.map((i) => i.id);
  const options = optionsSchema(menu);
  const tools: ToolDef[] = [
    {
      name: TOOL.addItems,
      description: "Add items to the order. One entry per distinct item+options (e.g. two lattes, one with oat milk = two entries).",
      parameters: obj({
        items: {
          type: "array",
          items: obj({
            item: { type: "string", enum: itemIds },
            qty: { type: "integer", minimum: 1, maximum: MAX_QTY_PER_LINE },
            options,
          }),
        },
      }),
      strict: true,
    },
    {
      name: TOOL.changeLine,
      description: "Change a line in the cart: its quantity and/or options. With apply_to, only that many of the line get the new options (the line is split).",
      parameters: obj({
        line: lineId,
        qty: { type: ["integer", "null"], description: "new quantity of the whole line; null = unchanged" },
        options,
        apply_to: { type: ["integer", "null"], description: "how many of the line get the option change; null = all" },
      }),
      strict: true,
    },
    {
      name: TOOL.removeLine,
      description: "Remove a line from the cart, or only some of it.",
      parameters: obj({ line: lineId, qty: { type: ["integer", "null"], description: "how many to remove; null = the whole line" } }),
      strict: true,
    },
  ];
  const orderGroups = menu.orderGroups();
  if (orderGroups.length > 0) {
    const choiceIds = [...new Set(orderGroups.flatMap((g) => g.choices.map((c) => c.id)))];
    tools.push({
      name: TOOL.setOrderOption,
      description: "Set an option of the whole order (e.g. for here / to go).",
      parameters: obj({ group: { type: "string", enum: orderGroups.map((g) => g.id) }, choice: { type: "string", enum: choiceIds } }),
      strict: true,
    });
  }
  tools.push(
    {
      name: TOOL.quotePrice,
      description: "The customer asks what something costs: the kiosk tells them the price from the menu.",
      parameters: obj({ item: { type: "string", enum: itemIds }, options }),
      strict: true,
    },
    { name: TOOL.showCart, description: "The customer asks what is in the order or what the total is: the kiosk reads the cart.", parameters: obj({}), strict: true },
    {
      name: TOOL.checkout,
      description: "The customer is done and wants to order: the kiosk reads the order back and asks them to confirm (or asks for what is missing).",
      parameters: obj({}),
      strict: true,
    },
    {
      name: TOOL.confirmOrder,
      description: "The customer clearly said yes to the kiosk's read-back of the order: place it. Only right after that question.",
      parameters: obj({}),
      strict: true,
    },
    { name: TOOL.cancelOrder, description: "The customer wants to cancel the whole order: empty the cart.", parameters: obj({}), strict: true },
  );
  cache.set(menu, tools);
  return tools;
}
