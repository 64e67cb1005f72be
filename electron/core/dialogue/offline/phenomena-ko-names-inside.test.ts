// Korean names inside names (held-out round 11): 김밥 inside 참치김밥, 라면 inside 치즈라면 and
// inside the topping 라면사리, 떡 inside 떡사리. "하나는 참치로" after "김밥 두 줄" makes one
// of the two the other 김밥 (partsMadeAnotherItem); the longer name is never read as the
// shorter one plus a word.
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const shop = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-names-inside", name: { ko: "분식" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "gimbap", ...ko("김밥") }, { id: "ramen", ...ko("라면") }, { id: "tteok", ...ko("떡볶이") }],
    optionGroups: [
      { id: "topping", ...ko("추가 토핑"), select: "many", choices: [{ id: "egg", ...ko("계란"), price: 500 }, { id: "ramen-sari", ...ko("라면사리", ["라면 사리"]), price: 1000 }, { id: "tteok-sari", ...ko("떡사리", ["떡 사리"]), price: 1000 }] },
    ],
    items: [
      { id: "gimbap", category: "gimbap", ...ko("김밥", ["기본김밥"]), price: 3000 },
      { id: "tuna-gimbap", category: "gimbap", ...ko("참치김밥", ["참치"]), price: 4000 },
      { id: "cheese-gimbap", category: "gimbap", ...ko("치즈김밥"), price: 4000 },
      { id: "ramen", category: "ramen", ...ko("라면"), price: 3500, optionGroups: [{ group: "topping", choices: ["egg", "tteok-sari"] }] },
      { id: "cheese-ramen", category: "ramen", ...ko("치즈라면"), price: 4000, optionGroups: [{ group: "topping", choices: ["egg", "tteok-sari"] }] },
      { id: "tteokbokki", category: "tteok", ...ko("떡볶이"), price: 4000, optionGroups: ["topping"] },
    ],
  });

phenomenonTable("Korean: names inside names", shop(), [
  { name: "김밥 두 줄 하나는 참치로: one of each", turns: ["김밥 두 줄 주세요 하나는 참치로"], lines: [{ item: "gimbap", qty: 1 }, { item: "tuna-gimbap", qty: 1 }] },
  { name: "김밥 두 줄 하나는 치즈김밥으로", turns: ["김밥 두 줄이요 하나는 치즈김밥으로요"], lines: [{ item: "gimbap", qty: 1 }, { item: "cheese-gimbap", qty: 1 }] },
  { name: "김밥 두 줄 하나는 계란 (an option, not another item)", turns: ["떡볶이 두 개요 하나는 계란 넣어서요"], lines: [{ item: "tteokbokki", qty: 1 }, { item: "tteokbokki", qty: 1, options: { topping: ["egg"] } }] },
  { name: "김밥 한 줄 참치김밥 한 줄: two items", turns: ["김밥 한 줄 참치김밥 한 줄이요"], lines: [{ item: "gimbap", qty: 1 }, { item: "tuna-gimbap", qty: 1 }], confident: true },
  { name: "치즈라면 is not 치즈 + 라면", turns: ["치즈라면 하나요"], lines: [{ item: "cheese-ramen", qty: 1 }], confident: true },
  { name: "떡볶이 라면사리 추가: the topping, not a 라면", turns: ["떡볶이 하나 라면사리 추가요"], lines: [{ item: "tteokbokki", qty: 1, options: { topping: ["ramen-sari"] } }], confident: true },
  { name: "라면 떡사리 추가: the topping, not 떡볶이", turns: ["라면 하나 떡사리 추가요"], lines: [{ item: "ramen", qty: 1, options: { topping: ["tteok-sari"] } }], confident: true },
]);
