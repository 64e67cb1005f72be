// Carrying out the model's tool calls for one turn. Every call is parsed and checked
// here and every change goes through the cart, which refuses what the menu does not
// allow; refusals go back to the model as tool results. What actually changed is
// kept as CartChange notes, so the spoken read-back comes from the cart, not from
// what the model says it did.
import { z } from "zod";
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { unitPriceOf } from "../../../../shared/menu/model.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { CartView } from "../../../../shared/cart.ts";
import { resolveOptions, type CartAction, type CartError, type CartState } from "../../cart/cart.ts";
import type { CartHandle } from "../engine.ts";
import type { ToolCall } from "../../providers/chat.ts";
import { TOOL } from "./tools.ts";
import type { CartChange } from "./phrases.ts";

const optionValue = z.union([z.string(), z.number().int(), z.array(z.string()), z.null()]);
const optionsArg = z.record(z.string(), optionValue).nullish();
const lineArg = z.string().min(1);
const qtyArg = z.number().int().nullish();

const argSchemas = {
  [TOOL.addItems]: z.object({ items: z.array(z.object({ item: z.string(), qty: z.number().int(), options: optionsArg })).min(1) }),
  [TOOL.changeLine]: z.object({ line: lineArg, qty: qtyArg, options: optionsArg, apply_to: qtyArg }),
  [TOOL.removeLine]: z.object({ line: lineArg, qty: qtyArg }),
  [TOOL.setOrderOption]: z.object({ group: z.string(), choice: z.string() }),
  [TOOL.quotePrice]: z.object({ item: z.string(), options: optionsArg }),
  [TOOL.showCart]: z.object({}),
  [TOOL.checkout]: z.object({}),
  [TOOL.confirmOrder]: z.object({}),
  [TOOL.cancelOrder]: z.object({}),
} as const;

type ToolName = keyof typeof argSchemas;
const isToolName = (n: string): n is ToolName => n in argSchemas;

/** What the engine keeps between turns in ctx.memory.llm. */
export interface LlmMemory {
  /** The order was read back for confirmation when the history had this many entries, for this cart. */
  confirmAsked?: { historyLength: number; cart: string };
}

export interface ToolFailure {
  tool: string;
  code: string;
  message: string;
  error?: CartError;
}

/** The effects of one round of tool calls, for the engine to speak. */
export interface RoundEffects {
  changes: CartChange[];
  quotes: { item: string; options: Record<string, OptionValue>; unitPrice: number }[];
  showCart: boolean;
  /** checkout was asked for: "confirm" (read back and ask), or what blocks it. */
  checkout?: "confirm" | "empty" | "missing";
  placed: boolean;
  cancelled: boolean;
  failures: ToolFailure[];
}

export const emptyEffects = (): RoundEffects => ({ changes: [], quotes: [], showCart: false, placed: false, cancelled: false, failures: [] });

export function cartFingerprint(state: CartState): string {
  return JSON.stringify([state.lines.map((l) => [l.item, l.qty, l.options]), state.orderOptions]);
}

export class ToolRun {
  /** Amounts the cart produced this turn (quotes); the engine allows these in model text. */
  readonly quotedAmounts = new Set<number>();
  appliedCount = 0;

  constructor(
    private readonly menu: MenuModel,
    private readonly cart: CartHandle,
    private readonly memory: LlmMemory,
    /** History length at the start of this turn (the confirm question must be the previous turn). */
    private readonly historyLength: number,
  ) {}

