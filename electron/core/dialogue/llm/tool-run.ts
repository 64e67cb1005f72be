// Carrying out the model's tool calls for one turn. Every call is looked up by name,
// parsed and checked (tools.ts defines each tool once) and every change goes through
// the cart, which refuses what the menu does not allow; refusals go back to the
// model as tool results. What actually changed is kept as CartChange notes, so the
// spoken read-back comes from the cart, not from what the model says it did.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { CartView } from "../../../../shared/cart.ts";
import type { CartAction, CartError, CartResult, CartState } from "../../cart/cart.ts";
import type { CartHandle } from "../engine.ts";
import type { ToolCall } from "../../providers/chat.ts";
import { findTool } from "./tools.ts";
import type { CartChange } from "./phrases.ts";
/** What the tools keep between turns (in the LLM engine's memory record). */
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
  /** The effects of the round being run. */
  fx: RoundEffects = emptyEffects();

  constructor(
    readonly menu: MenuModel,
    readonly cart: CartHandle,
    readonly memory: LlmMemory,
    /** History length at the start of this turn (the confirm question must be the previous turn). */
    readonly historyLength: number,
  ) {}

  /** Runs one call; returns the tool result text for the model. */
  execute(call: ToolCall, fx: RoundEffects): string {
    this.fx = fx;
    const fail = (code: string, message: string, error?: CartError) => this.refuse(call.name, code, message, error);
    const tool = findTool(this.menu, call.name);
    if (!tool) return fail("unknown-tool", `there is no tool "${call.name}"`);
    let raw: unknown;
    try {
      raw = call.arguments.trim() === "" ? {} : JSON.parse(call.arguments);
    } catch {
      return fail("invalid-arguments", "the arguments are not valid JSON; nothing was changed");
    }
    return tool.call(raw, { run: this, fail });
  }

  /** A refused call: noted for the engine, explained to the model. */
  refuse(tool: string, code: string, message: string, error?: CartError): string {
    this.fx.failures.push({ tool, code, message, ...(error ? { error } : {}) });
    return JSON.stringify({ ok: false, error: code, message });
  }

  /** The cart's reading of the order for checkout: read back and ask, or what blocks it. */
  checkout(): string {
    const fx = this.fx;
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
    this.memory.confirmAsked = { historyLength: this.historyLength, cart: this.fingerprint() };
    return this.ok({ note: "the kiosk read the order back and asked the customer to confirm" });
  }

  /**
   * Options as the cart takes them: nulls dropped (not said). A group that does not
   * apply to the item is dropped when it holds that group's default, which is what a
   * model filling every key of the strict schema writes; any other value stays, and
   * the cart refuses it.
   */
  cleanOptions(itemId: string, options: Record<string, OptionValue | null | undefined> | null | undefined): Record<string, OptionValue> {
    const out: Record<string, OptionValue> = {};
    const applies = new Set(this.menu.itemGroups(itemId).map((g) => g.id));
    for (const [k, v] of Object.entries(options ?? {})) {
      if (v === null || v === undefined) continue;
      if (!applies.has(k) && this.menu.item(itemId) && isGroupDefault(this.menu, k, v)) continue;
      out[k] = v;
    }
    return out;
  }

  fingerprint(): string {
    return cartFingerprint(this.cart.state());
  }

  apply(action: CartAction): CartResult {
    const r = this.cart.apply(action);
    if (r.ok) this.appliedCount++;
    return r;
  }

  view(): CartView {
    return this.cart.view();
  }

  ok(extra: Record<string, unknown>): string {
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
