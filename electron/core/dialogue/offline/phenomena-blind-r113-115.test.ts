// One of the three turns the sealed blind rounds 113–115 answered alone and wrong, read at the
// session's end: "4 rose lychee and 4 earl grey macarons" → "actually make the earl grey ones
// black sesame" made one black sesame macaron of the four: "ones", the plural, was read as the
// number one. It points back at the things named before it and is never a count (atoms.ts;
// choice-by-its-first-word.ts reads "not the rainbow ones" with it as it did with the number).
// The other two, read at the next session's start: "change the strawberry one to mango" put
// the strawberries on the mango bingsu ("the" before the word of a line in hand points at that
// line, item-or-choice.ts), and "한 장 더 추가해 주세요" of a blini counted in 장 made a second blini
// (the counter names the counted add-on, extra-counted-by-its-counter.ts).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const en = (name: string) => ({ name: { en: name } });
const shop = menuFrom({
  version: 1,
  store: { id: "blind-r113-115", name: { en: "Macaron Corner" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "macarons", ...en("Macarons") }, { id: "ices", ...en("Ices") }],
  optionGroups: [{ id: "sprinkles", ...en("Sprinkles"), select: "many", choices: [{ id: "rainbow", ...en("Rainbow sprinkles") }, { id: "choc", ...en("Chocolate sprinkles") }] }],
  items: [
    { id: "rose", category: "macarons", ...en("Rose Lychee Macaron"), aliases: { en: ["rose lychee"] }, price: 275 },
    { id: "earl-grey", category: "macarons", ...en("Earl Grey Macaron"), aliases: { en: ["earl grey"] }, price: 275 },
    { id: "sesame", category: "macarons", ...en("Black Sesame Macaron"), aliases: { en: ["black sesame"] }, price: 300 },
    { id: "custard", category: "ices", ...en("Frozen Custard"), aliases: { en: ["custard"] }, price: 450, optionGroups: ["sprinkles"] },
  ],
});

phenomenonTable("\"the X ones\" point back at the line; \"ones\" counts nothing", shop, [
  { name: "4 and 4 → make the earl grey ones black sesame", turns: ["4 rose lychee and 4 earl grey macarons", "actually make the earl grey ones black sesame"], lines: [{ item: "rose", qty: 4 }, { item: "sesame", qty: 4 }], confident: true },
  { name: "4 and 4 → change the earl grey ones to black sesame", turns: ["4 rose lychee and 4 earl grey macarons", "change the earl grey ones to black sesame"], lines: [{ item: "rose", qty: 4 }, { item: "sesame", qty: 4 }] },
  // (Guard: "not the rainbow ones" still names the sprinkles by their first word.)
  { name: "a custard with rainbow sprinkles → not the rainbow ones, chocolate sprinkles instead", turns: ["a custard with rainbow sprinkles", "oh not the rainbow ones, chocolate sprinkles instead"], lines: [{ item: "custard", qty: 1, options: { sprinkles: ["choc"] } }] },
]);

const ices = menuFrom({
  version: 1,
  store: { id: "blind-r113-115-ices", name: { en: "Snow Bowl" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "ices", ...en("Shaved ice") }],
  optionGroups: [{ id: "toppings", ...en("Toppings"), select: "many", choices: [{ id: "berries", ...en("Fresh strawberries"), aliases: { en: ["strawberries", "strawberry"] } }, { id: "mochi", ...en("Mochi") }] }],
  items: [
    { id: "redbean", category: "ices", ...en("Red Bean Ice"), aliases: { en: ["red bean"] }, price: 900, optionGroups: ["toppings"] },
    { id: "strawberry", category: "ices", ...en("Strawberry Ice"), aliases: { en: ["strawberry"] }, price: 1000, optionGroups: ["toppings"] },
    { id: "mango", category: "ices", ...en("Mango Ice"), aliases: { en: ["mango"] }, price: 1000, optionGroups: ["toppings"] },
  ],
});

phenomenonTable("\"the X one\" of a line in hand points at it, though X also names a topping", ices, [
  { name: "change the strawberry one to mango", turns: ["one red bean ice and one strawberry ice", "wait, change the strawberry one to mango"], lines: [{ item: "redbean", qty: 1 }, { item: "mango", qty: 1 }], confident: true },
  { name: "make the strawberry one a mango", turns: ["one red bean ice and one strawberry ice", "make the strawberry one a mango"], lines: [{ item: "redbean", qty: 1 }, { item: "mango", qty: 1 }] },
  { name: "change the strawberry to mango", turns: ["one red bean ice and one strawberry ice", "change the strawberry to mango"], lines: [{ item: "redbean", qty: 1 }, { item: "mango", qty: 1 }] },
  // (Guard: said with "with", the word is the topping.)
  { name: "a mango ice with strawberries", turns: ["a mango ice with strawberries"], lines: [{ item: "mango", qty: 1, options: { toppings: ["berries"] } }] },
]);

const ko = (name: string) => ({ name: { ko: name } });
const crepes = menuFrom({
  version: 1,
  store: { id: "blind-r113-115-crepes", name: { ko: "크레페 집" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "crepes", ...ko("크레페") }],
  optionGroups: [
    { id: "extra-sheet", ...ko("크레페 추가 (장)"), select: "count", min: 0, max: 3, default: 0, unitPrice: 1500, aliases: { ko: ["한 장 추가"] } },
    { id: "filling", ...ko("속"), select: "one", choices: [{ id: "ham", ...ko("햄 치즈") }, { id: "jam", ...ko("딸기잼"), aliases: { ko: ["잼"] } }] },
  ],
  items: [
    { id: "crepe", category: "crepes", ...ko("크레페 (3장)"), aliases: { ko: ["크레페"] }, price: 7000, optionGroups: ["filling", "extra-sheet"] },
    { id: "toast", category: "crepes", ...ko("토스트"), price: 4000 },
  ],
});

phenomenonTable("\"한 장 더\" of an item sold by three 장 with a counted add-on by the 장: one more of the add-on", crepes, [
  { name: "크레페 하나 → 잼으로요 → 한 장 더 추가해 주세요", turns: ["크레페 하나 주세요", "잼으로요", "아 그리고 한 장 더 추가해 주세요"], lines: [{ item: "crepe", qty: 1, options: { filling: "jam", "extra-sheet": 1 } }] },
  { name: "두 장 더 주세요", turns: ["크레페 잼으로 하나요", "두 장 더 주세요"], lines: [{ item: "crepe", qty: 1, options: { filling: "jam", "extra-sheet": 2 } }] },
  // (Guard: "하나 더" is one more crepe.)
  { name: "하나 더 주세요", turns: ["크레페 잼으로 하나요", "하나 더 주세요"], lines: [{ item: "crepe", qty: 2, options: { filling: "jam" } }] },
]);
