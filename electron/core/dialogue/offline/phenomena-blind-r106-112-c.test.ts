// A set's part named in the order or a turn later, rounds 106–112 (fix21c):
// - "and a coke for the drink" a turn after a combo whose drink was left as it comes: the
//   combo's drink, not another combo read as the soda sold alone (open-part-of-the-line.ts
//   saidForThePart in bare-edits.ts; held-out r106b-008, r108b-009), still a guess;
// - "uh a salty lassi" to the kiosk's question for the combo's drink, the words one of its
//   choices' aliases that the lexicon reads as the lassi sold alone: that choice
//   (answer-named-as-items.ts; r107c-007);
// - "sandwich and shake combo, the classic with a strawberry shake": its own choice said after a
//   comma, then "with" the part its own name names, said with its options: the combo's options
//   (bundle-with-its-part.ts; r112d-009); "kozak platter for two with potato and mushroom
//   dumplings" where "dumplings" is also another set's choice (r108d-014), "the kozak platter,
//   sauerkraut dumplings on that" (parts-described-after.ts; r108d-029);
// - "a gallon jug of pink lemonade": "of" as "with" before an item whose name holds the jug's
//   flavor (item-said-as-the-sets-choice.ts; r109c-026);
// - "two egg breakfast with ham, eggs over hard, wheat toast": a group's word that also names a
//   side, on the list after "with" (group-with-its-choice.ts; r108b-029);
// - "and a bottle of, no, two glasses of kvass": the hanging article a count taken back
//   (count-corrected-before-its-item.ts; r108d-014);
// - Korean: "유자로 하고 안주는 가라아게요" (part-of-the-set-in-hand.ts; r106e-009), "라면은 진매로",
//   "버터구이로 하고 …", "떡볶이에 치즈 올려 주세요" (bundle-with-its-part.ts; r111b-012, r111b-029,
//   r112c-014), "코스 두 명이요" of a course priced per person (people-said.ts; r107d-004);
// - "tall stack of pancakes": an alias with its options, "of", the item's own name: one order
//   (name-said-again-after-of.ts; r108b-008).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const en = (name: string) => ({ name: { en: name } });
const shop = menuFrom({
  version: 1,
  store: { id: "blind-r106-112-c", name: { en: "Pie Corner" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "breakfast", ...en("Breakfast") }, { id: "sides", ...en("Sides") }, { id: "deals", ...en("Deals") }, { id: "food", ...en("Food") }, { id: "drinks", ...en("Drinks") }],
  optionGroups: [
    { id: "deal-pie", ...en("Deal pie"), select: "one", choices: [{ id: "steak", ...en("Steak") }, { id: "cheese", ...en("Cheese & onion"), aliases: { en: ["cheese and onion"] } }] },
    { id: "deal-drink", ...en("Deal drink"), select: "one", default: "water", choices: [{ id: "water", ...en("Water") }, { id: "cola", ...en("Cola") }, { id: "lemonade", ...en("Lemonade") }] },
    { id: "box-drink", ...en("Box drink"), select: "one", choices: [{ id: "cola", ...en("Cola") }, { id: "sweet", ...en("Sweet lemonade") }, { id: "salted", ...en("Salted lemonade"), aliases: { en: ["salty lemonade"] } }] },
    { id: "soda", ...en("Soda"), select: "one", choices: [{ id: "cola", ...en("Cola") }, { id: "lime", ...en("Lemon lime") }] },
    { id: "lemonade-kind", ...en("Lemonade"), select: "one", choices: [{ id: "sweet", ...en("Sweet") }, { id: "salted", ...en("Salted"), aliases: { en: ["salty"] } }] },
    { id: "shake-flavor", ...en("Shake flavor"), select: "one", choices: [{ id: "vanilla", ...en("Vanilla") }, { id: "strawberry", ...en("Strawberry") }] },
    { id: "jug-flavor", ...en("Jug flavor"), select: "one", choices: [{ id: "classic", ...en("Classic") }, { id: "pink", ...en("Pink raspberry") }] },
    { id: "eggs", ...en("Eggs"), select: "one", choices: [{ id: "scrambled", ...en("Scrambled") }, { id: "over-hard", ...en("Over hard") }] },
    { id: "toast", ...en("Toast"), select: "one", default: "white", choices: [{ id: "white", ...en("White") }, { id: "rye", ...en("Rye") }] },
    { id: "meat", ...en("Breakfast meat"), select: "one", choices: [{ id: "bacon", ...en("Bacon") }, { id: "ham", ...en("Ham") }] },
    { id: "pasty-filling", ...en("Filling"), select: "one", choices: [{ id: "steak", ...en("Steak") }, { id: "cheese", ...en("Cheese") }] },
    { id: "lunch-main", ...en("Lunch main"), select: "one", choices: [{ id: "pasty", ...en("Pasty"), aliases: { en: ["pasties"] } }, { id: "soup", ...en("Soup") }] },
    { id: "fries-size", ...en("Size"), select: "one", default: "regular", choices: [{ id: "regular", ...en("Regular") }, { id: "large", ...en("Large") }] },
  ],
  items: [
    { id: "pie-deal", category: "deals", ...en("Pie Deal"), description: { en: "A pie of your choice and a drink." }, price: 900, optionGroups: ["deal-pie", "deal-drink"] },
    { id: "pasty-box", category: "deals", ...en("Pasty Box"), price: 1000, optionGroups: ["box-drink"] },
    { id: "pie-shake", category: "deals", ...en("Pie & Shake Combo"), aliases: { en: ["pie and shake combo"] }, price: 1100, optionGroups: ["deal-pie", "shake-flavor"] },
    { id: "jug", category: "deals", ...en("Party Jug"), aliases: { en: ["jug"] }, price: 1500, optionGroups: ["jug-flavor"] },
    { id: "cooler", category: "drinks", ...en("Pink Raspberry Cooler"), price: 400 },
    { id: "plate", category: "breakfast", ...en("Breakfast Plate"), price: 1200, optionGroups: ["eggs", "meat", "toast"] },
    { id: "side-toast", category: "sides", ...en("Side of Toast"), aliases: { en: ["toast"] }, price: 300, optionGroups: ["toast"] },
    { id: "side-egg", category: "sides", ...en("Side Egg"), aliases: { en: ["eggs", "egg"] }, price: 200, optionGroups: ["eggs"] },
    { id: "pasty", category: "food", ...en("Pasty"), aliases: { en: ["pasties"] }, price: 500, optionGroups: ["pasty-filling"] },
    { id: "chips", category: "sides", ...en("Chips"), price: 300 },
    { id: "pasty-platter", category: "deals", ...en("Pasty Platter"), description: { en: "Six pasties and a bowl of chips." }, price: 2500, optionGroups: ["pasty-filling"] },
    { id: "lunch-set", category: "deals", ...en("Lunch Set"), price: 900, optionGroups: ["lunch-main"] },
    { id: "burger", category: "food", ...en("Burger"), description: { en: "Served with fries." }, price: 800 },
    { id: "fries", category: "food", ...en("Fries"), aliases: { en: [{ text: "bucket", options: { "fries-size": "large" } }] }, price: 300, optionGroups: ["fries-size"] },
    { id: "soda", category: "drinks", ...en("Soda"), aliases: { en: [{ text: "cola", options: { soda: "cola" } }] }, price: 200, optionGroups: ["soda"] },
    { id: "lemonade", category: "drinks", ...en("Lemonade"), aliases: { en: [{ text: "salty lemonade", options: { "lemonade-kind": "salted" } }, { text: "sweet lemonade", options: { "lemonade-kind": "sweet" } }] }, price: 300, optionGroups: ["lemonade-kind"] },
    { id: "shake", category: "drinks", ...en("Milkshake"), aliases: { en: ["shake"] }, price: 500, optionGroups: ["shake-flavor"] },
  ],
});

