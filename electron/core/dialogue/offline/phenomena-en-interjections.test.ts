// English: words that open a thought or close a list and are also a choice's name
// (interjections.ts), "and oh a …" adding, "actually a …" of the kind just ordered
// (line-doubts.ts), and a question answered by the asker's own "ok" (clause-bounds.ts).
import { menuFrom, menus, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const steakhouse = menuFrom({
  version: 1,
  store: { id: "interjections", name: { en: "Test Grill" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "steaks", name: { en: "Steaks" } }, { id: "drinks", name: { en: "Drinks" } }],
  optionGroups: [
    {
      id: "doneness", name: { en: "Doneness" }, select: "one", default: "medium",
      choices: [{ id: "rare", name: { en: "Rare" } }, { id: "medium", name: { en: "Medium" } }, { id: "medium-well", name: { en: "Medium well" } }, { id: "well-done", name: { en: "Well done" }, aliases: { en: ["well"] } }],
    },
  ],
  items: [
    { id: "ribeye", category: "steaks", name: { en: "Ribeye" }, price: 3000, optionGroups: ["doneness"] },
    { id: "filet", category: "steaks", name: { en: "Filet" }, price: 3500, optionGroups: ["doneness"] },
    { id: "coke", category: "drinks", name: { en: "Coke" }, price: 300 },
  ],
});

phenomenonTable("English: 'well' and 'oh' that open a thought or close a list", steakhouse, [
  { name: "well let me get a filet", turns: ["well let me get a filet"], lines: [{ item: "filet", qty: 1 }], confident: true },
  { name: "um well a ribeye", turns: ["um well a ribeye"], lines: [{ item: "ribeye", qty: 1 }], confident: true },
  { name: "a ribeye rare and a filet as well", turns: ["a ribeye rare and a filet as well"], lines: [{ item: "ribeye", qty: 1, options: { doneness: "rare" } }, { item: "filet", qty: 1 }], confident: true },
  { name: "a ribeye rare and oh a filet", turns: ["a ribeye rare and oh a filet"], lines: [{ item: "ribeye", qty: 1, options: { doneness: "rare" } }, { item: "filet", qty: 1 }], confident: true },
  // The choice itself, said after the steak or in full.
  { name: "a filet well", turns: ["a filet well"], lines: [{ item: "filet", qty: 1, options: { doneness: "well-done" } }], confident: true },
  { name: "a filet medium well", turns: ["a filet medium well"], lines: [{ item: "filet", qty: 1, options: { doneness: "medium-well" } }], confident: true },
  { name: "well done filet", turns: ["well done filet"], lines: [{ item: "filet", qty: 1, options: { doneness: "well-done" } }], confident: true },
  // "oh wait" still corrects.
  { name: "a ribeye, oh wait, a filet", turns: ["a ribeye, oh wait, a filet"], lines: [{ item: "filet", qty: 1 }] },
]);

// "actually a filet" a turn after a ribeye: in its place, or beside it? Not answered alone.
notAloneTable("English: 'actually' before another of the kind ordered last", steakhouse, [
  { name: "a ribeye, then actually a filet", turns: ["a ribeye", "actually a filet"] },
  { name: "a ribeye, then actually a filet will do just as well", turns: ["a ribeye", "actually a filet will do just as well"] },
]);
phenomenonTable("English: 'actually' with a word that adds", steakhouse, [
  { name: "a ribeye, then actually also a filet", turns: ["a ribeye", "actually also a filet"], lines: [{ item: "ribeye", qty: 1 }, { item: "filet", qty: 1 }], confident: true },
  { name: "a ribeye, then actually a coke", turns: ["a ribeye", "actually a coke"], lines: [{ item: "ribeye", qty: 1 }, { item: "coke", qty: 1 }] },
]);

phenomenonTable("English: a question answered by the asker's own 'ok', then the order", menus.coffee(), [
  { name: "do you have oat milk ok then an oat latte", turns: ["do you have oat milk ok then an oat latte"], lines: [{ item: "latte", qty: 1, options: { milk: "oat" } }], confident: true },
  { name: "do you have oat milk ok", turns: ["do you have oat milk ok"], lines: [] },
]);
