// English readings the second red team found wrong (issue 9), now read right from the menu's
// own names and English grammar: a container said as the head noun where the item's alias is
// also a choice's name ("a chocolate cone"), taking it along said with "with me" ("to take with
// me"), and "actually hazelnut" a turn later replacing the syrup just said. A test scoop and
// coffee shop, not the probes' stores. Also "the same, a bowl" with no "but", and the kiosk's own
// question said back before its answer ("for here or to go? to go").
import { describe, expect, it } from "vitest";
import { choiceAnAliasNames } from "./alias-choices.ts";
import { en, menuFrom, notAloneTable, phenomenonTable, type PhenomenonRow } from "./test-helpers.ts";

const shop = menuFrom({
  version: 1,
  store: { id: "spoken-readings", name: { en: "Test Scoops" }, currency: "USD", languages: ["en"] },
  orderOptions: [{ id: "dining", ...en("For here or to go"), select: "one", default: "here", choices: [{ id: "here", ...en("For here") }, { id: "togo", ...en("To go") }] }],
  categories: [
    { id: "scoops", name: { en: "Scoops" } },
    { id: "coffee", name: { en: "Coffee" } },
  ],
  optionGroups: [
    { id: "scoops", ...en("Scoops", ["scoop", "scoops"]), select: "count", default: 1, min: 1, max: 3, unitPrice: 200 },
    { id: "flavors", ...en("Flavors"), select: "many", max: 3, choices: [{ id: "vanilla", ...en("Vanilla") }, { id: "chocolate", ...en("Chocolate") }, { id: "mango", ...en("Mango sorbet", ["mango"]) }] },
    { id: "vessel", ...en("Cone or cup"), select: "one", default: "cup", choices: [{ id: "cup", ...en("Cup", ["dish"]) }, { id: "cake-cone", ...en("Cake cone", ["cone"]) }, { id: "waffle-cone", ...en("Waffle cone", ["waffle"]) }] },
    { id: "size", ...en("Size"), select: "one", default: "medium", choices: [{ id: "small", ...en("Small") }, { id: "medium", ...en("Medium") }, { id: "large", ...en("Large") }] },
    { id: "syrup", ...en("Syrup"), select: "many", choices: [{ id: "caramel", ...en("Caramel") }, { id: "hazelnut", ...en("Hazelnut") }, { id: "vanilla", ...en("Vanilla") }] },
    // "Mocha" names both a drink's style and a flavour: an alias "mocha" is no one choice.
    { id: "style", ...en("Style"), select: "one", default: "plain", choices: [{ id: "plain", ...en("Plain") }, { id: "mocha-style", ...en("Mocha") }] },
    { id: "form", ...en("Wrap or bowl"), select: "one", choices: [{ id: "wrap", ...en("Wrap") }, { id: "bowl", ...en("Bowl") }] },
    { id: "protein", ...en("Protein"), select: "one", choices: [{ id: "chicken", ...en("Chicken") }, { id: "steak", ...en("Steak") }] },
    { id: "sauce", ...en("Sauce"), select: "one", default: "none", choices: [{ id: "none", ...en("None") }, { id: "mocha-sauce", ...en("Mocha sauce", ["mocha"]) }] },
  ],
  items: [
    // "cone" names the item and its Cake cone; "cup" names the item and its default.
    { id: "scoop", category: "scoops", ...en("Ice cream", ["scoop", "scoops", "cone", "cones", "cup"]), price: 300, optionGroups: ["scoops", "flavors", "vessel"] },
    { id: "latte", category: "coffee", ...en("Latte"), price: 400, optionGroups: ["size", "syrup"] },
    { id: "entree", category: "coffee", name: { en: "Wrap or bowl" }, aliases: { en: [{ text: "wrap", options: { form: "wrap" } }, { text: "bowl", options: { form: "bowl" } }] }, price: 900, optionGroups: ["form", "protein"] },
    { id: "frappe", category: "coffee", ...en("Frappe", ["mocha"]), price: 500, optionGroups: ["size", "style", "sauce"] },
  ],
});

