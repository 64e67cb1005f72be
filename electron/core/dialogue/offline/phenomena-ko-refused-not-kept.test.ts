// Korean refusals that stayed on screen with no model (issue 9, "refusals are never orders"):
// "참치 말고 치즈로" and "오렌지 말고 키위로" where the line was named without its tail (참치 for
// 참치김밥): the one swapped in is named the same way (치즈김밥, 키위주스, not 키위바나나주스 nor
// the 치즈 topping); "족발 소자 두 개 말고 대자 하나로" (what was said before 말고 is taken back);
// "운전해야 돼서 막걸리 취소하고" (a reason said first does not swallow the item cancelled);
// "포크카레 밥 많이 치킨카레 밥 보통" (each curry's rice said after it).
// Turns that take something back as a correction still go to the model (confident: false,
// accounting.ts); the carts are the reading applied when there is no model.
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const shop = menuFrom({
  version: 1,
  store: { id: "refused-ko", name: { ko: "분식" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "gimbap", ...ko("김밥") }, { id: "juice", ...ko("생과일 주스") }, { id: "dish", ...ko("요리") }, { id: "curry", ...ko("카레") }, { id: "drink", ...ko("음료") }],
  optionGroups: [
    { id: "topping", ...ko("토핑 추가"), select: "many", choices: [{ id: "cheese", ...ko("치즈"), price: 500 }, { id: "egg", ...ko("계란"), price: 500 }] },
    { id: "size", ...ko("크기"), select: "one", default: "small", choices: [{ id: "small", ...ko("소", ["소자"]) }, { id: "large", ...ko("대", ["대자"]), price: 10000 }] },
    { id: "rice", ...ko("밥 양"), select: "one", default: "normal", choices: [{ id: "normal", ...ko("밥 보통") }, { id: "more", ...ko("밥 많이") }, { id: "double", ...ko("곱빼기") }] },
  ],
  items: [
    { id: "tuna", category: "gimbap", ...ko("참치김밥", ["참치"]), price: 4500 },
    { id: "cheese-g", category: "gimbap", ...ko("치즈김밥"), price: 4500 },
    { id: "katsu-g", category: "gimbap", ...ko("돈까스김밥"), price: 5000 },
    { id: "ramen", category: "gimbap", ...ko("라면"), price: 4000, optionGroups: ["topping"] },
    { id: "orange", category: "juice", ...ko("오렌지주스", ["오렌지"]), price: 5000 },
    { id: "kiwi", category: "juice", ...ko("키위주스"), price: 5000 },
    { id: "kiwi-banana", category: "juice", ...ko("키위바나나주스", ["키위바나나", "키위 바나나"]), price: 5500 },
    { id: "jokbal", category: "dish", ...ko("족발"), price: 30000, optionGroups: ["size"] },
    { id: "pork", category: "curry", ...ko("포크카레"), price: 8000, optionGroups: ["rice"] },
    { id: "chicken", category: "curry", ...ko("치킨카레"), price: 8500, optionGroups: ["rice"] },
    { id: "makgeolli", category: "drink", ...ko("막걸리"), price: 5000 },
    { id: "cola", category: "drink", ...ko("콜라"), price: 2000 },
  ],
});

phenomenonTable("Korean: refused things are not kept", shop, [
  { name: "참치 말고 치즈로 (치즈 also a ramen topping)", turns: ["돈까스김밥 2줄 참치김밥 1줄요", "아 참치 말고 치즈로 해주세요"], lines: [{ item: "katsu-g", qty: 2 }, { item: "cheese-g", qty: 1 }], confident: false },
  { name: "오렌지 말고 키위로 (키위주스, not 키위바나나주스)", turns: ["오렌지주스 하나요", "오렌지 말고 키위로 바꿔주세요"], lines: [{ item: "kiwi", qty: 1 }], confident: false },
  { name: "족발 소자 두 개 말고 대자 하나로", turns: ["족발 소자 두 개 말고 대자 하나로 주세요"], lines: [{ item: "jokbal", qty: 1, options: { size: "large" } }], confident: false },
  { name: "족발 두 개 말고 하나만", turns: ["족발 두 개 말고 하나만 주세요"], lines: [{ item: "jokbal", qty: 1 }] },
  { name: "운전해야 돼서 막걸리 취소하고 콜라로", turns: ["막걸리 한 병이요", "아 운전해야 돼서 막걸리 취소하고 콜라로 주세요"], lines: [{ item: "cola", qty: 1 }], confident: false },
  { name: "포크카레 밥 많이 치킨카레 밥 보통", turns: ["포크카레 밥 많이 치킨카레 밥 보통이요"], lines: [{ item: "pork", qty: 1, options: { rice: "more" } }, { item: "chicken", qty: 1, options: { rice: "normal" } }] },
  { name: "밥 많이 포크카레 밥 보통 치킨카레 (options first stay with the next)", turns: ["밥 많이 포크카레 밥 보통 치킨카레요"], lines: [{ item: "pork", qty: 1, options: { rice: "more" } }, { item: "chicken", qty: 1, options: { rice: "normal" } }] },
]);
