// The English turns of the blind rounds 116–122 answered alone and wrong that are not counts nor
// a set's parts, read at the next session's start, and the families around them:
// - r117b-013 "two plates of blueberry pierogi, no wait, make that three plates, with sour cream":
//   the measure said again after the correction is the measure (measure-said-again.ts), and a
//   measure said again as one of several items it half names is a guess.
// - r119d-009 "vanilla" → "dipped in chocolate": the topping "Chocolate dip" said around "in", not
//   the flavour chocolate (choice-named-around-in.ts); a one-of answer changed into a word of a
//   choice put on in the same turn is a guess (choice-word-inside-another.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const en = (name: string) => ({ name: { en: name } });
const dumplings = menuFrom({
  version: 1,
  store: { id: "blind-r116-122-a-dumplings", name: { en: "Dumpling Counter" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "dumplings", ...en("Dumplings") }, { id: "mains", ...en("Mains") }],
  optionGroups: [{ id: "topping", ...en("Topping"), select: "many", choices: [{ id: "cream", ...en("Sour cream") }, { id: "onion", ...en("Fried onion") }] }],
  items: [
    { id: "cherry", category: "dumplings", ...en("Cherry dumplings (8)"), aliases: { en: ["cherry dumplings"] }, price: 900, optionGroups: ["topping"] },
    { id: "potato", category: "dumplings", ...en("Potato dumplings (8)"), aliases: { en: ["potato dumplings"] }, price: 850, optionGroups: ["topping"] },
    { id: "sampler", category: "dumplings", ...en("Dumpling sampler plate"), aliases: { en: ["sampler plate"] }, price: 1200, optionGroups: ["topping"] },
    { id: "cutlet", category: "mains", ...en("Pork cutlet"), aliases: { en: ["cutlet plate"] }, price: 1400 },
  ],
});

phenomenonTable("a measure said again with the count meant after a correction", dumplings, [
  { name: "two plates of X, no wait, make that three plates, with sour cream", turns: ["Two plates of cherry dumplings, no wait, make that three plates, with sour cream"], lines: [{ item: "cherry", qty: 3, options: { topping: ["cream"] } }], confident: true },
  { name: "two plates of X, no wait, three plates", turns: ["two plates of potato dumplings, no wait, three plates"], lines: [{ item: "potato", qty: 3 }], confident: true },
  // (Guards: the count corrected without the measure, and the plate named whole.)
  { name: "two X, no wait, make that three", turns: ["two cherry dumplings, no wait, make that three"], lines: [{ item: "cherry", qty: 3 }], confident: true },
  { name: "two plates of X and a sampler plate", turns: ["two plates of cherry dumplings and a sampler plate"], lines: [{ item: "cherry", qty: 2 }, { item: "sampler", qty: 1 }], confident: true },
]);

notAloneTable("a measure said again as one of the items it half names", dumplings, [
  { name: "two plates of X and three plates with sour cream", turns: ["two plates of cherry dumplings and three plates with sour cream"] },
]);

const cones = menuFrom({
  version: 1,
  store: { id: "blind-r116-122-a-cones", name: { en: "Cone Stand" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "sweets", ...en("Sweets") }],
  optionGroups: [
    { id: "flavor", ...en("Flavor"), select: "one", choices: [{ id: "vanilla", ...en("Vanilla") }, { id: "caramel", ...en("Caramel") }, { id: "mint", ...en("Mint") }] },
    { id: "top", ...en("Toppings"), select: "many", choices: [{ id: "dip", ...en("Caramel dip"), aliases: { en: ["dipped", "caramel dipped", "dip"] } }, { id: "nuts", ...en("Nuts") }] },
  ],
  items: [{ id: "cone", category: "sweets", ...en("Frozen custard"), aliases: { en: ["cone", "custard cone"] }, price: 400, optionGroups: ["flavor", "top"] }],
});

phenomenonTable("a topping said in two pieces around \"in\" keeps the flavour", cones, [
  { name: "cone → vanilla → dipped in caramel", turns: ["custard cone please", "vanilla", "dipped in caramel"], lines: [{ item: "cone", qty: 1, options: { flavor: "vanilla", top: ["dip"] } }], confident: true },
  { name: "a vanilla cone dipped in caramel", turns: ["a vanilla cone dipped in caramel"], lines: [{ item: "cone", qty: 1, options: { flavor: "vanilla", top: ["dip"] } }], confident: true },
  // (Guards: the flavour said on its own still changes the flavour; the dip said whole.)
  { name: "a vanilla cone → make it caramel", turns: ["a vanilla cone", "make it caramel"], lines: [{ item: "cone", qty: 1, options: { flavor: "caramel" } }] },
  { name: "a mint cone with caramel dip", turns: ["a mint cone with caramel dip"], lines: [{ item: "cone", qty: 1, options: { flavor: "mint", top: ["dip"] } }], confident: true },
]);

