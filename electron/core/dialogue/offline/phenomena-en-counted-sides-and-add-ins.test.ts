// Three shapes of English the fourteenth red team found answered alone and wrong: sides
// said to a plate that sells "Two sides" / "Three sides" (the count the sides said fit,
// counted-choice-of-many.ts); add-ins said after "with" that together spell another item's
// name, "grilled cheese with bacon and jalapeno" beside a "bacon and jalapeno" mac
// (add-ins-spelling-an-item.ts); "the bigger one" answering "6 pieces or 10 pieces?"
// (bigger-one.ts), and "just the one" of "1, 2 or 3 pieces?" (the-one-answers.ts); "do you have horchata? one large please", the drink asked about taken with
// its flavour (asked-then-taken.ts).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (en: string, ko: string, enAliases: string[] = [], koAliases: string[] = []) => ({ name: { en, ko }, aliases: { en: enAliases, ko: koAliases } });

const shop = menuFrom({
  version: 1,
  store: { id: "plates", name: { en: "Plates", ko: "플레이트" }, currency: "USD", languages: ["en", "ko"] },
  optionGroups: [
    { id: "side-count", ...both("Number of sides", "사이드 개수"), select: "one", default: "two", choices: [{ id: "two", ...both("Two sides", "2가지", ["2 sides"]) }, { id: "three", ...both("Three sides", "3가지", ["3 sides"]), price: 250 }] },
    {
      id: "sides",
      ...both("Sides", "사이드", ["side"]),
      select: "many",
      max: 3,
      choices: [
        { id: "mac", ...both("Mac and cheese", "맥앤치즈", ["mac"]) },
        { id: "greens", ...both("Collard greens", "콜라드 그린", ["greens"]) },
        { id: "yams", ...both("Candied yams", "캔디드 얌", ["yams"]) },
        { id: "cornbread", ...both("Cornbread", "콘브레드") },
      ],
    },
    { id: "bread", ...both("Bread", "빵"), select: "one", default: "white", choices: [{ id: "white", ...both("White", "흰빵") }, { id: "wheat", ...both("Wheat", "통밀") }] },
    { id: "add", ...both("Sandwich add-ons", "샌드위치 추가"), select: "many", choices: [{ id: "bacon", ...both("Bacon", "베이컨"), price: 250 }, { id: "jalapenos", ...both("Jalapeños", "할라피뇨", ["jalapenos", "jalapeno"]), price: 75 }, { id: "tomato", ...both("Tomato", "토마토") }] },
    { id: "soup-size", ...both("Soup size", "수프 크기"), select: "one", choices: [{ id: "cup", ...both("Cup", "컵") }, { id: "bowl", ...both("Bowl", "보울"), price: 250 }] },
    { id: "flavor", ...both("Flavor", "맛"), select: "one", choices: [{ id: "horchata", ...both("Horchata", "오르차타") }, { id: "jamaica", ...both("Jamaica", "하마이카") }] },
    { id: "drink-size", ...both("Size", "사이즈"), select: "one", default: "medium", choices: [{ id: "medium", ...both("Medium", "미디엄") }, { id: "large", ...both("Large", "라지"), price: 100 }] },
    { id: "bao-order", ...both("Bao per order", "바오 개수"), select: "one", choices: [{ id: "one", ...both("1 piece", "1개", ["single"]) }, { id: "two", ...both("2 pieces", "2개"), price: 400 }, { id: "three", ...both("3 pieces", "3개"), price: 750 }] },
    { id: "pieces", ...both("Pieces", "개수"), select: "one", choices: [{ id: "ten", ...both("10 pieces", "10개"), price: 500 }, { id: "six", ...both("6 pieces", "6개") }] },
  ],
  categories: [
    { id: "plates", name: { en: "Plates", ko: "플레이트" } },
    { id: "other", name: { en: "Other", ko: "기타" } },
  ],
  items: [
    { id: "catfish", ...both("Fried Catfish Plate", "메기 플레이트", ["catfish plate", "catfish"]), category: "plates", price: 1495, optionGroups: ["side-count", "sides"] },
    { id: "grilled-cheese", ...both("Grilled Cheese", "그릴드 치즈"), category: "other", price: 750, optionGroups: ["bread", "add"] },
    { id: "bacon-jalapeno", ...both("Bacon Jalapeño Mac", "베이컨 할라피뇨 맥", ["bacon jalapeno", "bacon and jalapeno"]), category: "other", price: 1150 },
    { id: "soup", ...both("Tomato Soup", "토마토 수프", ["soup"]), category: "other", price: 450, optionGroups: ["soup-size"] },
    { id: "agua", name: { en: "Agua Fresca", ko: "아구아 프레스카" }, aliases: { en: ["agua", { text: "horchata", options: { flavor: "horchata" } }] }, category: "other", price: 400, optionGroups: ["flavor", "drink-size"] },
    { id: "tofu-bao", ...both("Tofu Bao", "두부 바오"), category: "other", price: 400, optionGroups: ["bao-order"] },
    { id: "dumplings", ...both("Soup Dumplings", "샤오롱바오", ["xlb"]), category: "other", price: 900, optionGroups: ["pieces"] },
  ],
});

