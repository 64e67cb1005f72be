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

// A word said alone a turn after a drink, that the drink takes as a choice and an item of the
// menu is also called ("oat": oat milk, and the oatmeal).
const cafe = menuFrom({
  version: 1,
  store: { id: "word-alone", name: { en: "Test Cafe" }, currency: "USD", languages: ["en"] },
  categories: [
    { id: "drinks", name: { en: "Drinks" } },
    { id: "food", name: { en: "Food" } },
  ],
  optionGroups: [{ id: "milk", ...en("Milk"), select: "one", default: "whole", choices: [{ id: "whole", ...en("Whole milk") }, { id: "oat", ...en("Oat milk", ["oat"]) }] }],
  items: [
    { id: "cocoa", category: "drinks", ...en("Hot cocoa"), price: 400, optionGroups: ["milk"] },
    { id: "oatmeal", category: "food", ...en("Oatmeal", ["oat"]), price: 500 },
  ],
});

phenomenonTable("English: a word alone after a line that takes it", cafe, [
  { name: "'oat please' after a cocoa is its milk", turns: ["a hot cocoa", "oat please"], lines: [{ item: "cocoa", qty: 1, options: { milk: "oat" } }] },
  { name: "'an oatmeal' after a cocoa is the oatmeal", turns: ["a hot cocoa", "an oatmeal please"], lines: [{ item: "cocoa", qty: 1 }, { item: "oatmeal", qty: 1 }] },
  { name: "'forget the oatmeal' takes the oatmeal off, not the cocoa's milk", turns: ["a hot cocoa and an oatmeal", "forget the oatmeal"], lines: [{ item: "cocoa", qty: 1 }] },
]);
