// Korean turns of the blind rounds 116–122 answered alone and wrong, and best readings that
// kept a thing refused or lost a thing ordered (fix22d):
// - "2시간 이용권" of a pass counted in 시간: two hours, one pass (r120b-001; count-before-its-counter-name.ts);
// - "콜라 두 캔" where 캔 names a can beer and a set's canned drink: two colas (r120d-005; counter-named-items.ts);
// - "물회 두 개요 둘 다 밥으로" where "둘 다" is the half-and-half choice: both with rice (r121c-002; both-of-the-lines.ts);
// - "A랑 B 하나씩이요 B는 크림 말고 아이스크림으로": the options after B said again are B's (r118b-020; clause.ts);
// - "음 그냥 X은 빼 주세요" where 그냥 is X's plain packaging: "just" (r118b-030; never-mind.ts);
// - "대창 하나 그리고 참이슬 한 병" of a soju's brand with its own count: the soju (r116b-003; parse.ts, bare-edits.ts).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const ko = (name: string) => ({ name: { ko: name } });

const study = menuFrom({
  version: 1,
  store: { id: "blind-r116-122-d-study", name: { ko: "스터디 라운지" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "seats", ...ko("좌석") }, { id: "drinks", ...ko("음료") }],
  optionGroups: [
    { id: "time", ...ko("이용 시간"), select: "count", default: 1, min: 1, max: 6, unitPrice: 2500, aliases: { ko: ["시간"] } },
    { id: "temp", ...ko("온도"), select: "one", default: "hot", choices: [{ id: "hot", ...ko("따뜻하게") }, { id: "iced", ...ko("아이스") }] },
  ],
  items: [
    { id: "seat", category: "seats", ...ko("시간 좌석권"), aliases: { ko: ["좌석권"] }, price: 0, optionGroups: ["time"] },
    { id: "latte", category: "drinks", ...ko("카페라떼"), aliases: { ko: ["라떼"] }, price: 4500, optionGroups: ["temp"] },
  ],
});

phenomenonTable("a number before an item's name that starts with its count option's word counts that option", study, [
  { name: "아이스 라떼 한 잔이랑 2시간 좌석권이요", turns: ["아이스 라떼 한 잔이랑 2시간 좌석권이요"], lines: [{ item: "latte", qty: 1, options: { temp: "iced" } }, { item: "seat", qty: 1, options: { time: 2 } }], confident: true },
  { name: "세 시간 좌석권 하나요", turns: ["세 시간 좌석권 하나요"], lines: [{ item: "seat", qty: 1, options: { time: 3 } }] },
  // (Guard: a count after the name counts the passes.)
  { name: "시간 좌석권 두 개요", turns: ["시간 좌석권 두 개요"], lines: [{ item: "seat", qty: 2, options: { time: 1 } }] },
]);

const pub = menuFrom({
  version: 1,
  store: { id: "blind-r116-122-d-pub", name: { ko: "골목 포차" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "food", ...ko("안주") }, { id: "drinks", ...ko("음료") }, { id: "sets", ...ko("세트") }],
  optionGroups: [
    { id: "pop", ...ko("탄산 종류"), select: "one", choices: [{ id: "cola", ...ko("콜라") }, { id: "lemon", ...ko("레몬 소다") }] },
    { id: "set-drink", ...ko("세트 음료"), select: "one", default: "draft", choices: [{ id: "draft", ...ko("생맥주 두 잔"), aliases: { ko: ["생맥주"] } }, { id: "can", ...ko("캔맥주 두 캔"), aliases: { ko: ["캔"] } }] },
    { id: "brand", ...ko("소주 선택"), select: "one", choices: [{ id: "green", ...ko("초록병") }, { id: "blue", ...ko("파란병") }] },
    { id: "sauce", ...ko("양념"), select: "one", default: "salt", choices: [{ id: "salt", ...ko("소금") }, { id: "spicy", ...ko("양념") }] },
  ],
  items: [
    { id: "nuggets", category: "food", ...ko("치킨너겟"), aliases: { ko: ["너겟"] }, price: 6000 },
    { id: "soda", category: "drinks", ...ko("탄산음료 (캔)"), aliases: { ko: ["탄산", { text: "콜라", options: { pop: "cola" } }] }, price: 2000, optionGroups: ["pop"] },
    { id: "canbeer", category: "drinks", ...ko("캔맥주"), aliases: { ko: ["캔"] }, price: 4000 },
    { id: "soju", category: "drinks", ...ko("소주"), price: 5000, optionGroups: ["brand"] },
    { id: "gopchang", category: "food", ...ko("곱창구이"), aliases: { ko: ["곱창"] }, price: 18000, optionGroups: ["sauce"] },
    { id: "set", category: "sets", ...ko("치맥 세트"), price: 25000, optionGroups: ["set-drink"] },
  ],
});

