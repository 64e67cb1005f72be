// Korean names inside names (held-out round 11): 김밥 inside 참치김밥, 라면 inside 치즈라면 and
// inside the topping 라면사리, 떡 inside 떡사리. "하나는 참치로" after "김밥 두 줄" makes one
// of the two the other 김밥 (names-inside.ts); the longer name is never read as the
// shorter one plus a word; part of a name said after a number counts it ("떡꼬치 두 꼬치").
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
      { id: "tteokkochi", category: "tteok", ...ko("떡꼬치"), price: 1500 },
      { id: "rice", category: "gimbap", ...ko("공기밥"), price: 1000 },
    ],
  });

phenomenonTable("Korean: names inside names", shop(), [
  { name: "김밥 두 줄 하나는 참치로: one of each", turns: ["김밥 두 줄 주세요 하나는 참치로"], lines: [{ item: "gimbap", qty: 1 }, { item: "tuna-gimbap", qty: 1 }] },
  { name: "김밥 두 줄 하나는 치즈김밥으로", turns: ["김밥 두 줄이요 하나는 치즈김밥으로요"], lines: [{ item: "gimbap", qty: 1 }, { item: "cheese-gimbap", qty: 1 }] },
  { name: "김밥 두 줄 하나는 계란 (an option, not another item)", turns: ["떡볶이 두 개요 하나는 계란 넣어서요"], lines: [{ item: "tteokbokki", qty: 1 }, { item: "tteokbokki", qty: 1, options: { topping: ["egg"] } }] },
  { name: "김밥 한 줄 참치김밥 한 줄: two items", turns: ["김밥 한 줄 참치김밥 한 줄이요"], lines: [{ item: "gimbap", qty: 1 }, { item: "tuna-gimbap", qty: 1 }], confident: true },
  { name: "치즈라면 is not 치즈 + 라면", turns: ["치즈라면 하나요"], lines: [{ item: "cheese-ramen", qty: 1 }], confident: true },
  { name: "떡볶이 라면사리 추가: the topping, not a 라면", turns: ["떡볶이 하나 라면사리 추가요"], lines: [{ item: "tteokbokki", qty: 1, options: { topping: ["ramen-sari"] } }], confident: true },
  { name: "떡꼬치 두 꼬치: the end of the name counts it", turns: ["떡꼬치 두 꼬치 주세요"], lines: [{ item: "tteokkochi", qty: 2 }], confident: true },
  { name: "공기밥 세 공기: the start of the name counts it", turns: ["김밥 한 줄 주시고 공기밥 세 공기요"], lines: [{ item: "gimbap", qty: 1 }, { item: "rice", qty: 3 }], confident: true },
  { name: "라면 떡사리 추가: the topping, not 떡볶이", turns: ["라면 하나 떡사리 추가요"], lines: [{ item: "ramen", qty: 1, options: { topping: ["tteok-sari"] } }], confident: true },
]);

// A topping named like an item of the kind ordered (망고 the topping, 망고빙수 the item).
const dessert = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-names-inside-dessert", name: { ko: "디저트" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "bingsu", ...ko("빙수") }, { id: "dessert", ...ko("디저트") }],
    optionGroups: [
      { id: "size", ...ko("빙수 사이즈"), select: "one", choices: [{ id: "solo", ...ko("1인") }, { id: "duo", ...ko("2인"), price: 4000 }] },
      { id: "topping", ...ko("토핑 추가"), select: "many", max: 3, choices: [{ id: "mango", ...ko("망고"), price: 2500 }, { id: "injeolmi", ...ko("인절미"), price: 1000 }, { id: "milk", ...ko("연유"), price: 500 }] },
    ],
    items: [
      { id: "milk-bingsu", category: "bingsu", ...ko("우유빙수"), price: 9000, optionGroups: ["size", "topping"] },
      { id: "mango-bingsu", category: "bingsu", ...ko("애플망고빙수", ["망고빙수"]), price: 14000, optionGroups: ["size", "topping"] },
      { id: "injeolmi-bingsu", category: "bingsu", ...ko("인절미빙수"), price: 10000, optionGroups: ["size", "topping"] },
      { id: "bean-bingsu", category: "bingsu", ...ko("팥빙수"), price: 9500, optionGroups: ["size", { group: "topping", choices: ["injeolmi", "milk"] }] },
      { id: "croffle", category: "dessert", ...ko("크로플"), price: 4500, optionGroups: [{ group: "topping", choices: ["milk"], max: 1 }] },
    ],
  });

phenomenonTable("Korean: a topping named like an item of the kind ordered", dessert(), [
  { name: "빙수 하나 then 망고로요: the 망고빙수, then its size", turns: ["빙수 하나 주세요", "망고로요", "2인이요"], lines: [{ item: "mango-bingsu", qty: 1, options: { size: "duo" } }] },
  { name: "망고 추가요 with nothing ordered: no 망고빙수 ordered", turns: ["망고 추가요"], lines: [] },
  { name: "망고로요 is not answered alone", turns: ["빙수 하나 주세요", "망고로요"], lines: [], confident: false },
  { name: "망고 추가요 on a 빙수 ordered: the topping", turns: ["우유빙수 1인 하나요", "망고 추가요"], lines: [{ item: "milk-bingsu", qty: 1, options: { size: "solo", topping: ["mango"] } }] },
  { name: "팥빙수 말고 인절미로 바꿀게요: the 인절미빙수, same size", turns: ["팥빙수 2인이요", "팥빙수 말고 인절미로 바꿀게요"], lines: [{ item: "injeolmi-bingsu", qty: 1, options: { size: "duo" } }] },
  { name: "팥빙수에 인절미 추가요: the topping", turns: ["팥빙수 2인이요", "팥빙수에 인절미 추가요"], lines: [{ item: "bean-bingsu", qty: 1, options: { size: "duo", topping: ["injeolmi"] } }] },
  { name: "빙수 말고 크로플로: the 빙수 ordered is replaced", turns: ["우유빙수 1인 하나요", "아 죄송한데 빙수 말고 크로플로 할게요 연유 뿌려서요"], lines: [{ item: "croffle", qty: 1, options: { topping: ["milk"] } }] },
]);

// An item of one kind named inside an item of another (인절미 the 떡, 인절미빙수 the 빙수).
const teahouse = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-names-inside-tea", name: { ko: "찻집" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "sweets", ...ko("떡") }, { id: "bingsu", ...ko("빙수") }],
    optionGroups: [{ id: "add", ...ko("빙수 추가"), select: "many", choices: [{ id: "tteok", ...ko("떡"), price: 1000 }] }],
    items: [
      { id: "injeolmi", category: "sweets", ...ko("인절미"), price: 5000 },
      { id: "bean-bingsu", category: "bingsu", ...ko("팥빙수"), price: 9000, optionGroups: ["add"] },
      { id: "injeolmi-bingsu", category: "bingsu", ...ko("인절미빙수"), price: 10000, optionGroups: ["add"] },
    ],
  });

phenomenonTable("Korean: an item said to be of another kind", teahouse(), [
  { name: "인절미는 떡 말고 빙수로요: the 인절미빙수 instead", turns: ["팥빙수 하나 인절미 하나요", "인절미는 떡 말고 빙수로요"], lines: [{ item: "bean-bingsu", qty: 1 }, { item: "injeolmi-bingsu", qty: 1 }] },
  { name: "팥빙수에 떡 추가요: the option", turns: ["팥빙수 하나요", "팥빙수에 떡 추가요"], lines: [{ item: "bean-bingsu", qty: 1, options: { add: ["tteok"] } }] },
]);
