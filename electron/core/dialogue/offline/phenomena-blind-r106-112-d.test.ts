// Korean turns of the blind rounds 106–112 answered alone and wrong, and their shapes:
// - "치킨 부리또 하나는 그냥 하나는 밥 빼고 주세요" (r106c-021): a thing named with no count, then
//   "하나는 …" said twice, is two lines made apart (count-of-its-parts.ts);
// - "고구마 에그파이 두 개랑 치즈 에그파이 두 개 다 데우지 말고" (r109d-028): "두 개 다" after a
//   thing with no count, where the other thing was counted, is its count and 다 (count-then-all.ts);
// - "나시고렝 하나요" → "템페요" → "그리고 계란후라이 하나 더 올려 주세요" (r112e-020): a choice of a
//   group of many put on with "하나 더" is put on the line in hand (topping-one-more.ts; with no
//   word that puts it on, a guess);
// - "김말이 3개 만두튀김 3개요", "카스 두캔이랑 새우깡 하나" (r112c-012, r111b-006, not alone): a set's
//   choice named as a thing and its count, said beside another thing, is the thing and its count
//   (item-and-count-as-choice.ts);
// - "신라면 하나 하려다가 … 그냥 콜라 하나만 주세요" (r110c-029): a thing named before a verb of
//   ordering meant and given up is not ordered (meant-to-order.ts);
// - "아 그냥 소주 취소하고 생맥 한 잔으로 할게요" (r110e-027): 그냥 opening the turn before an item,
//   where it names a choice no item of the turn takes, is "just" (never-mind.ts);
// - "아 한 명 더 온대요 하나 더 주세요" (r106a-018): people said with a verb of coming are talk
//   about the party, the rest orders (people-coming.ts);
// - "김치볶음밥 계란 프라이 빼고 하나 알리오올리오 하나요" (r111d-011, not alone): a word naming another
//   dish's choice and the group of the item just before it is that item's group
//   (group-of-the-item-before.ts);
// - "떡밥 두 봉이랑 생새우 미끼 한 통이요" (r111b-011): 봉 (a bag) is a counter (numbers.ts);
// - "룸서비스로 과일 플레이트 하나랑 …" (r111d-025, not alone): a word the menu lacks said with 로
//   opening the turn, before an item, says how; it stands for no thing (clause-cues.ts);
// - "… 뜨거운 라떼 하나요" (r108a-021, not alone): a choice said "뜨거운 거" is named by "뜨거운" before
//   the item (lexicon.ts), the longer word over the clipping "뜨거" of "뜨거운 거";
// - "진순 하나 끓여주세요 계란 넣어서" (r111b-001): 끓여 주세요 (boil it, please) is a request (language.ts);
// - "너구리는 계란 빼 주세요" of a 너구리 and an 안성탕면 in hand (r111b-013, not alone): a choice said as
//   the topic names the one line holding it (choice-named-line.ts).
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string) => ({ name: { ko, en } });
const shop = menuFrom({
  version: 1,
  store: { id: "blind-r106-112-d", name: { ko: "비빔과 타르트", en: "Bibim and Tarts" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "food", ...both("식사", "Meals") }, { id: "tart", ...both("타르트", "Tarts") }],
  optionGroups: [
    { id: "holds", ...both("빼기", "Leave out"), select: "many", choices: [{ id: "no-onion", ...both("양파 빼기", "No onion"), aliases: { ko: ["양파 빼고"] } }, { id: "no-sprouts", ...both("콩나물 빼기", "No sprouts"), aliases: { ko: ["콩나물 빼고"] } }] },
    { id: "toppings", ...both("토핑", "Toppings"), select: "many", choices: [{ id: "egg", ...both("달걀 추가", "Add egg"), price: 1000, aliases: { ko: ["달걀", "계란"] } }, { id: "tuna", ...both("참치 추가", "Add tuna"), price: 2000, aliases: { ko: ["참치"] } }] },
    { id: "spice", ...both("맵기", "Heat"), select: "one", default: "mild", choices: [{ id: "mild", ...both("순한맛", "Mild"), aliases: { ko: ["순하게"] } }, { id: "hot", ...both("매운맛", "Hot"), aliases: { ko: ["맵게"] } }] },
    { id: "set-side", ...both("세트 사이드", "Set side"), select: "one", choices: [{ id: "skewer2", ...both("떡꼬치 2개", "Two skewers"), aliases: { ko: ["떡꼬치"] } }, { id: "fishcake2", ...both("어묵 2개", "Two fishcakes"), aliases: { ko: ["어묵"] } }] },
    { id: "temp", ...both("온도", "Temperature"), select: "one", default: "iced", choices: [{ id: "hot", ...both("따뜻하게", "Hot"), aliases: { ko: ["뜨거운 거", "따뜻한 거"] } }, { id: "iced", ...both("아이스", "Iced"), aliases: { ko: ["차가운 거", "시원하게"] } }] },
    { id: "heat", ...both("데우기", "Warm-up"), select: "one", default: "warm", choices: [{ id: "warm", ...both("데워서", "Warmed") }, { id: "cold", ...both("차갑게", "Cold"), aliases: { ko: ["데우지 말고", "안 데우고"] } }] },
  ],
  items: [
    { id: "bibim", category: "food", ...both("돌솥 비빔밥", "Stone pot bibimbap"), aliases: { ko: ["비빔밥", "돌솥"] }, price: 9000, optionGroups: ["holds", "toppings", "spice"] },
    { id: "tart-choco", category: "tart", ...both("초코 타르트", "Chocolate tart"), price: 3500, optionGroups: ["heat"] },
    { id: "tart-lemon", category: "tart", ...both("레몬 타르트", "Lemon tart"), price: 3500, optionGroups: ["heat"] },
    { id: "latte", category: "tart", ...both("카페라떼", "Cafe latte"), aliases: { ko: ["라떼"] }, price: 4500, optionGroups: ["temp"] },
    { id: "skewer", category: "food", ...both("떡꼬치", "Rice cake skewer"), price: 1500 },
    { id: "set", category: "food", ...both("분식 세트", "Snack set"), aliases: { ko: ["세트"] }, price: 8000, optionGroups: ["set-side"] },
  ],
});