phenomenonTable("a counter that names an item and a choice, after 두: the count", pub, [
  { name: "너겟 하나랑 콜라 두 캔이요", turns: ["너겟 하나랑 콜라 두 캔이요"], lines: [{ item: "nuggets", qty: 1 }, { item: "soda", qty: 2, options: { pop: "cola" } }], confident: true },
  // (Guard: the word alone orders the can beer.)
  { name: "캔맥주 두 개요", turns: ["캔맥주 두 개요"], lines: [{ item: "canbeer", qty: 2 }] },
]);

phenomenonTable("a kind's choice with its own count the item before takes none of: the item sold alone", pub, [
  { name: "곱창 하나 그리고 초록병 한 병이요", turns: ["곱창 하나 그리고 초록병 한 병이요"], lines: [{ item: "gopchang", qty: 1, options: { sauce: "salt" } }, { item: "soju", qty: 1, options: { brand: "green" } }] },
  { name: "곱창 하나요 → 그리고 파란병 두 병", turns: ["곱창 하나요", "그리고 파란병 두 병"], lines: [{ item: "gopchang", qty: 1, options: { sauce: "salt" } }, { item: "soju", qty: 2, options: { brand: "blue" } }] },
  // (Guard: a choice the item takes is its own.)
  { name: "곱창 하나 양념으로요", turns: ["곱창 하나 양념으로요"], lines: [{ item: "gopchang", qty: 1, options: { sauce: "spicy" } }] },
]);

const noodles = menuFrom({
  version: 1,
  store: { id: "blind-r116-122-d-noodles", name: { ko: "냉면집" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "noodles", ...ko("면") }],
  optionGroups: [
    { id: "side", ...ko("곁들임"), select: "one", choices: [{ id: "rice", ...ko("공기밥"), aliases: { ko: ["밥"] } }, { id: "dumpling", ...ko("만두") }, { id: "both", ...ko("공기밥 + 만두"), aliases: { ko: ["둘 다"] } }] },
    { id: "heat", ...ko("맵기"), select: "one", default: "mild", choices: [{ id: "mild", ...ko("순하게") }, { id: "hot", ...ko("맵게") }] },
  ],
  items: [{ id: "bibim", category: "noodles", ...ko("비빔냉면"), aliases: { ko: ["비냉"] }, price: 11000, optionGroups: ["side", "heat"] }],
});

phenomenonTable("\"둘 다\" before another choice of its group is \"both of them\", not the choice", noodles, [
  { name: "비냉 두 개요 둘 다 밥으로", turns: ["비냉 두 개요 둘 다 밥으로"], lines: [{ item: "bibim", qty: 2, options: { side: "rice", heat: "mild" } }], confident: true },
  { name: "비냉 두 개 둘 다 만두로 주세요", turns: ["비냉 두 개 둘 다 만두로 주세요"], lines: [{ item: "bibim", qty: 2, options: { side: "dumpling", heat: "mild" } }] },
  // (Guard: said alone with 로, it is the choice.)
  { name: "비냉 하나 둘 다로요", turns: ["비냉 하나 둘 다로요"], lines: [{ item: "bibim", qty: 1, options: { side: "both", heat: "mild" } }] },
]);

const sweets = menuFrom({
  version: 1,
  store: { id: "blind-r116-122-d-sweets", name: { ko: "디저트 공방" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "cakes", ...ko("케이크") }, { id: "boxes", ...ko("선물") }],
  optionGroups: [
    { id: "with", ...ko("곁들임"), select: "many", max: 2, choices: [{ id: "gelato", ...ko("젤라토") }, { id: "whip", ...ko("휘핑크림"), aliases: { ko: ["크림"] } }] },
    { id: "box", ...ko("포장"), select: "one", default: "plain", choices: [{ id: "plain", ...ko("기본 상자"), aliases: { ko: ["그냥"] } }, { id: "ribbon", ...ko("리본 포장") }] },
  ],
  items: [
    { id: "brownie", category: "cakes", ...ko("브라우니"), price: 5000 },
    { id: "souffle", category: "cakes", ...ko("수플레 케이크"), aliases: { ko: ["수플레"] }, price: 8000, optionGroups: ["with"] },
    { id: "truffle", category: "boxes", ...ko("트러플 상자"), aliases: { ko: ["트러플"] }, price: 15000, optionGroups: ["box"] },
  ],
});

phenomenonTable("options after an item named again after \"하나씩\" are that item's; 그냥 before an item taken off is \"just\"", sweets, [
  { name: "브라우니랑 수플레 하나씩이요 수플레는 크림 말고 젤라토로", turns: ["브라우니랑 수플레 케이크 하나씩이요 수플레는 크림 말고 젤라토로"], lines: [{ item: "brownie", qty: 1 }, { item: "souffle", qty: 1, options: { with: ["gelato"] } }] },
  { name: "트러플 하나 브라우니 하나 → 음 그냥 트러플은 빼 주세요", turns: ["트러플 하나 브라우니 하나요", "음 그냥 트러플은 빼 주세요"], lines: [{ item: "brownie", qty: 1 }] },
]);
