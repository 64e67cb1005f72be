// How Korean customers write and say orders around the names, on a small café and 분식
// menu written for these rows:
// - casual spellings of the polite 요 ending ("주세용", "할게여", "부탁드려염",
//   "포장해 주세용", "가져갈게용") read as the polite words they stand for;
// - hesitations while recalling a name ("아 그 뭐지", "뭐더라") and "아까"/"방금" said of a
//   reference are fillers, not unknown names;
// - a digit written against a counted option's name ("2샷 추가") counts the option; a
//   digit set apart before it ("아메리카노 2 샷 추가") may count the drinks or the shots
//   (not answered alone); "샷 두 번 추가" counts the shots;
// - a number after a topping taken at most once: with the item counted, or an adding word
//   after it ("계란 두 개 넣어 주세요"), it is said of the topping (taken once); with neither
//   ("크로플 아이스크림 추가 두 개") it may count the item, so it is not answered alone.
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const menu = menuFrom({
  version: 1,
  store: { id: "speech-ko", name: { ko: "말투 테스트" }, currency: "KRW", languages: ["ko"] },
  orderOptions: [{ id: "dining", ...ko("식사 방법"), select: "one", default: "here", choices: [{ id: "here", ...ko("매장") }, { id: "togo", ...ko("포장") }] }],
  categories: [{ id: "coffee", ...ko("커피") }, { id: "dessert", ...ko("디저트") }, { id: "bunsik", ...ko("분식") }],
  optionGroups: [
    { id: "temp", ...ko("온도"), select: "one", default: "hot", choices: [{ id: "hot", ...ko("따뜻하게") }, { id: "iced", ...ko("아이스") }] },
    { id: "shots", ...ko("샷 추가", ["샷"]), select: "count", min: 0, max: 3, default: 0, unitPrice: 500 },
    { id: "topping", ...ko("토핑"), select: "many", choices: [{ id: "icecream", ...ko("아이스크림 추가", ["아이스크림"]), price: 1500 }] },
    { id: "sari", ...ko("사리"), select: "many", choices: [{ id: "egg", ...ko("계란", ["삶은 계란"]), price: 700 }] },
  ],
  items: [
    { id: "americano", category: "coffee", ...ko("아메리카노", ["아메"]), price: 4000, optionGroups: ["temp", "shots"] },
    { id: "croffle", category: "dessert", ...ko("크로플"), price: 4500, optionGroups: ["topping"] },
    { id: "tteokbokki", category: "bunsik", ...ko("떡볶이"), price: 4500, optionGroups: ["sari"] },
    { id: "gimbap", category: "bunsik", ...ko("김밥"), price: 3000 },
  ],
});

phenomenonTable("casual spellings of the polite ending", menu, [
  { name: "떡볶이 2인분 주세용", turns: ["떡볶이 2인분 주세용"], lines: [{ item: "tteokbokki", qty: 2 }], confident: true },
  { name: "김밥 한 줄 주세여", turns: ["김밥 한 줄 주세여"], lines: [{ item: "gimbap", qty: 1 }], confident: true },
  { name: "아메 하나 할게용", turns: ["아메 하나 할게용"], lines: [{ item: "americano", qty: 1 }], confident: true },
  { name: "떡볶이 하나 부탁드려염", turns: ["떡볶이 하나 부탁드려염"], lines: [{ item: "tteokbokki", qty: 1 }], confident: true },
  { name: "unknown word next to it still counts (주세용 is not a licence)", turns: ["떡볶이 하나 짜장 주세용"], lines: [{ item: "tteokbokki", qty: 1 }], confident: false },
]);

phenomenonTable("take-out said with a casual ending", menu, [
  { name: "포장해 주세용", turns: ["김밥 하나 포장해 주세용"], lines: [{ item: "gimbap", qty: 1 }], confident: true },
  { name: "가져갈게용", turns: ["김밥 하나 가져갈게용"], lines: [{ item: "gimbap", qty: 1 }], confident: true },
]);

