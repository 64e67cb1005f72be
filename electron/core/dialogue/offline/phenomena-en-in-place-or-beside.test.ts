// A later turn that names a new thing where a cashier would ask whether it goes in place of
// what is in the order or beside it (in-place-or-beside.ts): the fifth English red team of
// rounds 36–37 found these answered alone with the old line kept. Each is a guess now; the
// best reading is unchanged. (English only: Korean says 말고/대신, read elsewhere.)
import { menuFrom, en, phenomenonTable, notAloneTable } from "./test-helpers.ts";

const stand = () =>
  menuFrom({
    version: 1,
    store: { id: "in-place", name: { en: "Stand" }, currency: "USD", languages: ["en"] },
    categories: [{ id: "plates", ...en("Plates") }, { id: "sides", ...en("Sides") }, { id: "sweets", ...en("Sweets") }],
    optionGroups: [
      { id: "sides2", ...en("Two sides"), select: "many", choices: [{ id: "fries", ...en("Fries") }, { id: "slaw", ...en("Slaw") }, { id: "corn", ...en("Corn") }] },
      { id: "kind", ...en("Kind"), select: "one", default: "sweet", choices: [{ id: "sweet", ...en("Sweet") }, { id: "plain", ...en("Plain") }] },
      { id: "toppers", ...en("Add-ons"), select: "many", choices: [{ id: "pie", ...en("Pie", ["pie slice"]) }] },
      { id: "main", ...en("Main"), select: "one", choices: [{ id: "pork", ...en("Pork") }, { id: "beef", ...en("Beef") }] },
      { id: "mains", ...en("Mains"), select: "many", choices: [{ id: "pork", ...en("Pork") }, { id: "beef", ...en("Beef") }] },
    ],
    items: [
      { id: "plate", category: "plates", ...en("Chicken plate"), price: 10, optionGroups: ["sides2"] },
      { id: "side-corn", category: "sides", ...en("Side of corn", ["corn"]), price: 3 },
      { id: "cake", category: "sweets", ...en("Cake"), price: 4, optionGroups: ["kind", "toppers"] },
      { id: "pie", category: "sweets", ...en("Pie slice", ["pie"]), price: 4 },
      { id: "juice", category: "sides", ...en("Juice"), price: 2 },
      { id: "one-plate", category: "plates", ...en("One item plate", ["pick one"]), price: 9, optionGroups: ["main"] },
      { id: "two-plate", category: "plates", ...en("Two item plate", ["pick two"]), price: 12, optionGroups: ["mains"] },
    ],
  });

const cake = (kind = "sweet", toppers: string[] = []) => ({ item: "cake", qty: 1, options: { kind, toppers } });

phenomenonTable("a thing said beside what was ordered stays answered alone (English)", stand(), [
  { name: "actually a juice too: beside", turns: ["a cake", "actually a juice too"], lines: [cake(), { item: "juice", qty: 1 }], confident: true },
  // (Of the one line in hand, "actually just" says in place: just-the-part.ts.)
  { name: "actually just a juice after a cake: in place", turns: ["a cake", "actually just a juice"], lines: [{ item: "juice", qty: 1 }], confident: true },
  // (The pick one's main is one of the pick two's: line-changes.ts carries it over.)
  { name: "make it a pick two with beef after pick one pork: both mains", turns: ["pick one pork", "make it a pick two with beef"], lines: [{ item: "two-plate", qty: 1, options: { mains: ["pork", "beef"] } }], confident: true },
]);

// (Their best reading is still the old one beside the new, or the same cake: not asserted here.)
notAloneTable("the plate's choice or a thing sold alone, an item swapped (English)", stand(), [
  { name: "the other one after a sweet cake: which other? a guess", turns: ["a sweet cake", "the other one"] },
  // (A guess before in-place-or-beside.ts too: a refusal once the cart has lines, risky-shapes.ts.)
  { name: "never mind the slaw, corn: the plate's side or a side order? a guess", turns: ["a chicken plate with fries and slaw", "never mind the slaw, corn"] },
  { name: "let me do fries and corn: the plate's sides said again? a guess", turns: ["a chicken plate with fries and slaw", "let me do fries and corn"] },
  { name: "change that to a pie after a cake: the cake's add-on or the pie? a guess", turns: ["a cake", "change that to a pie"] },
]);
