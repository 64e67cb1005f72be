// One of the three turns the sealed blind rounds 113–115 answered alone and wrong, read at the
// session's end: "4 rose lychee and 4 earl grey macarons" → "actually make the earl grey ones
// black sesame" made one black sesame macaron of the four: "ones", the plural, was read as the
// number one. It points back at the things named before it and is never a count (atoms.ts;
// choice-by-its-first-word.ts reads "not the rainbow ones" with it as it did with the number).
// (The other two, "change the strawberry one to mango" that put the strawberries on the mango
// bingsu, and "한 장 더 추가해 주세요" of a blini counted in 장 that made a second blini, are left to
// the next session.)
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
