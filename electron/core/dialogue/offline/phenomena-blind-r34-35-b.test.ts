// English shapes of the blind rounds 34-35 (the dosa, pupusa and jerk stores) the engine
// handed to the model or read wrongly, in both languages where the shape exists in both:
// - "four idli" where the menu sells "Idli (1 pc)" beside "Idli Plate (3 pcs)": one piece an
//   order, the name without its bracket is the item's whole name (name-forms.ts). Two or
//   more pieces an order stays a guess ("six dumplings" of "Dumplings (2 pc)").
// - "a curry plate with roti and two extra paratha" where the plate takes the bread Paratha
//   or Roti and the count "Extra paratha": the count's own name said whole is the count, not
//   a second bread (mods.ts, options.ts, accounting.ts, word-order.ts).
// - "three mango lassis": the plural of a word ending in -i is that word (normalize.ts).
// - "extra hot please" where the menu also calls Hot "hot please": a name with "please"
//   after it is no name of its own (asked-for-names.ts).
// - "cancel the whole order" where Whole is a cut: the phrase clearing the order wins over
//   the option's word inside it (phrase-choice.ts).
// - "a taco plate with the chicharron tacos" where the plate's "Plate tacos" has Chicharrón
//   and "chicharron taco" is sold alone: the plate's choice (group-heading-word.ts).
// - "one with bean and the other one chicharron taco" said to "which plate tacos?" for two
//   plates: the choices split over them (answer-named-as-items.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (en: string, ko: string, aliases?: { en?: string[]; ko?: string[] }) => ({ name: { en, ko }, ...(aliases ? { aliases } : {}) });

const shop = () =>
  menuFrom({
    version: 1,
    store: { id: "r34-35-b", name: { en: "Tiffin House", ko: "티핀 하우스" }, currency: "USD", languages: ["en", "ko"] },
    categories: [{ id: "snacks", ...both("Snacks", "간식") }, { id: "meals", ...both("Meals", "식사") }],
    optionGroups: [
      { id: "bread", ...both("Bread", "빵"), select: "one", default: "paratha", choices: [{ id: "paratha", ...both("Paratha", "파라타") }, { id: "roti", ...both("Roti", "로티") }] },
      { id: "extra-paratha", ...both("Extra paratha", "파라타 추가"), select: "count", default: 0, min: 0, max: 4, unitPrice: 150 },
      { id: "spice", ...both("Spice", "맵기"), select: "one", default: "medium", choices: [{ id: "mild", ...both("Mild", "순한 맛") }, { id: "medium", ...both("Medium", "보통") }] },
    ],
    items: [
      { id: "bao", category: "snacks", ...both("Bao (1 pc)", "바오 (1개)"), price: 250 },
      { id: "bao-basket", category: "snacks", ...both("Bao Basket (4 pcs)", "바오 바스켓 (4개)", { en: ["bao basket"] }), price: 900 },
      { id: "bao-combo", category: "snacks", ...both("Bao Samosa Combo", "바오 사모사 콤보"), price: 700 },
      { id: "samosa", category: "snacks", ...both("Samosa (1 pc)", "사모사 (1개)"), price: 200 },
      { id: "dumplings", category: "snacks", ...both("Dumplings (2 pc)", "만두 (2개)"), price: 500 },
      { id: "curry-plate", category: "meals", ...both("Curry Plate", "커리 플레이트"), price: 1400, optionGroups: ["bread", "extra-paratha", "spice"] },
    ],
  });

const plate = (o: Record<string, unknown> = {}) => ({ item: "curry-plate", qty: 1, options: { bread: "paratha", "extra-paratha": 0, spice: "medium", ...o } });

phenomenonTable("an item sold by the single piece, said without its '(1 pc)'", shop(), [
  { name: "four bao", turns: ["four bao"], lines: [{ item: "bao", qty: 4 }], confident: true },
  { name: "two bao baskets and one samosa", turns: ["two bao baskets and one samosa"], lines: [{ item: "bao-basket", qty: 2 }, { item: "samosa", qty: 1 }], confident: true },
  { name: "four samosa", turns: ["four samosa"], lines: [{ item: "samosa", qty: 4 }], confident: true },
  { name: "four samosa, then make the samosa five", turns: ["four samosa", "make the samosa five"], lines: [{ item: "samosa", qty: 5 }], confident: true },
  { name: "바오 세 개랑 사모사 하나", turns: ["바오 세 개랑 사모사 하나"], lines: [{ item: "bao", qty: 3 }, { item: "samosa", qty: 1 }], confident: true },
]);
notAloneTable("two or more pieces an order: how many orders is a guess", shop(), [{ name: "six dumplings", turns: ["six dumplings"] }]);

