// English, meals that bundle other categories (issue 9, round 13): a meal sold as an item of
// its own that comes WITH the main ("make that a meal" orders both), its side and drink named
// like the sides and drinks sold alone ("onion rings for the side", "a root beer to drink"),
// a kids' pack whose main is a choice named like a piece of another item's name ("beef"), and
// a board name whose brackets nobody says. Against that, a combo that IS the item made bigger
// (it takes the burger's own options) still takes the burger's place. A hot-dog stand here,
// not the store the shape was seen in.
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const dogs = ["style", "toppings"];
const stand = menuFrom({
  version: 1,
  store: { id: "bundled-meals", name: { en: "Test Dogs" }, currency: "USD", languages: ["en"] },
  categories: [
    { id: "dogs", name: { en: "Dogs" } },
    { id: "deals", name: { en: "Deals" } },
    { id: "sides", name: { en: "Sides" } },
    { id: "drinks", name: { en: "Drinks" } },
  ],
  optionGroups: [
    { id: "style", ...en("Style"), select: "one", default: "bun", choices: [{ id: "bun", ...en("On a bun", ["bun"]) }, { id: "plate", ...en("Plate") }, { id: "basket", ...en("Basket") }] },
    { id: "toppings", ...en("Toppings"), select: "many", choices: [{ id: "kraut", ...en("Sauerkraut", ["kraut"]) }, { id: "relish", ...en("Relish") }] },
    { id: "deal-side", ...en("Deal side"), select: "one", default: "fries", choices: [{ id: "fries", ...en("Fries") }, { id: "rings", ...en("Onion rings", ["rings"]) }, { id: "slaw", ...en("Coleslaw", ["slaw"]) }] },
    { id: "deal-drink", ...en("Deal drink"), select: "one", choices: [{ id: "cola", ...en("Cola") }, { id: "root-beer", ...en("Root beer") }, { id: "water", ...en("Water") }] },
    { id: "pack-main", ...en("Pack main"), select: "one", default: "mini-beef", choices: [{ id: "mini-beef", ...en("Mini beef dog", ["beef"]) }, { id: "mini-veggie", ...en("Mini veggie dog") }] },
    { id: "pack-side", ...en("Pack side"), select: "one", default: "fries", choices: [{ id: "fries", ...en("Fries") }, { id: "slaw", ...en("Coleslaw") }] },
    { id: "pack-drink", ...en("Pack drink"), select: "one", default: "water", choices: [{ id: "water", ...en("Water") }, { id: "cola", ...en("Cola") }] },
  ],
  items: [
    { id: "beef-dog", category: "dogs", ...en("Beef frank"), price: 500, optionGroups: dogs },
    { id: "brat", category: "dogs", ...en("Bratwurst", ["brat"]), price: 600, optionGroups: dogs },
    { id: "veggie-dog", category: "dogs", ...en("Veggie dog"), price: 500, optionGroups: dogs },
    { id: "deal", category: "deals", ...en("Value deal (side + drink)"), price: 400, optionGroups: ["deal-side", "deal-drink"] },
    { id: "pack", category: "deals", ...en("Kids pack", ["kids meal"]), price: 600, optionGroups: ["pack-main", "pack-side", "pack-drink"] },
    { id: "fries", category: "sides", ...en("Fries"), price: 300 },
    { id: "rings", category: "sides", ...en("Onion rings", ["rings"]), price: 350 },
    { id: "slaw", category: "sides", ...en("Coleslaw", ["slaw"]), price: 250 },
    { id: "cola", category: "drinks", ...en("Cola"), price: 200 },
    { id: "root-beer", category: "drinks", ...en("Root beer"), price: 200 },
    { id: "water", category: "drinks", ...en("Water"), price: 150 },
  ],
});

phenomenonTable("English: a meal that comes with the main", stand, [
  { name: "a piece of a name that is otherwise only a kids pack's choice names the item", turns: ["a beef plate"], lines: [{ item: "beef-dog", qty: 1, options: { style: "plate" } }] },
  { name: "... counted, with a choice of its own", turns: ["two beef baskets with kraut"], lines: [{ item: "beef-dog", qty: 2, options: { style: "basket", toppings: ["kraut"] } }] },
  { name: "... and still the pack's choice where the pack is ordered", turns: ["a kids pack with beef and coleslaw"], lines: [{ item: "pack", qty: 1, options: { "pack-main": "mini-beef", "pack-side": "slaw" } }] },
  { name: "the board's bracket is not said: 'a value deal'", turns: ["a value deal with rings and a water"], lines: [{ item: "deal", qty: 1, options: { "deal-side": "rings", "deal-drink": "water" } }], confident: true },
  { name: "a main and its deal in one breath, the deal's side and drink named like things sold alone", turns: ["a brat basket value deal with slaw and a root beer"], lines: [{ item: "brat", qty: 1, options: { style: "basket" } }, { item: "deal", qty: 1, options: { "deal-side": "slaw", "deal-drink": "root-beer" } }] },
  { name: "'make that a value deal' orders the deal with the main, not in its place", turns: ["a veggie dog", "can I make that a value deal with slaw and a water"], lines: [{ item: "veggie-dog", qty: 1 }, { item: "deal", qty: 1, options: { "deal-side": "slaw", "deal-drink": "water" } }] },
  { name: "'for the side' and 'to drink' say what part of the deal a thing is", turns: ["a brat", "make that a value deal, rings for the side and a cola to drink"], lines: [{ item: "brat", qty: 1 }, { item: "deal", qty: 1, options: { "deal-side": "rings", "deal-drink": "cola" } }] },
  { name: "the answer to the deal's drink question takes its side said with it", turns: ["a brat", "a value deal", "rings and a root beer with that"], lines: [{ item: "brat", qty: 1 }, { item: "deal", qty: 1, options: { "deal-side": "rings", "deal-drink": "root-beer" } }], confident: true },
  { name: "rings alone after the deal is settled are rings", turns: ["a brat", "a value deal with fries and a cola", "and onion rings"], lines: [{ item: "brat", qty: 1 }, { item: "deal", qty: 1, options: { "deal-side": "fries", "deal-drink": "cola" } }, { item: "rings", qty: 1 }] },
]);