phenomenonTable("a thing said for the open part of the combo in hand", shop, [
  { name: "pie deal → steak → and a cola for the drink", turns: ["pie deal please", "steak", "and a cola for the drink"], lines: [{ item: "pie-deal", qty: 1, options: { "deal-pie": "steak", "deal-drink": "cola" } }], confident: false },
  { name: "pie deal → steak → a lemonade for my drink", turns: ["pie deal please", "steak", "a lemonade for my drink"], lines: [{ item: "pie-deal", qty: 1, options: { "deal-pie": "steak", "deal-drink": "lemonade" } }] },
  // (Guard: no part named, "and" opening the turn: one more thing.)
  { name: "pie deal → steak → and a cola", turns: ["pie deal please", "steak", "and a cola"], lines: [{ item: "pie-deal", qty: 1, options: { "deal-pie": "steak" } }, { item: "soda", qty: 1, options: { soda: "cola" } }] },
]);

phenomenonTable("an answer to the asked group that is one of its choices' aliases", shop, [
  { name: "pasty box → uh a salty lemonade", turns: ["pasty box please", "uh a salty lemonade"], lines: [{ item: "pasty-box", qty: 1, options: { "box-drink": "salted" } }], confident: true },
  { name: "pasty box → salty lemonade", turns: ["pasty box please", "salty lemonade"], lines: [{ item: "pasty-box", qty: 1, options: { "box-drink": "salted" } }] },
]);

