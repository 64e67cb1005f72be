import { describe, expect, it } from "vitest";
import { MenuModel } from "../../../shared/menu/model.ts";
import { cafeMenu, noodleMenu } from "../testing/menus.ts";
import { choicePrice, entryOrderGroups, loadMenu, optionSummary, orderOptionSummary, shelves } from "./view.ts";

const cafe = new MenuModel(cafeMenu);

describe("loadMenu", () => {
  it("accepts a menu and builds the model", () => {
    const r = loadMenu(cafeMenu);
    expect(r.ok && r.model.items.size).toBe(5);
  });
  it.each([
    [null, "(menu)"],
    [{ ...cafeMenu, version: 2 }, "version"],
    [{ ...cafeMenu, items: [] }, "items"],
  ])("refuses a broken menu with where it broke (%#)", (raw, where) => {
    const r = loadMenu(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.startsWith(where)).toBe(true);
  });
});

describe("shelves", () => {
  it("keeps menu order and leaves out empty categories", () => {
    expect(shelves(cafe).map((s) => [s.category.id, s.items.map((i) => i.id)])).toEqual([
      ["coffee", ["americano", "cold-brew", "hand-drip", "strawberry-latte"]],
      ["dessert", ["cheesecake"]],
    ]);
  });
});

describe("entryOrderGroups", () => {
  it("offers defaulted and required single-choice order options", () => {
    expect(entryOrderGroups(cafe).map((g) => [g.id, g.required])).toEqual([["dining", false]]);
    expect(entryOrderGroups(new MenuModel(noodleMenu)).map((g) => [g.id, g.required])).toEqual([["serve", true]]);
  });
  it("offers nothing when the menu has no order options", () => {
    expect(entryOrderGroups(new MenuModel({ ...cafeMenu, orderOptions: [] }))).toEqual([]);
  });
});

describe("optionSummary", () => {
  it.each([
    ["americano", { temp: "hot", size: "regular", shots: 0, syrup: [] }, "ko", []],
    ["americano", { temp: "iced", size: "large", shots: 2, syrup: ["vanilla", "caramel"] }, "ko", ["아이스", "라지", "샷 추가 ×2", "바닐라", "카라멜"]],
    ["americano", { temp: "iced", size: "regular", shots: 0, syrup: [] }, "en", ["Iced"]],
    // A required choice is always shown, even if it is the first one.
    ["hand-drip", { bean: "ethiopia", temp: "hot" }, "en", ["Ethiopia"]],
    // The narrowed default (cold brew is iced by default) is not repeated.
    ["cold-brew", { temp: "iced", size: "regular" }, "ko", []],
  ] as const)("%s %j (%s)", (item, options, lang, want) => {
    expect(optionSummary(cafe, item, options as never, lang)).toEqual(want);
  });

  it("names the order's options", () => {
    expect(orderOptionSummary(cafe, { dining: "togo" }, "ko")).toEqual(["포장"]);
    expect(orderOptionSummary(cafe, {}, "ko")).toEqual([]);
  });
});

describe("choicePrice", () => {
  it("is the choice's price, or the unit price of a count group", () => {
    expect(choicePrice(cafe.itemGroup("americano", "size")!, "large")).toBe(500);
    expect(choicePrice(cafe.itemGroup("americano", "size")!, "regular")).toBe(0);
    expect(choicePrice(cafe.itemGroup("americano", "shots")!)).toBe(500);
  });
});
