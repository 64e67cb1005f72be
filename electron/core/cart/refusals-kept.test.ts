// The words-only check of refusals kept in a cart (refusals-kept.ts), table-driven.
import { describe, expect, it } from "vitest";
import { MenuModel } from "../../../shared/menu/model.ts";
import type { Menu } from "../../../shared/menu/schema.ts";
import { refusalsKept, refusesSomething } from "./refusals-kept.ts";
import type { CaseLine } from "./score.ts";

const t = (ko: string, en: string) => ({ ko, en });
const menu = new MenuModel({
  version: 1,
  store: { id: "t", name: t("테스트", "Test"), currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "food", name: t("음식", "Food") }],
  optionGroups: [
    { id: "toppings", name: t("토핑", "Toppings"), select: "many", choices: [{ id: "onions", name: t("양파", "Onions") }, { id: "ham", name: t("햄", "Ham") }] },
    { id: "leave-out", name: t("빼기", "Leave out"), select: "many", choices: [{ id: "banana", name: t("바나나", "Banana") }] },
    { id: "hold", name: t("피클", "Pickle options"), select: "many", choices: [{ id: "no-pickles", name: t("피클 빼기", "No pickles"), aliases: { ko: ["피클 빼고"] } }] },
  ],
  items: [
    { id: "pizza", category: "food", name: t("피자", "Pizza"), price: 1000, optionGroups: ["toppings"] },
    { id: "smoothie", category: "food", name: t("스무디", "Smoothie"), price: 600, optionGroups: ["leave-out"] },
    { id: "burger", category: "food", name: t("버거", "Burger"), price: 900, optionGroups: ["hold"] },
    { id: "coke", category: "food", name: t("콜라", "Coke"), aliases: { en: ["cola"] }, price: 200 },
  ],
} as Menu);

const pizza = (toppings: string[]): CaseLine => ({ item: "pizza", qty: 1, options: { toppings } });

describe("refusals kept in the cart", () => {
  it.each<{ name: string; turns: string[]; expected: CaseLine[]; got: CaseLine[]; kept: string[] }>([
    { name: "no onions, and none on the pizza", turns: ["a pizza with ham no onions"], expected: [pizza(["ham"])], got: [pizza(["ham"])], kept: [] },
    { name: "no onions, and onions on the pizza", turns: ["a pizza with ham no onions"], expected: [pizza(["ham"])], got: [pizza(["ham", "onions"])], kept: ["onions"] },
    { name: "hold the ham, said before the pizza", turns: ["hold the ham on a pizza with onions"], expected: [pizza(["onions"])], got: [pizza(["ham", "onions"])], kept: ["ham"] },
    { name: "양파 빼고, and 양파 on it", turns: ["피자 하나 양파 빼고요"], expected: [pizza([])], got: [pizza(["onions"])], kept: ["양파"] },
    { name: "콜라 말고: a cola ordered anyway", turns: ["피자 하나 콜라 말고요"], expected: [pizza([])], got: [pizza([]), { item: "coke", qty: 1 }], kept: ["콜라"] },
    { name: "the cart wrong in a thing nobody refused", turns: ["a pizza no onions"], expected: [pizza([])], got: [pizza([]), { item: "coke", qty: 1 }], kept: [] },
    { name: "a removal on the wrong line is not a refused thing kept", turns: ["콜라 피클 빼고 버거 하나"], expected: [{ item: "coke", qty: 1 }, { item: "burger", qty: 1 }], got: [{ item: "coke", qty: 1 }, { item: "burger", qty: 1, options: { hold: ["no-pickles"] } }], kept: [] },
    { name: "a choice of a group named as a removal is the refusal itself", turns: ["a smoothie", "no banana", "actually put the banana back in"], expected: [{ item: "smoothie", qty: 1 }], got: [{ item: "smoothie", qty: 1, options: { "leave-out": ["banana"] } }], kept: [] },
    { name: "no refusal at all", turns: ["a pizza with onions"], expected: [pizza([])], got: [pizza(["onions"])], kept: [] },
  ])("$name", ({ turns, expected, got, kept }) => {
    expect(refusalsKept(menu, turns, expected, got)).toEqual(kept);
  });

  it.each([
    ["a pizza with ham no onions", true],
    ["양파 빼고 주세요", true],
    ["콜라 말고 사이다요", true],
    ["a pizza with ham and onions", false],
    ["피자 하나 주세요", false],
    ["짜장면 곱빼기로 해주세요", false],
    ["짜장면 곱빼기 양파 빼고요", true],
    ["actually leave the slaw on", false],
    ["leave off the slaw", true],
  ] as const)("%j refuses something: %s", (text, yes) => {
    expect(refusesSomething([text])).toBe(yes);
  });
});
