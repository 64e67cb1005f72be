// A later English turn about a part of the line in hand, read as a cashier hears it (the
// twelfth English red team's probes and round 38's held-out cases found each answered alone
// and wrong, or left to the model with the wrong best reading):
// - "the other rice" of a plate with garlic rice: the rice group's other choice (the-other-choice.ts);
// - "as a combo please" after a sausage, fries and a cola: the combo that takes them (combo-of-the-lines.ts);
// - "make the tacos flour" of a taco combo: the combo's tortilla, not a taco added (order-unit.ts);
// - "never mind the salad, corn", "let me do beans and corn" of a plate with two sides sold
//   alone too: the plate's sides changed, not side orders added (sides-of-the-plate.ts).
import { menuFrom, en, phenomenonTable, notAloneTable } from "./test-helpers.ts";

const shop = () =>
  menuFrom({
    version: 1,
    store: { id: "parts-of-the-line", name: { en: "Shop" }, currency: "USD", languages: ["en"] },
    categories: [{ id: "plates", ...en("Plates") }, { id: "sides", ...en("Sides") }, { id: "drinks", ...en("Drinks") }],
    optionGroups: [
      { id: "rice", ...en("Rice"), select: "one", default: "white", choices: [{ id: "white", ...en("White rice") }, { id: "brown", ...en("Brown rice") }] },
      { id: "size", ...en("Size"), select: "one", default: "small", choices: [{ id: "small", ...en("Small") }, { id: "medium", ...en("Medium") }, { id: "large", ...en("Large") }] },
      { id: "shell", ...en("Shell"), select: "one", default: "corn", choices: [{ id: "corn", ...en("Corn") }, { id: "flour", ...en("Flour") }] },
      { id: "combo-drink", ...en("Combo drink"), select: "one", choices: [{ id: "cola", ...en("Cola") }, { id: "tea", ...en("Iced tea") }] },
      { id: "sides", ...en("Two sides"), select: "many", max: 2, choices: [{ id: "fries", ...en("Fries") }, { id: "salad", ...en("Salad") }, { id: "corn", ...en("Corn") }, { id: "beans", ...en("Beans") }] },
    ],
    items: [
      { id: "bowl", category: "plates", ...en("Adobo bowl"), price: 9, optionGroups: ["rice"] },
      { id: "soup", category: "plates", ...en("Soup"), price: 5, optionGroups: ["size"] },
      { id: "taco", category: "plates", ...en("Birria taco", ["taco", "tacos"]), price: 4, optionGroups: ["shell"] },
      { id: "taco-combo", category: "plates", ...en("Taco combo", ["combo"]), price: 11, optionGroups: ["combo-drink", "shell"] },
      { id: "chicken", category: "plates", ...en("Chicken plate"), price: 12, optionGroups: ["sides"] },
      { id: "side-fries", category: "sides", ...en("Side of fries", ["fries"]), price: 3 },
      { id: "side-salad", category: "sides", ...en("House salad", ["salad"]), price: 3 },
      { id: "side-corn", category: "sides", ...en("Side of corn", ["corn"]), price: 3 },
      { id: "side-beans", category: "sides", ...en("Side of beans", ["beans"]), price: 3 },
      { id: "cola", category: "drinks", ...en("Cola"), price: 2 },
    ],
  });

const plate = (sides: string[]) => ({ item: "chicken", qty: 1, options: { sides } });

phenomenonTable("a part of the line in hand (English)", shop(), [
  { name: "the other rice of a bowl with brown rice: white", turns: ["an adobo bowl with brown rice", "the other rice"], lines: [{ item: "bowl", qty: 1, options: { rice: "white" } }], confident: true },
  { name: "as a combo please after a taco and a cola: the combo", turns: ["a birria taco and a cola", "as a combo please"], lines: [{ item: "taco-combo", qty: 1, options: { "combo-drink": "cola", shell: "corn" } }], confident: true },
  { name: "make the tacos flour of a taco combo: the combo's shell", turns: ["a taco combo with a cola", "make the tacos flour"], lines: [{ item: "taco-combo", qty: 1, options: { "combo-drink": "cola", shell: "flour" } }], confident: true },
  { name: "never mind the salad, corn: the plate's sides", turns: ["a chicken plate with fries and salad", "never mind the salad, corn"], lines: [plate(["fries", "corn"])], confident: true },
  { name: "scratch the salad, corn: the plate's sides", turns: ["a chicken plate with fries and salad", "scratch the salad, corn"], lines: [plate(["fries", "corn"])], confident: true },
  { name: "let me do beans and corn: the plate's sides said again", turns: ["a chicken plate with fries and salad", "let me do beans and corn"], lines: [plate(["beans", "corn"])], confident: true },
]);

notAloneTable("a part of the line, where a cashier would ask (English)", shop(), [
  // (Three sizes: which other?)
  { name: "the other size of a small soup", turns: ["a small soup", "the other size"] },
  // (Two lines in hand: which one goes?)
  { name: "actually just a cola after a bowl and a soup", turns: ["an adobo bowl and a small soup", "actually just a cola"] },
]);
