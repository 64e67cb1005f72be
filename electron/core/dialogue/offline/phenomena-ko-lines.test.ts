// Korean turns where words said after one thing belong to it, or name a line already in
// hand (held-out rounds 5–7): a 반반 item's two halves named after it or answering which
// ("반반 한마리 후라이드랑 간장", "양념이랑 간장이요"), the verb 빼 주세요 on a store whose
// removals group is called 빼기, a removal kept on the item before when the next one is
// said to be plain (그냥), "라떼는" after "딸기라떼 하나", and "세트 말고 단품으로".
import { ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (k: string, e: string) => ({ name: { ko: k, en: e } });
const chicken = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-halves", ...both("치킨", "Chicken"), currency: "KRW", languages: ["ko", "en"] },
    categories: [{ id: "chicken", ...both("치킨", "Chicken") }, { id: "side", ...both("사이드", "Sides") }],
    optionGroups: [
      {
        id: "half", ...both("반반 구성", "Halves"), select: "one",
        choices: [
          { id: "f-y", name: { ko: "후라이드+양념", en: "Fried + Spicy" } },
          { id: "f-g", name: { ko: "후라이드+간장", en: "Fried + Soy" } },
          { id: "y-g", name: { ko: "양념+간장", en: "Spicy + Soy" } },
        ],
      },
      { id: "bone", ...both("뼈/순살", "Bone"), select: "one", default: "bone", choices: [{ id: "bone", ...both("뼈", "bone in") }, { id: "boneless", ...both("순살", "boneless"), price: 2000 }] },
    ],
    items: [
      { id: "fried", category: "chicken", name: { ko: "후라이드치킨", en: "Fried chicken" }, aliases: { ko: ["후라이드"], en: ["fried"] }, price: 18000, optionGroups: ["bone"] },
      { id: "spicy", category: "chicken", name: { ko: "양념치킨", en: "Spicy chicken" }, aliases: { ko: ["양념"], en: ["spicy"] }, price: 19000, optionGroups: ["bone"] },
      { id: "soy", category: "chicken", name: { ko: "간장치킨", en: "Soy chicken" }, aliases: { ko: ["간장"], en: ["soy"] }, price: 19000, optionGroups: ["bone"] },
      { id: "banban", category: "chicken", name: { ko: "반반치킨", en: "Half and half chicken" }, aliases: { ko: ["반반"], en: ["half and half"] }, price: 19000, optionGroups: ["half", "bone"] },
      { id: "cheeseball", category: "side", ...both("치즈볼", "Cheese balls"), price: 5000 },
    ],
  });

phenomenonTable("반반: its two halves named after it are its choice", chicken(), [
  { name: "반반 한마리 후라이드랑 간장", turns: ["반반 한마리 후라이드랑 간장 치즈볼 하나 추가요"], lines: [{ item: "banban", qty: 1, options: { half: "f-g" } }, { item: "cheeseball", qty: 1 }], confident: true },
  { name: "반반 순살로 양념 간장", turns: ["반반 순살로 양념 간장 하나요"], lines: [{ item: "banban", qty: 1, options: { half: "y-g", bone: "boneless" } }] },
  { name: "answering which 반반", turns: ["반반으로 하나 주세요", "양념이랑 간장이요"], lines: [{ item: "banban", qty: 1, options: { half: "y-g" } }], confident: true },
  { name: "after 랑 the pair is read so, not surely", turns: ["반반 하나랑 후라이드랑 양념 주세요"], lines: [{ item: "banban", qty: 1, options: { half: "f-y" } }], confident: false },
  { name: "halves with counts of their own stay items", turns: ["반반 하나 후라이드 하나 간장 하나요"], lines: [{ item: "fried", qty: 1 }, { item: "soy", qty: 1 }] },
  { name: "two items with nothing asked stay items", turns: ["후라이드랑 간장 주세요"], lines: [{ item: "fried", qty: 1 }, { item: "soy", qty: 1 }] },
  { name: "English: half and half, fried and soy", turns: ["one half and half fried and soy please"], lines: [{ item: "banban", qty: 1, options: { half: "f-g" } }] },
]);

