// English, menus with unusual shapes (issue 9, round 11): a size choice said as a
// container ("a bowl of the soup" where the soup's size has "Bowl", and another group's
// choice is written with its article, "A bowl"), and a count some items come with one of
// said as "double"/"triple" with its name ("triple chicken": three in all). A noodle
// shop here, not the store the shapes were seen in.
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const noodles = menuFrom({
  version: 1,
  store: { id: "container-choices", name: { en: "Test Noodles" }, currency: "USD", languages: ["en"] },
  categories: [
    { id: "plates", name: { en: "Plates" } },
    { id: "broths", name: { en: "Broths" } },
  ],
  optionGroups: [
    { id: "serve", ...en("Serve it"), select: "one", default: "plate", choices: [{ id: "plate", ...en("A plate", ["plate"]) }, { id: "box", ...en("A box", ["box", "boxed"]) }] },
    { id: "broth-size", ...en("Size"), select: "one", default: "cup", choices: [{ id: "cup", ...en("Cup") }, { id: "bowl", ...en("Bowl") }] },
    { id: "pork", ...en("Pork", ["pork slices"]), select: "count", default: 0, min: 0, max: 3 },
  ],
  items: [
    { id: "chow-mein", category: "plates", ...en("Chow Mein"), price: 1000, optionGroups: ["serve", { group: "pork", default: 1 }] },
    { id: "fried-rice", category: "plates", ...en("Fried Rice"), price: 900, optionGroups: ["serve", "pork"] },
    { id: "miso", category: "broths", ...en("Miso Broth", ["miso"]), price: 500, optionGroups: ["broth-size"] },
  ],
});

phenomenonTable("English: a size choice said as a container", noodles, [
  { name: "a bowl of the broth is its size", turns: ["a bowl of the miso broth"], lines: [{ item: "miso", qty: 1, options: { "broth-size": "bowl" } }], confident: true },
  { name: "after another item", turns: ["a chow mein and a bowl of miso"], lines: [{ item: "chow-mein", qty: 1 }, { item: "miso", qty: 1, options: { "broth-size": "bowl" } }], confident: true },
  { name: "changed later", turns: ["fried rice and a cup of miso", "make the miso a bowl"], lines: [{ item: "fried-rice", qty: 1 }, { item: "miso", qty: 1, options: { "broth-size": "bowl" } }] },
  { name: "the other group's choice written with its article", turns: ["chow mein as a box"], lines: [{ item: "chow-mein", qty: 1, options: { serve: "box" } }], confident: true },
]);

phenomenonTable("English: double or triple with a count's name", noodles, [
  { name: "triple: that many in all", turns: ["chow mein with triple pork"], lines: [{ item: "chow-mein", qty: 1, options: { pork: 3 } }], confident: true },
  { name: "double after adding one", turns: ["fried rice, add pork", "actually make it double pork"], lines: [{ item: "fried-rice", qty: 1, options: { pork: 2 } }] },
]);

phenomenonTable("English: asked about, then ordered; a swap with its article", noodles, [
  { name: "what's in it, then one of it", turns: ["what's in the chow mein?", "ok I'll get one, boxed"], lines: [{ item: "chow-mein", qty: 1, options: { serve: "box" } }] },
  { name: "what comes on it is a question, then one of it", turns: ["what comes on the fried rice", "ok give me one"], lines: [{ item: "fried-rice", qty: 1 }] },
  { name: "'instead of the plate' swaps a choice; the item after it is still ordered", turns: ["fried rice but as a box instead of the plate, and a bowl of miso"], lines: [{ item: "fried-rice", qty: 1, options: { serve: "box" } }, { item: "miso", qty: 1, options: { "broth-size": "bowl" } }] },
]);
