// The model's tools, each defined once (define-tool.ts): arguments whose enums are
// the menu's own ids (items, every option group's choices, order options), so a
// model that follows the schema can only name things that exist, and what a call
// does, through the cart. Nothing here carries a price: a model can propose what to
// order, never what it costs.
import { z } from "zod";
import type { EffectiveGroup, MenuModel } from "../../../../shared/menu/model.ts";
import { unitPriceOf } from "../../../../shared/menu/model.ts";
import { MAX_QTY_PER_LINE, resolveOptions } from "../../cart/cart.ts";
import type { ToolDef } from "../../providers/chat.ts";
import { defineTool, toldModel, type BoundTool, type ModelTool, type ToolSpec } from "./define-tool.ts";
import type { ToolRun } from "./tool-run.ts";

const tool = <N extends string, S extends z.ZodType>(spec: ToolSpec<N, S, ToolRun>) => defineTool(spec);

/** The option groups of the whole menu as the menu defines them (not narrowed per item). */
function menuGroups(menu: MenuModel): EffectiveGroup[] {
  const seen = new Map<string, EffectiveGroup>();
  for (const it of menu.menu.items) for (const g of menu.itemGroups(it.id)) if (!seen.has(g.id)) seen.set(g.id, g);
  return [...seen.values()];
}

const optionValue = z.union([z.string(), z.number().int(), z.array(z.string())]).nullish();

function groupValue(g: EffectiveGroup) {
  const ids = (g.group.choices ?? []).map((c) => c.id);
  if (g.select === "count") return toldModel(z.number().int().nullish(), { description: `${g.id}: a number ${g.group.min ?? 0}-${g.group.max ?? 99}; null = not said` });
  if (g.select === "many") return toldModel(z.array(toldModel(z.string(), { enum: ids })).nullish(), { description: `${g.id}: the chosen ones ([] = none); null = not said` });
  return toldModel(z.string().nullish(), { enum: ids, description: `${g.id}; null = not said` });
}

/**
 * A value for each option group. A group the menu does not have is kept, not
 * stripped, so the cart refuses it by name instead of the kiosk quietly ignoring it.
 */
function optionsArg(menu: MenuModel) {
  const options = z.object(Object.fromEntries(menuGroups(menu).map((g) => [g.id, groupValue(g)]))).catchall(optionValue);
  // The model is told "an object"; a null from a looser model means none were said.
  return toldModel(z.preprocess((v) => v ?? undefined, options.optional()), { description: "A value for each option group the customer mentioned; null for the rest. Only groups that apply to the item." });
}

const itemArg = (menu: MenuModel) => toldModel(z.string(), { enum: menu.menu.items.map((i) => i.id) });
const lineArg = () => toldModel(z.string().min(1), { description: "a line id from the current cart, e.g. L1" });
/** A number the model may leave out with null. */
const maybeCount = (description: string) => toldModel(z.number().int().nullish(), { description });
const noArgs = () => z.object({});

const addItems = tool({
  name: "add_items",
  description: "Add items to the order. One entry per distinct item+options (e.g. two lattes, one with oat milk = two entries).",
  parameters: (menu) =>
    z.object({
      items: z.array(z.object({ item: itemArg(menu), qty: toldModel(z.number().int(), { minimum: 1, maximum: MAX_QTY_PER_LINE }), options: optionsArg(menu) })).min(1),
    }),
  execute: ({ items }, { run }) => {
    const results: Record<string, unknown>[] = [];
    let anyOk = false;
    for (const entry of items) {
      const options = run.cleanOptions(entry.item, entry.options);
      const r = run.apply({ type: "add", item: entry.item, qty: entry.qty, options });
      if (!r.ok) {
        run.fx.failures.push({ tool: "add_items", code: r.error.code, message: r.error.message, error: r.error });
        results.push({ item: entry.item, ok: false, error: r.error.code, message: r.error.message });
        continue;
      }
      anyOk = true;
      const line = r.state.lines.find((l) => l.id === r.lineId);
      run.fx.changes.push({ kind: "added", item: entry.item, qty: entry.qty, options: line?.options ?? options });
      const missing = run.view().pending.find((p) => p.id === r.lineId)?.missing ?? [];
      results.push({ item: entry.item, ok: true, line: r.lineId, ...(missing.length ? { waitingFor: missing } : {}) });
    }
    if (!anyOk) return JSON.stringify({ ok: false, results, message: "nothing was added" });
    return run.ok({ results });
  },
});

