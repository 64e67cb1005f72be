// The scorer's rules as a table: defaults fill unnamed options, lines compare as a
// multiset, many-choice order does not matter, totals and named order options count.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { MenuModel } from "../../../shared/menu/model.ts";
import type { Menu } from "../../../shared/menu/schema.ts";
import { cartDifferences, lineKey, type ExpectedCart, type ReportedCart } from "./score.ts";

const menu = new MenuModel(JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../assets/menu/demo-cafe.menu.json"), "utf8")) as Menu);

const cases: [string, ExpectedCart, ReportedCart, string[]][] = [
  ["an unnamed option takes its default", { lines: [{ item: "americano", qty: 1 }] }, { lines: [{ item: "americano", qty: 1, options: { temp: "hot", size: "regular", shots: 0, syrup: [] } }] }, []],
  ["a different option is a different line", { lines: [{ item: "americano", qty: 1, options: { temp: "iced" } }] }, { lines: [{ item: "americano", qty: 1 }] },
    ['americano{temp="iced",size="regular",shots=0,syrup=[]}: expected 1, got 0', 'americano{temp="hot",size="regular",shots=0,syrup=[]}: expected 0, got 1']],
  ["split lines add up", { lines: [{ item: "americano", qty: 2 }] }, { lines: [{ item: "americano", qty: 1 }, { item: "americano", qty: 1 }] }, []],
  ["many-choice order does not matter", { lines: [{ item: "americano", qty: 1, options: { syrup: ["caramel", "vanilla"] } }] }, { lines: [{ item: "americano", qty: 1, options: { syrup: ["vanilla", "caramel"] } }] }, []],
  ["a wrong count", { lines: [{ item: "espresso", qty: 3 }] }, { lines: [{ item: "espresso", qty: 2 }] }, ["espresso{shots=0}: expected 3, got 2"]],
  ["an unknown item never matches", { lines: [] }, { lines: [{ item: "pizza", qty: 1 }] }, ["UNKNOWN-ITEM:pizza: expected 0, got 1"]],
  ["an option the item does not have", { lines: [{ item: "espresso", qty: 1 }] }, { lines: [{ item: "espresso", qty: 1, options: { milk: "oat" } }] },
    ["espresso{shots=0}: expected 1, got 0", 'espresso{shots=0,EXTRA:milk="oat"}: expected 0, got 1']],
  ["the total is checked against menu prices", { lines: [{ item: "americano", qty: 2, options: { size: "large" } }] }, { lines: [{ item: "americano", qty: 2, options: { size: "large" } }], total: 8000 }, ["total: expected 9000, got 8000"]],
  ["a right total passes", { lines: [{ item: "americano", qty: 2, options: { size: "large" } }] }, { lines: [{ item: "americano", qty: 2, options: { size: "large" } }], total: 9000 }, []],
  ["a named order option must match", { lines: [], orderOptions: { dining: "togo" } }, { lines: [], orderOptions: {} }, ["orderOptions.dining: expected togo, got here"]],
  ["an order option left at its default matches the default", { lines: [], orderOptions: { dining: "here" } }, { lines: [] }, []],
  ["an empty cart expected and got", { lines: [] }, { lines: [] }, []],
];

describe("cartDifferences", () => {
  it.each(cases)("%s", (_name, expected, got, problems) => {
    expect(cartDifferences(menu, expected, got)).toEqual(problems);
  });

  it("keys name every group of the item in menu order", () => {
    expect(lineKey(menu, { item: "cafe-latte", qty: 1, options: { milk: "oat" } })).toBe('cafe-latte{temp="hot",size="regular",shots=0,milk="oat",syrup=[]}');
  });
});
