// Korean ways of saying "not that" (held-out rounds 6–7): 하지 마세요 with any verb of putting
// on ("올리브는 추가하지 마세요"), also after "둘 다" where the refusal goes to every item;
// "X는 안 할래요/안 살게요" taking out a line; 대신 ("instead") not read as the one-letter
// choice 대 (large) it starts with; and "X 안 넣은 거 하나" after one made with X, another
// one made without it.
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const pizza = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-refusals", name: { ko: "피자집" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "pizza", ...ko("피자") }, { id: "dish", ...ko("요리") }, { id: "bread", ...ko("빵") }],
    optionGroups: [
      { id: "size", ...ko("사이즈"), select: "one", default: "r", choices: [{ id: "r", ...ko("레귤러") }, { id: "l", ...ko("라지"), price: 5000 }] },
      { id: "toppings", ...ko("토핑 추가"), select: "many", choices: [{ id: "olive", ...ko("올리브 추가", ["올리브"]), price: 1000 }, { id: "corn", ...ko("옥수수 추가", ["옥수수"]), price: 1000 }] },
      { id: "plate", ...ko("접시 크기"), select: "one", default: "small", choices: [{ id: "small", ...ko("소") }, { id: "large", ...ko("대", ["대자"]), price: 10000 }] },
      { id: "paste", ...ko("다대기"), select: "one", default: "normal", choices: [{ id: "normal", ...ko("다대기 보통") }, { id: "more", ...ko("다대기 많이") }, { id: "none", ...ko("다대기 빼기") }] },
    ],
    items: [
      { id: "shrimp", category: "pizza", ...ko("쉬림프 피자", ["쉬림프"]), price: 20000, optionGroups: ["size", "toppings"] },
      { id: "bulgogi", category: "pizza", ...ko("불고기 피자", ["불고기"]), price: 18000, optionGroups: ["size", "toppings"] },
      { id: "suyuk", category: "dish", ...ko("수육"), price: 25000, optionGroups: ["plate"] },
      { id: "jokbal", category: "dish", ...ko("족발"), price: 30000, optionGroups: ["plate"] },
      { id: "anbutter", category: "bread", ...ko("앙버터"), price: 3500 },
      { id: "salt-bread", category: "bread", ...ko("소금빵"), price: 3000 },
      { id: "gukbap", category: "dish", ...ko("돼지국밥"), price: 9000, optionGroups: ["paste"] },
    ],
  });

phenomenonTable("Korean: saying not to", pizza(), [
  { name: "올리브는 추가하지 마세요", turns: ["불고기 피자 라지 올리브는 추가하지 마세요"], lines: [{ item: "bulgogi", qty: 1, options: { size: "l" } }], confident: true },
  { name: "옥수수는 올리지 말아 주세요 on a line in hand", turns: ["불고기 피자 옥수수 추가요", "옥수수는 올리지 말아 주세요"], lines: [{ item: "bulgogi", qty: 1 }] },
  { name: "둘 다 라지요 올리브는 추가하지 마세요", turns: ["쉬림프 피자 한 판 불고기 피자 한 판 둘 다 라지요 올리브는 추가하지 마세요"], lines: [{ item: "shrimp", qty: 1, options: { size: "l" } }, { item: "bulgogi", qty: 1, options: { size: "l" } }], confident: true },
  { name: "둘 다 라지요 올리브 추가해 주세요 (adds to both)", turns: ["쉬림프 피자 한 판 불고기 피자 한 판 둘 다 라지요 올리브 추가해 주세요"], lines: [{ item: "shrimp", qty: 1, options: { size: "l", toppings: ["olive"] } }, { item: "bulgogi", qty: 1, options: { size: "l", toppings: ["olive"] } }] },
  { name: "앙버터는 안 할래요", turns: ["앙버터 하나랑 소금빵 하나요", "앙버터는 안 할래요"], lines: [{ item: "salt-bread", qty: 1 }], confident: true },
  { name: "앙버터는 안 먹을래요", turns: ["앙버터 하나랑 소금빵 하나요", "앙버터는 안 먹을래요"], lines: [{ item: "salt-bread", qty: 1 }], confident: true },
  { name: "소금빵은 안 살게요", turns: ["앙버터 하나랑 소금빵 둘이요", "소금빵은 안 살게요"], lines: [{ item: "anbutter", qty: 1 }], confident: true },
  { name: "대신: instead, not 대", turns: ["수육 소 하나요", "수육은 취소요 대신 족발로"], lines: [{ item: "jokbal", qty: 1 }] },
  { name: "다대기 많이 넣은 하나하고 다대기 안 넣은 거 하나", turns: ["다대기 많이 넣은 돼지국밥 하나하고 다대기 안 넣은 거 하나"], lines: [{ item: "gukbap", qty: 1, options: { paste: "more" } }, { item: "gukbap", qty: 1, options: { paste: "none" } }] },
  { name: "다대기 안 넣은 돼지국밥", turns: ["다대기 안 넣은 돼지국밥 하나요"], lines: [{ item: "gukbap", qty: 1, options: { paste: "none" } }], confident: true },
  { name: "대 on its own is still the choice", turns: ["수육 대 하나요"], lines: [{ item: "suyuk", qty: 1, options: { plate: "large" } }], confident: true },
]);