const bibim = (options: Record<string, OptionValue> = {}, qty = 1) => ({ item: "bibim", qty, options });
phenomenonTable("a thing with no count, then 하나는 … 하나는 …: as many lines apart", shop, [
  { name: "비빔밥 하나는 그냥 하나는 양파 빼고 주세요", turns: ["비빔밥 하나는 그냥 하나는 양파 빼고 주세요"], lines: [bibim(), bibim({ holds: ["no-onion"] })], confident: true },
  { name: "돌솥 비빔밥 하나는 순하게 하나는 맵게요", turns: ["돌솥 비빔밥 하나는 순하게 하나는 맵게요"], lines: [bibim(), bibim({ spice: "hot" })], confident: true },
  { name: "비빔밥 하나는 양파 빼고 하나는 콩나물 빼고 하나는 그냥이요", turns: ["비빔밥 하나는 양파 빼고 하나는 콩나물 빼고 하나는 그냥이요"], lines: [bibim(), bibim({ holds: ["no-onion"] }), bibim({ holds: ["no-sprouts"] })] },
  // ("하나는 … 주시고 하나는 …": the request closes a clause; the second part is the line's too, r110c-028.)
  { name: "비빔밥 두 개 하나는 참치 넣어 주시고 하나는 양파 빼고요", turns: ["비빔밥 두 개 하나는 참치 넣어 주시고 하나는 양파 빼고요"], lines: [bibim({ toppings: ["tuna"] }), bibim({ holds: ["no-onion"] })] },
  // (Guards: the count said first, as before; one 하나는 alone is no count of parts.)
  { name: "비빔밥 두 개 하나는 그냥 하나는 양파 빼고요", turns: ["비빔밥 두 개 하나는 그냥 하나는 양파 빼고요"], lines: [bibim(), bibim({ holds: ["no-onion"] })], confident: true },
]);