  /** Runs one call; returns the tool result text for the model. */
  execute(call: ToolCall, fx: RoundEffects): string {
    const fail = (code: string, message: string, error?: CartError) => {
      fx.failures.push({ tool: call.name, code, message, ...(error ? { error } : {}) });
      return JSON.stringify({ ok: false, error: code, message });
    };
    if (!isToolName(call.name)) return fail("unknown-tool", `there is no tool "${call.name}"`);
    let raw: unknown;
    try {
      raw = call.arguments.trim() === "" ? {} : JSON.parse(call.arguments);
    } catch {
      return fail("invalid-arguments", "the arguments are not valid JSON; nothing was changed");
    }
    const parsed = argSchemas[call.name].safeParse(raw);
    if (!parsed.success) {
      return fail("invalid-arguments", `bad arguments (${parsed.error.issues.map((i) => `${i.path.join(".") || "(args)"}: ${i.message}`).join("; ")}); nothing was changed`);
    }
    const args = parsed.data as Record<string, unknown>;
    switch (call.name) {
      case TOOL.addItems:
        return this.addItems(args as z.infer<(typeof argSchemas)["add_items"]>, fx);
      case TOOL.changeLine:
        return this.changeLine(args as z.infer<(typeof argSchemas)["change_line"]>, fx, fail);
      case TOOL.removeLine: {
        const a = args as z.infer<(typeof argSchemas)["remove_line"]>;
        const line = this.cart.state().lines.find((l) => l.id === a.line);
        const r = this.apply({ type: "remove", lineId: a.line, ...(a.qty != null ? { qty: a.qty } : {}) });
        if (!r.ok) return fail(r.error.code, r.error.message, r.error);
        if (line) fx.changes.push({ kind: "removed", item: line.item, qty: Math.min(a.qty ?? line.qty, line.qty), options: line.options });
        return this.ok({});
      }
      case TOOL.setOrderOption: {
        const a = args as z.infer<(typeof argSchemas)["set_order_option"]>;
        const r = this.apply({ type: "setOrderOption", group: a.group, value: a.choice });
        if (!r.ok) return fail(r.error.code, r.error.message, r.error);
        fx.changes.push({ kind: "orderOption", group: a.group, value: a.choice });
        return this.ok({});
      }
      case TOOL.quotePrice: {
        const a = args as z.infer<(typeof argSchemas)["quote_price"]>;
        const item = this.menu.item(a.item);
        if (!item) return fail("unknown-item", `"${a.item}" is not on the menu`, { code: "unknown-item", message: `"${a.item}" is not on the menu`, item: a.item });
        if (item.soldOut) return fail("sold-out", `"${a.item}" is sold out`, { code: "sold-out", message: `"${a.item}" is sold out`, item: a.item });
        const opts = this.cleanOptions(a.item, a.options);
        const resolved = resolveOptions(this.menu, a.item, {}, opts);
        if ("error" in resolved) return fail(resolved.error.code, resolved.error.message, resolved.error);
        const unitPrice = unitPriceOf(this.menu, a.item, resolved.options);
        this.quotedAmounts.add(unitPrice);
        fx.quotes.push({ item: a.item, options: opts, unitPrice });
        return this.ok({ note: "the kiosk tells the customer the price" });
      }
      case TOOL.showCart:
        fx.showCart = true;
        return this.ok({ note: "the kiosk reads the cart to the customer" });
      case TOOL.checkout:
        return this.checkout(fx);
      case TOOL.confirmOrder: {
        const asked = this.memory.confirmAsked;
        const sameCart = asked?.cart === cartFingerprint(this.cart.state());
        if (asked && asked.historyLength === this.historyLength - 2 && sameCart && this.appliedCount === 0) {
          fx.placed = true;
          delete this.memory.confirmAsked;
          return this.ok({ note: "the order is being placed" });
        }
        this.checkout(fx);
        return fail("not-confirmed", "the customer has not confirmed this order yet; the kiosk is reading it back and asking now");
      }
      case TOOL.cancelOrder: {
        this.apply({ type: "clear" });
        fx.cancelled = true;
        delete this.memory.confirmAsked;
        return this.ok({});
      }
    }
  }

  private addItems(a: z.infer<(typeof argSchemas)["add_items"]>, fx: RoundEffects): string {
    const results: Record<string, unknown>[] = [];
    let anyOk = false;
    for (const entry of a.items) {
      const options = this.cleanOptions(entry.item, entry.options);
      const r = this.apply({ type: "add", item: entry.item, qty: entry.qty, options });
      if (!r.ok) {
        fx.failures.push({ tool: TOOL.addItems, code: r.error.code, message: r.error.message, error: r.error });
        results.push({ item: entry.item, ok: false, error: r.error.code, message: r.error.message });
        continue;
      }
      anyOk = true;
      const line = r.state.lines.find((l) => l.id === r.lineId);
      fx.changes.push({ kind: "added", item: entry.item, qty: entry.qty, options: line?.options ?? options });
      const missing = this.view().pending.find((p) => p.id === r.lineId)?.missing ?? [];
      results.push({ item: entry.item, ok: true, line: r.lineId, ...(missing.length ? { waitingFor: missing } : {}) });
    }
    if (!anyOk) return JSON.stringify({ ok: false, results, message: "nothing was added" });
    return this.ok({ results });
  }