const changeLine = tool({
  name: "change_line",
  description: "Change a line in the cart: its quantity and/or options. With apply_to, only that many of the line get the new options (the line is split).",
  parameters: (menu) =>
    z.object({
      line: lineArg(),
      qty: maybeCount("new quantity of the whole line; null = unchanged"),
      options: optionsArg(menu),
      apply_to: maybeCount("how many of the line get the option change; null = all"),
    }),
  execute: (a, { run, fail }) => {
    const line = run.cart.state().lines.find((l) => l.id === a.line);
    if (!line) return fail("unknown-line", `no line "${a.line}" in the cart`);
    const options = run.cleanOptions(line.item, a.options);
    let id = line.id;
    if (Object.keys(options).length > 0) {
      const r = run.apply({ type: "setOptions", lineId: id, options, ...(a.apply_to != null ? { qty: a.apply_to } : {}) });
      if (!r.ok) return fail(r.error.code, r.error.message, r.error);
      id = r.lineId ?? id;
    }
    if (a.qty != null) {
      const r = run.apply({ type: "setQty", lineId: id, qty: a.qty });
      if (!r.ok) return fail(r.error.code, r.error.message, r.error);
    }
    const after = run.cart.state().lines.find((l) => l.id === id);
    if (after) run.fx.changes.push({ kind: "changed", item: after.item, qty: a.apply_to ?? after.qty, options: after.options });
    else if (a.qty === 0) run.fx.changes.push({ kind: "removed", item: line.item, qty: line.qty, options: line.options });
    return run.ok({ line: id });
  },
});

const removeLine = tool({
  name: "remove_line",
  description: "Remove a line from the cart, or only some of it.",
  parameters: () => z.object({ line: lineArg(), qty: maybeCount("how many to remove; null = the whole line") }),
  execute: (a, { run, fail }) => {
    const line = run.cart.state().lines.find((l) => l.id === a.line);
    const r = run.apply({ type: "remove", lineId: a.line, ...(a.qty != null ? { qty: a.qty } : {}) });
    if (!r.ok) return fail(r.error.code, r.error.message, r.error);
    if (line) run.fx.changes.push({ kind: "removed", item: line.item, qty: Math.min(a.qty ?? line.qty, line.qty), options: line.options });
    return run.ok({});
  },
});

const setOrderOption = tool({
  name: "set_order_option",
  description: "Set an option of the whole order (e.g. for here / to go).",
  offeredOn: (menu) => menu.orderGroups().length > 0,
  parameters: (menu) => {
    const groups = menu.orderGroups();
    return z.object({
      group: toldModel(z.string(), { enum: groups.map((g) => g.id) }),
      choice: toldModel(z.string(), { enum: [...new Set(groups.flatMap((g) => g.choices.map((c) => c.id)))] }),
    });
  },
  execute: (a, { run, fail }) => {
    const r = run.apply({ type: "setOrderOption", group: a.group, value: a.choice });
    if (!r.ok) return fail(r.error.code, r.error.message, r.error);
    run.fx.changes.push({ kind: "orderOption", group: a.group, value: a.choice });
    return run.ok({});
  },
});