phenomenonTable("a count named '<extra> <choice>' said whole is the count, not the choice", shop(), [
  { name: "a curry plate with roti and two extra paratha", turns: ["a curry plate with roti and two extra paratha"], lines: [plate({ bread: "roti", "extra-paratha": 2 })], confident: true },
  { name: "curry plate make it mild and one extra paratha", turns: ["curry plate make it mild and one extra paratha"], lines: [plate({ spice: "mild", "extra-paratha": 1 })], confident: true },
  { name: "커리 플레이트 로티로 파라타 추가 두 개", turns: ["커리 플레이트 로티로 파라타 추가 두 개"], lines: [plate({ bread: "roti", "extra-paratha": 2 })], confident: true },
]);

const grill = () =>
  menuFrom({
    version: 1,
    store: { id: "r34-35-b-grill", name: { en: "Island Grill" }, currency: "USD", languages: ["en"] },
    categories: [{ id: "mains", name: { en: "Mains" } }, { id: "drinks", name: { en: "Drinks" } }],
    optionGroups: [
      { id: "spice", name: { en: "Spice level" }, select: "one", default: "medium", choices: [{ id: "medium", name: { en: "Medium" } }, { id: "hot", name: { en: "Hot" }, aliases: { en: ["hot please"] } }, { id: "extra-hot", name: { en: "Extra hot" } }] },
      { id: "cut", name: { en: "Cut" }, select: "one", choices: [{ id: "quarter", name: { en: "Quarter" } }, { id: "half", name: { en: "Half" } }, { id: "whole", name: { en: "Whole" } }] },
      { id: "plate-tacos", name: { en: "Plate tacos" }, select: "one", choices: [{ id: "chicharron", name: { en: "Chicharrón" } }, { id: "bean", name: { en: "Bean and cheese" }, aliases: { en: ["beans"] } }] },
      { id: "salsa", name: { en: "Salsa" }, select: "one", default: "regular", choices: [{ id: "regular", name: { en: "Regular salsa" } }, { id: "none", name: { en: "No salsa" }, aliases: { en: ["no salsa"] } }] },
    ],
    items: [
      { id: "jerk", category: "mains", name: { en: "Jerk chicken" }, aliases: { en: ["jerk chicken"] }, price: 900, optionGroups: ["cut", "spice"] },
      { id: "taco-chicharron", category: "mains", name: { en: "Chicharrón taco" }, aliases: { en: ["chicharron taco", "chicharron tacos"] }, price: 350, optionGroups: ["salsa"] },
      { id: "taco-bean", category: "mains", name: { en: "Bean taco" }, aliases: { en: ["bean taco", "bean and cheese"] }, price: 300, optionGroups: ["salsa"] },
      { id: "taco-plate", category: "mains", name: { en: "Taco plate" }, aliases: { en: ["taco plate", "taco plates"] }, price: 1100, optionGroups: ["plate-tacos", "salsa"] },
      { id: "mango-lassi", category: "drinks", name: { en: "Mango Lassi" }, aliases: { en: ["mango"] }, price: 550 },
      { id: "lassi", category: "drinks", name: { en: "Sweet Lassi" }, aliases: { en: ["lassi"] }, price: 450 },
      { id: "water", category: "drinks", name: { en: "Bottled Water" }, aliases: { en: ["water"] }, price: 200 },
    ],
  });

const jerk = (o: Record<string, string>) => ({ item: "jerk", qty: 1, options: { spice: "medium", ...o } });
const tacoPlate = (choice: string, o: Record<string, string> = {}) => ({ item: "taco-plate", qty: 1, options: { "plate-tacos": choice, salsa: "regular", ...o } });

phenomenonTable("a plural of a word ending in -i", grill(), [
  { name: "three mango lassis and a water", turns: ["three mango lassis and a water"], lines: [{ item: "mango-lassi", qty: 3 }, { item: "water", qty: 1 }], confident: true },
]);

phenomenonTable("a choice's alias that is its name and 'please' is no name of its own", grill(), [
  { name: "half jerk chicken, then extra hot please", turns: ["half jerk chicken", "extra hot please"], lines: [jerk({ cut: "half", spice: "extra-hot" })], confident: true },
]);

phenomenonTable("'cancel the whole order' where Whole is an option", grill(), [
  { name: "a quarter jerk chicken, then cancel the whole order", turns: ["a quarter jerk chicken", "cancel the whole order"], lines: [], confident: true },
]);

phenomenonTable("after 'with (the)', a choice said with its group's words is the choice, not the item sold alone", grill(), [
  { name: "a taco plate with the chicharron tacos no salsa on it", turns: ["a taco plate with the chicharron tacos no salsa on it"], lines: [tacoPlate("chicharron", { salsa: "none" })], confident: true },
]);

phenomenonTable("'one with X and the other one Y' said to the kiosk's question for two lines", grill(), [
  { name: "two taco plates, then one with chicharron and the other one bean and cheese", turns: ["two taco plates", "one with chicharron and the other one bean and cheese"], lines: [tacoPlate("bean"), tacoPlate("chicharron")], confident: true },
]);
