import { describe, expect, it } from "vitest";
import { validateMenu } from "../../../../shared/menu/validate.ts";
import { emptyDraft, freshId, itemsUsing, move, narrowItemGroup, removeGroup, renameCategory, renameGroup, setItemUsesGroup, typedNumber, type Draft, type DraftItem } from "./draft.ts";

const store = { id: "shop", name: { ko: "가게", en: "Shop" }, currency: "KRW", languages: ["ko", "en"] };
function draft(): Draft {
  return {
    version: 1,
    store,
    optionGroups: [{ id: "size", name: { ko: "크기", en: "Size" }, select: "one", default: "s", choices: [{ id: "s", name: { ko: "작은", en: "S" } }, { id: "l", name: { ko: "큰", en: "L" }, price: 500 }] }],
    categories: [{ id: "tea", name: { ko: "차", en: "Tea" } }],
    items: [
      { id: "green", category: "tea", name: { ko: "녹차", en: "Green" }, price: 3000, optionGroups: ["size"] },
      { id: "black", category: "tea", name: { ko: "홍차", en: "Black" }, price: 3500 },
    ],
  };
}

describe("typed numbers", () => {
  it.each([
    ["4500", 4500],
    ["4,500", 4500],
    [" 0 ", 0],
    ["45.5", "45.5"],
    ["사천원", "사천원"],
    ["", ""],
  ] as const)("%j → %j", (raw, want) => expect(typedNumber(raw)).toEqual(want));
  it("a typed-wrong price is kept and the validator says so, next to the price", () => {
    const d = draft();
    d.items[1]!.price = typedNumber("삼천오백");
    const check = validateMenu(d);
    expect(check.ok).toBe(false);
    expect(check.problems).toContain("items[1].price: expected number, received string");
  });
});

describe("draft changes keep the menu consistent", () => {
  it("an item takes a group, narrows it with its own default, and lets it go", () => {
    let item: DraftItem = draft().items[1]!;
    item = setItemUsesGroup(item, "size", true);
    expect(item.optionGroups).toEqual(["size"]);
    item = narrowItemGroup(item, "size", { choices: ["l"], default: "l" });
    expect(item.optionGroups).toEqual([{ group: "size", choices: ["l"], default: "l" }]);
    item = narrowItemGroup(item, "size", { choices: undefined, default: "" });
    expect(item.optionGroups).toEqual(["size"]);
    item = setItemUsesGroup(item, "size", false);
    expect(item.optionGroups).toBeUndefined();
  });

  it("renaming a group or category renames every use; removing a group removes its uses", () => {
    let d = renameGroup(draft(), "optionGroups", "size", "cup");
    expect(itemsUsing(d, "cup")).toEqual(["green"]);
    d = renameCategory(d, "tea", "teas");
    expect(d.items.map((i) => i.category)).toEqual(["teas", "teas"]);
    expect(validateMenu(d).problems).toEqual([]);
    d = removeGroup(d, "optionGroups", "cup");
    expect(d.items[0]!.optionGroups).toBeUndefined();
    expect(validateMenu(d).problems).toEqual([]);
  });

  it("an empty menu keeps the store and needs items before it can be published", () => {
    const d = emptyDraft(store);
    expect(d.store).toEqual(store);
    expect(validateMenu(d).problems).toEqual(["items: needs at least one item"]);
  });

  it("new ids are free ones; moving stays inside the list", () => {
    expect(freshId("item", [{ id: "item-3" }, { id: "x" }])).toBe("item-4");
    expect(freshId("item", [{ id: "item-2" }, { id: "item-3" }])).toBe("item-4");
    expect(move(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(move(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
  });
});
