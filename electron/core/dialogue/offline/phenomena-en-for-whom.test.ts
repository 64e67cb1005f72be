// "and one for her", "one for him too" a turn after an item: that many more of the line in
// hand, made like it — not the line set to one ("Sure, 1 cheesesteak", answered alone, in the
// fourth English red team's probes). "just one for me" still says how many in all.
import { menus, phenomenonTable } from "./test-helpers.ts";

const coffee = menus.coffee();
const latte = { size: "medium", temp: "hot", milk: "whole" };

phenomenonTable("a count for someone, a turn later, is more of the line in hand (English coffee)", coffee, [
  { name: "and one for her", turns: ["a latte", "and one for her"], lines: [{ item: "latte", qty: 2, options: latte }], confident: true },
  { name: "one for him too (its size kept)", turns: ["a large mocha", "one for him too"], lines: [{ item: "mocha", qty: 2, options: { size: "large" } }], confident: true },
  { name: "and one for my buddy", turns: ["an iced latte", "and one for my buddy"], lines: [{ item: "latte", qty: 2, options: { ...latte, temp: "iced" } }], confident: true },
  { name: "and two for the kids", turns: ["two lattes", "and two for the kids"], lines: [{ item: "latte", qty: 4, options: latte }] },
  // Two things in hand: more of which one is a guess.
  { name: "after a latte and a muffin: which one?", turns: ["a latte and a muffin", "and one for her"], lines: [{ item: "latte", qty: 1, options: latte }, { item: "muffin", qty: 2 }], confident: false },
  { name: "just one for me: how many in all", turns: ["a latte", "just one for me"], lines: [{ item: "latte", qty: 1, options: latte }] },
  // With a change said, another made so (another-like.ts), whom it is for aside.
  { name: "and one for her with oat milk", turns: ["a latte", "and one for her with oat milk"], lines: [{ item: "latte", qty: 1, options: latte }, { item: "latte", qty: 1, options: { ...latte, milk: "oat" } }] },
  { name: "and one for my son iced", turns: ["a latte", "and one for my son iced"], lines: [{ item: "latte", qty: 1, options: latte }, { item: "latte", qty: 1, options: { ...latte, temp: "iced" } }] },
  { name: "make it one for her: how many in all", turns: ["two lattes", "make it one for her"], lines: [{ item: "latte", qty: 1, options: latte }] },
]);

// "a mocha and another one for my buddy with whip": "another one" with options in one breath
// is a second one made so, the first left as said (the options had gone onto the first, alone);
// "and for her the same on oat" is a second one with the first's options but the milk. Both
// read the options across two lines of one item: not answered alone.
phenomenonTable("another one / the same, with options, in one breath (English coffee)", coffee, [
  {
    name: "a mocha and another one for my buddy with no whip",
    turns: ["a large mocha and another one for my buddy with no whip"],
    lines: [{ item: "mocha", qty: 1, options: { size: "large", whip: "whip" } }, { item: "mocha", qty: 1, options: { size: "large", whip: "none" } }],
    confident: false,
  },
  {
    name: "a latte with vanilla and for her the same with oat milk",
    turns: ["a large latte with vanilla and for her the same with oat milk"],
    lines: [{ item: "latte", qty: 1, options: { size: "large", syrup: ["vanilla"] } }, { item: "latte", qty: 1, options: { size: "large", milk: "oat", syrup: ["vanilla"] } }],
    confident: false,
  },
  { name: "a latte with oat milk and the same for her: two", turns: ["a latte with oat milk and the same for her"], lines: [{ item: "latte", qty: 2, options: { milk: "oat" } }], confident: true },
  { name: "a mocha and another one for my buddy: two", turns: ["a mocha and another one for my buddy"], lines: [{ item: "mocha", qty: 2 }] },
]);