// r120c-029 "we'll stand here and eat": eat-in (language.ts EATIN_PHRASES); r116e-016 "that's too
// long, I'll cancel", r117b-021 "my wallet's in the car. cancel that": leaving, the whole order
// cancelled, a guess (leaving.ts); r118e-026 "nothing for me then" after an offer: no, though
// "nothing" is a sauce's none (phrase-choice.ts); r120e-019 "with potato salad, uh, no, with fries"
// where another item's sides are headed "With": the linking word (link-word-aliases.ts).
const grill = menuFrom({
  version: 1,
  store: { id: "blind-r116-122-a-grill", name: { en: "Sausage Stand" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "mains", ...en("Mains") }, { id: "drinks", ...en("Drinks") }],
  optionGroups: [
    { id: "side", ...en("Side"), select: "one", choices: [{ id: "fries", ...en("Pommes frites"), aliases: { en: ["fries"] } }, { id: "salad", ...en("Potato salad") }] },
    { id: "with", ...en("With"), select: "one", default: "roll", choices: [{ id: "roll", ...en("Bread roll"), aliases: { en: ["roll"] } }, { id: "chips", ...en("Pommes"), aliases: { en: ["fries"] } }] },
    { id: "sauce", ...en("Sauce"), select: "one", default: "none", choices: [{ id: "none", ...en("No sauce"), aliases: { en: ["nothing"] } }, { id: "brown", ...en("Brown sauce") }] },
  ],
  orderOptions: [{ id: "dining", ...en("Eat at the stand or take away"), select: "one", default: "togo", choices: [{ id: "togo", ...en("Take away"), aliases: { en: ["to go"] } }, { id: "here", ...en("At the tables"), aliases: { en: ["eat here", "for here"] } }] }],
  items: [
    { id: "schnitzel", category: "mains", ...en("Pork schnitzel"), aliases: { en: ["schnitzel"] }, price: 1400, optionGroups: ["side"] },
    { id: "wurst", category: "mains", ...en("Bratwurst"), price: 800, optionGroups: ["with"] },
    { id: "butty", category: "mains", ...en("Bacon butty"), price: 600, optionGroups: ["sauce"] },
    { id: "cola", category: "drinks", ...en("Cola"), price: 300 },
  ],
});

phenomenonTable("staying here to eat, leaving, declining, and a heading called \"With\"", grill, [
  { name: "a schnitzel → we'll stand here and eat", turns: ["a schnitzel with fries", "that's all, we'll stand here and eat"], lines: [{ item: "schnitzel", qty: 1, options: { side: "fries" } }], orderOptions: { dining: "here" } },
  { name: "a schnitzel, we're sitting here", turns: ["a schnitzel with fries, we're sitting here"], lines: [{ item: "schnitzel", qty: 1, options: { side: "fries" } }], orderOptions: { dining: "here" } },
  { name: "a bratwurst and a cola → my wallet's in the car, cancel that", turns: ["a bratwurst and a cola", "oh shoot, my wallet's in the car. cancel that, sorry"], lines: [], confident: false },
  { name: "a bratwurst → how long → that's too long, I'll cancel", turns: ["a bratwurst and a cola", "oh that's too long, I'll cancel, sorry"], lines: [], confident: false },
  { name: "do you have a vegan sausage → nothing for me then", turns: ["do you have a vegan butty?", "ah ok, nothing for me then"], lines: [] },
  { name: "a schnitzel with potato salad, uh, no, with fries", turns: ["a schnitzel with potato salad, uh, no, with fries, and a cola"], lines: [{ item: "schnitzel", qty: 1, options: { side: "fries" } }, { item: "cola", qty: 1 }] },
  // (Guards: the bratwurst's own heading said with its choice; "cancel that" with no leaving.)
  { name: "a bratwurst with fries", turns: ["a bratwurst with fries"], lines: [{ item: "wurst", qty: 1, options: { with: "chips" } }] },
  { name: "a schnitzel and a cola → cancel that", turns: ["a schnitzel with fries and a cola", "cancel that"], lines: [{ item: "schnitzel", qty: 1, options: { side: "fries" } }] },
]);

