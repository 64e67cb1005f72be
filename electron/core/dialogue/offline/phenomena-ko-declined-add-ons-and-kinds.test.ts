// What Korean customers said to the red teams of held-out rounds 40–41: an add-on turned down ("치즈 추가는
// 괜찮아요", "no extra yolk") is not asked for, nor the thing the dish comes with taken out; a
// general name then the specific one ("막걸리 두 병이요 지평으로요") is one line of the second;
// a size said of a drink with none never moves to the dish; "국물은 빨간 걸로" heads the stew's
// broth, no refill ordered; "씨원 한 병" is the soju so called, counted; and readings that fit
// two ways are guesses ("간장은 괜찮아요", "순대만 주세요", "국물 매운맛").
import { en, ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const bar = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-13f", name: { ko: "포차" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "main", ...ko("안주") }, { id: "skewer", ...ko("어묵") }, { id: "side", ...ko("사이드") }, { id: "drink", ...ko("음료") }, { id: "alcohol", ...ko("주류") }],
    optionGroups: [
      { id: "spice", ...ko("맵기"), select: "one", choices: [{ id: "mild", ...ko("순한맛") }, { id: "hot", ...ko("매운맛") }] },
      { id: "size", ...ko("사이즈"), select: "one", default: "medium", choices: [{ id: "small", ...ko("소", ["소자", "작은 거"]) }, { id: "medium", ...ko("중", ["중자"]) }, { id: "large", ...ko("대", ["대자", "큰 거"]), price: 5000 }] },
      { id: "cheese", ...ko("치즈 추가", ["치즈"]), select: "count", min: 0, max: 2, default: 0, unitPrice: 2000 },
      { id: "ball", ...ko("주먹밥 맛"), select: "one", default: "plain", choices: [{ id: "plain", ...ko("기본") }, { id: "cheese", ...ko("치즈") }] },
      { id: "yolk", ...ko("노른자 추가", ["노른자"]), select: "count", min: 0, max: 2, default: 0, unitPrice: 500 },
      { id: "pear", ...ko("배 추가"), select: "many", max: 1, choices: [{ id: "pear", ...ko("배 추가", ["배 더"]), price: 1000 }] },
      { id: "hold", ...ko("빼기"), select: "many", choices: [{ id: "no-yolk", ...ko("노른자 빼고", ["노른자 없이"]) }, { id: "no-garlic", ...ko("마늘 빼고") }] },
      { id: "sauce", ...ko("간장"), select: "one", default: "soy", choices: [{ id: "soy", ...ko("간장") }, { id: "none", ...ko("간장 없이", ["간장 빼고"]) }] },
      { id: "broth", ...ko("국물 맛"), select: "one", default: "clear", choices: [{ id: "clear", ...ko("맑은 국물", ["맑게"]) }, { id: "red", ...ko("빨간 국물", ["칼칼하게"]) }] },
      { id: "mix", ...ko("내장"), select: "one", default: "mixed", choices: [{ id: "mixed", ...ko("내장 섞어서") }, { id: "only", ...ko("순대만", ["내장 빼고"]) }] },
      { id: "brand", ...ko("소주 종류"), select: "one", default: "chamisul", choices: [{ id: "chamisul", ...ko("참이슬") }, { id: "c1", ...ko("대선", ["씨원"]) }] },
      { id: "temp", ...ko("사케 온도"), select: "one", default: "warm", choices: [{ id: "warm", ...ko("따뜻하게") }, { id: "cold", ...ko("차갑게", ["시원하게", "시원한 거"]) }] },
      { id: "set-feet", ...ko("세트 닭발"), select: "one", choices: [{ id: "soup", ...ko("국물닭발", ["국물"]) }, { id: "boneless", ...ko("무뼈닭발", ["무뼈"]) }] },
    ],
    items: [
      { id: "feet", category: "main", ...ko("무뼈닭발"), price: 15000, optionGroups: ["spice", "size", "cheese"] },
      { id: "soup-feet", category: "main", ...ko("국물닭발"), price: 16000, optionGroups: ["spice", "size", "cheese"] },
      { id: "feet-set", category: "main", ...ko("닭발 세트"), price: 25000, optionGroups: ["set-feet", "spice"] },
      { id: "yukhoe", category: "main", ...ko("육회"), price: 20000, optionGroups: ["size", "yolk", "pear", "hold"] },
      { id: "rice-ball", category: "side", ...ko("주먹밥"), price: 3000, optionGroups: ["ball"] },
      { id: "egg", category: "side", ...ko("계란찜"), price: 5000, optionGroups: [{ group: "cheese", max: 1 }] },
      { id: "skewer", category: "skewer", ...ko("꼬치어묵", ["오뎅", "어묵", "꼬치"]), price: 1000, optionGroups: ["sauce"] },
      { id: "spicy-skewer", category: "skewer", ...ko("매운 꼬치어묵", ["매운 오뎅", "빨간 오뎅", "빨간 어묵"]), price: 1500 },
      { id: "konjac", category: "skewer", ...ko("곤약", ["곤약 꼬치"]), price: 1000 },
      { id: "stew", category: "skewer", ...ko("어묵탕"), price: 12000, optionGroups: [{ group: "size", choices: ["small", "large"], default: "small" }, "broth"] },
      { id: "refill", category: "skewer", ...ko("국물 리필", ["국물"]), price: 0 },
      { id: "sundae", category: "side", ...ko("순대"), price: 5000, optionGroups: ["mix"] },
      { id: "tteokbokki", category: "side", ...ko("떡볶이"), price: 5000 },
      { id: "cola", category: "drink", ...ko("콜라"), price: 2000 },
      { id: "jangsu", category: "alcohol", ...ko("장수 막걸리", ["막걸리", "장수"]), price: 5000 },
      { id: "jipyeong", category: "alcohol", ...ko("지평 막걸리", ["지평"]), price: 6000 },
      { id: "soju", category: "alcohol", ...ko("소주"), price: 5000, optionGroups: ["brand"] },
      { id: "sake", category: "alcohol", ...ko("사케"), price: 15000, optionGroups: ["temp"] },
    ],
  });

