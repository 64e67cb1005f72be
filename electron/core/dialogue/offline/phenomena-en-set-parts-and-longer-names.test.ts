// A set's part said alone, and a name read inside a longer one:
// - "the thick chocolate" where that is the combo's drink's alias and the drink is sold alone
//   by the same name: the drink, not the combo (set-part-said-alone.ts); "two sodas" where
//   the soda is only the set's drink, "two soups, both tomato" where the set's "cup of soup"
//   is no soup sold alone by name: the set is a guess; "a soup, the tomato" where the soup
//   named after it says which: that soup alone.
// - "a glass of red sangria" where the rioja is also "a glass of red": the sangria said whole
//   (name-into-a-longer-name.ts); "a red" where that is the set's sangria and the rioja's "house
//   red" too: a guess (word-names-item.ts).
// - "a beer" where the bratwurst is also a "beer brat" and "Beer" heads the drafts: no bratwurst
//   (english-phrases.ts, groupWordItem).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const b = (e: string, k: string, aliases?: string[], ko?: string[]) => ({ name: { en: e, ko: k }, ...(aliases || ko ? { aliases: { ...(aliases ? { en: aliases } : {}), ...(ko ? { ko } : {}) } } : {}) });

const bar = menuFrom({
  version: 1,
  store: { id: "set-parts", name: { en: "Test Bar", ko: "테스트 바" }, currency: "USD", languages: ["en", "ko"] },
  categories: [
    { id: "plates", name: { en: "Small plates", ko: "작은 접시" } },
    { id: "soups", name: { en: "Soups", ko: "수프" } },
    { id: "drinks", name: { en: "Drinks", ko: "음료" } },
    { id: "sets", name: { en: "Sets", ko: "세트" } },
  ],
  optionGroups: [
    {
      id: "set-drink", ...b("Set drink", "세트 음료"), select: "one",
      choices: [
        { id: "red-sangria", ...b("Red sangria", "레드 상그리아", ["red", "red sangria"]) },
        { id: "beer", ...b("Beer", "맥주", ["beers"], ["맥주 두 잔"]) },
        { id: "soft", ...b("Soft drinks", "탄산음료", ["soft drink", "soda", "sodas", "coke", "cokes"]) },
      ],
    },
    {
      id: "combo-drink", ...b("Combo drink", "콤보 음료"), select: "one", default: "coffee",
      choices: [
        { id: "spanish-hc", ...b("Spanish hot chocolate", "스페인식 핫초코", ["the thick chocolate", "thick chocolate"]) },
        { id: "coffee", ...b("Coffee", "커피") },
      ],
    },
    {
      id: "combo-side", ...b("Combo side", "콤보 사이드"), select: "one",
      choices: [
        { id: "soup-cup", ...b("Cup of soup of the day", "오늘의 수프", ["soup", "soups", "cup of soup"]) },
        { id: "fries", ...b("Fries", "감자튀김") },
        { id: "lentil-cup", ...b("Cup of Lentil", "렌틸 수프 컵", ["lentil soup", "a cup of lentil soup"]) },
      ],
    },
    { id: "serving", ...b("Serving", "서빙"), select: "one", default: "glass", choices: [{ id: "glass", ...b("Glass", "글라스", ["a glass", "glass"]) }, { id: "pitcher", ...b("Pitcher", "피처", ["a pitcher"]) }] },
    { id: "soup-size", ...b("Soup size", "수프 크기"), select: "one", default: "cup", choices: [{ id: "cup", ...b("Cup", "컵") }, { id: "bowl", ...b("Bowl", "볼", ["a bowl"]) }] },
    { id: "add-ins", ...b("Add-ins", "추가"), select: "many", choices: [{ id: "tomato", ...b("Tomato", "토마토") }, { id: "ham", ...b("Ham", "햄") }] },
  ],
  items: [
    { id: "gambas", category: "plates", ...b("Gambas al Ajillo", "감바스", ["gambas"]), price: 900 },
    { id: "bravas", category: "plates", ...b("Patatas Bravas", "파타타스 브라바스", ["bravas"]), price: 700 },
    { id: "toastie", category: "plates", ...b("Cheese Toastie", "치즈 토스티", ["toastie"]), price: 600, optionGroups: ["add-ins"] },
    { id: "tapas-set", category: "sets", ...b("Tapas for Two", "타파스 세트", ["tapas set"]), price: 3000, optionGroups: ["set-drink"] },
    { id: "combo", category: "sets", ...b("Toastie Combo", "토스티 콤보", ["combo"]), price: 1200, optionGroups: ["add-ins", "combo-drink", "combo-side"] },
    { id: "sangria-red", category: "drinks", ...b("Red Sangria", "레드 상그리아", ["red sangria"]), price: 800, optionGroups: ["serving"] },
    { id: "sangria-white", category: "drinks", ...b("White Sangria", "화이트 상그리아", ["white sangria"]), price: 800, optionGroups: ["serving"] },
    { id: "rioja", category: "drinks", ...b("Glass of Rioja", "리오하", ["rioja", "house red", "a glass of red"]), price: 900 },
    { id: "draft", category: "drinks", ...b("Estrella Draft", "에스트레야 생맥주", ["beer", "draft beer"], ["맥주", "생맥주"]), price: 700 },
    { id: "spanish-hc", category: "drinks", ...b("Spanish Hot Chocolate", "스페인식 핫초코", ["spanish chocolate"]), price: 500 },
    { id: "coffee", category: "drinks", ...b("Coffee", "커피"), price: 300 },
    { id: "tomato-soup", category: "soups", ...b("Tomato Soup", "토마토 수프", ["tomato soup", "tomato"]), price: 500, optionGroups: ["soup-size"] },
    { id: "lentil-soup", category: "soups", ...b("Lentil Soup", "렌틸 수프", ["lentil soup", "lentil"]), price: 500, optionGroups: ["soup-size"] },
    { id: "fries", category: "plates", ...b("Fries", "감자튀김", ["fries"]), price: 400 },
  ],
});

