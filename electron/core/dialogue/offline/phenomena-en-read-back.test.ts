// "yeah one iced latte that's right" a turn after an iced latte: the customer reads the line
// back to confirm it; nothing more is ordered (each had added a second one, answered alone, in
// the fourth English red team's probes). Without the yes or the confirming words, or with
// another count or another make, it is an order as before.
import { menus, phenomenonTable } from "./test-helpers.ts";

const coffee = menus.coffee();
const iced = { item: "latte", options: { temp: "iced" } };

phenomenonTable("a line read back to confirm it orders nothing (English coffee)", coffee, [
  { name: "yeah one iced latte that's right", turns: ["an iced latte", "yeah one iced latte that's right"], lines: [{ ...iced, qty: 1 }], confident: true },
  { name: "yep one iced latte that's it", turns: ["an iced latte", "yep one iced latte that's it"], lines: [{ ...iced, qty: 1 }], confident: true },
  { name: "yes two large mochas, correct", turns: ["two large mochas", "yes two large mochas, correct"], lines: [{ item: "mocha", qty: 2, options: { size: "large" } }], confident: true },
  // Orders, not read-backs:
  { name: "yeah two iced lattes (no confirming words)", turns: ["an iced latte", "yeah two iced lattes"], lines: [{ ...iced, qty: 3 }] },
  { name: "yes and one more iced latte that's it", turns: ["an iced latte", "yes and one more iced latte that's it"], lines: [{ ...iced, qty: 2 }] },
  { name: "yeah one hot latte that's right (another make)", turns: ["an iced latte", "yeah one hot latte that's right"], lines: [{ ...iced, qty: 1 }, { item: "latte", qty: 1, options: { temp: "hot" } }] },
]);