phenomenonTable("hesitations and 아까 are fillers", menu, [
  { name: "아 그 뭐지 아메 하나요", turns: ["아 그 뭐지 아메 하나요"], lines: [{ item: "americano", qty: 1 }], confident: true },
  { name: "뭐더라 김밥 한 줄", turns: ["뭐더라 김밥 한 줄이요"], lines: [{ item: "gimbap", qty: 1 }], confident: true },
  { name: "아까 그거 하나 더 after one line", turns: ["떡볶이 하나요", "아까 그거 하나 더 주세요"], lines: [{ item: "tteokbokki", qty: 2 }], confident: true },
  { name: "아까 그거 하나 더 after two lines: a guess", turns: ["떡볶이 하나 김밥 하나요", "아까 그거 하나 더 주세요"], lines: [{ item: "tteokbokki", qty: 1 }, { item: "gimbap", qty: 2 }], confident: false },
]);

phenomenonTable("a number next to a counted option", menu, [
  { name: "아메리카노 2샷 추가 is two shots", turns: ["아메리카노 2샷 추가"], lines: [{ item: "americano", qty: 1, options: { shots: 2 } }], confident: true },
  { name: "아메리카노 두 잔 2샷 추가", turns: ["아메리카노 두 잔 2샷 추가요"], lines: [{ item: "americano", qty: 2, options: { shots: 2 } }], confident: true },
  { name: "아메리카노 샷 두 번 추가", turns: ["아메리카노 샷 두 번 추가"], lines: [{ item: "americano", qty: 1, options: { shots: 2 } }], confident: true },
  { name: "아메리카노 2 샷 추가: drinks or shots?", turns: ["아메리카노 2 샷 추가"], lines: [{ item: "americano", qty: 2, options: { shots: 1 } }], confident: false },
  { name: "아메리카노 하나 샷 추가 is one drink with a shot", turns: ["아메리카노 하나 샷 추가"], lines: [{ item: "americano", qty: 1, options: { shots: 1 } }], confident: true },
]);

phenomenonTable("a number after a topping taken once", menu, [
  { name: "계란 두 개 넣어 주세요: the topping, taken once", turns: ["떡볶이 계란 두 개 넣어 주세요"], lines: [{ item: "tteokbokki", qty: 1, options: { sari: ["egg"] } }], confident: true },
  { name: "떡볶이 두 개 계란 추가", turns: ["떡볶이 두 개 계란 추가"], lines: [{ item: "tteokbokki", qty: 2, options: { sari: ["egg"] } }], confident: true },
  { name: "크로플 아이스크림 추가 두 개: croffles or scoops?", turns: ["크로플 아이스크림 추가 두 개"], lines: [{ item: "croffle", qty: 1, options: { topping: ["icecream"] } }], confident: false },
  { name: "크로플 두 개 아이스크림 추가", turns: ["크로플 두 개 아이스크림 추가요"], lines: [{ item: "croffle", qty: 2, options: { topping: ["icecream"] } }], confident: true },
]);

// A refusal word the menu also uses alone as a choice's name (다대기: "넣어서", "따로",
// "빼고"): "공기밥은 빼고" refuses the 공기밥; the choice is "다대기 빼고"/"다대기 없이"/
// "다대기 말고" (a group refused with 말고 replaces no item); an option said between an item
// and a thing not on the menu ("다대기 말고 새우젓만") is the item's, the thing unknown.
const gukbap = menuFrom({
  version: 1,
  store: { id: "speech-gukbap", name: { ko: "국밥 테스트" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "gukbap", ...ko("국밥") }, { id: "side", ...ko("추가") }],
  optionGroups: [
    { id: "dadaegi", ...ko("다대기"), select: "one", default: "in", choices: [{ id: "in", ...ko("넣어서") }, { id: "side", ...ko("따로") }, { id: "none", ...ko("빼고", ["없이"]) }] },
  ],
  items: [
    { id: "sundae-gukbap", category: "gukbap", ...ko("순대국밥", ["순대국"]), price: 10000, optionGroups: ["dadaegi"] },
    { id: "kimchi-jjigae", category: "gukbap", ...ko("김치찌개"), price: 9000 },
    { id: "rice", category: "side", ...ko("공기밥"), price: 1000 },
  ],
});

