// English, several things in one breath (issue 9, round 13): "a small X and a large coke" where
// the coke is a flavour of the fountain drink (the size is the drink's, not another X), and
// "the X, forget it, I don't want it anymore": one thing taken off, said three ways, the other
// line kept. A noodle counter here, not the stores the shapes were seen in.
import { en, menuFrom, phenomenonTable } from "./test-helpers.ts";

const sizes = (id: string) => ({ id, ...en("Size"), select: "one", default: "medium", choices: [{ id: "small", ...en("Small") }, { id: "medium", ...en("Medium") }, { id: "large", ...en("Large") }] });
const counter = menuFrom({
  version: 1,
  store: { id: "one-breath", name: { en: "Test Noodles" }, currency: "USD", languages: ["en"] },
  categories: [
    { id: "mains", name: { en: "Mains" } },
    { id: "drinks", name: { en: "Drinks" } },
  ],
  optionGroups: [
    sizes("dish-size"),
    sizes("cup-size"),
    { id: "flavor", ...en("Flavor"), select: "one", default: "cola", choices: [{ id: "cola", ...en("Cola", ["coke"]) }, { id: "ginger", ...en("Ginger ale") }] },
  ],
  items: [
    { id: "pad-thai", category: "mains", ...en("Pad thai"), price: 1000, optionGroups: ["dish-size"] },
    { id: "lo-mein", category: "mains", ...en("Lo mein"), price: 900, optionGroups: ["dish-size"] },
    { id: "soda", category: "drinks", ...en("Fountain soda", ["soda"]), price: 200, optionGroups: ["flavor", "cup-size"] },
  ],
});

phenomenonTable("English: several things in one breath", counter, [
  { name: "'a small pad thai and a large coke': the size is the coke's", turns: ["a small pad thai and a large coke"], lines: [{ item: "pad-thai", qty: 1, options: { "dish-size": "small" } }, { item: "soda", qty: 1, options: { flavor: "cola", "cup-size": "large" } }] },
  { name: "'a small pad thai and a large': another pad thai, large", turns: ["a small pad thai and a large"], lines: [{ item: "pad-thai", qty: 1, options: { "dish-size": "small" } }, { item: "pad-thai", qty: 1, options: { "dish-size": "large" } }] },
  { name: "'the X, forget it, I don't want it anymore': X goes, the other stays", turns: ["a large pad thai and a lo mein", "the lo mein, forget it, I don't want it anymore"], lines: [{ item: "pad-thai", qty: 1, options: { "dish-size": "large" } }] },
  { name: "'the X, forget it': X goes once, nothing added", turns: ["a pad thai and two lo mein", "the pad thai, forget it"], lines: [{ item: "lo-mein", qty: 2 }] },
]);