phenomenonTable("the combo, its own choice, then with the part its name names", shop, [
  { name: "pie and shake combo, the steak with a strawberry shake", turns: ["pie and shake combo, the steak with a strawberry shake"], lines: [{ item: "pie-shake", qty: 1, options: { "deal-pie": "steak", "shake-flavor": "strawberry" } }], confident: true },
  { name: "pie and shake combo with a vanilla shake → cheese and onion", turns: ["pie and shake combo with a vanilla shake", "cheese and onion"], lines: [{ item: "pie-shake", qty: 1, options: { "deal-pie": "cheese", "shake-flavor": "vanilla" } }] },
  // (Guards: a part only the description names is a second order; so is one with options the combo does not take.)
  { name: "a burger with fries", turns: ["a burger with fries"], lines: [{ item: "burger", qty: 1 }, { item: "fries", qty: 1 }] },
  { name: "a burger with large fries", turns: ["a burger with large fries"], lines: [{ item: "burger", qty: 1 }, { item: "fries", qty: 1, options: { "fries-size": "large" } }] },
]);

phenomenonTable("a jug of an item whose name holds one of the jug's required choices", shop, [
  { name: "a jug of pink raspberry cooler", turns: ["a jug of pink raspberry cooler"], lines: [{ item: "jug", qty: 1, options: { "jug-flavor": "pink" } }], confident: true },
  // (Guard: said apart, one more thing.)
  { name: "a jug of classic and a pink raspberry cooler", turns: ["a jug of classic and a pink raspberry cooler"], lines: [{ item: "jug", qty: 1, options: { "jug-flavor": "classic" } }, { item: "cooler", qty: 1 }] },
]);

phenomenonTable("a group's word that also names a side, beside its choice, on a list after with", shop, [
  { name: "breakfast plate with ham, eggs over hard, rye toast", turns: ["breakfast plate with ham, eggs over hard, rye toast"], lines: [{ item: "plate", qty: 1, options: { meat: "ham", eggs: "over-hard", toast: "rye" } }], confident: true },
  { name: "breakfast plate with bacon, scrambled eggs and rye toast", turns: ["breakfast plate with bacon, scrambled eggs and rye toast"], lines: [{ item: "plate", qty: 1, options: { meat: "bacon", eggs: "scrambled", toast: "rye" } }] },
  // (Guard: a count of its own, the side sold alone.)
  { name: "breakfast plate with bacon, scrambled eggs, and two rye toast", turns: ["breakfast plate with bacon, scrambled eggs, and two rye toast"], lines: [{ item: "plate", qty: 1, options: { meat: "bacon", eggs: "scrambled" } }, { item: "side-toast", qty: 2, options: { toast: "rye" } }] },
]);

