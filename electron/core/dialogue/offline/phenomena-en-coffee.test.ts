// English coffee talk over several turns (issue 9, fourth round): "Caffè Mocha" ordered as
// "a mocha", "no whip" where the menu says "with whip", "no whip on either" for the two
// drinks just ordered, "the same thing but hot for my coworker".
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const bar = menuFrom({
  version: 1,
  store: { id: "coffee-bar", name: { en: "Test Coffee Bar" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "espresso", ...en("Espresso") }, { id: "other", ...en("Other drinks") }],
  optionGroups: [
    { id: "cup", ...en("Size"), select: "one", choices: [{ id: "small", ...en("Small") }, { id: "large", ...en("Large") }] },
    { id: "temp", ...en("Temperature"), select: "one", default: "hot", choices: [{ id: "hot", ...en("Hot") }, { id: "iced", ...en("Iced") }] },
    { id: "whip", ...en("Whipped cream"), select: "one", default: "whip", choices: [{ id: "whip", ...en("With whipped cream", ["with whip"]) }, { id: "no-whip", ...en("No whipped cream", ["without whip"]) }] },
    { id: "shots", ...en("Extra shots"), select: "count", default: 0, min: 0, max: 3, unitPrice: 80 },
  ],
  items: [
    { id: "mocha", category: "espresso", ...en("Caffè Mocha"), price: 500, optionGroups: ["cup", "temp", "whip", "shots"] },
    { id: "latte", category: "espresso", ...en("Caffè Latte"), price: 450, optionGroups: ["cup", "temp", "shots"] },
    { id: "macchiato", category: "espresso", ...en("Caramel Macchiato"), price: 520, optionGroups: ["cup", "temp", "shots"] },
    { id: "cocoa", category: "other", ...en("Hot Chocolate"), price: 400, optionGroups: ["cup", "whip"] },
  ],
});

// Rows whose last turn is a refusal once the cart has lines expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("English coffee: names, whip, either, the same thing but", bar, [
  { name: "'a mocha' for Caffè Mocha", turns: ["a large mocha"], lines: [{ item: "mocha", qty: 1, options: { cup: "large" } }], confident: true },
  { name: "no whip a turn later, the menu saying 'with whip'", turns: ["i'd like a mocha", "large", "no whip"], lines: [{ item: "mocha", qty: 1, options: { cup: "large", whip: "no-whip" } }], confident: false },
  { name: "no whip in the same breath", turns: ["a large mocha no whip"], lines: [{ item: "mocha", qty: 1, options: { cup: "large", whip: "no-whip" } }], confident: true },
  { name: "no whip on either: both drinks just ordered", turns: ["a large hot chocolate", "and a large mocha", "no whip on either"], lines: [{ item: "cocoa", qty: 1, options: { cup: "large", whip: "no-whip" } }, { item: "mocha", qty: 1, options: { cup: "large", whip: "no-whip" } }], confident: false },
  { name: "the same thing but hot for my coworker", turns: ["a large iced caramel macchiato with an extra shot", "and the same thing but hot for my coworker"], lines: [{ item: "macchiato", qty: 1, options: { cup: "large", temp: "iced", shots: 1 } }, { item: "macchiato", qty: 1, options: { cup: "large", temp: "hot", shots: 1 } }] },
]);
