// "the beignet combo with a frozen cafe au lait" (held-out r41d-012): the combo's own name
// ("Beignets & Café au Lait") or description names things sold alone; said "with" one of them
// by that thing's name, the thing is the part the combo comes with, and the option said of it
// ("frozen", a word of its own or carried by an alias) is the combo's: one line, not a combo
// and a café au lait beside it (bundle-with-its-part.ts). Where the combo has no such option
// ("a large cafe au lait", a size only the drink sold alone has), a guess. Korean says the part
// as the topic after the combo: "모닝 세트 하나 드립 커피는 다크로".
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, enAliases: unknown[] = [], koAliases: string[] = []) => ({ name: { en: e, ko: k }, aliases: { en: enAliases, ko: koAliases } });

const cafe = menuFrom({
  version: 1,
  store: { id: "bundle-part", name: { en: "Test Cafe", ko: "테스트 카페" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "pastry", name: { en: "Pastry", ko: "페이스트리" } }, { id: "coffee", name: { en: "Coffee", ko: "커피" } }, { id: "combos", name: { en: "Combos", ko: "세트" } }],
  optionGroups: [
    { id: "temp", ...both("Hot or frozen", "온도"), select: "one", default: "hot", choices: [{ id: "hot", ...both("Hot", "핫", ["warm"]) }, { id: "frozen", ...both("Frozen", "프로즌", ["frozen", "iced", "blended"]) }] },
    { id: "size", ...both("Size", "사이즈"), select: "one", default: "regular", choices: [{ id: "regular", ...both("Regular", "레귤러") }, { id: "large", ...both("Large", "라지") }] },
    { id: "sugar", ...both("Powdered sugar", "슈가"), select: "one", default: "regular", choices: [{ id: "regular", ...both("Regular sugar", "기본") }, { id: "extra", ...both("Extra sugar", "슈가 듬뿍", ["extra powdered sugar"]) }] },
    { id: "roast", ...both("Roast", "로스트"), select: "one", default: "medium", choices: [{ id: "medium", ...both("Medium roast", "미디엄") }, { id: "dark", ...both("Dark roast", "다크") }] },
  ],
  items: [
    { id: "beignets", category: "pastry", ...both("Beignets", "베녜", ["beignet"]), price: 450, optionGroups: ["sugar"] },
    { id: "cafe-au-lait", category: "coffee", ...both("Café au Lait", "카페 오레", ["cafe au lait", { text: "frozen cafe au lait", options: { temp: "frozen" } }]), price: 400, optionGroups: ["temp", "size"] },
    { id: "drip", category: "coffee", ...both("Drip Coffee", "드립 커피", ["drip", "coffee"]), price: 300, optionGroups: ["roast", "size"] },
    { id: "donut", category: "pastry", ...both("Glazed Donut", "글레이즈드 도넛", ["donut", "glazed donut"]), price: 250 },
    { id: "combo", category: "combos", ...both("Beignets & Café au Lait", "베녜 & 카페 오레 세트", ["beignet combo", "combo"]), price: 750, optionGroups: ["temp", "sugar"] },
    { id: "donut-combo", category: "combos", ...both("Morning Combo", "모닝 세트", ["morning combo"]), description: { en: "A glazed donut and a drip coffee.", ko: "글레이즈드 도넛과 드립 커피." }, price: 500, optionGroups: ["roast"] },
  ],
});

phenomenonTable("English: the combo said with its part by the part's name", cafe, [
  { name: "beignet combo with a frozen cafe au lait (the alias's option)", turns: ["the beignet combo with a frozen cafe au lait"], lines: [{ item: "combo", qty: 1, options: { temp: "frozen" } }], confident: true },
  { name: "with an iced cafe au lait (the option's own word)", turns: ["one beignet combo with an iced cafe au lait please"], lines: [{ item: "combo", qty: 1, options: { temp: "frozen" } }], confident: true },
  { name: "with a cafe au lait (no option)", turns: ["can i get the beignet combo with a cafe au lait"], lines: [{ item: "combo", qty: 1 }], confident: true },
  { name: "morning combo with a dark roast drip coffee (named in the description)", turns: ["a morning combo with a dark roast drip coffee"], lines: [{ item: "donut-combo", qty: 1, options: { roast: "dark" } }], confident: true },
]);

notAloneTable("English: the part's option that the combo has no say in", cafe, [
  { name: "beignet combo with a large cafe au lait", turns: ["the beignet combo with a large cafe au lait"] },
  { name: "morning combo with a large drip coffee", turns: ["a morning combo with a large drip coffee"] },
]);

phenomenonTable("Korean: the combo, then its part as the topic with its option", cafe, [
  { name: "모닝 세트 하나 드립 커피는 다크로", turns: ["모닝 세트 하나 드립 커피는 다크로 주세요"], lines: [{ item: "donut-combo", qty: 1, options: { roast: "dark" } }], confident: true },
  { name: "모닝 세트 두 개 드립 커피는 다크로요", turns: ["모닝 세트 두 개 드립 커피는 다크로요"], lines: [{ item: "donut-combo", qty: 2, options: { roast: "dark" } }], confident: true },
]);

notAloneTable("Korean: the part's option that the combo has no say in", cafe, [{ name: "모닝 세트 드립 커피는 라지로", turns: ["모닝 세트 하나 드립 커피는 라지로 주세요"] }]);