notAloneTable("하나는 … 하나는 … of a thing in hand: the lines ordered split, or more?", shop, [
  { name: "비빔밥 두 개요 → 비빔밥 하나는 그냥 하나는 양파 빼고요", turns: ["비빔밥 두 개요", "비빔밥 하나는 그냥 하나는 양파 빼고요"] },
]);

const tart = (item: string, qty: number) => ({ item, qty, options: { heat: "cold" } });
phenomenonTable("\"두 개 다\" after a thing with no count, the other thing counted: its count, then all", shop, [
  { name: "초코 타르트 두 개랑 레몬 타르트 두 개 다 데우지 말고 주세요", turns: ["초코 타르트 두 개랑 레몬 타르트 두 개 다 데우지 말고 주세요"], lines: [tart("tart-choco", 2), tart("tart-lemon", 2)], confident: true },
  // (Guard: neither counted, "두 개 다" is both of them.)
  { name: "초코 타르트랑 레몬 타르트 두 개 다 데우지 말고 주세요", turns: ["초코 타르트랑 레몬 타르트 두 개 다 데우지 말고 주세요"], lines: [tart("tart-choco", 1), tart("tart-lemon", 1)] },
]);

notAloneTable("\"두 개 다\" after a thing with no count, the other counted otherwise: its count or both?", shop, [
  { name: "초코 타르트 하나랑 레몬 타르트 두 개 다 데우지 말고 주세요", turns: ["초코 타르트 하나랑 레몬 타르트 두 개 다 데우지 말고 주세요"] },
]);

phenomenonTable("a choice of many put on with 하나 더: on the line in hand", shop, [
  { name: "비빔밥 하나요 → 맵게요 → 그리고 달걀 하나 더 올려 주세요", turns: ["비빔밥 하나요", "맵게요", "그리고 달걀 하나 더 올려 주세요"], lines: [bibim({ spice: "hot", toppings: ["egg"] })], confident: true },
  { name: "비빔밥 하나요 → 참치 하나 더 추가해 주세요", turns: ["비빔밥 하나요", "참치 하나 더 추가해 주세요"], lines: [bibim({ toppings: ["tuna"] })] },
  // (Guards: a way of making it with a connective is another one made so.)
  { name: "비빔밥 하나요 → 맵게 해서 하나 더 주세요", turns: ["비빔밥 하나요", "맵게 해서 하나 더 주세요"], lines: [bibim(), bibim({ spice: "hot" })] },
  { name: "비빔밥 하나요 → 달걀 올려서 하나 더 주세요", turns: ["비빔밥 하나요", "달걀 올려서 하나 더 주세요"], lines: [bibim(), bibim({ toppings: ["egg"] })] },
  { name: "비빔밥 하나요 → 같은 거 하나 더 양파 빼고", turns: ["비빔밥 하나요", "같은 거 하나 더 양파 빼고"], lines: [bibim(), bibim({ holds: ["no-onion"] })] },
  // (With no word that puts it on, read so, a guess: one more egg, or one more bibimbap with one?)
  { name: "비빔밥 하나요 → 달걀 하나 더 주세요", turns: ["비빔밥 하나요", "달걀 하나 더 주세요"], lines: [bibim({ toppings: ["egg"] })], confident: false },
]);

phenomenonTable("a set's choice named as a thing and its count, said beside another thing: the thing counted", shop, [
  { name: "떡꼬치 2개랑 초코 타르트 하나요", turns: ["떡꼬치 2개랑 초코 타르트 하나요"], lines: [{ item: "skewer", qty: 2 }, { item: "tart-choco", qty: 1 }], confident: true },
  { name: "초코 타르트 하나 떡꼬치 두 개요", turns: ["초코 타르트 하나 떡꼬치 두 개요"], lines: [{ item: "tart-choco", qty: 1 }, { item: "skewer", qty: 2 }] },
  // (Guard: beside the set that takes it, the set's choice.)
  { name: "분식 세트 하나 떡꼬치 2개로요", turns: ["분식 세트 하나 떡꼬치 2개로요"], lines: [{ item: "set", qty: 1, options: { "set-side": "skewer2" } }] },
]);