const rows: PhenomenonRow[] = [
  // 1. A container said as the head noun.
  { name: "'a chocolate cone please'", turns: ["a chocolate cone please"], lines: [{ item: "scoop", qty: 1, options: { flavors: ["chocolate"], vessel: "cake-cone" } }], confident: true },
  { name: "'two cones of vanilla'", turns: ["two cones of vanilla"], lines: [{ item: "scoop", qty: 2, options: { flavors: ["vanilla"], vessel: "cake-cone" } }], confident: true },
  { name: "'a mango in a cone'", turns: ["a mango in a cone"], lines: [{ item: "scoop", qty: 1, options: { flavors: ["mango"], vessel: "cake-cone" } }], confident: true },
  { name: "'a strawberry cone and a mango cone': each its own", turns: ["a vanilla cone and a mango cone"], lines: [{ item: "scoop", qty: 1, options: { flavors: ["vanilla"], vessel: "cake-cone" } }, { item: "scoop", qty: 1, options: { flavors: ["mango"], vessel: "cake-cone" } }], confident: true },
  { name: "'a vanilla in a waffle cone': the longer name said whole", turns: ["a vanilla in a waffle cone"], lines: [{ item: "scoop", qty: 1, options: { flavors: ["vanilla"], vessel: "waffle-cone" } }], confident: true },
  { name: "'a scoop of chocolate in a cup and a scoop of mango in a cone': two, each in its own", turns: ["a scoop of chocolate in a cup and a scoop of mango in a cone"], lines: [{ item: "scoop", qty: 1, options: { flavors: ["chocolate"], vessel: "cup" } }, { item: "scoop", qty: 1, options: { flavors: ["mango"], vessel: "cake-cone" } }], confident: true },
  { name: "'in a cone please' a turn later: the line in hand", turns: ["a scoop of vanilla", "in a cone please"], lines: [{ item: "scoop", qty: 1, options: { flavors: ["vanilla"], vessel: "cake-cone" } }], confident: true },
  { name: "'a cup of chocolate': the default, as said", turns: ["a cup of chocolate"], lines: [{ item: "scoop", qty: 1, options: { flavors: ["chocolate"], vessel: "cup" } }], confident: true },
  { name: "'a scoop of vanilla': no container said", turns: ["a scoop of vanilla"], lines: [{ item: "scoop", qty: 1, options: { flavors: ["vanilla"] } }], confident: true },
  // 2. Take-out said with "with me" / "home".
  { name: "'a large latte to take with me'", turns: ["a large latte to take with me"], lines: [{ item: "latte", qty: 1, options: { size: "large" } }], orderOptions: { dining: "togo" }, confident: true },
  { name: "'I'll take it with me' a turn later", turns: ["a large latte", "I'll take it with me"], lines: [{ item: "latte", qty: 1, options: { size: "large" } }], orderOptions: { dining: "togo" }, confident: true },
  { name: "'to take home'", turns: ["two cones of vanilla to take home"], lines: [{ item: "scoop", qty: 2, options: { flavors: ["vanilla"], vessel: "cake-cone" } }], orderOptions: { dining: "togo" } },
  { name: "'for here' stays for here", turns: ["a large latte for here"], lines: [{ item: "latte", qty: 1, options: { size: "large" } }], orderOptions: { dining: "here" } },
  // 3. "actually X" a turn later: a correction of the one choice just said.
  { name: "'actually hazelnut' after a caramel latte: instead", turns: ["a large latte with caramel", "actually hazelnut"], lines: [{ item: "latte", qty: 1, options: { size: "large", syrup: ["hazelnut"] } }], confident: true },
  { name: "'sorry, hazelnut please' after a caramel latte: instead", turns: ["a large latte with caramel", "sorry, hazelnut please"], lines: [{ item: "latte", qty: 1, options: { size: "large", syrup: ["hazelnut"] } }] },
  { name: "'actually hazelnut too': beside", turns: ["a large latte with caramel", "actually hazelnut too"], lines: [{ item: "latte", qty: 1, options: { size: "large", syrup: ["caramel", "hazelnut"] } }] },
  { name: "'actually add hazelnut': beside", turns: ["a large latte with caramel", "actually add hazelnut"], lines: [{ item: "latte", qty: 1, options: { size: "large", syrup: ["caramel", "hazelnut"] } }] },
  { name: "'oh and hazelnut': beside", turns: ["a large latte with caramel", "oh and hazelnut"], lines: [{ item: "latte", qty: 1, options: { size: "large", syrup: ["caramel", "hazelnut"] } }] },
  { name: "'actually hazelnut' after a plain latte: added", turns: ["a large latte", "actually hazelnut"], lines: [{ item: "latte", qty: 1, options: { size: "large", syrup: ["hazelnut"] } }], confident: true },
  // 6. "and one with X" / "and a X one" a turn later: another of the line in hand, made like it.
  { name: "'and one with caramel' after a medium vanilla latte", turns: ["a medium latte with vanilla", "and one with caramel"], lines: [{ item: "latte", qty: 1, options: { size: "medium", syrup: ["vanilla"] } }, { item: "latte", qty: 1, options: { size: "medium", syrup: ["caramel"] } }], confident: true },
  { name: "'and a small one' after a large latte", turns: ["a large latte", "and a small one"], lines: [{ item: "latte", qty: 1, options: { size: "large" } }, { item: "latte", qty: 1, options: { size: "small" } }], confident: true },
  { name: "'and one hazelnut' after a large latte: its size", turns: ["a large latte", "and one hazelnut"], lines: [{ item: "latte", qty: 1, options: { size: "large" } }, { item: "latte", qty: 1, options: { size: "large", syrup: ["hazelnut"] } }], confident: true },
  // (A third is the best reading; one of the two is said too — sealed r103d-014 — so a guess: one-with-after-the-count.ts.)
  { name: "'and one with hazelnut' after two large lattes: a third", turns: ["two large lattes with caramel", "and one with hazelnut"], lines: [{ item: "latte", qty: 2, options: { size: "large", syrup: ["caramel"] } }, { item: "latte", qty: 1, options: { size: "large", syrup: ["hazelnut"] } }], confident: false },
  { name: "'one with hazelnut' after two large lattes: one of them", turns: ["two large lattes", "one with hazelnut"], lines: [{ item: "latte", qty: 1, options: { size: "large" } }, { item: "latte", qty: 1, options: { size: "large", syrup: ["hazelnut"] } }] },
  { name: "'and one more' after a large latte: two", turns: ["a large latte", "and one more"], lines: [{ item: "latte", qty: 2, options: { size: "large" } }] },
  // 5. "the same but a large" a turn later: a copy with the change ("a" counts nothing more).
  { name: "'the same but a large' after a medium latte", turns: ["a medium latte with caramel", "the same but a large"], lines: [{ item: "latte", qty: 1, options: { size: "medium", syrup: ["caramel"] } }, { item: "latte", qty: 1, options: { size: "large", syrup: ["caramel"] } }], confident: true },
  { name: "'the same but large' after a medium latte", turns: ["a medium latte", "the same but large"], lines: [{ item: "latte", qty: 1, options: { size: "medium" } }, { item: "latte", qty: 1, options: { size: "large" } }], confident: true },
  { name: "'the same but a bowl' after a chicken wrap: the copy made a bowl", turns: ["a chicken wrap", "the same but a bowl"], lines: [{ item: "entree", qty: 1, options: { form: "wrap", protein: "chicken" } }, { item: "entree", qty: 1, options: { form: "bowl", protein: "chicken" } }], confident: true },
  // (With no "but": "the same, a bowl", "same for me in a bowl", "me too but a bowl" — one more, made a bowl.)
  { name: "'I'll have the same, a bowl' after a chicken wrap", turns: ["a chicken wrap", "I'll have the same, a bowl"], lines: [{ item: "entree", qty: 1, options: { form: "wrap", protein: "chicken" } }, { item: "entree", qty: 1, options: { form: "bowl", protein: "chicken" } }], confident: true },
  { name: "'same for me in a bowl' after a chicken wrap", turns: ["a chicken wrap", "same for me in a bowl"], lines: [{ item: "entree", qty: 1, options: { form: "wrap", protein: "chicken" } }, { item: "entree", qty: 1, options: { form: "bowl", protein: "chicken" } }], confident: true },
  { name: "'me too but a bowl' after a chicken wrap", turns: ["a chicken wrap", "me too but a bowl"], lines: [{ item: "entree", qty: 1, options: { form: "wrap", protein: "chicken" } }, { item: "entree", qty: 1, options: { form: "bowl", protein: "chicken" } }], confident: true },
  // ("the same bowl" with the item's word right after "same" is that bowl again.)
  { name: "'the same bowl again' after a steak bowl: two", turns: ["a steak bowl", "the same bowl again"], lines: [{ item: "entree", qty: 2, options: { form: "bowl", protein: "steak" } }] },
  // "a double scoop of vanilla", "two single scoops of vanilla": the count in all, the number before it the items'
  // ("a double shot of vanilla" may be two pumps of syrup: a guess, read the same way).
  { name: "'a double scoop of vanilla in a cone'", turns: ["a double scoop of vanilla in a cone"], lines: [{ item: "scoop", qty: 1, options: { scoops: 2, flavors: ["vanilla"], vessel: "cake-cone" } }], confident: false },
  { name: "'two single scoops of chocolate in cups'", turns: ["two single scoops of chocolate in cups"], lines: [{ item: "scoop", qty: 2, options: { scoops: 1, flavors: ["chocolate"], vessel: "cup" } }], confident: false },
  // The kiosk's own question said back before its answer: the words before it are the order.
  { name: "'a large latte, for here or to go? to go'", turns: ["a large latte, for here or to go? to go"], lines: [{ item: "latte", qty: 1, options: { size: "large" } }], orderOptions: { dining: "togo" }, confident: true },
  { name: "'two lattes for here or to go? for here'", turns: ["two lattes for here or to go? for here"], lines: [{ item: "latte", qty: 2, options: {} }], orderOptions: { dining: "here" }, confident: true },
  { name: "'and a steak one' after a chicken wrap: a steak wrap", turns: ["a chicken wrap", "and a steak one"], lines: [{ item: "entree", qty: 1, options: { form: "wrap", protein: "chicken" } }, { item: "entree", qty: 1, options: { form: "wrap", protein: "steak" } }], confident: true },
];

