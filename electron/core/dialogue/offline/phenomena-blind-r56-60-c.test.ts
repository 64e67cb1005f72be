// Held-out rounds 56–60, first runs, answered alone and wrong; each as a reading fixed and a
// read-back check of the finished turn that makes the next store's variant a guess:
// - "새우 팟타이 하나랑 똠얌꿍 하나요 둘 다 고수 빼 주세요" where 고수 names the pad thai's group of
//   extras (none held) and the item has a "고수 빼기" hold: the hold, on both lines (options.ts);
//   a refusal of a group that leaves the item's own hold of it off is a guess
//   (refused-hold-left-off.ts);
// - "에그타르트 6구 박스 치즈 반반 하나요": the name of what the box holds, said before it, says
//   which box, no tart more (what-it-holds-said-first.ts); a thing so said and made beside what
//   holds it is a guess (what-it-holds-made-beside.ts);
// - "콘 하나 한 맛 초코요" → "아 그거 컵으로 바꿔 주세요" where the menu wrote the cup's alias
//   "컵으로": the 로 says what the line becomes (particle-aliases.ts); a change that changed
//   nothing in hand and made a new line is a guess (changed-into-made-beside.ts);
// - "아침 세트 하나요" → "소고기죽이랑 유탸오 주시고 두유는 차가운 걸로요": the set's parts, the
//   drink as the topic with the words that make its choice's name ("차가운 두유"), the set's
//   (bundle-with-its-part.ts); a part made beside a set in hand the turn changed is a guess
//   (part-beside-its-set.ts).
import { en, ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const thai = menuFrom({
  version: 1,
  store: { id: "blind-r56-60-c-thai", name: { ko: "테스트", en: "Test" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "noodle", name: { ko: "면", en: "Noodles" } }, { id: "soup", name: { ko: "국물", en: "Soups" } }],
  optionGroups: [
    { id: "holds", name: { ko: "빼기", en: "Leave out" }, select: "many", choices: [{ id: "no-cilantro", name: { ko: "고수 빼기", en: "No cilantro" }, aliases: { ko: ["고수 빼고"] } }, { id: "no-peanuts", name: { ko: "땅콩 빼기", en: "No peanuts" }, aliases: { ko: ["땅콩 빼고"] } }] },
    { id: "cilantro", name: { ko: "고수", en: "Cilantro" }, select: "many", max: 1, choices: [{ id: "extra-cilantro", name: { ko: "고수 추가", en: "Extra cilantro" }, aliases: { ko: ["고수 많이"], en: ["more cilantro"] } }] },
  ],
  items: [
    { id: "pad-thai", category: "noodle", name: { ko: "팟타이", en: "Pad thai" }, price: 13000, optionGroups: ["holds", "cilantro"] },
    { id: "tom-yum", category: "soup", name: { ko: "똠얌꿍", en: "Tom yum" }, price: 16000, optionGroups: [{ group: "holds", choices: ["no-cilantro"] }] },
  ],
});

phenomenonTable("a refused group of extras held none of: the item's own hold of it", thai, [
  { name: "팟타이 하나 고수 빼 주세요", turns: ["팟타이 하나 고수 빼 주세요"], lines: [{ item: "pad-thai", qty: 1, options: { holds: ["no-cilantro"] } }], confident: true },
  { name: "팟타이 하나랑 똠얌꿍 하나요 둘 다 고수 빼 주세요", turns: ["팟타이 하나랑 똠얌꿍 하나요 둘 다 고수 빼 주세요"], lines: [{ item: "pad-thai", qty: 1, options: { holds: ["no-cilantro"] } }, { item: "tom-yum", qty: 1, options: { holds: ["no-cilantro"] } }], confident: true },
  { name: "팟타이 하나 고수 추가는 빼 주세요 (the extra turned down, no hold)", turns: ["팟타이 하나 고수 추가는 빼 주세요"], lines: [{ item: "pad-thai", qty: 1 }] },
]);

// A group of one choice named 고수 (a level of it): the refusal sets it back and takes nothing off.
const pho = menuFrom({
  version: 1,
  store: { id: "blind-r56-60-c-pho", name: { ko: "테스트" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "noodle", ...ko("면") }],
  optionGroups: [
    { id: "holds", ...ko("빼기"), select: "many", choices: [{ id: "no-cilantro", ...ko("고수 빼기", ["고수 빼고"]) }, { id: "no-onion", ...ko("양파 빼기") }] },
    { id: "herb", ...ko("고수"), select: "one", default: "normal", choices: [{ id: "normal", ...ko("고수 보통") }, { id: "more", ...ko("고수 많이") }] },
  ],
  items: [{ id: "pho", category: "noodle", ...ko("쌀국수"), price: 11000, optionGroups: ["herb", "holds"] }],
});

notAloneTable("a refused group that leaves the item's own hold of it off: a guess", pho, [
  { name: "쌀국수 하나 고수 빼 주세요 (the level's group, not the hold)", turns: ["쌀국수 하나 고수 빼 주세요"] },
]);

const tarts = menuFrom({
  version: 1,
  store: { id: "blind-r56-60-c-tarts", name: { ko: "테스트" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "tart", ...ko("타르트") }, { id: "box", ...ko("박스") }],
  optionGroups: [
    { id: "mix", ...ko("맛 선택"), select: "one", choices: [{ id: "original", ...ko("오리지널 6개") }, { id: "half-cheese", ...ko("오리지널 3 + 치즈 3", ["치즈 반반"]) }] },
    { id: "warm", ...ko("데우기"), select: "one", default: "room", choices: [{ id: "room", ...ko("그대로", ["데우지 말고"]) }, { id: "warm", ...ko("데워서") }] },
  ],
  items: [
    { id: "tart", category: "tart", ...ko("오리지널 에그타르트", ["에그타르트"]), price: 2800, optionGroups: ["warm"] },
    { id: "box-6", category: "box", ...ko("6구 박스", ["6구"]), description: { ko: "에그타르트 6개 상자. 맛 조합을 골라 주세요." }, price: 16000, optionGroups: ["mix", "warm"] },
  ],
});

phenomenonTable("Korean: what a box holds, said before the box, says which box", tarts, [
  { name: "에그타르트 6구 박스 치즈 반반 하나요 데우지 말고요", turns: ["에그타르트 6구 박스 치즈 반반 하나요 데우지 말고요"], lines: [{ item: "box-6", qty: 1, options: { mix: "half-cheese" } }], confident: true },
  { name: "에그타르트 하나 6구 박스 하나요 (each counted: two things)", turns: ["에그타르트 하나 6구 박스 치즈 반반 하나요"], lines: [{ item: "tart", qty: 1 }, { item: "box-6", qty: 1, options: { mix: "half-cheese" } }], confident: true },
]);

// The box kept among the tarts (one category): the reading leaves it, the check does not.
const tartsOneCategory = menuFrom({
  version: 1,
  store: { id: "blind-r56-60-c-tarts-1", name: { ko: "테스트" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "tart", ...ko("타르트") }],
  optionGroups: [{ id: "mix", ...ko("맛 선택"), select: "one", choices: [{ id: "original", ...ko("오리지널 6개") }, { id: "half-cheese", ...ko("오리지널 3 + 치즈 3", ["치즈 반반"]) }] }],
  items: [
    { id: "tart", category: "tart", ...ko("오리지널 에그타르트", ["에그타르트"]), price: 2800 },
    { id: "box-6", category: "tart", ...ko("6구 박스", ["6구"]), description: { ko: "에그타르트 6개 상자." }, price: 16000, optionGroups: ["mix"] },
  ],
});

notAloneTable("Korean: a thing made beside what holds it, said right before it: a guess", tartsOneCategory, [
  { name: "에그타르트 6구 박스 치즈 반반 하나요 (box and tarts in one category)", turns: ["에그타르트 6구 박스 치즈 반반 하나요"] },
]);

const gelato = menuFrom({
  version: 1,
  store: { id: "blind-r56-60-c-gelato", name: { ko: "테스트", en: "Test" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "gelato", name: { ko: "젤라또", en: "Gelato" } }],
  optionGroups: [
    { id: "scoops", name: { ko: "맛 개수", en: "Scoops" }, select: "one", choices: [{ id: "one", name: { ko: "1맛", en: "One flavour" }, aliases: { ko: ["한 맛"] } }, { id: "two", name: { ko: "2맛", en: "Two flavours" }, aliases: { ko: ["두 맛"] } }] },
    { id: "flavors", name: { ko: "맛", en: "Flavours" }, select: "many", max: 2, choices: [{ id: "choco", name: { ko: "초코", en: "Chocolate" } }, { id: "vanilla", name: { ko: "바닐라", en: "Vanilla" } }] },
  ],
  items: [
    { id: "cup", category: "gelato", name: { ko: "컵 젤라또", en: "Gelato cup" }, aliases: { ko: ["컵", "컵으로"], en: ["cup"] }, price: 4500, optionGroups: ["scoops", "flavors"] },
    { id: "cone", category: "gelato", name: { ko: "콘 젤라또", en: "Gelato cone" }, aliases: { ko: ["콘", "콘으로"], en: ["cone"] }, price: 4500, optionGroups: ["scoops", "flavors"] },
  ],
});

phenomenonTable("Korean: an item's alias written with its 로 says what the line becomes", gelato, [
  { name: "콘 하나 한 맛 초코요 → 아 그거 컵으로 바꿔 주세요", turns: ["콘 하나 한 맛 초코요", "아 그거 컵으로 바꿔 주세요"], lines: [{ item: "cup", qty: 1, options: { scoops: "one", flavors: ["choco"] } }], confident: true },
  { name: "콘 하나 한 맛 바닐라요 → 컵으로 바꿔 주세요", turns: ["콘 하나 한 맛 바닐라요", "컵으로 바꿔 주세요"], lines: [{ item: "cup", qty: 1, options: { scoops: "one", flavors: ["vanilla"] } }], confident: true },
]);

notAloneTable("a change asked, nothing in hand changed, a new line made: a guess", gelato, [
  { name: "콘 하나 한 맛 초코요 → 아 컵 두 맛 바닐라 하나 바꿔 주세요", turns: ["콘 하나 한 맛 초코요", "아 컵 두 맛 바닐라 하나 바꿔 주세요"] },
]);

const breakfast = menuFrom({
  version: 1,
  store: { id: "blind-r56-60-c-breakfast", name: { ko: "테스트" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "congee", ...ko("죽") }, { id: "fried", ...ko("튀김") }, { id: "drinks", ...ko("음료") }, { id: "sets", ...ko("세트") }],
  optionGroups: [
    { id: "soy-temp", ...ko("온도"), select: "one", default: "hot", choices: [{ id: "hot", ...ko("따뜻하게") }, { id: "cold", ...ko("차갑게") }] },
    { id: "set-congee", ...ko("죽 선택"), select: "one", choices: [{ id: "beef", ...ko("소고기죽") }, { id: "plain", ...ko("흰죽") }] },
    { id: "set-side", ...ko("사이드"), select: "one", choices: [{ id: "youtiao", ...ko("유탸오") }, { id: "turnip", ...ko("무떡") }] },
    { id: "set-drink", ...ko("음료"), select: "one", default: "soy-hot", choices: [{ id: "soy-hot", ...ko("따뜻한 두유") }, { id: "soy-cold", ...ko("차가운 두유") }] },
  ],
  items: [
    { id: "beef-congee", category: "congee", ...ko("소고기죽"), price: 9000 },
    { id: "plain-congee", category: "congee", ...ko("흰죽"), price: 5000 },
    { id: "youtiao", category: "fried", ...ko("유탸오"), price: 3000 },
    { id: "turnip", category: "fried", ...ko("무떡"), price: 4000 },
    { id: "soy-milk", category: "drinks", ...ko("두유"), price: 3000, optionGroups: ["soy-temp"] },
    { id: "set", category: "sets", ...ko("아침 세트"), description: { ko: "보통 죽(택1) + 유탸오/무떡 택1 + 음료(기본 따뜻한 두유)." }, price: 12000, optionGroups: ["set-congee", "set-side", "set-drink"] },
  ],
});

phenomenonTable("Korean: a set's part as the topic after its other parts, a turn later", breakfast, [
  { name: "아침 세트 하나요 → 소고기죽이랑 유탸오 주시고 두유는 차가운 걸로요", turns: ["아침 세트 하나요", "소고기죽이랑 유탸오 주시고 두유는 차가운 걸로요"], lines: [{ item: "set", qty: 1, options: { "set-congee": "beef", "set-side": "youtiao", "set-drink": "soy-cold" } }], confident: true },
  { name: "아침 세트 하나요 → 흰죽 무떡 주시고 두유는 차가운 걸로", turns: ["아침 세트 하나요", "흰죽 무떡 주시고 두유는 차가운 걸로"], lines: [{ item: "set", qty: 1, options: { "set-congee": "plain", "set-side": "turnip", "set-drink": "soy-cold" } }], confident: true },
]);

notAloneTable("Korean: a set's part made beside the set in hand the turn changed: a guess", breakfast, [
  { name: "아침 세트 하나요 → 소고기죽이랑 유탸오 주시고 두유는 차갑게 하나요", turns: ["아침 세트 하나요", "소고기죽이랑 유탸오 주시고 두유는 차갑게 하나요"] },
]);

// English: the pad thai's "Cilantro" extras and its "No cilantro" hold, said "no cilantro".
phenomenonTable("English: a refused group of extras held none of, the hold", thai, [
  { name: "a pad thai and a tom yum, no cilantro on both", turns: ["a pad thai and a tom yum, no cilantro on both"], lines: [{ item: "pad-thai", qty: 1, options: { holds: ["no-cilantro"] } }, { item: "tom-yum", qty: 1, options: { holds: ["no-cilantro"] } }], confident: true },
]);
void en;
