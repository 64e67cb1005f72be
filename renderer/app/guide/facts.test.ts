import { describe, expect, it } from "vitest";
import { initialState, reduce, type AppAction, type AppState } from "../state/reducer.ts";
import { cafeMenu } from "../testing/menus.ts";
import { pendingHandDrip, twoIcedAmericanos } from "../testing/carts.ts";
import type { CartView } from "../../../shared/cart.ts";
import { screenFacts, screenKey, spokenCart } from "./facts.ts";

function at(actions: AppAction[], cart: CartView = twoIcedAmericanos): AppState {
  const base: AppAction[] = [
    { type: "event", event: { type: "menu", menu: cafeMenu, assetBase: "/m/", voice: { input: true, output: true } } },
    { type: "event", event: { type: "cart", cart } },
  ];
  return [...base, ...actions].reduce(reduce, initialState({ largeText: false, highContrast: false, guided: true }));
}

describe("screenFacts: what each screen says about itself", () => {
  it("attract, order type, ordering with the cart so far", () => {
    expect(screenFacts(at([]))).toEqual({ kind: "attract", store: "테스트 카페" });
    expect(screenFacts(at([{ type: "ui/start" }]))).toEqual({ kind: "orderType", question: "매장 / 포장", choices: 2 });
    expect(screenFacts(at([{ type: "ui/start" }, { type: "ui/entryOptionChosen" }]))).toEqual({ kind: "ordering", category: "커피", items: 4, cartItems: 2, total: 8000, currency: "KRW" });
  });
  it("an open item names its required choices", () => {
    expect(screenFacts(at([{ type: "ui/start" }, { type: "ui/entryOptionChosen" }, { type: "ui/openItem", item: "hand-drip" }]))).toEqual({
      kind: "sheet",
      item: "핸드드립",
      price: 6000,
      currency: "KRW",
      required: ["원두"],
    });
  });
  it("review says what still blocks the order", () => {
    const f = screenFacts(at([{ type: "ui/review" }], pendingHandDrip));
    expect(f).toMatchObject({ kind: "review", canPlace: false, missing: ["핸드드립 원두"] });
    expect(screenFacts(at([{ type: "ui/review" }]))).toMatchObject({ kind: "review", canPlace: true, missing: [] });
  });
  it("the key changes with the screen, the entry step and the open item, not with the cart", () => {
    const a = at([{ type: "ui/start" }, { type: "ui/entryOptionChosen" }]);
    expect(screenKey(at([{ type: "ui/start" }, { type: "ui/entryOptionChosen" }], pendingHandDrip))).toBe(screenKey(a));
    expect(screenKey(reduce(a, { type: "ui/openItem", item: "americano" }))).not.toBe(screenKey(a));
  });
  it("spokenCart takes prices from the cart and names from the menu", () => {
    const s = at([]);
    expect(spokenCart(s.model!, s.cart, "ko")).toEqual({
      lines: [{ name: "아메리카노", options: ["아이스"], qty: 2, lineTotal: 8000 }],
      pending: [],
      orderOptions: ["매장"],
      total: 8000,
      currency: "KRW",
    });
  });
});
