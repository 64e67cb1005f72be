// "치즈 한줄": a counter that counts one kind of dish (줄: gimbap rolls) names the dish with the
// word before it, where the word alone is also a topping of something else. A test 분식 menu.
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const shop = menuFrom({
  version: 1,
  store: { id: "counter-nouns", name: { ko: "테스트 분식" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "all", ...ko("전체") }],
  optionGroups: [{ id: "topping", ...ko("추가"), select: "many", choices: [{ id: "cheese", ...ko("치즈") }, { id: "egg", ...ko("계란") }] }],
  items: [
    { id: "tuna-gimbap", category: "all", ...ko("참치김밥", ["참치"]), price: 4000 },
    { id: "cheese-gimbap", category: "all", ...ko("치즈김밥"), price: 4000 },
    { id: "ramen", category: "all", ...ko("라면"), price: 4500, optionGroups: ["topping"] },
  ],
});

phenomenonTable("Korean: a dish named by the counter that counts it (치즈 한줄)", shop, [
  { name: "라면 하나 치즈 한줄", turns: ["라면 하나 치즈 한줄"], lines: [{ item: "ramen", qty: 1, options: { topping: [] } }, { item: "cheese-gimbap", qty: 1 }] },
  { name: "참치 한줄 치즈 두줄", turns: ["참치 한줄 치즈 두줄"], lines: [{ item: "tuna-gimbap", qty: 1 }, { item: "cheese-gimbap", qty: 2 }], confident: true },
  // A counter any dish or topping takes (개) leaves the word a topping.
  { name: "라면 치즈 추가 하나", turns: ["라면 치즈 추가 하나"], lines: [{ item: "ramen", qty: 1, options: { topping: ["cheese"] } }] },
  { name: "라면 계란 두개 추가", turns: ["라면 계란 두개 추가"], lines: [{ item: "ramen", qty: 1, options: { topping: ["egg"] } }] },
]);
