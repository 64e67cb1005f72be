// "a large mocha with oat milk" → "I'll have the same, a latte": "the same" said of another
// item makes it as the line in hand is made, in the option groups it has too (each had made the
// new item plain, answered alone, in the fourth English red team's probes). Where the line has
// options the new item cannot take, it cannot be quite the same: not answered alone.
import { menus, phenomenonTable } from "./test-helpers.ts";

const coffee = menus.coffee();
const mocha = { item: "mocha", qty: 1, options: { size: "large", milk: "oat" } };

phenomenonTable("the same, another item (English coffee)", coffee, [
  { name: "I'll have the same, a latte", turns: ["a large mocha with oat milk", "I'll have the same, a latte"], lines: [mocha, { item: "latte", qty: 1, options: { size: "large", milk: "oat" } }], confident: true },
  { name: "and a latte the same", turns: ["a large mocha with oat milk", "and a latte the same"], lines: [mocha, { item: "latte", qty: 1, options: { size: "large", milk: "oat" } }], confident: true },
  { name: "the same, a chai (the mocha's whip it cannot take)", turns: ["a large mocha with oat milk and no whip", "I'll have the same, a chai"], lines: [{ ...mocha, options: { ...mocha.options, whip: "none" } }, { item: "chai", qty: 1, options: { size: "large", milk: "oat" } }], confident: false },
  { name: "the same, a latte with almond milk", turns: ["a large mocha with oat milk", "I'll have the same, a latte with almond milk"], lines: [mocha, { item: "latte", qty: 1, options: { size: "large", milk: "almond" } }] },
]);
