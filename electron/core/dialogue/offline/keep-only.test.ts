// "just the X" / "X만" a turn later (keep-only.ts): the lines named stay, the rest go. Rows
// that must not take anything away are the ones most like it.
import { menus, phenomenonTable } from "./test-helpers.ts";

phenomenonTable("English: just the X, a turn later", menus.coffee(), [
  { name: "just the mocha", turns: ["a latte and a mocha", "just the mocha"], lines: [{ item: "mocha", qty: 1 }], confident: true },
  { name: "actually only the latte please", turns: ["a latte, a mocha and a chai latte", "actually only the latte please"], lines: [{ item: "latte", qty: 1 }], confident: true },
  { name: "just the latte and the mocha", turns: ["a latte, a mocha and a hot tea", "just the latte and the mocha"], lines: [{ item: "latte", qty: 1 }, { item: "mocha", qty: 1 }] },
  // Nothing else in the order: nothing to take away.
  { name: "just the mocha, with only a mocha", turns: ["a mocha", "just the mocha"], lines: [{ item: "mocha", qty: 1 }] },
  // With a count or an option said it is a change of that line, not a taking away.
  { name: "just one latte", turns: ["two lattes and a mocha", "just one latte"], lines: [{ item: "latte", qty: 1 }, { item: "mocha", qty: 1 }] },
  { name: "just the latte iced", turns: ["a latte and a mocha", "just the latte iced"], lines: [{ item: "latte", qty: 1, options: { temp: "iced" } }, { item: "mocha", qty: 1 }] },
  // Not ordered yet: "just a latte" orders one.
  { name: "just a chai latte, not ordered before", turns: ["a latte", "just a chai latte"], lines: [{ item: "latte", qty: 1 }, { item: "chai", qty: 1 }] },
]);

phenomenonTable("Korean: X만, a turn later", menus.cafe(), [
  { name: "아메리카노만 주세요", turns: ["아메리카노 하나랑 카페라떼 하나요", "아메리카노만 주세요"], lines: [{ item: "americano", qty: 1 }], confident: true },
  { name: "그냥 라떼만 할게요", turns: ["아메리카노 하나랑 카페라떼 하나요", "그냥 카페라떼만 할게요"], lines: [{ item: "cafe-latte", qty: 1 }], confident: true },
]);
