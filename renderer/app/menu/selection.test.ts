import { describe, expect, it } from "vitest";
import { MenuModel } from "../../../shared/menu/model.ts";
import { cafeMenu } from "../testing/menus.ts";
import { countOf, initialSelection, isChosen, missingRequired, pressChoice, setCount } from "./selection.ts";

const cafe = new MenuModel(cafeMenu);
const g = (item: string, group: string) => cafe.itemGroup(item, group)!;

describe("initialSelection", () => {
  it.each([
    ["americano", { temp: "hot", size: "regular", shots: 0, syrup: [] }],
    ["cold-brew", { temp: "iced", size: "regular" }],
    // A required group starts empty.
    ["hand-drip", { temp: "hot" }],
    ["cheesecake", {}],
  ])("%s", (item, want) => {
    expect(initialSelection(cafe, item)).toEqual(want);
  });
});

describe("pressChoice", () => {
  it("selects one choice in a 'one' group", () => {
    const s = pressChoice(g("americano", "temp"), initialSelection(cafe, "americano"), "iced");
    expect(s.temp).toBe("iced");
  });
  it("ignores a choice the item does not allow", () => {
    const s0 = initialSelection(cafe, "cold-brew");
    expect(pressChoice(g("cold-brew", "temp"), s0, "hot")).toBe(s0);
  });
  it("toggles 'many' choices in menu order and stops at max", () => {
    const syrup = g("americano", "syrup");
    let s = initialSelection(cafe, "americano");
    s = pressChoice(syrup, s, "caramel");
    s = pressChoice(syrup, s, "vanilla");
    expect(s.syrup).toEqual(["vanilla", "caramel"]);
    expect(pressChoice(syrup, s, "hazelnut").syrup).toEqual(["vanilla", "caramel"]);
    s = pressChoice(syrup, s, "vanilla");
    expect(s.syrup).toEqual(["caramel"]);
    expect(isChosen(s, "syrup", "caramel")).toBe(true);
    expect(isChosen(s, "syrup", "vanilla")).toBe(false);
  });
});

describe("setCount", () => {
  it.each([
    [2, 2],
    [5, 3],
    [-1, 0],
  ])("%i -> %i (0..3)", (n, want) => {
    const shots = g("americano", "shots");
    const s = setCount(shots, initialSelection(cafe, "americano"), n);
    expect(countOf(shots, s)).toBe(want);
  });
});

describe("missingRequired", () => {
  it("lists required groups without a choice", () => {
    const s = initialSelection(cafe, "hand-drip");
    expect(missingRequired(cafe, "hand-drip", s).map((x) => x.id)).toEqual(["bean"]);
    expect(missingRequired(cafe, "hand-drip", pressChoice(g("hand-drip", "bean"), s, "colombia"))).toEqual([]);
  });
});