phenomenonTable("the platter's part by the name of the thing sold alone, its filling said with it", shop, [
  { name: "pasty platter with steak pasties, and two colas", turns: ["pasty platter with steak pasties, and two colas"], lines: [{ item: "pasty-platter", qty: 1, options: { "pasty-filling": "steak" } }, { item: "soda", qty: 2, options: { soda: "cola" } }] },
  { name: "two colas and the pasty platter, cheese pasties on that", turns: ["two colas and the pasty platter, cheese pasties on that"], lines: [{ item: "soda", qty: 2, options: { soda: "cola" } }, { item: "pasty-platter", qty: 1, options: { "pasty-filling": "cheese" } }] },
]);

phenomenonTable("an article left hanging before a correction and another count", shop, [
  { name: "a burger and a, no, two colas", turns: ["a burger and a, no, two colas"], lines: [{ item: "burger", qty: 1 }, { item: "soda", qty: 2, options: { soda: "cola" } }] },
  { name: "pasty platter with steak pasties, and a bottle of, no, two colas", turns: ["pasty platter with steak pasties, and a bottle of, no, two colas"], lines: [{ item: "pasty-platter", qty: 1, options: { "pasty-filling": "steak" } }, { item: "soda", qty: 2, options: { soda: "cola" } }] },
  // (Guard: "no" before a thing refuses it.)
  { name: "a burger, no fries", turns: ["a burger, no fries"], lines: [{ item: "burger", qty: 1 }] },
]);

const ko = (name: string) => ({ name: { ko: name } });
const bunsik = menuFrom({
  version: 1,
  store: { id: "blind-r106-112-c-ko", name: { ko: "분식과 하이볼" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "set", ...ko("세트") }, { id: "food", ...ko("분식") }, { id: "snack", ...ko("안주") }, { id: "highball", ...ko("하이볼") }, { id: "drinks", ...ko("음료") }],
  optionGroups: [
    { id: "set-drink", ...ko("세트 음료"), select: "one", choices: [{ id: "coke", ...ko("콜라") }, { id: "cider", ...ko("사이다") }] },
    { id: "spice", ...ko("맵기"), select: "one", default: "normal", choices: [{ id: "normal", ...ko("보통") }, { id: "mild", ...ko("순한맛") }] },
    { id: "topping", ...ko("토핑"), select: "many", choices: [{ id: "cheese", ...ko("치즈"), price: 1000 }] },
    { id: "set-highball", ...ko("세트 하이볼"), select: "one", choices: [{ id: "yuzu", ...ko("유자 하이볼"), aliases: { ko: ["유자"] } }, { id: "lemon", ...ko("레몬 하이볼") }] },
    { id: "set-snack", ...ko("세트 안주"), select: "one", choices: [{ id: "karaage", ...ko("가라아게") }, { id: "nachos", ...ko("나쵸") }] },
    { id: "ramen-kind", ...ko("라면 종류"), select: "one", choices: [{ id: "jin-mild", ...ko("진라면 순한맛"), aliases: { ko: ["진순"] } }, { id: "jin-hot", ...ko("진라면 매운맛"), aliases: { ko: ["진매"] } }] },
    { id: "course-beef", ...ko("소고기"), select: "one", default: "wagyu", choices: [{ id: "wagyu", ...ko("호주 와규") }, { id: "hanwoo", ...ko("한우 1++ 등심"), aliases: { ko: ["한우"] }, price: 10000 }] },
    { id: "grill-style", ...ko("구이 방식"), select: "one", default: "salt", choices: [{ id: "salt", ...ko("소금구이") }, { id: "butter", ...ko("버터구이") }] },
  ],
  items: [
    { id: "bunsik-set", category: "set", ...ko("분식 세트"), description: { ko: "떡볶이 + 튀김 + 음료" }, price: 9000, optionGroups: ["set-drink", "spice", "topping"] },
    { id: "tteokbokki", category: "food", ...ko("떡볶이"), price: 5000, optionGroups: ["spice", "topping"] },
    { id: "twigim", category: "food", ...ko("튀김"), price: 3000 },
    { id: "coke", category: "drinks", ...ko("콜라"), price: 2000 },
    { id: "hb-set", category: "set", ...ko("하이볼 안주 세트"), aliases: { ko: ["하이볼 세트"] }, price: 20000, optionGroups: ["set-highball", "set-snack"] },
    { id: "yuzu-hb", category: "highball", ...ko("유자 하이볼"), aliases: { ko: ["유자"] }, price: 9000 },
    { id: "karaage", category: "snack", ...ko("치킨 가라아게"), aliases: { ko: ["가라아게"] }, price: 14000 },
    { id: "grill-set", category: "set", ...ko("구이 세트"), description: { ko: "조개 구이 + 끓인 라면 + 콜라" }, price: 15000, optionGroups: ["grill-style", "ramen-kind"] },
    { id: "ramen", category: "food", ...ko("끓인 라면"), aliases: { ko: ["라면", { text: "진매", options: { "ramen-kind": "jin-hot" } }, { text: "진순", options: { "ramen-kind": "jin-mild" } }] }, price: 4000, optionGroups: ["ramen-kind"] },
    { id: "course", category: "set", ...ko("스키야키 코스"), aliases: { ko: ["코스"] }, description: { ko: "1인 가격. 전채, 스키야키, 디저트." }, price: 50000, optionGroups: ["course-beef"] },
    { id: "butter-grill", category: "food", ...ko("조개 버터구이"), aliases: { ko: ["버터구이"] }, price: 12000 },
  ],
});

