// English: "wait no lemonade", "no no cookie" in a later turn (issue 9, sixth round): a
// correction ending in "no" said right before an item's name refuses that item: its line
// goes, and only it. A correction taking something back is not answered alone (accounting.ts).
import { menus, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const coffee = menus.coffee();

phenomenonTable("English: wait no + an item ordered before", coffee, [
  { name: "wait no cold brew", turns: ["a latte and a cold brew, both large", "wait no cold brew"], lines: [{ item: "latte", qty: 1, options: { size: "large" } }], confident: false },
  { name: "oh wait no cookie", turns: ["a mocha and a cookie", "oh wait no cookie"], lines: [{ item: "mocha", qty: 1 }] },
  { name: "no no cookie, of two items", turns: ["a latte, a muffin and a cookie", "no no cookie"], lines: [{ item: "latte", qty: 1 }, { item: "muffin", qty: 1 }] },
  // A correction with a pause before the item still replaces what came last.
  { name: "wait no, a mocha", turns: ["a latte and a cold brew", "wait no, a mocha"], lines: [{ item: "latte", qty: 1 }, { item: "mocha", qty: 1 }] },
  { name: "no wait, a large latte", turns: ["a cold brew and a latte", "no wait, a large latte"], lines: [{ item: "cold-brew", qty: 1 }, { item: "latte", qty: 1, options: { size: "large" } }] },
]);

// An item never ordered: "wait no mocha" might mean a mocha instead of the last thing.
notAloneTable("English: wait no + an item not on the order", coffee, [{ name: "wait no mocha", turns: ["a latte and a cold brew", "wait no mocha"] }]);

// "a latte, no, a mocha": a bare "no" after something named and before another thing
// counted takes the first back (it made both, or only the latte, answered alone). "no
// mocha" with no count stays a refusal.
phenomenonTable("a bare no between two things ordered (English coffee)", menus.coffee(), [
  { name: "a latte, no, a mocha", turns: ["a latte, no, a mocha"], lines: [{ item: "mocha", qty: 1 }], confident: true },
  { name: "a latte no a mocha (no commas)", turns: ["a latte no a mocha"], lines: [{ item: "mocha", qty: 1 }], confident: true },
  { name: "a latte no mocha: a refusal of a mocha", turns: ["a latte no mocha"], lines: [{ item: "latte", qty: 1 }] },
  // As a turn's first words it may take back the last turn's latte, or answer "anything else?": a guess.
  { name: "no, a mocha, as a turn's first words", turns: ["a latte", "no, a mocha"], lines: [{ item: "latte", qty: 1 }, { item: "mocha", qty: 1 }], confident: false },
]);
