import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { testMenuJson } from "../../test-support/menus/index.ts";
import { validateMenu } from "./validate.ts";

const cafe = testMenuJson("cafe");
const pizza = testMenuJson("pizza");
const demo = JSON.parse(readFileSync(new URL("../../assets/menu/demo-cafe.menu.json", import.meta.url), "utf8"));

/** A small valid menu; each case below breaks one thing. */
function base() {
  return {
    version: 1,
    store: { id: "s", name: { ko: "가게", en: "Shop" }, currency: "KRW", languages: ["ko", "en"] },
    orderOptions: [
      { id: "dining", name: { ko: "식사", en: "Dining" }, select: "one", default: "here", choices: [
        { id: "here", name: { ko: "매장", en: "Here" } }, { id: "togo", name: { ko: "포장", en: "To go" } }] },
    ],
    optionGroups: [
      { id: "temp", name: { ko: "온도", en: "Temp" }, select: "one", default: "hot", choices: [
        { id: "hot", name: { ko: "따뜻하게", en: "Hot" } }, { id: "iced", name: { ko: "아이스", en: "Iced" } }] },
      { id: "shots", name: { ko: "샷", en: "Shots" }, select: "count", min: 0, max: 3, default: 0, unitPrice: 500 },
      { id: "syrup", name: { ko: "시럽", en: "Syrup" }, select: "many", max: 2, choices: [
        { id: "vanilla", name: { ko: "바닐라", en: "Vanilla" }, price: 500 }] },
    ],
    categories: [{ id: "coffee", name: { ko: "커피", en: "Coffee" } }],
    items: [
      { id: "americano", category: "coffee", name: { ko: "아메리카노", en: "Americano" }, price: 4500,
        optionGroups: ["temp", "shots", "syrup"], aliases: { ko: [{ text: "아아", options: { temp: "iced" } }] } },
      { id: "ade", category: "coffee", name: { ko: "에이드", en: "Ade" }, price: 5500,
        optionGroups: [{ group: "temp", choices: ["iced"], default: "iced" }] },
    ],
  };
}

type M = ReturnType<typeof base> & Record<string, unknown>;

const broken: [string, (m: M) => void, string[]][] = [
  ["unknown option group on an item", (m) => { (m.items[0]!.optionGroups as unknown[])[1] = "milkk"; }, ['items[0].optionGroups[1]: unknown option group "milkk"']],
  ["duplicate item id", (m) => { m.items[1]!.id = "americano"; }, ['items[1].id: duplicate item id "americano"']],
  ["unknown category", (m) => { m.items[0]!.category = "tea"; }, ['items[0].category: unknown category "tea"']],
  ["missing language text", (m) => { m.items[0]!.name = { ko: "아메리카노" } as never; }, ['items[0].name: missing text for language "en"']],
  ["bad id pattern", (m) => { m.items[0]!.id = "Americano"; }, ["items[0].id: must match ^[a-z0-9][a-z0-9_-]*$"]],
  ["negative price", (m) => { m.items[0]!.price = -1; }, ["items[0].price: must not be negative"]],
  ["fractional price", (m) => { m.items[0]!.price = 4.5; }, ["items[0].price: must be an integer"]],
  ["default not a choice", (m) => { m.optionGroups[0]!.default = "warm"; }, ['optionGroups[0].default: unknown choice "warm"']],
  ["count default out of range", (m) => { m.optionGroups[1]!.default = 5; }, ["optionGroups[1].default: 5 is outside 0..3"]],
  ["many with a default", (m) => { (m.optionGroups[2] as Record<string, unknown>).default = "vanilla"; }, ['optionGroups[2].default: a "many" group has no default']],
  ["narrowed to unknown choice", (m) => { (m.items[1]!.optionGroups[0] as { choices: string[] }).choices = ["frozen"]; }, ['items[1].optionGroups[0].choices[0]: unknown choice "frozen" in group "temp"']],
  ["group id shared with an order option", (m) => { m.optionGroups[0]!.id = "dining"; }, ['optionGroups[0].id: duplicate option group id "dining"']],
  ["duplicate choice id", (m) => { m.optionGroups[0]!.choices![1]!.id = "hot"; }, ['optionGroups[0].choices[1].id: duplicate choice id "hot"']],
  ["alias preset on a group the item lacks", (m) => { m.items[0]!.aliases = { ko: [{ text: "x", options: { size: "large" } }] } as never; }, ['items[0].aliases.ko[0].options.size: option group "size" does not apply to this item']],
  ["alias preset with an unknown choice", (m) => { m.items[0]!.aliases = { ko: [{ text: "x", options: { temp: "frozen" } }] }; }, ['items[0].aliases.ko[0].options.temp: unknown choice "frozen" in group "temp"']],
  ["unknown field", (m) => { (m.items[0] as Record<string, unknown>).colour = "red"; }, ['items[0]: unknown field "colour"']],
  ["missing required field", (m) => { delete (m.items[0] as Record<string, unknown>).price; }, ["items[0].price: is required"]],
  ["wrong version", (m) => { m.version = 2; }, ["version: expected 1"]],
  ["no items", (m) => { m.items = []; }, ["items: needs at least one item"]],
  ["image outside the menu folder", (m) => { (m.items[0] as Record<string, unknown>).image = "../../etc/passwd"; }, ["items[0].image: must be a path relative to the menu file, inside its folder"]],
  ["remote image", (m) => { (m.items[0] as Record<string, unknown>).image = "https://example.com/a.png"; }, ["items[0].image: must be a path relative to the menu file, inside its folder"]],
  ["min above max", (m) => { m.optionGroups[1]!.min = 4; }, ["optionGroups[1]: min 4 is greater than max 3"]],
];

describe("validateMenu", () => {
  it("accepts the sample stores' menus", () => {
    expect(validateMenu(cafe)).toMatchObject({ ok: true });
    expect(validateMenu(pizza)).toMatchObject({ ok: true });
    expect(validateMenu(demo)).toMatchObject({ ok: true });
    expect(validateMenu(base())).toMatchObject({ ok: true });
  });

  it.each(broken)("reports %s with its JSON path", (_name, breakIt, expected) => {
    const m = base() as M;
    breakIt(m);
    const r = validateMenu(m);
    expect(r.ok).toBe(false);
    for (const e of expected) expect(r.problems).toContain(e);
  });

  it("lists every problem at once, not just the first", () => {
    const m = base() as M;
    m.items[0]!.category = "tea";
    m.items[1]!.price = -5;
    (m.items[0]!.optionGroups as unknown[])[0] = "milkk";
    const r = validateMenu(m);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual(expect.arrayContaining([
      'items[0].category: unknown category "tea"',
      "items[1].price: must not be negative",
      'items[0].optionGroups[0]: unknown option group "milkk"',
    ]));
  });

  it.each([null, 42, "menu", [], {}])("rejects %j without throwing", (input) => {
    const r = validateMenu(input);
    expect(r.ok).toBe(false);
    expect(r.problems.length).toBeGreaterThan(0);
  });
});
