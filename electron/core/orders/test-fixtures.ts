// Shared by the order and admin tests (and the crash-test child): a small two-language
// menu with every kind of option group, and carts built through the real cart.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MenuModel } from "../../../shared/menu/model.ts";
import { validateMenu } from "../../../shared/menu/validate.ts";
import type { CartView } from "../../../shared/cart.ts";
import { applyCartAction, emptyCart, viewCart, type CartAction } from "../cart/cart.ts";

export const testMenuJson = {
  version: 1,
  store: { id: "test-cafe", name: { ko: "테스트 카페", en: "Test Cafe" }, currency: "KRW", languages: ["ko", "en"] },
  orderOptions: [
    {
      id: "dining",
      name: { ko: "식사 장소", en: "Dining" },
      select: "one",
      default: "here",
      choices: [
        { id: "here", name: { ko: "매장", en: "For here" } },
        { id: "togo", name: { ko: "포장", en: "To go" } },
      ],
    },
  ],
  optionGroups: [
    {
      id: "temp",
      name: { ko: "온도", en: "Temperature" },
      select: "one",
      default: "hot",
      choices: [
        { id: "hot", name: { ko: "따뜻하게", en: "Hot" } },
        { id: "iced", name: { ko: "아이스", en: "Iced" }, price: 500 },
      ],
    },
    { id: "shots", name: { ko: "샷 추가", en: "Extra shots" }, select: "count", min: 0, max: 3, default: 0, unitPrice: 500 },
    {
      id: "syrup",
      name: { ko: "시럽", en: "Syrup" },
      select: "many",
      max: 2,
      choices: [
        { id: "vanilla", name: { ko: "바닐라 시럽", en: "Vanilla syrup" }, price: 300 },
        { id: "caramel", name: { ko: "카라멜 시럽", en: "Caramel syrup" }, price: 300 },
      ],
    },
    {
      id: "size",
      name: { ko: "사이즈", en: "Size" },
      select: "one",
      choices: [
        { id: "small", name: { ko: "스몰", en: "Small" } },
        { id: "large", name: { ko: "라지", en: "Large" }, price: 1000 },
      ],
    },
  ],
  categories: [
    { id: "coffee", name: { ko: "커피", en: "Coffee" } },
    { id: "dessert", name: { ko: "디저트", en: "Dessert" } },
  ],
  items: [
    { id: "americano", category: "coffee", name: { ko: "아메리카노", en: "Americano" }, price: 4000, optionGroups: ["temp", "shots", "syrup"] },
    { id: "smoothie", category: "coffee", name: { ko: "스무디", en: "Smoothie" }, price: 5500, optionGroups: ["size"] },
    { id: "cheesecake", category: "dessert", name: { ko: "치즈케이크", en: "Cheesecake" }, price: 6000 },
  ],
};

export function testMenu(): MenuModel {
  const r = validateMenu(structuredClone(testMenuJson));
  if (!r.ok) throw new Error(`test menu is invalid: ${r.problems.join("; ")}`);
  return new MenuModel(r.menu);
}

/** A cart built by applying real cart actions; throws if the cart refuses one. */
export function cartOf(menu: MenuModel, actions: CartAction[]): CartView {
  let state = emptyCart();
  for (const a of actions) {
    const r = applyCartAction(menu, state, a);
    if (!r.ok) throw new Error(`cart refused ${JSON.stringify(a)}: ${r.error.message}`);
    state = r.state;
  }
  return viewCart(menu, state);
}

/** Two iced americanos with a shot and vanilla, a cheesecake, to go. */
export function sampleCart(menu: MenuModel): CartView {
  return cartOf(menu, [
    { type: "add", item: "americano", qty: 2, options: { temp: "iced", shots: 1, syrup: ["vanilla"] } },
    { type: "add", item: "cheesecake", qty: 1 },
    { type: "setOrderOption", group: "dining", value: "togo" },
  ]);
}

export function tempDir(prefix = "kiosk-orders-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