const grill = menuFrom({
  version: 1,
  store: { id: "upgrade-combos", name: { en: "Test Grill" }, currency: "USD", languages: ["en"] },
  categories: [
    { id: "burgers", name: { en: "Burgers" } },
    { id: "combos", name: { en: "Combos" } },
    { id: "sides", name: { en: "Sides" } },
    { id: "drinks", name: { en: "Drinks" } },
  ],
  optionGroups: [
    { id: "doneness", ...en("Doneness"), select: "one", default: "medium", choices: [{ id: "medium", ...en("Medium") }, { id: "well", ...en("Well done") }] },
    { id: "combo-side", ...en("Combo side"), select: "one", default: "fries", choices: [{ id: "fries", ...en("Fries") }, { id: "rings", ...en("Onion rings") }] },
    { id: "combo-drink", ...en("Combo drink"), select: "one", default: "cola", choices: [{ id: "cola", ...en("Cola") }, { id: "lemonade", ...en("Lemonade") }] },
  ],
  items: [
    { id: "cheeseburger", category: "burgers", ...en("Cheeseburger"), price: 700, optionGroups: ["doneness"] },
    { id: "cheeseburger-combo", category: "combos", ...en("Cheeseburger combo"), price: 1000, optionGroups: ["doneness", "combo-side", "combo-drink"] },
    { id: "fries", category: "sides", ...en("Fries"), price: 300 },
    { id: "rings", category: "sides", ...en("Onion rings"), price: 350 },
    { id: "cola", category: "drinks", ...en("Cola"), price: 200 },
    { id: "lemonade", category: "drinks", ...en("Lemonade"), price: 250 },
  ],
});

phenomenonTable("English: a combo that is the item made bigger", grill, [
  { name: "'make that a cheeseburger combo' takes the burger's place", turns: ["a cheeseburger well done", "make that a cheeseburger combo with onion rings"], lines: [{ item: "cheeseburger-combo", qty: 1, options: { doneness: "well", "combo-side": "rings" } }] },
]);

// A meal whose drink is chosen the way the fountain drink sold alone is (its flavour and
// size groups), and whose side is a thing sold alone.
const deli = menuFrom({
  version: 1,
  store: { id: "deal-drinks", name: { en: "Test Deli" }, currency: "USD", languages: ["en"] },
  categories: [
    { id: "sandwiches", name: { en: "Sandwiches" } },
    { id: "deals", name: { en: "Deals" } },
    { id: "sides", name: { en: "Sides" } },
    { id: "drinks", name: { en: "Drinks" } },
  ],
  optionGroups: [
    { id: "bread", ...en("Bread"), select: "one", default: "white", choices: [{ id: "white", ...en("White") }, { id: "rye", ...en("Rye") }] },
    { id: "deal-side", ...en("Deal side"), select: "one", default: "chips", choices: [{ id: "chips", ...en("Chips") }, { id: "soup", ...en("Soup") }] },
    { id: "pop", ...en("Pop"), select: "one", default: "cola", choices: [{ id: "cola", ...en("Cola") }, { id: "ginger", ...en("Ginger ale") }] },
    { id: "pop-size", ...en("Pop size"), select: "one", default: "medium", choices: [{ id: "medium", ...en("Medium") }, { id: "large", ...en("Large") }] },
  ],
  items: [
    { id: "ham", category: "sandwiches", ...en("Ham sandwich"), price: 700, optionGroups: ["bread"] },
    { id: "turkey", category: "sandwiches", ...en("Turkey sandwich"), price: 750, optionGroups: ["bread"] },
    { id: "deal", category: "deals", ...en("Lunch deal (side + drink)"), price: 300, optionGroups: ["deal-side", "pop", "pop-size"] },
    { id: "chips", category: "sides", ...en("Chips"), price: 150 },
    { id: "soup", category: "sides", ...en("Soup"), price: 400 },
    { id: "pop", category: "drinks", ...en("Fountain pop"), price: 200, optionGroups: ["pop", "pop-size"] },
  ],
});

phenomenonTable("English: a meal's drink chosen like the drink sold alone", deli, [
  { name: "'two colas' are the drink sold alone, not two deals", turns: ["a ham sandwich and two colas"], lines: [{ item: "ham", qty: 1 }, { item: "pop", qty: 2, options: { pop: "cola" } }] },
  { name: "'make them both lunch deals': one with each", turns: ["two ham sandwiches on rye, and make them both lunch deals with ginger ale"], lines: [{ item: "ham", qty: 2, options: { bread: "rye" } }, { item: "deal", qty: 2, options: { pop: "ginger" } }] },
  { name: "... a turn later", turns: ["two turkey sandwiches", "make them both lunch deals"], lines: [{ item: "turkey", qty: 2 }, { item: "deal", qty: 2 }] },
  { name: "'make it a lunch deal' of one sandwich: one deal, the sandwich kept", turns: ["a turkey sandwich", "make it a lunch deal with soup"], lines: [{ item: "turkey", qty: 1 }, { item: "deal", qty: 1, options: { "deal-side": "soup" } }] },
  { name: "'not the turkey, I meant ham': the options said for the one taken off stay", turns: ["a turkey sandwich on rye", "sorry, not the turkey, I meant ham"], lines: [{ item: "ham", qty: 1, options: { bread: "rye" } }] },
]);
