// Korean first-run wrong answers alone of blind rounds 49–51, by the way of talking each
// was an example of. "소면 하나 추가해 주세요" where the item takes the one-of choice 소면 and
// the counted "소면 추가": the word, its count and the adding word spell the count's name
// (held-out r49c-010). A set's part said as the topic after the set, "2인 세트 하나 주세요 짬뽕은
// 4단계로요 탕수육은 소스 따로요", and "그걸로 하나 주세요 …" right after asking what the set holds:
// the set's parts and their options, not parts ordered apart; and, whatever reads it, a set and
// one of its own parts made beside it, said as the topic or with a choice the set takes too, is
// a guess (held-out r51c-020, r48e-016). "음료는 둘 다 따뜻한 라떼요" a turn after two cake sets:
// the sets' "세트 음료", headed by the category's word, not two lattes more; and "둘 다" said with
// lines in hand that made only new lines of one item is a guess (held-out r49e-008).
import { ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const coldSoup = menuFrom({
  version: 1,
  store: { id: "ko-blind-mulhoe", name: { ko: "물횟집" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "soup", ...ko("물회") }, { id: "side", ...ko("사이드") }],
  optionGroups: [
    { id: "carb", ...ko("밥 / 소면"), select: "one", choices: [{ id: "rice", ...ko("밥", ["밥으로"]) }, { id: "noodle", ...ko("소면", ["소면으로", "면"]) }] },
    { id: "noodle-extra", ...ko("소면 추가", ["면 추가", "사리 추가"]), select: "count", min: 0, max: 3, default: 0, unitPrice: 1000 },
  ],
  items: [
    { id: "mulhoe", category: "soup", ...ko("모둠 물회", ["물회"]), price: 16000, optionGroups: ["carb", "noodle-extra"] },
    { id: "rice", category: "side", ...ko("공기밥"), price: 1000 },
  ],
});

phenomenonTable("Korean: a choice's word, a count and 추가 spell the counted add-on", coldSoup, [
  { name: "물회 하나 밥으로요 → 소면 하나 추가해 주세요", turns: ["물회 하나 밥으로요", "소면 하나 추가해 주세요"], lines: [{ item: "mulhoe", qty: 1, options: { carb: "rice", "noodle-extra": 1 } }] },
  { name: "물회 밥으로 하나 소면 두 개 추가요", turns: ["물회 밥으로 하나 소면 두 개 추가요"], lines: [{ item: "mulhoe", qty: 1, options: { carb: "rice", "noodle-extra": 2 } }] },
  { name: "물회 하나 소면으로요 (the choice, as before)", turns: ["물회 하나 소면으로요"], lines: [{ item: "mulhoe", qty: 1, options: { carb: "noodle" } }], confident: true },
]);

const noodleHouse = menuFrom({
  version: 1,
  store: { id: "ko-blind-jjamppong", name: { ko: "중국집", en: "Noodle house" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "noodle", name: { ko: "면", en: "Noodles" } }, { id: "dish", name: { ko: "요리", en: "Dishes" } }, { id: "set", name: { ko: "세트", en: "Sets" } }, { id: "drink", name: { ko: "음료", en: "Drinks" } }],
  optionGroups: [
    { id: "spice", name: { ko: "맵기", en: "Spice" }, select: "one", default: "2", choices: [{ id: "2", name: { ko: "2단계", en: "Level 2" }, aliases: { ko: ["보통"], en: ["medium"] } }, { id: "4", name: { ko: "4단계", en: "Level 4" }, aliases: { ko: ["제일 맵게"], en: ["extra hot"] } }] },
    { id: "sauce", name: { ko: "소스", en: "Sauce" }, select: "one", default: "poured", choices: [{ id: "poured", name: { ko: "부먹", en: "Sauce poured" } }, { id: "side", name: { ko: "찍먹", en: "Sauce on the side" }, aliases: { ko: ["소스 따로"], en: ["sauce on the side"] } }] },
    { id: "second", name: { ko: "세트 면 변경", en: "Second noodle" }, select: "one", default: "black", choices: [{ id: "black", name: { ko: "짜장면", en: "Black bean noodles" } }, { id: "red", name: { ko: "짬뽕", en: "Jjamppong" }, price: 2000 }] },
  ],
  items: [
    { id: "jjamppong", category: "noodle", name: { ko: "짬뽕", en: "Jjamppong" }, price: 9000, optionGroups: ["spice"] },
    { id: "black", category: "noodle", name: { ko: "짜장면", en: "Black bean noodles" }, price: 8000 },
    { id: "pork", category: "dish", name: { ko: "탕수육", en: "Sweet and sour pork" }, price: 18000, optionGroups: ["sauce"] },
    { id: "for-two", category: "set", name: { ko: "2인 세트", en: "Combo for two" }, description: { ko: "짬뽕 1 + 짜장면 1 + 탕수육(소).", en: "Jjamppong, black bean noodles and sweet and sour pork." }, price: 29000, optionGroups: ["spice", "second", "sauce"] },
    { id: "cola", category: "drink", name: { ko: "콜라", en: "Coke" }, price: 2000 },
  ],
});

phenomenonTable("Korean: a set's part said as the topic after the set is the set's", noodleHouse, [
  { name: "2인 세트 하나 주세요 짬뽕은 4단계로요 탕수육은 소스 따로요", turns: ["2인 세트 하나 주세요 짬뽕은 4단계로요 탕수육은 소스 따로요"], lines: [{ item: "for-two", qty: 1, options: { spice: "4", sauce: "side" } }], confident: true },
  { name: "2인 세트 뭐 들어가요? → 그걸로 하나 주세요 짬뽕은 4단계로요", turns: ["2인 세트에 뭐 들어가요?", "그걸로 하나 주세요 짬뽕은 4단계로요"], lines: [{ item: "for-two", qty: 1, options: { spice: "4" } }], confident: true },
  { name: "2인 세트 하나요 → 짬뽕은 4단계로요 (the set's 짬뽕, not its noodle made 짬뽕)", turns: ["2인 세트 하나요", "짬뽕은 4단계로요"], lines: [{ item: "for-two", qty: 1, options: { spice: "4" } }], confident: true },
  { name: "2인 세트 뭐 들어가요? → 그걸로 하나 주세요 콜라도 하나요", turns: ["2인 세트에 뭐 들어가요?", "그걸로 하나 주세요 콜라도 하나요"], lines: [{ item: "for-two", qty: 1 }, { item: "cola", qty: 1 }] },
]);

notAloneTable("English and Korean: a set's own part made beside it, said as the topic or with a choice the set takes, is a guess", noodleHouse, [
  { name: "2인 세트 하나 주세요 그리고 탕수육은 찍먹으로요", turns: ["2인 세트 하나 주세요 그리고 탕수육은 찍먹으로요"] },
  { name: "a combo for two and a sweet and sour pork with sauce on the side", turns: ["a combo for two and a sweet and sour pork with sauce on the side"] },
]);

const cakeRaw = {
  version: 1,
  store: { id: "ko-blind-cake", name: { ko: "케이크집", en: "Cake shop" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "slice", name: { ko: "조각케이크", en: "Slices" } }, { id: "set", name: { ko: "세트", en: "Sets" } }, { id: "drink", name: { ko: "음료", en: "Drinks" } }],
  optionGroups: [
    { id: "set-cake", name: { ko: "세트 케이크", en: "Set cake" }, select: "one", choices: [{ id: "choco", name: { ko: "초코 조각케이크", en: "Chocolate slice" }, aliases: { ko: ["초코"], en: ["chocolate"] } }, { id: "cheese", name: { ko: "치즈 조각케이크", en: "Cheesecake slice" }, aliases: { ko: ["치즈"], en: ["cheesecake"] } }] },
    { id: "set-drink", name: { ko: "세트 음료", en: "Set drink" }, select: "one", default: "americano", choices: [{ id: "americano", name: { ko: "아메리카노", en: "Americano" } }, { id: "latte", name: { ko: "카페라떼", en: "Cafe latte" }, aliases: { ko: ["라떼"], en: ["latte"] }, price: 500 }] },
    { id: "temp", name: { ko: "온도", en: "Temperature" }, select: "one", default: "hot", choices: [{ id: "hot", name: { ko: "따뜻하게", en: "Hot" }, aliases: { ko: ["따뜻한"], en: ["hot"] } }, { id: "iced", name: { ko: "아이스", en: "Iced" }, aliases: { ko: ["차갑게"], en: ["iced"] } }] },
  ],
  items: [
    { id: "choco-slice", category: "slice", name: { ko: "초코 조각케이크", en: "Chocolate slice" }, price: 6800 },
    { id: "cheese-slice", category: "slice", name: { ko: "치즈 조각케이크", en: "Cheesecake slice" }, price: 6500 },
    { id: "cake-set", category: "set", name: { ko: "조각케이크 세트", en: "Cake set" }, aliases: { ko: ["케이크 세트"], en: ["cake set"] }, description: { ko: "조각케이크 1개 + 음료 1잔.", en: "A slice and a drink." }, price: 9500, optionGroups: ["set-cake", "set-drink", "temp"] },
    { id: "americano", category: "drink", name: { ko: "아메리카노", en: "Americano" }, price: 4000, optionGroups: ["temp"] },
    { id: "latte", category: "drink", name: { ko: "카페라떼", en: "Cafe latte" }, aliases: { ko: ["라떼"], en: ["latte"] }, price: 4500, optionGroups: ["temp"] },
  ],
};
const cakeShop = menuFrom(cakeRaw);

phenomenonTable("Korean: a category said as the topic, heading the group of the sets in hand, is that group (a turn later)", cakeShop, [
  { name: "케이크 세트 두 개 → 하나는 초코 하나는 치즈요 → 음료는 둘 다 따뜻한 라떼요", turns: ["케이크 세트 두 개 주세요", "하나는 초코 하나는 치즈요", "음료는 둘 다 따뜻한 라떼요"], lines: [{ item: "cake-set", qty: 1, options: { "set-cake": "choco", "set-drink": "latte" } }, { item: "cake-set", qty: 1, options: { "set-cake": "cheese", "set-drink": "latte" } }], confident: true },
]);

// (The drinks' heading is "커피" here, so no group of the sets is headed by it: read as before,
// two lattes beside the two sets, and the check of "둘 다" against what was made says guess.)
const cakeShopCoffee = menuFrom({ ...cakeRaw, categories: cakeRaw.categories.map((c) => (c.id === "drink" ? { id: "drink", name: { ko: "커피", en: "Coffee" } } : c)) });

notAloneTable("Korean: \"둘 다\" with lines in hand that made only new lines of one item is a guess", cakeShopCoffee, [
  { name: "케이크 세트 두 개 → 하나는 초코 하나는 치즈요 → 커피는 둘 다 따뜻한 라떼요", turns: ["케이크 세트 두 개 주세요", "하나는 초코 하나는 치즈요", "커피는 둘 다 따뜻한 라떼요"] },
]);
// (After a comma the set's part said as the topic is still the set's: the blind round 96 reading,
// "가족 세트요, 고기만으로 하고 찐빵은 단호박이요", bundle-with-its-part.ts; a guess before.)
phenomenonTable("a set's part said as the topic after the set and a comma", noodleHouse, [
  { name: "2인 세트 하나요, 탕수육은 찍먹으로 해 주세요", turns: ["2인 세트 하나요, 탕수육은 찍먹으로 해 주세요"], lines: [{ item: "for-two", qty: 1, options: { sauce: "side" } }], confident: true },
]);