phenomenonTable("a thing named before a verb of ordering meant and given up: not ordered", shop, [
  { name: "비빔밥 하나 하려다가 배불러서 그냥 초코 타르트 하나만 주세요", turns: ["비빔밥 하나 하려다가 배불러서 그냥 초코 타르트 하나만 주세요"], lines: [{ item: "tart-choco", qty: 1 }] },
  { name: "레몬 타르트 시키려고 했는데 초코 타르트 두 개 주세요", turns: ["레몬 타르트 시키려고 했는데 초코 타르트 두 개 주세요"], lines: [{ item: "tart-choco", qty: 2 }] },
]);

// (A menu that spells a plain choice "그냥".)
const pub = menuFrom({
  version: 1,
  store: { id: "blind-r106-112-d-pub", name: { ko: "호프", en: "Pub" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "food", ...both("안주", "Snacks") }, { id: "drinks", ...both("술", "Drinks") }],
  optionGroups: [{ id: "salt", ...both("시즈닝", "Seasoning"), select: "one", default: "plain", choices: [{ id: "plain", ...both("기본", "Plain"), aliases: { ko: ["그냥"] } }, { id: "cajun", ...both("케이준", "Cajun") }] }],
  items: [
    { id: "fries", category: "food", ...both("감자튀김", "Fries"), price: 3000, optionGroups: ["salt"] },
    { id: "soju", category: "drinks", ...both("소주", "Soju"), price: 5000 },
    { id: "beer", category: "drinks", ...both("생맥주", "Draft beer"), aliases: { ko: ["생맥"] }, price: 5000 },
  ],
});
phenomenonTable("그냥 opening the turn before an item, a choice no item of the turn takes: just", pub, [
  { name: "소주 한 병 주세요 → 아 그냥 소주 취소하고 생맥 한 잔으로 할게요", turns: ["소주 한 병 주세요", "아 그냥 소주 취소하고 생맥 한 잔으로 할게요"], lines: [{ item: "beer", qty: 1 }], confident: true },
  { name: "소주 한 병 주세요 → 그냥 소주 취소하고 생맥 하나 주세요", turns: ["소주 한 병 주세요", "그냥 소주 취소하고 생맥 하나 주세요"], lines: [{ item: "beer", qty: 1 }] },
  // (Guard: before the item that takes it, its choice.)
  { name: "그냥 감자튀김 하나랑 소주 한 병이요", turns: ["그냥 감자튀김 하나랑 소주 한 병이요"], lines: [{ item: "fries", qty: 1 }, { item: "soju", qty: 1 }] },
]);

phenomenonTable("people said with a verb of coming: talk about the party, the rest orders", shop, [
  { name: "비빔밥 두 개요 → 아 한 명 더 온대요 하나 더 주세요", turns: ["비빔밥 두 개요", "아 한 명 더 온대요 하나 더 주세요"], lines: [bibim({}, 3)], confident: true },
  { name: "비빔밥 두 개요 → 두 명 더 와요 초코 타르트 두 개 주세요", turns: ["비빔밥 두 개요", "두 명 더 와요 초코 타르트 두 개 주세요"], lines: [bibim({}, 2), { item: "tart-choco", qty: 2 }] },
]);