phenomenonTable("English: a set's part said alone, sold alone by the same name", bar, [
  { name: "I'd like the thick chocolate", turns: ["I'd like the thick chocolate"], lines: [{ item: "spanish-hc", qty: 1 }], confident: true },
  { name: "two of the thick chocolates", turns: ["two of the thick chocolates"], lines: [{ item: "spanish-hc", qty: 2 }], confident: true },
  { name: "a cup of lentil soup (the set's side, the soup sold alone in a cup)", turns: ["a cup of lentil soup"], lines: [{ item: "lentil-soup", qty: 1, options: { "soup-size": "cup" } }], confident: true },
  { name: "the thick chocolate and gambas", turns: ["the thick chocolate and gambas"], lines: [{ item: "spanish-hc", qty: 1 }, { item: "gambas", qty: 1 }], confident: true },
  // (A set's choice "맥주 두 잔" with no set in hand: the beer sold alone as 맥주, two of it, item-and-count-as-choice.ts, r121e-028.)
  { name: "맥주 두 잔이요 (a count inside the set's word)", turns: ["맥주 두 잔이요"], lines: [{ item: "draft", qty: 2 }] },
]);

phenomenonTable("English: the set's word for a part said before the thing sold alone that says which", bar, [
  { name: "a soup, the tomato soup, and a coffee", turns: ["a soup, the tomato soup, and a coffee"], lines: [{ item: "tomato-soup", qty: 1, options: { "soup-size": "cup" } }, { item: "coffee", qty: 1 }], confident: true },
  { name: "a soup, lentil soup, in a bowl", turns: ["I'll do a soup, lentil soup, in a bowl"], lines: [{ item: "lentil-soup", qty: 1, options: { "soup-size": "bowl" } }], confident: true },
]);

notAloneTable("English and Korean: a set's part sold alone by no name of its own starts the set only as a guess", bar, [
  { name: "two sodas", turns: ["two sodas"] },
  { name: "a coke and gambas", turns: ["a coke and gambas"] },
  { name: "gambas, bravas and two cokes", turns: ["gambas, bravas and two cokes"] },
  { name: "two soups, both tomato", turns: ["two soups, both tomato"] },
  { name: "a red (the set's sangria, or the house red?)", turns: ["a red"] },
]);

phenomenonTable("English: a name is not read where its last words start a longer name said whole", bar, [
  { name: "a glass of red sangria", turns: ["a glass of red sangria"], lines: [{ item: "sangria-red", qty: 1, options: { serving: "glass" } }], confident: true },
  { name: "bravas and a glass of red sangria", turns: ["bravas and a glass of red sangria"], lines: [{ item: "bravas", qty: 1 }, { item: "sangria-red", qty: 1, options: { serving: "glass" } }], confident: true },
  { name: "a glass of red sangria and a glass of white sangria", turns: ["a glass of red sangria and a glass of white sangria"], lines: [{ item: "sangria-red", qty: 1, options: { serving: "glass" } }, { item: "sangria-white", qty: 1, options: { serving: "glass" } }], confident: true },
]);

const stand = menuFrom({
  version: 1,
  store: { id: "beer-word", name: { en: "Test Stand", ko: "테스트 매점" }, currency: "USD", languages: ["en", "ko"] },
  categories: [
    { id: "dogs", name: { en: "Hot dogs", ko: "핫도그" } },
    { id: "beer", name: { en: "Beer", ko: "맥주" } },
  ],
  optionGroups: [
    { id: "domestic", ...b("Domestic beer", "국산 맥주", ["which beer", "beer"]), select: "one", choices: [{ id: "bud-light", ...b("Bud Light", "버드 라이트", ["bud light"]) }, { id: "coors-light", ...b("Coors Light", "쿠어스 라이트", ["coors light"]) }] },
    { id: "craft", ...b("Craft beer", "수제 맥주"), select: "one", choices: [{ id: "ipa", ...b("Local IPA", "로컬 IPA", ["ipa"]) }, { id: "amber", ...b("Amber Ale", "앰버 에일", ["amber"]) }] },
  ],
  items: [
    { id: "hot-dog", category: "dogs", ...b("Ballpark Dog", "핫도그", ["hot dog"]), price: 600 },
    { id: "bratwurst", category: "dogs", ...b("Bratwurst", "브랏부르스트", ["brat", "beer brat"]), price: 800 },
    { id: "domestic-draft", category: "beer", ...b("Domestic Draft", "국산 생맥주", ["domestic beer", "draft beer"]), price: 900, optionGroups: ["domestic"] },
    { id: "craft-draft", category: "beer", ...b("Craft Draft", "수제 생맥주", ["craft beer"]), price: 1100, optionGroups: ["craft"] },
  ],
});

phenomenonTable("English: \"a beer\" is no bratwurst called \"beer brat\"", stand, [
  { name: "a beer, then bud light", turns: ["a beer", "bud light"], lines: [{ item: "domestic-draft", qty: 1, options: { domestic: "bud-light" } }] },
]);

notAloneTable("English: \"a beer\" alone is not sure", stand, [{ name: "a beer", turns: ["a beer"] }]);