  private changeLine(a: z.infer<(typeof argSchemas)["change_line"]>, fx: RoundEffects, fail: (c: string, m: string, e?: CartError) => string): string {
    const line = this.cart.state().lines.find((l) => l.id === a.line);
    if (!line) return fail("unknown-line", `no line "${a.line}" in the cart`);
    const options = this.cleanOptions(line.item, a.options);
    let id = line.id;
    if (Object.keys(options).length > 0) {
      const r = this.apply({ type: "setOptions", lineId: id, options, ...(a.apply_to != null ? { qty: a.apply_to } : {}) });
      if (!r.ok) return fail(r.error.code, r.error.message, r.error);
      id = r.lineId ?? id;
    }
    if (a.qty != null) {
      const r = this.apply({ type: "setQty", lineId: id, qty: a.qty });
      if (!r.ok) return fail(r.error.code, r.error.message, r.error);
    }
    const after = this.cart.state().lines.find((l) => l.id === id);
    if (after) fx.changes.push({ kind: "changed", item: after.item, qty: a.apply_to ?? after.qty, options: after.options });
    else if (a.qty === 0) fx.changes.push({ kind: "removed", item: line.item, qty: line.qty, options: line.options });
    return this.ok({ line: id });
  }

  private checkout(fx: RoundEffects): string {
    const view = this.view();
    if (view.lines.length === 0 && view.pending.length === 0) {
      fx.checkout = "empty";
      return JSON.stringify({ ok: false, error: "empty-cart", message: "the cart is empty" });
    }
    if (view.pending.length > 0 || view.missingOrderOptions.length > 0) {
      fx.checkout = "missing";
      return JSON.stringify({ ok: false, error: "missing-choice", message: "a required choice is missing; the kiosk is asking the customer for it" });
    }
    fx.checkout = "confirm";
    this.memory.confirmAsked = { historyLength: this.historyLength, cart: cartFingerprint(this.cart.state()) };
    return this.ok({ note: "the kiosk read the order back and asked the customer to confirm" });
  }

  /**
   * Options as the cart takes them: nulls dropped (not said). A group that does not
   * apply to the item is dropped when it holds that group's default, which is what a
   * model filling every key of the strict schema writes; any other value stays, and
   * the cart refuses it.
   */
  private cleanOptions(itemId: string, options: Record<string, string | number | string[] | null> | null | undefined): Record<string, OptionValue> {
    const out: Record<string, OptionValue> = {};
    const applies = new Set(this.menu.itemGroups(itemId).map((g) => g.id));
    for (const [k, v] of Object.entries(options ?? {})) {
      if (v === null) continue;
      if (!applies.has(k) && this.menu.item(itemId) && isGroupDefault(this.menu, k, v)) continue;
      out[k] = v;
    }
    return out;
  }

  private apply(action: CartAction) {
    const r = this.cart.apply(action);
    if (r.ok) this.appliedCount++;
    return r;
  }

  private view(): CartView {
    return this.cart.view();
  }

  private ok(extra: Record<string, unknown>): string {
    return JSON.stringify({ ok: true, ...extra, cart: compactCart(this.cart.state(), this.view()) });
  }
}

function isGroupDefault(menu: MenuModel, groupId: string, v: OptionValue): boolean {
  const g = menu.groups.get(groupId);
  if (!g) return false;
  if (g.select === "many") return Array.isArray(v) && v.length === 0;
  if (g.select === "count") return v === (g.default ?? g.min ?? 0);
  return v === g.default;
}

/** The cart as the model sees it in tool results: ids, items, options, what is missing. No prices. */
function compactCart(state: CartState, view: CartView): unknown {
  return {
    lines: state.lines.map((l) => ({
      line: l.id,
      item: l.item,
      qty: l.qty,
      options: l.options,
      ...(view.pending.some((p) => p.id === l.id) ? { waitingFor: view.pending.find((p) => p.id === l.id)!.missing } : {}),
      ...(l.unavailable ? { noLongerOrderable: l.unavailable.reason } : {}),
    })),
    orderOptions: view.orderOptions,
    ...(view.missingOrderOptions.length ? { orderOptionsMissing: view.missingOrderOptions } : {}),
  };
}