phenomenonTable("a choice named by a refusal word alone", gukbap, [
  { name: "공기밥은 빼고 김치찌개만 하나", turns: ["공기밥은 빼고 김치찌개만 하나 주세요"], lines: [{ item: "kimchi-jjigae", qty: 1 }], confident: true },
  { name: "순대국밥 하나 다대기 빼고", turns: ["순대국밥 하나 다대기 빼고 주세요"], lines: [{ item: "sundae-gukbap", qty: 1, options: { dadaegi: "none" } }], confident: true },
  { name: "순대국 다대기 없이 하나", turns: ["순대국 다대기 없이 하나요"], lines: [{ item: "sundae-gukbap", qty: 1, options: { dadaegi: "none" } }], confident: true },
  { name: "순대국밥 하나 다대기 말고", turns: ["순대국밥 하나 다대기 말고요"], lines: [{ item: "sundae-gukbap", qty: 1, options: { dadaegi: "none" } }] },
  { name: "순대국밥 하나 다대기 따로", turns: ["순대국밥 하나 다대기 따로 주세요"], lines: [{ item: "sundae-gukbap", qty: 1, options: { dadaegi: "side" } }], confident: true },
  { name: "다대기 말고 새우젓만: the option the item's, 새우젓 unknown", turns: ["순대국밥 하나 다대기 말고 새우젓만 주세요"], lines: [{ item: "sundae-gukbap", qty: 1, options: { dadaegi: "none" } }], confident: false },
]);

// Removals whose word is also another item's counted extra (계란: the 떡볶이's "계란 추가", the
// 김밥's "계란 빼기"), and one-syllable removals ("햄" for "햄 빼기"): refused of a 김밥 they
// are the 김밥's removal choices, added to a 떡볶이 the count; on one of several 김밥 only that one.
const gimbap = menuFrom({
  version: 1,
  store: { id: "speech-gimbap", name: { ko: "김밥 테스트" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "bunsik", ...ko("분식") }],
  optionGroups: [
    { id: "remove", ...ko("재료 빼기"), select: "many", choices: [{ id: "no-ham", ...ko("햄 빼기") }, { id: "no-egg", ...ko("계란 빼기") }, { id: "no-cucumber", ...ko("오이 빼기") }] },
    { id: "egg", ...ko("삶은 계란 추가", ["계란 추가"]), select: "count", min: 0, max: 3, default: 0, unitPrice: 700 },
  ],
  items: [
    { id: "gimbap", category: "bunsik", ...ko("원조김밥", ["김밥"]), price: 3000, optionGroups: ["remove"] },
    { id: "tteokbokki", category: "bunsik", ...ko("떡볶이"), price: 4500, optionGroups: ["egg"] },
  ],
});

// Rows whose last turn is a refusal once the cart has lines expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("a removal whose word is another item's counted extra", gimbap, [
  { name: "김밥 햄 빼고 한 줄", turns: ["김밥 햄 빼고 한 줄이요"], lines: [{ item: "gimbap", qty: 1, options: { remove: ["no-ham"] } }], confident: true },
  { name: "김밥 계란 빼고", turns: ["김밥 한 줄 계란 빼 주세요"], lines: [{ item: "gimbap", qty: 1, options: { remove: ["no-egg"] } }] },
  { name: "떡볶이 계란 추가 is the count", turns: ["떡볶이 하나 계란 추가요"], lines: [{ item: "tteokbokki", qty: 1, options: { egg: 1 } }], confident: true },
  { name: "하나는 햄이랑 계란 빼 주세요 on three", turns: ["김밥 세 줄이요", "아 그중에 하나는 햄이랑 계란 빼 주세요"], lines: [{ item: "gimbap", qty: 2 }, { item: "gimbap", qty: 1, options: { remove: ["no-ham", "no-egg"] } }] },
  { name: "하나는 햄 빼 주세요 on three", turns: ["김밥 세 줄이요", "하나는 햄 빼 주세요"], lines: [{ item: "gimbap", qty: 2 }, { item: "gimbap", qty: 1, options: { remove: ["no-ham"] } }], confident: false },
  { name: "햄 추가 is no removal (not answered alone)", turns: ["김밥 한 줄 햄 추가요"], lines: [{ item: "gimbap", qty: 1 }], confident: false },
]);