// (A menu where "달걀 프라이" names the rice's group and the toast's egg style.)
const diner = menuFrom({
  version: 1,
  store: { id: "blind-r106-112-d-diner", name: { ko: "분식", en: "Diner" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "food", ...both("식사", "Meals") }],
  optionGroups: [
    { id: "fried-egg", ...both("달걀 프라이", "Fried egg on top"), select: "one", default: "yes", choices: [{ id: "yes", ...both("올려 주세요", "Yes") }, { id: "no", ...both("빼 주세요", "No egg"), aliases: { ko: ["달걀 빼고"] } }] },
    { id: "egg-style", ...both("달걀 조리", "Egg style"), select: "one", default: "scrambled", choices: [{ id: "scrambled", ...both("스크램블", "Scrambled") }, { id: "fried", ...both("달걀 프라이", "Fried") }] },
  ],
  items: [
    { id: "fried-rice", category: "food", ...both("볶음밥", "Fried rice"), price: 8000, optionGroups: ["fried-egg"] },
    { id: "toast", category: "food", ...both("토스트", "Toast"), price: 5000, optionGroups: ["egg-style"] },
  ],
});
phenomenonTable("a word naming another dish's choice and the group of the item before it: that item's group", diner, [
  { name: "볶음밥 달걀 프라이 빼고 하나 토스트 하나요", turns: ["볶음밥 달걀 프라이 빼고 하나 토스트 하나요"], lines: [{ item: "fried-rice", qty: 1, options: { "fried-egg": "no" } }, { item: "toast", qty: 1 }] },
  // (Guard: after the item that takes the choice, the choice.)
  { name: "토스트 달걀 프라이로 하나요", turns: ["토스트 달걀 프라이로 하나요"], lines: [{ item: "toast", qty: 1, options: { "egg-style": "fried" } }] },
]);

phenomenonTable("봉, a bag, counts", shop, [
  { name: "떡꼬치 두 봉이랑 초코 타르트 하나요", turns: ["떡꼬치 두 봉이랑 초코 타르트 하나요"], lines: [{ item: "skewer", qty: 2 }, { item: "tart-choco", qty: 1 }], confident: true },
]);

phenomenonTable("a word the menu lacks said with 로 opening the turn, before an item: how, no thing", shop, [
  { name: "테라스로 비빔밥 하나랑 초코 타르트 하나요", turns: ["테라스로 비빔밥 하나랑 초코 타르트 하나요"], lines: [bibim(), { item: "tart-choco", qty: 1 }], confident: false },
]);

phenomenonTable("a choice said \"뜨거운 거\": \"뜨거운\" before the item names it", shop, [
  { name: "뜨거운 라떼 하나요", turns: ["뜨거운 라떼 하나요"], lines: [{ item: "latte", qty: 1, options: { temp: "hot" } }] },
  { name: "뜨거운 라떼 두 잔이랑 비빔밥 하나요", turns: ["뜨거운 라떼 두 잔이랑 비빔밥 하나요"], lines: [{ item: "latte", qty: 2, options: { temp: "hot" } }, bibim()] },
  { name: "라떼 하나 뜨거운 걸로요", turns: ["라떼 하나 뜨거운 걸로요"], lines: [{ item: "latte", qty: 1, options: { temp: "hot" } }] },
]);

phenomenonTable("끓여 주세요 is a request", shop, [
  { name: "돌솥 하나 끓여주세요 달걀 넣어서", turns: ["돌솥 하나 끓여주세요 달걀 넣어서"], lines: [bibim({ toppings: ["egg"] })] },
]);

phenomenonTable("a choice said as the topic names the one line in hand holding it", shop, [
  { name: "비빔밥 두 개 하나는 순하게 하나는 맵게요 → 매운맛은 양파 빼 주세요", turns: ["비빔밥 두 개 하나는 순하게 하나는 맵게요", "매운맛은 양파 빼 주세요"], lines: [bibim(), bibim({ spice: "hot", holds: ["no-onion"] })] },
]);

notAloneTable("a way of making it said with 서 and a request after the second of two things counted side by side, the first takes it too: both, or the second?", shop, [
  { name: "초코 타르트 하나 레몬 타르트 하나 데워서 주시고 라떼 하나요", turns: ["초코 타르트 하나 레몬 타르트 하나 데워서 주시고 라떼 하나요"] },
]);

phenomenonTable("a size or kind said after the second of two things counted: the second's own, sure as before", shop, [
  { name: "초코 타르트 하나 라떼 하나 뜨거운 걸로요", turns: ["초코 타르트 하나 라떼 하나 뜨거운 걸로요"], lines: [{ item: "tart-choco", qty: 1 }, { item: "latte", qty: 1, options: { temp: "hot" } }] },
]);