const quotePrice = tool({
  name: "quote_price",
  description: "The customer asks what something costs: the kiosk tells them the price from the menu.",
  parameters: (menu) => z.object({ item: itemArg(menu), options: optionsArg(menu) }),
  execute: (a, { run, fail }) => {
    const item = run.menu.item(a.item);
    if (!item) return fail("unknown-item", `"${a.item}" is not on the menu`, { code: "unknown-item", message: `"${a.item}" is not on the menu`, item: a.item });
    if (item.soldOut) return fail("sold-out", `"${a.item}" is sold out`, { code: "sold-out", message: `"${a.item}" is sold out`, item: a.item });
    const opts = run.cleanOptions(a.item, a.options);
    const resolved = resolveOptions(run.menu, a.item, {}, opts);
    if ("error" in resolved) return fail(resolved.error.code, resolved.error.message, resolved.error);
    const unitPrice = unitPriceOf(run.menu, a.item, resolved.options);
    run.quotedAmounts.add(unitPrice);
    run.fx.quotes.push({ item: a.item, options: opts, unitPrice });
    return run.ok({ note: "the kiosk tells the customer the price" });
  },
});

const showCart = tool({
  name: "show_cart",
  description: "The customer asks what is in the order or what the total is: the kiosk reads the cart.",
  parameters: noArgs,
  execute: (_a, { run }) => {
    run.fx.showCart = true;
    return run.ok({ note: "the kiosk reads the cart to the customer" });
  },
});

const checkout = tool({
  name: "checkout",
  description: "The customer is done and wants to order: the kiosk reads the order back and asks them to confirm (or asks for what is missing).",
  parameters: noArgs,
  execute: (_a, { run }) => run.checkout(),
});

const confirmOrder = tool({
  name: "confirm_order",
  description: "The customer clearly said yes to the kiosk's read-back of the order: place it. Only right after that question.",
  parameters: noArgs,
  execute: (_a, { run, fail }) => {
    const asked = run.memory.confirmAsked;
    if (asked && asked.historyLength === run.historyLength - 2 && asked.cart === run.fingerprint() && run.appliedCount === 0) {
      run.fx.placed = true;
      delete run.memory.confirmAsked;
      return run.ok({ note: "the order is being placed" });
    }
    run.checkout();
    return fail("not-confirmed", "the customer has not confirmed this order yet; the kiosk is reading it back and asking now");
  },
});

const cancelOrder = tool({
  name: "cancel_order",
  description: "The customer wants to cancel the whole order: empty the cart.",
  parameters: noArgs,
  execute: (_a, { run }) => {
    run.apply({ type: "clear" });
    run.fx.cancelled = true;
    delete run.memory.confirmAsked;
    return run.ok({});
  },
});

const ALL_TOOLS: ModelTool<string, ToolRun>[] = [addItems, changeLine, removeLine, setOrderOption, quotePrice, showCart, checkout, confirmOrder, cancelOrder];

/** The tools' names, for tests and scripted models. */
export const TOOL = {
  addItems: addItems.name,
  changeLine: changeLine.name,
  removeLine: removeLine.name,
  setOrderOption: setOrderOption.name,
  quotePrice: quotePrice.name,
  showCart: showCart.name,
  checkout: checkout.name,
  confirmOrder: confirmOrder.name,
  cancelOrder: cancelOrder.name,
} as const;

interface MenuTools {
  defs: ToolDef[];
  byName: Map<string, BoundTool<ToolRun>>;
}

const cache = new WeakMap<MenuModel, MenuTools>();

function menuTools(menu: MenuModel): MenuTools {
  let hit = cache.get(menu);
  if (!hit) {
    const bound = ALL_TOOLS.filter((t) => t.offeredOn(menu)).map((t) => t.bind(menu));
    hit = { defs: bound.map((b) => b.def), byName: new Map(bound.map((b) => [b.def.name, b])) };
    cache.set(menu, hit);
  }
  return hit;
}

/** What the model is sent for this menu. */
export function buildTools(menu: MenuModel): ToolDef[] {
  return menuTools(menu).defs;
}

/** The tool a call names, if this menu offers it. */
export function findTool(menu: MenuModel, name: string): BoundTool<ToolRun> | undefined {
  return menuTools(menu).byName.get(name);
}