phenomenonTable("English: head-noun containers, take-out with me, and 'actually X' read right", shop, rows);

notAloneTable("English: 'actually X' where the line holds two of that kind, 'and a X one' after toppings: guesses", shop, [
  { name: "'actually hazelnut' after caramel and vanilla", turns: ["a large latte with caramel and vanilla", "actually hazelnut"] },
  // ("double" is how many scoops in all: not kept by the reading, so not accounted for.)
  { name: "'a double scoop of vanilla in a cone'", turns: ["a double scoop of vanilla in a cone"] },
  // (Is the caramel on the new one too? Its many-choice options are not said again.)
  { name: "'and a small one' after a large caramel latte", turns: ["a large latte with caramel", "and a small one"] },
]);

describe("English: which item aliases name one of the item's own choices", () => {
  const cases: Array<{ item: string; alias: string; named: Record<string, string> | undefined; why: string }> = [
    { item: "scoop", alias: "cone", named: { vessel: "cake-cone" }, why: "the Cake cone is also called 'cone'" },
    { item: "scoop", alias: "cones", named: { vessel: "cake-cone" }, why: "an alias in the plural of the choice's name" },
    { item: "scoop", alias: "cup", named: { vessel: "cup" }, why: "the Cup, the default, is said too" },
    { item: "scoop", alias: "scoop", named: undefined, why: "no choice is called 'scoop'" },
    { item: "frappe", alias: "mocha", named: undefined, why: "two groups' choices are called 'mocha': the words decide" },
  ];
  for (const c of cases) it(`${c.item} "${c.alias}": ${c.why}`, () => expect(choiceAnAliasNames(shop, c.item, c.alias)).toEqual(c.named));
});