const plate = (sides: string[], count: string) => ({ item: "catfish", qty: 1, options: { "side-count": count, sides } });

phenomenonTable("English: three sides said to a plate sold with two or three", shop, [
  { name: "with mac, greens and yams", turns: ["catfish plate with mac, greens and yams"], lines: [plate(["mac", "greens", "yams"], "three")], confident: true },
  { name: "sides mac, greens, cornbread", turns: ["catfish plate, sides mac, greens, cornbread"], lines: [plate(["mac", "greens", "cornbread"], "three")], confident: true },
  { name: "메기 플레이트 맥앤치즈 콜라드 그린 캔디드 얌으로", turns: ["메기 플레이트 맥앤치즈 콜라드 그린 캔디드 얌으로 주세요"], lines: [plate(["mac", "greens", "yams"], "three")], confident: true },
]);

phenomenonTable("English: add-ins after with that spell another item's name", shop, [
  { name: "grilled cheese with bacon and jalapeno", turns: ["grilled cheese with bacon and jalapeno"], lines: [{ item: "grilled-cheese", qty: 1, options: { bread: "white", add: ["bacon", "jalapenos"] } }], confident: true },
  { name: "on wheat with bacon and jalapenos", turns: ["a grilled cheese on wheat with bacon and jalapenos"], lines: [{ item: "grilled-cheese", qty: 1, options: { bread: "wheat", add: ["bacon", "jalapenos"] } }], confident: true },
]);

phenomenonTable("English: the bigger one answering a question of sizes or pieces", shop, [
  { name: "the bigger one of 10 or 6 pieces", turns: ["soup dumplings", "the bigger one"], lines: [{ item: "dumplings", qty: 1, options: { pieces: "ten" } }], confident: true },
  { name: "the smaller one of 10 or 6 pieces", turns: ["soup dumplings", "the smaller one"], lines: [{ item: "dumplings", qty: 1, options: { pieces: "six" } }], confident: true },
  { name: "just the one of 1, 2 or 3 pieces", turns: ["a tofu bao", "just the one"], lines: [{ item: "tofu-bao", qty: 1, options: { "bao-order": "one" } }], confident: true },
  { name: "the bigger one of cup or bowl", turns: ["a tomato soup", "the bigger one"], lines: [{ item: "soup", qty: 1, options: { "soup-size": "bowl" } }], confident: true },
]);

phenomenonTable("English: a drink asked about, then taken with a count and its size", shop, [
  { name: "do you have horchata? one large please", turns: ["do you have horchata? one large please"], lines: [{ item: "agua", qty: 1, options: { flavor: "horchata", "drink-size": "large" } }], confident: true },
  { name: "do you have horchata? two please", turns: ["do you have horchata? two please"], lines: [{ item: "agua", qty: 2, options: { flavor: "horchata", "drink-size": "medium" } }] },
]);
