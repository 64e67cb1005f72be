// English refusals that stayed on screen with no model (issue 9, "refusals are never orders"):
// "actually lose the mushrooms" (lose the: a removal word); "no onions with provolone" where
// the menu calls its with-onions choice "with" too (the linking word before provolone, not the
// choice); "no whip ... just plain" where "plain" is also a piece of another item's name (it
// says how this one comes); "no fries, onion rings instead, on the fish basket" (the plate's
// side, said before the plate); "just two in the stack" for a count called "Pancakes in the
// stack"; "no lemonade actually, two sparkling waters" (the count said again, not two more).
// Turns that take something back as a correction still go to the model (confident: false,
// accounting.ts); the carts are the reading applied when there is no model.
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const diner = menuFrom({
  version: 1,
  store: { id: "refused-en", name: { en: "Diner" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "main", ...en("Mains") }, { id: "sweet", ...en("Sweets") }, { id: "side", ...en("Sides") }, { id: "drink", ...en("Drinks") }],
  optionGroups: [
    { id: "onions", ...en("Fried onions"), select: "one", default: "wit", choices: [{ id: "wit", ...en("With onions", ["with", "wit"]) }, { id: "witout", ...en("No onions", ["without onions"]) }] },
    { id: "cheese", ...en("Cheese"), select: "one", default: "american", choices: [{ id: "american", ...en("American") }, { id: "provolone", ...en("Provolone") }] },
    { id: "toppings", ...en("Toppings"), select: "many", choices: [{ id: "mushrooms", ...en("Mushrooms") }, { id: "bacon", ...en("Bacon") }, { id: "avocado", ...en("Avocado") }] },
    { id: "whip", ...en("Whipped cream"), select: "one", default: "yes", choices: [{ id: "yes", ...en("With whipped cream", ["whip"]) }, { id: "no", ...en("No whipped cream", ["no whip"]) }] },
    { id: "scoops", ...en("Ice cream scoops", ["ice cream"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 200 },
    { id: "cakes", ...en("Pancakes in the stack"), select: "count", default: 3, min: 1, max: 5, unitPrice: 150 },
    { id: "side", ...en("Side"), select: "one", default: "fries", choices: [{ id: "fries", ...en("Fries") }, { id: "rings", ...en("Onion rings") }] },
    { id: "slaw", ...en("Coleslaw"), select: "one", default: "with-slaw", choices: [{ id: "with-slaw", ...en("Coleslaw", ["slaw"]) }, { id: "no-slaw", ...en("No slaw") }] },
  ],
  items: [
    { id: "steak", category: "main", ...en("Steak sandwich"), price: 1100, optionGroups: ["onions", "cheese", "toppings"] },
    { id: "burger", category: "main", ...en("Burger"), price: 900, optionGroups: ["toppings"] },
    { id: "basket", category: "main", ...en("Fish basket"), price: 1300, optionGroups: ["side", "slaw"] },
    { id: "waffle", category: "sweet", ...en("Sugar waffle"), price: 800, optionGroups: ["whip", "scoops"] },
    { id: "crepe", category: "sweet", ...en("Sweet crepe", ["plain crepe"]), price: 700, optionGroups: ["whip"] },
    { id: "pancakes", category: "sweet", ...en("Pancakes"), price: 900, optionGroups: ["cakes"] },
    { id: "fries", category: "side", ...en("Fries"), price: 300 },
    { id: "rings", category: "side", ...en("Onion rings"), price: 400 },
    { id: "lemonade", category: "drink", ...en("Lemonade"), price: 300 },
    { id: "water", category: "drink", ...en("Sparkling water"), price: 200 },
    { id: "ipa", category: "drink", ...en("Hop Yard IPA", ["ipa", "the ipa"]), price: 700 },
  ],
});

phenomenonTable("English: refused things are not kept", diner, [
  { name: "actually lose the mushrooms", turns: ["a burger with bacon and mushrooms", "actually lose the mushrooms"], lines: [{ item: "burger", qty: 1, options: { toppings: ["bacon"] } }], confident: false },
  { name: "no onions with provolone (with: also a choice's name)", turns: ["a steak sandwich no onions with provolone"], lines: [{ item: "steak", qty: 1, options: { onions: "witout", cheese: "provolone" } }], confident: true },
  { name: "with onions still the choice", turns: ["a steak sandwich with onions"], lines: [{ item: "steak", qty: 1, options: { onions: "wit" } }] },
  { name: "no whip no ice cream just plain", turns: ["a sugar waffle no whip no ice cream just plain"], lines: [{ item: "waffle", qty: 1, options: { whip: "no", scoops: 0 } }] },
  { name: "a sugar waffle and a plain: still two things", turns: ["a sugar waffle and a plain crepe"], lines: [{ item: "waffle", qty: 1 }, { item: "crepe", qty: 1 }] },
  { name: "no fries, onion rings instead, on the fish basket", turns: ["no fries, onion rings instead, on the fish basket, and no slaw either"], lines: [{ item: "basket", qty: 1, options: { side: "rings", slaw: "no-slaw" } }] },
  { name: "onion rings instead of fries on the fish basket", turns: ["onion rings instead of fries on the fish basket"], lines: [{ item: "basket", qty: 1, options: { side: "rings" } }] },
  { name: "pancakes but just two in the stack", turns: ["pancakes but just two in the stack"], lines: [{ item: "pancakes", qty: 1, options: { cakes: 2 } }] },
  // ("the ipa" is one of the menu's names, so the "the" is the name's, not the removal phrase's.)
  { name: "scratch the ipa (a name spelled with its article)", turns: ["a lemonade and an ipa", "scratch the ipa"], lines: [{ item: "lemonade", qty: 1 }], confident: true },
  { name: "lose the ipa", turns: ["a lemonade and an ipa", "lose the ipa"], lines: [{ item: "lemonade", qty: 1 }], confident: true },
  { name: "ditch the ipa", turns: ["a lemonade and an ipa", "ditch the ipa"], lines: [{ item: "lemonade", qty: 1 }], confident: true },
  { name: "scratch the ipa give me a lemonade", turns: ["an ipa", "scratch the ipa give me a lemonade"], lines: [{ item: "lemonade", qty: 1 }] },
  { name: "no lemonade actually, two sparkling waters", turns: ["one lemonade, one sparkling water", "no lemonade actually, two sparkling waters"], lines: [{ item: "water", qty: 2 }], confident: false },
]);