phenomenonTable("Korean: the set's part named after its own choice said with 로 하고", bunsik, [
  { name: "하이볼 세트 하나요 → 유자로 하고 안주는 가라아게요", turns: ["하이볼 세트 하나요", "유자로 하고 안주는 가라아게요"], lines: [{ item: "hb-set", qty: 1, options: { "set-highball": "yuzu", "set-snack": "karaage" } }], confident: true },
  { name: "분식 세트 하나 콜라로 하고 떡볶이에 치즈 올려 주세요", turns: ["분식 세트 하나 콜라로 하고 떡볶이에 치즈 올려 주세요"], lines: [{ item: "bunsik-set", qty: 1, options: { "set-drink": "coke", topping: ["cheese"] } }], confident: true },
  { name: "구이 세트요 라면은 진매로", turns: ["구이 세트요 라면은 진매로"], lines: [{ item: "grill-set", qty: 1, options: { "ramen-kind": "jin-hot" } }] },
  { name: "구이 세트 하나 버터구이로 하고 라면은 진순으로요", turns: ["구이 세트 하나 버터구이로 하고 라면은 진순으로요"], lines: [{ item: "grill-set", qty: 1, options: { "grill-style": "butter", "ramen-kind": "jin-mild" } }] },
  // (Guard: the part said with a count of its own is one more.)
  { name: "분식 세트 하나 콜라로 하고 떡볶이 하나 치즈 올려서요", turns: ["분식 세트 하나 콜라로 하고 떡볶이 하나 치즈 올려서요"], lines: [{ item: "bunsik-set", qty: 1, options: { "set-drink": "coke" } }, { item: "tteokbokki", qty: 1, options: { topping: ["cheese"] } }] },
]);

phenomenonTable("Korean: people said of a course whose description prices it per person", bunsik, [
  // (The beef "한우 1++ 등심" is a grade, no choice holding one or more people.)
  { name: "코스 두 명이요", turns: ["코스 두 명이요"], lines: [{ item: "course", qty: 2 }], confident: true },
  { name: "스키야키 코스 세 명이요 한우로", turns: ["스키야키 코스 세 명이요 한우로"], lines: [{ item: "course", qty: 3, options: { "course-beef": "hanwoo" } }] },
]);

phenomenonTable("an item's alias carrying its options, then of and its own name: one order", shop, [
  { name: "a bucket of fries and a cola", turns: ["a bucket of fries and a cola"], lines: [{ item: "fries", qty: 1, options: { "fries-size": "large" } }, { item: "soda", qty: 1, options: { soda: "cola" } }], confident: true },
  { name: "two buckets of fries", turns: ["two buckets of fries"], lines: [{ item: "fries", qty: 2, options: { "fries-size": "large" } }] },
]);
