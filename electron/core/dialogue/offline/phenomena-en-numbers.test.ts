// English: a number said for an item is the item's own choice named by that number, even
// where the same words are another item's alias ("ten" for the 10 cheese sticks): said
// before the item ("ten spicy nuggets"), after it ("make the nuggets twenty") or as the
// answer to the kiosk's question about that item's count.
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const shop = menuFrom({
  version: 1,
  store: { id: "numbers", name: { en: "Test Numbers" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "food", ...en("Food") }],
  optionGroups: [
    { id: "count", ...en("Nugget count"), select: "one", choices: [{ id: "n10", ...en("10 pc") }, { id: "n20", ...en("20 pc") }] },
    { id: "heat", ...en("Heat"), select: "one", default: "mild", choices: [{ id: "mild", ...en("Mild") }, { id: "spicy", ...en("Spicy") }] },
    { id: "sticks", ...en("Sticks"), select: "one", default: "s10", choices: [{ id: "s10", ...en("10 sticks", ["ten"]) }, { id: "s20", ...en("20 sticks", ["twenty"]) }] },
  ],
  items: [
    { id: "nuggets", category: "food", ...en("Chicken Nuggets", ["nuggets"]), price: 500, optionGroups: ["count", "heat"] },
    { id: "cheese-sticks", category: "food", ...en("Cheese Sticks", ["sticks"]), price: 400, optionGroups: ["sticks"] },
  ],
});

phenomenonTable("English: a number is the count choice of the item it is said for", shop, [
  { name: "ten, before the item past its options", turns: ["ten spicy nuggets"], lines: [{ item: "nuggets", qty: 1, options: { count: "n10", heat: "spicy" } }] },
  { name: "twenty, as the answer to the count asked", turns: ["nuggets please", "twenty"], lines: [{ item: "nuggets", qty: 1, options: { count: "n20" } }] },
  {
    name: "twenty, after the item named",
    turns: ["spicy nuggets, 10 pc", "make the nuggets twenty"],
    lines: [{ item: "nuggets", qty: 1, options: { count: "n20", heat: "spicy" } }],
  },
  { name: "the other item's own alias stays its own", turns: ["twenty cheese sticks"], lines: [{ item: "cheese-sticks", qty: 1, options: { sticks: "s20" } }] },
]);