phenomenonTable("Korean: an add-on turned down is not asked for (fix13f)", bar(), [
  { name: "치즈 추가는 괜찮아요, 치즈 also a rice ball's flavour", turns: ["무뼈닭발 매운맛 하나 치즈 추가는 괜찮아요"], lines: [{ item: "feet", qty: 1, options: { spice: "hot" } }], confident: true },
  { name: "계란찜 하나 치즈 추가는 됐어요", turns: ["계란찜 하나 치즈 추가는 됐어요"], lines: [{ item: "egg", qty: 1 }], confident: true },
  { name: "치즈는 괜찮아요", turns: ["무뼈닭발 순한맛 하나 치즈는 괜찮아요"], lines: [{ item: "feet", qty: 1, options: { spice: "mild" } }], confident: true },
  { name: "노른자 추가는 괜찮아요: the yolk it comes with kept", turns: ["육회 소자 하나 노른자 추가는 괜찮아요"], lines: [{ item: "yukhoe", qty: 1, options: { size: "small" } }], confident: true },
  { name: "노른자 추가 안 할게요", turns: ["육회 두 개요 노른자 추가 안 할게요"], lines: [{ item: "yukhoe", qty: 2 }], confident: true },
  { name: "노른자 추가는 괜찮아요 a turn later", turns: ["육회 대자 하나요", "노른자 추가는 괜찮아요"], lines: [{ item: "yukhoe", qty: 1, options: { size: "large" } }], confident: true },
  { name: "배 추가는 됐어요: the group and its one choice", turns: ["육회 대자 하나 배 추가는 됐어요"], lines: [{ item: "yukhoe", qty: 1, options: { size: "large" } }], confident: true },
]);

phenomenonTable("Korean: a general name, then which one (fix13f)", bar(), [
  { name: "막걸리 두 병이요 지평으로요", turns: ["막걸리 두 병이요 지평으로요"], lines: [{ item: "jipyeong", qty: 2 }], confident: true },
  { name: "막걸리 하나 주세요 지평 막걸리로요", turns: ["막걸리 하나 주세요 지평 막걸리로요"], lines: [{ item: "jipyeong", qty: 1 }], confident: true },
  { name: "막걸리 한 병 지평으로 주시고 떡볶이 하나요", turns: ["막걸리 한 병 지평으로 주시고 떡볶이 하나요"], lines: [{ item: "jipyeong", qty: 1 }, { item: "tteokbokki", qty: 1 }], confident: true },
  { name: "오뎅 세 개요 빨간 오뎅으로 주세요", turns: ["오뎅 세 개요 빨간 오뎅으로 주세요"], lines: [{ item: "spicy-skewer", qty: 3 }], confident: true },
  { name: "꼬치 두 개 곤약으로요", turns: ["꼬치 두 개 곤약으로요"], lines: [{ item: "konjac", qty: 2 }], confident: true },
]);