// r116a-024 "make the falafels
// spicy" of falafel wraps in hand: the wraps (the-line-by-its-word.ts); "make it a lumpia plate" of
// lumpia in hand that made the plate beside it: a guess (changed-into-made-beside.ts, r122a-029).
const snacks = menuFrom({
  version: 1,
  store: { id: "blind-r116-122-a-snacks", name: { en: "Snack Hut" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "snacks", ...en("Snacks") }, { id: "combos", ...en("Combos") }],
  optionGroups: [
    { id: "style", ...en("Pretzel style"), select: "one", default: "salted", choices: [{ id: "salted", ...en("Salted") }, { id: "garlic", ...en("Garlic butter"), aliases: { en: ["garlic butter pretzel"] } }] },
    { id: "dip", ...en("Dip"), select: "one", default: "cheese", choices: [{ id: "cheese", ...en("Cheese") }, { id: "mustard", ...en("Honey mustard") }] },
    { id: "heat", ...en("Heat"), select: "one", default: "mild", choices: [{ id: "mild", ...en("Mild") }, { id: "hot", ...en("Spicy") }] },
  ],
  items: [
    { id: "pretzel", category: "snacks", ...en("Soft pretzel"), aliases: { en: ["pretzel"] }, price: 400, optionGroups: ["style", "dip"] },
    { id: "taco", category: "snacks", ...en("Taco"), price: 300, optionGroups: ["heat"] },
    { id: "taco-wrap", category: "snacks", ...en("Taco wrap"), price: 700, optionGroups: ["heat"] },
    { id: "rolls", category: "snacks", ...en("Spring rolls"), aliases: { en: ["rolls"] }, price: 500 },
    { id: "roll-plate", category: "combos", ...en("Rolls plate"), description: { en: "Four spring rolls, rice and a drink." }, price: 1200 },
  ],
});

phenomenonTable("\"make the X\" of a line in hand named by X", snacks, [
  { name: "two taco wraps → make the tacos spicy", turns: ["two taco wraps", "make the tacos spicy"], lines: [{ item: "taco-wrap", qty: 2, options: { heat: "hot" } }] },
  // (Guards: a taco asked for beside the wraps; a garlic butter pretzel with one in hand stays its choice.)
  { name: "two taco wraps → and a taco", turns: ["two taco wraps", "and a taco"], lines: [{ item: "taco-wrap", qty: 2 }, { item: "taco", qty: 1 }], confident: true },
]);

phenomenonTable("\"make it\" a new thing: in place of the line in hand", snacks, [
  { name: "spring rolls → make it a rolls plate", turns: ["spring rolls please", "make it a rolls plate"], lines: [{ item: "roll-plate", qty: 1 }] },
]);

// r118e-016 "can I add a hash brown to that" where a "Can of Pop" is also called "can": the modal
// verb, no can ordered (modal-before-pronoun.ts).
const caff = menuFrom({
  version: 1,
  store: { id: "blind-r116-122-a-caff", name: { en: "Corner Caff" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "food", ...en("Food") }, { id: "drinks", ...en("Drinks") }],
  optionGroups: [{ id: "extras", ...en("Extras"), select: "many", choices: [{ id: "hash", ...en("Hash brown") }, { id: "beans", ...en("Beans") }] }],
  items: [
    { id: "fry-up", category: "food", ...en("Fry-up"), price: 900, optionGroups: ["extras"] },
    { id: "bap", category: "food", ...en("Bacon bap"), price: 500 },
    { id: "can", category: "drinks", ...en("Can of soda"), aliases: { en: ["can", "can of soda"] }, price: 150 },
  ],
});

phenomenonTable("\"can I …\" where a can is sold", caff, [
  { name: "can I get a bacon bap", turns: ["can I get a bacon bap"], lines: [{ item: "bap", qty: 1 }], confident: true },
  { name: "a fry-up → can I add a hash brown to that", turns: ["a fry-up", "can I add a hash brown to that"], lines: [{ item: "fry-up", qty: 1, options: { extras: ["hash"] } }] },
  // (Guards: the can asked for with its article or count.)
  { name: "a bacon bap and a can", turns: ["a bacon bap and a can"], lines: [{ item: "bap", qty: 1 }, { item: "can", qty: 1 }] },
  { name: "can I get two cans", turns: ["can I get two cans"], lines: [{ item: "can", qty: 2 }] },
]);