// A count corrected after a turn about a counted option: "초 세 개 넣어 주세요" then "아 네 개로
// 할게요" restates the candles (네 before a counter is four, not "yes"), a guess all the same;
// after a turn that named the item it is the item's count. "안 넣어도 되고" (need not) refuses.
const cake = menuFrom({
  version: 1,
  store: { id: "speech-cake", name: { ko: "케이크 테스트" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "cake", ...ko("케이크") }, { id: "drink", ...ko("음료") }],
  optionGroups: [{ id: "candles", ...ko("초", ["생일초"]), select: "count", min: 0, max: 20, default: 0 }],
  items: [
    { id: "cheesecake", category: "cake", ...ko("치즈케이크"), price: 30000, optionGroups: ["candles"] },
    { id: "milk-tea", category: "drink", ...ko("밀크티"), price: 5000 },
  ],
});

phenomenonTable("a count restated after a turn about a counted option", cake, [
  { name: "초 세 개 → 아 네 개로 할게요: four candles, a guess", turns: ["치즈케이크 하나요", "초 세 개 넣어 주세요", "아 네 개로 할게요"], lines: [{ item: "cheesecake", qty: 1, options: { candles: 4 } }], confident: false },
  { name: "after a turn that named the cake: two cakes", turns: ["치즈케이크 하나 초 세 개 넣어 주세요", "두 개로 할게요"], lines: [{ item: "cheesecake", qty: 2, options: { candles: 3 } }] },
  { name: "아 네 is still yes-and-filler without a counter", turns: ["치즈케이크 하나요", "아 네 밀크티도 하나요"], lines: [{ item: "cheesecake", qty: 1 }, { item: "milk-tea", qty: 1 }] },
  { name: "초는 안 넣어도 되고: no candles", turns: ["치즈케이크 하나, 초는 안 넣어도 되고, 밀크티 하나요"], lines: [{ item: "cheesecake", qty: 1 }, { item: "milk-tea", qty: 1 }], confident: true },
]);

phenomenonTable("그/저 as a pause right before a number", menu, [
  { name: "떡볶이 하나 계란 추가 그 하나: one 떡볶이 with egg", turns: ["떡볶이 하나 계란 추가 그 하나"], lines: [{ item: "tteokbokki", qty: 1, options: { sari: ["egg"] } }], confident: true },
  { name: "저 두 잔 아메요", turns: ["저 두 잔 아메요"], lines: [{ item: "americano", qty: 2 }], confident: true },
  { name: "아메 그 두 잔이요", turns: ["아메 그 두 잔이요"], lines: [{ item: "americano", qty: 2 }], confident: true },
  { name: "떡볶이 하나 계란 추가 하나: the number after 추가 is the topping's (taken once)", turns: ["떡볶이 하나 계란 추가 하나요"], lines: [{ item: "tteokbokki", qty: 1, options: { sari: ["egg"] } }], confident: true },
  { name: "그거 하나 더 is still 'that one'", turns: ["김밥 한 줄이요", "그거 하나 더 주세요"], lines: [{ item: "gimbap", qty: 2 }], confident: true },
]);

// "하나는 포장" on a line of two: take-out is the whole order's, so "하나는" (a part with
// nothing of its own) was not carried out as said; "두 줄 다 포장" is plain.
phenomenonTable("a part with only an order option said of it", menu, [
  { name: "김밥 두 줄 하나는 포장이요: not answered alone", turns: ["김밥 두 줄 하나는 포장이요"], lines: [{ item: "gimbap", qty: 2 }], confident: false },
  { name: "김밥 두 줄 포장이요", turns: ["김밥 두 줄 포장이요"], lines: [{ item: "gimbap", qty: 2 }], confident: true },
]);

// "아이스로 해주실 수 있나요?": a request said as a question (could you do it), unlike "아이스 되나요?"
// (whether it can be done: answered, nothing changed).
phenomenonTable("a request said as 'could you'", menu, [
  { name: "아이스로 해주실 수 있나요? a turn later", turns: ["아메리카노 하나요", "아이스로 해주실 수 있나요?"], lines: [{ item: "americano", qty: 1, options: { temp: "iced" } }] },
  { name: "샷 하나 추가해 주실 수 있을까요?", turns: ["아메리카노 하나요", "샷 하나 추가해 주실 수 있을까요?"], lines: [{ item: "americano", qty: 1, options: { shots: 1 } }] },
  { name: "아이스 되나요? asks, changes nothing", turns: ["아메리카노 하나요", "아이스 되나요?"], lines: [{ item: "americano", qty: 1 }] },
]);
