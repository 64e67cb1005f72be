// English: "with everything", "everything on it", "everything but onions and olives",
// "hold the onions ... with everything else" (issue 9, sixth round): every choice of the
// item's one group of free things to put on it, less the refused ones. The group comes from
// the menu's shape; where two groups could be meant (or none), the turn is not answered alone.
import { en, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const veggies = ["lettuce", "tomato", "onion", "pickles", "olives"];

function sandwichMenu(opts: { sauceMax?: number } = {}) {
  return menuFrom({
    version: 1,
    store: { id: "everything-test", name: { en: "Test Subs" }, currency: "USD", languages: ["en"] },
    categories: [{ id: "subs", name: { en: "Subs" } }, { id: "drinks", name: { en: "Drinks" } }],
    optionGroups: [
      { id: "bread", name: { en: "Bread" }, select: "one", default: "white", choices: [{ id: "white", ...en("White") }, { id: "wheat", ...en("Wheat") }, { id: "rye", ...en("Rye") }] },
      {
        id: "veggies",
        ...en("Veggies", ["toppings"]),
        select: "many",
        choices: [{ id: "lettuce", ...en("Lettuce") }, { id: "tomato", ...en("Tomato", ["tomatoes"]) }, { id: "onion", ...en("Red onion", ["onions", "onion"]) }, { id: "pickles", ...en("Pickles", ["pickle"]) }, { id: "olives", ...en("Black olives", ["olives"]) }],
      },
      { id: "extras", name: { en: "Extras" }, select: "many", choices: [{ id: "bacon", ...en("Bacon"), price: 200 }, { id: "avocado", ...en("Avocado"), price: 150 }] },
      {
        id: "sauce",
        ...en("Sauces", ["sauce"]),
        select: "many",
        ...(opts.sauceMax ? { max: opts.sauceMax } : {}),
        choices: [{ id: "mayo", ...en("Mayo") }, { id: "mustard", ...en("Mustard") }, { id: "ranch", ...en("Ranch") }],
      },
      { id: "toast", name: { en: "Toasted" }, select: "one", default: "cold", choices: [{ id: "cold", ...en("Not toasted") }, { id: "toasted", ...en("Toasted") }] },
    ],
    items: [
      { id: "turkey", category: "subs", ...en("Turkey Sub", ["turkey"]), price: 899, optionGroups: ["bread", "veggies", "extras", "sauce", "toast"] },
      { id: "italian", category: "subs", ...en("Italian Sub", ["italian"]), price: 949, optionGroups: ["bread", "veggies", "extras", "sauce", "toast"] },
      { id: "cola", category: "drinks", ...en("Cola", ["coke"]), price: 199 },
    ],
  });
}

// Two sauces at most: "everything" cannot mean all three sauces, so the veggies it is.
const subs = sandwichMenu({ sauceMax: 2 });
const all = (except: string[] = []) => veggies.filter((v) => !except.includes(v));

phenomenonTable("English: everything on it", subs, [
  { name: "with everything", turns: ["a turkey on rye with everything"], lines: [{ item: "turkey", qty: 1, options: { bread: "rye", veggies: all() } }], confident: true },
  { name: "everything on it, then more said", turns: ["turkey on wheat everything on it toasted with mayo"], lines: [{ item: "turkey", qty: 1, options: { bread: "wheat", veggies: all(), sauce: ["mayo"], toast: "toasted" } }], confident: true },
  { name: "with everything but one", turns: ["an italian on wheat with everything but tomatoes toasted please"], lines: [{ item: "italian", qty: 1, options: { bread: "wheat", veggies: all(["tomato"]), toast: "toasted" } }], confident: true },
  { name: "everything but two, said before the item", turns: ["everything but onions and olives on an italian on rye"], lines: [{ item: "italian", qty: 1, options: { bread: "rye", veggies: all(["onion", "olives"]) } }], confident: true },
  { name: "everything except", turns: ["a turkey with everything except pickles"], lines: [{ item: "turkey", qty: 1, options: { veggies: all(["pickles"]) } }], confident: true },
  { name: "refused with no, everything else", turns: ["a turkey no onions with everything else"], lines: [{ item: "turkey", qty: 1, options: { veggies: all(["onion"]) } }], confident: true },
  { name: "hold the onions before the item, everything else", turns: ["hold the onions but give me a turkey on wheat with everything else"], lines: [{ item: "turkey", qty: 1, options: { bread: "wheat", veggies: all(["onion"]) } }] },
  { name: "the other item of the turn keeps its own options", turns: ["a turkey with everything and a coke"], lines: [{ item: "turkey", qty: 1, options: { veggies: all() } }, { item: "cola", qty: 1 }], confident: true },
  { name: "that's everything is no option", turns: ["a turkey on rye", "that's everything"], lines: [{ item: "turkey", qty: 1, options: { bread: "rye" } }] },
]);

// Sauces free and unlimited too: "everything" could mean the veggies or the sauces.
notAloneTable("English: everything where two groups could be meant", sandwichMenu(), [
  { name: "with everything", turns: ["a turkey on rye with everything"] },
  { name: "everything but onions", turns: ["a turkey with everything but onions"] },
]);
