// English: a choice asked for by the start of its one-word name ("mush" for Mushrooms,
// "jalap" for Jalapenos), three letters or more, where the start names no other choice or
// word of the menu: that choice, as a guess (never answered alone). "pep" where the menu
// has Pepperoni and Peppers names neither.
import { en, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const shop = menuFrom({
  version: 1,
  store: { id: "clippings", name: { en: "Test Clippings" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "pizza", ...en("Pizza") }],
  optionGroups: [
    { id: "sauce", ...en("Sauce"), select: "one", default: "red", choices: [{ id: "red", ...en("Red sauce") }, { id: "white", ...en("White sauce") }] },
    {
      id: "toppings",
      ...en("Toppings"),
      select: "many",
      choices: [{ id: "mushrooms", ...en("Mushrooms") }, { id: "jalapenos", ...en("Jalapenos") }, { id: "pepperoni", ...en("Pepperoni") }, { id: "peppers", ...en("Peppers") }, { id: "sausage", ...en("Sausage") }],
    },
  ],
  items: [{ id: "pizza", category: "pizza", ...en("Cheese Pizza", ["pizza"]), price: 1000, optionGroups: ["sauce", "toppings"] }],
});

phenomenonTable("English: a choice by the start of its name", shop, [
  { name: "mush and jalap", turns: ["a pizza with mush and jalap"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["mushrooms", "jalapenos"] } }], confident: false },
  { name: "sausa, the start it shares with no word of the menu", turns: ["a pizza with sausa"], lines: [{ item: "pizza", qty: 1, options: { toppings: ["sausage"] } }], confident: false },
]);

notAloneTable("English: a start several names share", shop, [
  { name: "pep: Pepperoni or Peppers", turns: ["a pizza with pep"] },
  { name: "sau: Sausage or the sauce", turns: ["a pizza with sau"] },
]);