phenomenonTable("Korean: an option of the item it is said with (fix13f)", bar(), [
  { name: "콜라 작은 거: the dish's size unchanged", turns: ["무뼈닭발 매운맛 하나 콜라 작은 거 하나요"], lines: [{ item: "feet", qty: 1, options: { spice: "hot" } }, { item: "cola", qty: 1 }], confident: false },
  { name: "국물 맑은 걸로 어묵탕 소자 하나요", turns: ["국물 맑은 걸로 어묵탕 소자 하나요"], lines: [{ item: "stew", qty: 1, options: { size: "small", broth: "clear" } }], confident: true },
  { name: "국물은 빨간 걸로 어묵탕 대자 하나요", turns: ["국물은 빨간 걸로 어묵탕 대자 하나요"], lines: [{ item: "stew", qty: 1, options: { size: "large", broth: "red" } }], confident: true },
  { name: "어묵탕 하나 국물 칼칼하게요", turns: ["어묵탕 소자 하나 국물 칼칼하게요"], lines: [{ item: "stew", qty: 1, options: { size: "small", broth: "red" } }], confident: true },
  { name: "씨원 한 병이요", turns: ["씨원 한 병이요"], lines: [{ item: "soju", qty: 1, options: { brand: "c1" } }], confident: true },
]);

notAloneTable("Korean: readings that fit two ways (fix13f)", bar(), [
  { name: "간장은 괜찮아요: no thanks, or fine as it is", turns: ["오뎅 두 개 간장은 괜찮아요"] },
  { name: "떡볶이는 빼고 순대만 주세요", turns: ["떡볶이 하나 순대 하나요", "아 떡볶이는 빼고 순대만 주세요"] },
]);

const feet = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-13f-feet", name: { ko: "닭발집" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "main", ...ko("닭발") }],
    optionGroups: [
      { id: "spice", ...ko("맵기"), select: "one", choices: [{ id: "mild", ...ko("순한맛") }, { id: "hot", ...ko("매운맛") }] },
      { id: "set-feet", ...ko("세트 닭발"), select: "one", choices: [{ id: "soup", ...ko("국물닭발", ["국물"]) }, { id: "boneless", ...ko("무뼈닭발", ["무뼈"]) }] },
    ],
    items: [
      { id: "soup-feet", category: "main", ...ko("국물닭발"), price: 16000, optionGroups: ["spice"] },
      { id: "feet-set", category: "main", ...ko("닭발 세트"), price: 25000, optionGroups: ["set-feet", "spice"] },
    ],
  });

notAloneTable("Korean: part of a name that fits two items (fix13f)", feet(), [{ name: "국물 매운맛 하나요: 국물닭발 or the set's 국물", turns: ["국물 매운맛 하나요"] }]);

const tartare = () =>
  menuFrom({
    version: 1,
    store: { id: "en-13f", name: { en: "Tartare" }, currency: "USD", languages: ["en"] },
    categories: [{ id: "raw", ...en("Raw") }],
    optionGroups: [
      { id: "size", ...en("Size"), select: "one", choices: [{ id: "small", ...en("Small") }, { id: "large", ...en("Large"), price: 5 }] },
      { id: "yolk", ...en("Extra egg yolk", ["extra yolk", "egg yolk"]), select: "count", min: 0, max: 2, default: 0, unitPrice: 1 },
      { id: "hold", ...en("Leave out"), select: "many", choices: [{ id: "no-yolk", ...en("No egg yolk", ["no yolk"]) }] },
    ],
    items: [{ id: "yukhoe", category: "raw", ...en("Yukhoe"), price: 20, optionGroups: ["size", "yolk", "hold"] }],
  });

phenomenonTable("English: no extra X keeps the X it comes with (fix13f)", tartare(), [
  { name: "no extra yolk", turns: ["Small yukhoe please, no extra yolk"], lines: [{ item: "yukhoe", qty: 1, options: { size: "small" } }], confident: true },
]);