const bunsik = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-lines", name: { ko: "분식" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "snack", ...ko("분식") }, { id: "burger", ...ko("버거") }, { id: "drink", ...ko("음료") }],
    optionGroups: [
      { id: "hold", ...ko("빼기", ["빼 주세요"]), select: "many", choices: [{ id: "no-cucumber", ...ko("오이 빼기", ["오이 빼고"]) }, { id: "no-carrot", ...ko("당근 빼기", ["당근 빼고"]) }] },
      { id: "set-side", ...ko("세트 사이드"), select: "one", choices: [{ id: "fries", ...ko("감자튀김") }, { id: "sticks", ...ko("치즈스틱") }] },
      { id: "burger-hold", ...ko("버거 빼기"), select: "many", choices: [{ id: "no-pickle", ...ko("피클 빼기", ["피클 빼고"]) }] },
      { id: "size", ...ko("사이즈"), select: "one", default: "regular", choices: [{ id: "regular", ...ko("레귤러") }, { id: "large", ...ko("라지", ["큰 사이즈"]), price: 500 }] },
    ],
    items: [
      { id: "tuna-gimbap", category: "snack", ...ko("참치김밥"), price: 4000, optionGroups: ["hold"] },
      { id: "cheese-gimbap", category: "snack", ...ko("치즈김밥"), price: 4000, optionGroups: ["hold"] },
      { id: "sundae", category: "snack", ...ko("순대"), price: 4000 },
      { id: "eomuk", category: "snack", ...ko("어묵탕"), price: 4000 },
      { id: "tteokbokki", category: "snack", ...ko("떡볶이"), price: 4000 },
      { id: "burger", category: "burger", ...ko("치즈버거"), price: 5000, optionGroups: ["burger-hold"] },
      { id: "burger-set", category: "burger", ...ko("치즈버거 세트"), price: 7000, optionGroups: ["set-side", "burger-hold"] },
      { id: "latte", category: "drink", ...ko("카페라떼", ["라떼"]), price: 4500, optionGroups: ["size"] },
      { id: "strawberry-latte", category: "drink", ...ko("딸기라떼"), price: 5500, optionGroups: ["size"] },
      { id: "vanilla-latte", category: "drink", ...ko("바닐라라떼"), price: 5000, optionGroups: ["size"] },
    ],
  });

phenomenonTable("Korean: words that name a line in hand", bunsik(), [
  { name: "빼 주세요 on a store whose removals are called 빼기", turns: ["떡볶이 하나 순대 하나 어묵탕 하나요", "순대랑 어묵탕은 빼주세요"], lines: [{ item: "tteokbokki", qty: 1 }], confident: true },
  { name: "그냥 on the next item: the removal is the one before's", turns: ["참치김밥 한 줄 오이 빼고 치즈김밥 한 줄은 그냥 주세요"], lines: [{ item: "tuna-gimbap", qty: 1, options: { hold: ["no-cucumber"] } }, { item: "cheese-gimbap", qty: 1 }], confident: false },
  { name: "a removal before the next item, before its name", turns: ["오이 빼고 치즈김밥 한 줄이요"], lines: [{ item: "cheese-gimbap", qty: 1, options: { hold: ["no-cucumber"] } }] },
  { name: "라떼는 after 딸기라떼 is that line", turns: ["떡볶이 하나랑 딸기라떼 하나요, 라떼는 큰 사이즈요"], lines: [{ item: "tteokbokki", qty: 1 }, { item: "strawberry-latte", qty: 1, options: { size: "large" } }], confident: true },
  { name: "라떼는 after a 카페라떼 is the 카페라떼", turns: ["카페라떼 하나 딸기라떼 하나요", "라떼는 큰 사이즈요"], lines: [{ item: "latte", qty: 1, options: { size: "large" } }, { item: "strawberry-latte", qty: 1 }] },
  { name: "세트 말고 단품으로", turns: ["치즈버거 세트 감자튀김이요", "아 세트 말고 그냥 단품으로 할게요"], lines: [{ item: "burger", qty: 1 }] },
  { name: "세트 말고 단품으로 두 개: the count said", turns: ["치즈버거 세트 감자튀김이요", "세트 말고 단품으로 두 개 주세요"], lines: [{ item: "burger", qty: 2 }] },
  { name: "세트 말고 단품으로 keeps what the burger takes", turns: ["치즈버거 세트 두 개 감자튀김 피클 빼고요", "세트 말고 단품으로 주세요"], lines: [{ item: "burger", qty: 2, options: { "burger-hold": ["no-pickle"] } }] },
]);

notAloneTable("Korean: a removal between one item's count and the next item both take", bunsik(), [
  { name: "참치김밥 한 줄 오이 빼고 치즈김밥 한 줄", turns: ["참치김밥 한 줄 오이 빼고 치즈김밥 한 줄 주세요"] },
  { name: "라떼는 with 바닐라라떼 and 딸기라떼 in hand", turns: ["바닐라라떼 하나 딸기라떼 하나요", "라떼는 큰 사이즈요"] },
]);
