// From the screen's state to the plain facts the guided mode speaks (wording.ts
// turns them into sentences): which screen this is and what is on it, and the cart.
// Prices come from the cart (lines, totals) or the menu (an item's base price).
import type { CartView } from "../../../shared/cart.ts";
import type { MenuModel } from "../../../shared/menu/model.ts";
import { entryOrderGroups, optionSummary, orderOptionSummary, shelves } from "../menu/view.ts";
import type { AppState } from "../state/reducer.ts";
import { cartReadback, type GuideScreen, type SpokenCart } from "./wording.ts";

export function spokenCart(model: MenuModel, cart: CartView | null, lang: string): SpokenCart {
  const currency = cart?.currency ?? model.currency;
  if (!cart) return { lines: [], pending: [], orderOptions: [], total: 0, currency };
  return {
    lines: cart.lines.map((l) => ({ name: model.itemName(l.item, lang), options: optionSummary(model, l.item, l.options, lang), qty: l.qty, lineTotal: l.lineTotal })),
    pending: cart.pending.map((p) => ({ name: model.itemName(p.item, lang), qty: p.qty, missing: p.missing.map((g) => model.groupName(g, lang)) })),
    orderOptions: orderOptionSummary(model, cart.orderOptions, lang),
    total: cart.total,
    currency,
  };
}

/** What the current screen is, for its spoken introduction (undefined: nothing to say yet). */
export function screenFacts(state: AppState): GuideScreen | undefined {
  const model = state.model;
  if (!model) return undefined;
  const lang = state.lang;
  const text = (t: Record<string, string> | undefined) => model.text(t, lang);
  const currency = state.cart?.currency ?? model.currency;
  switch (state.screen) {
    case "attract":
      return { kind: "attract", store: text(model.menu.store.name) };
    case "orderType": {
      const groups = entryOrderGroups(model);
      const g = groups[state.orderTypeStep] ?? groups[0];
      return g ? { kind: "orderType", question: text(g.group.name), choices: g.choices.length } : undefined;
    }
    case "ordering": {
      if (state.sheetItem) {
        const item = model.item(state.sheetItem);
        if (!item) return undefined;
        const required = model.itemGroups(item.id).filter((g) => g.required).map((g) => text(g.group.name));
        return { kind: "sheet", item: text(item.name), price: item.price, currency, required };
      }
      const all = shelves(model);
      const shelf = all.find((s) => s.category.id === state.category) ?? all[0];
      return {
        kind: "ordering",
        category: shelf ? text(shelf.category.name) : "",
        items: shelf?.items.length ?? 0,
        cartItems: state.cart?.itemCount ?? 0,
        total: state.cart?.total ?? 0,
        currency,
      };
    }
    case "review": {
      const cart = state.cart;
      const missing = [
        ...(cart?.pending ?? []).map((p) => `${model.itemName(p.item, lang)} ${p.missing.map((g) => model.groupName(g, lang)).join(", ")}`),
        ...(cart?.missingOrderOptions ?? []).map((g) => model.groupName(g, lang)),
      ];
      const canPlace = !!cart && cart.lines.length > 0 && missing.length === 0;
      return { kind: "review", readback: cartReadback(spokenCart(model, cart, lang), lang), canPlace, missing };
    }
    case "placed":
      return state.placed ? { kind: "placed", number: state.placed.number } : undefined;
  }
}

/** Changes whenever the customer is somewhere else (a screen, a sheet, an entry step): each is introduced once. */
export function screenKey(state: AppState): string {
  return [state.screen, state.orderTypeStep, state.sheetItem ?? "", state.placed?.number ?? ""].join("|");
}
