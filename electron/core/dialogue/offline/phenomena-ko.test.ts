// Korean order talk on a small 분식/burger menu written for these rows (issue 9 item 3):
// names said by parts the menu's own names give (더블치즈 for 더블치즈버거, 쫄면 for
// 쫄면사리, 김밥 for the plain 원조김밥), a word that is one item's choice and another's
// counted extra (치즈), "X 추가" written as the name of one group's choice, sets named
// after their burger, changes said in a later turn ("라지로 업그레이드", "쫄면 말고
// 라면사리로"), and 에 naming the line something is said to. Each row is one way of saying
// an order; the whole cart must come out right, and a guess must not be answered alone.
import { describe, expect, it } from "vitest";
import { MenuModel } from "../../../../shared/menu/model.ts";
import { validateMenu } from "../../../../shared/menu/validate.ts";
import { ConversationMemory } from "../memory.ts";
import { createOfflineEngine } from "./engine.ts";
import { itemsNamedAfter, koreanAcronyms, koreanClippings, temperatureContractions } from "./item-name-forms.ts";
import { TEMPERATURE_WORDS } from "./language.ts";
import { cartHandle, converse, type ExpectedLine, ko, lineKeys, menuFrom } from "./test-helpers.ts";

const set = ["set-side", "set-drink", "set-size"];
const raw = {
  version: 1,
  store: { id: "ko-phenomena", name: { ko: "테스트 분식" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "burger", ...ko("버거") }, { id: "set", ...ko("세트") }, { id: "snack", ...ko("분식") }, { id: "drink", ...ko("음료") }],
  optionGroups: [
    { id: "set-side", ...ko("세트 사이드"), select: "one", choices: [{ id: "fries", ...ko("감자튀김") }, { id: "sticks", ...ko("치즈스틱"), price: 500 }] },
    { id: "set-drink", ...ko("세트 음료", ["음료"]), select: "one", choices: [{ id: "cola", ...ko("콜라") }, { id: "cider", ...ko("사이다") }] },
    { id: "set-size", ...ko("세트 크기"), select: "one", default: "regular", choices: [{ id: "regular", ...ko("기본") }, { id: "large", ...ko("라지 세트", ["라지"]), price: 800 }] },
    { id: "patty", ...ko("패티 추가", ["패티"]), select: "count", default: 0, min: 0, max: 2, unitPrice: 1800 },
    { id: "cheese", ...ko("치즈 추가", ["치즈"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 500 },
    { id: "spice", ...ko("맵기"), select: "one", default: "medium", choices: [{ id: "mild", ...ko("순한맛") }, { id: "medium", ...ko("보통맛") }, { id: "hot", ...ko("매운맛") }] },
    {
      id: "tteok-add", ...ko("추가"), select: "many",
      choices: [{ id: "ramen-sari", ...ko("라면사리"), price: 1000 }, { id: "jjolmyeon-sari", ...ko("쫄면사리"), price: 1000 }, { id: "egg", ...ko("삶은 계란", ["계란"]), price: 500 }],
    },
    { id: "ramen-add", ...ko("라면 토핑"), select: "many", choices: [{ id: "egg", ...ko("계란 추가"), price: 500 }, { id: "cheese", ...ko("치즈"), price: 500 }] },
    { id: "gimbap-remove", ...ko("김밥 빼기"), select: "many", choices: [{ id: "cucumber", ...ko("오이 빼기", ["오이 빼고"]) }, { id: "carrot", ...ko("당근 빼기", ["당근 없이"]) }] },
    { id: "set-gimbap", ...ko("세트 김밥"), select: "one", choices: [{ id: "basic", ...ko("원조김밥", ["원조"]) }, { id: "tuna", ...ko("참치김밥", ["참치"]) }] },
    { id: "naejang", ...ko("내장"), select: "one", default: "mixed", choices: [{ id: "mixed", ...ko("내장 섞어서", ["섞어서"]) }, { id: "none", ...ko("순대만") }] },
  ],
  items: [
    { id: "double-cheese", category: "burger", ...ko("더블치즈버거"), price: 6500, optionGroups: ["patty", "cheese"] },
    { id: "bulgogi", category: "burger", ...ko("불고기버거"), price: 5000, optionGroups: ["patty", "cheese"] },
    { id: "double-cheese-set", category: "set", ...ko("더블치즈버거 세트"), price: 8500, optionGroups: [...set, "patty", "cheese"] },
    { id: "bulgogi-set", category: "set", ...ko("불고기버거 세트"), price: 7000, optionGroups: [...set, "patty", "cheese"] },
    { id: "tteokbokki", category: "snack", ...ko("떡볶이"), price: 4000, optionGroups: ["spice", "cheese", "tteok-add"] },
    { id: "rabokki", category: "snack", ...ko("라볶이"), price: 5000, optionGroups: ["spice", "cheese", "tteok-add"] },
    { id: "ramen", category: "snack", ...ko("라면"), price: 4000, optionGroups: ["ramen-add"] },
    { id: "basic-gimbap", category: "snack", ...ko("원조김밥", ["원조 김밥"]), price: 3000, optionGroups: ["gimbap-remove"] },
    { id: "tuna-gimbap", category: "snack", ...ko("참치김밥", ["참치 김밥"]), price: 4000, optionGroups: ["gimbap-remove"] },
    { id: "sundae", category: "snack", ...ko("순대"), price: 4000, optionGroups: ["naejang"] },
    { id: "twigim", category: "snack", ...ko("모듬튀김", ["튀김"]), price: 4000 },
    { id: "tts-set", category: "set", ...ko("떡튀순 세트", ["떡튀순"]), price: 11000, optionGroups: ["spice", "set-drink"] },
    { id: "kimtteok-set", category: "set", ...ko("김떡 세트", ["김밥 떡볶이 세트"]), price: 7500, optionGroups: ["set-gimbap", "spice", "set-drink"] },
    { id: "ramgim-set", category: "set", ...ko("라김 세트", ["라면 김밥 세트"]), price: 7500, optionGroups: ["set-gimbap", "set-drink"] },
    { id: "cola", category: "drink", ...ko("콜라"), price: 2000 },
    { id: "cider", category: "drink", ...ko("사이다"), price: 2000 },
  ],
};

function menu(): MenuModel {
  return menuFrom(raw);
}

interface Row {
  name: string;
  turns: string[];
  lines: ExpectedLine[];
  orderOptions?: Record<string, string>;
}

const rows: Row[] = [
  // Names said by the parts the menu's own names give.
  { name: "a compound name without the head it shares (더블치즈)", turns: ["더블치즈 하나요"], lines: [{ item: "double-cheese", qty: 1 }] },
  { name: "a set said as its burger's clipping + 세트", turns: ["더블치즈 세트 하나 감자튀김 콜라"], lines: [{ item: "double-cheese-set", qty: 1, options: { "set-side": "fries", "set-drink": "cola" } }] },
  { name: "a set said as its burger's first-syllable clipping + 세트", turns: ["불버거 세트 두 개 치즈스틱 사이다"], lines: [{ item: "bulgogi-set", qty: 2, options: { "set-side": "sticks", "set-drink": "cider" } }] },
  { name: "the head alone is the plain variant (김밥 → 원조김밥)", turns: ["김밥 두 줄이요"], lines: [{ item: "basic-gimbap", qty: 2 }] },
  { name: "the plain variant, corrected count", turns: ["떡볶이 하나랑 김밥 두 줄, 아 아니다 세 줄이요"], lines: [{ item: "tteokbokki", qty: 1 }, { item: "basic-gimbap", qty: 3 }] },
  { name: "a named variant still wins over the plain one", turns: ["참치 김밥 한 줄"], lines: [{ item: "tuna-gimbap", qty: 1 }] },
  // A vowel slip whose last letter also reads as a particle (버가 for 버거), before 세트.
  { name: "vowel slip read whole with the word after it (불고기버가 세트)", turns: ["불고기버가 세트 하나 감자튀김 콜라요"], lines: [{ item: "bulgogi-set", qty: 1, options: { "set-side": "fries", "set-drink": "cola" } }] },
  { name: "vowel slip read whole (더블치즈버가 하나)", turns: ["더블치즈버가 하나 주세요"], lines: [{ item: "double-cheese", qty: 1 }] },
  // Several removals in one phrase, named as the menu's removals are ("오이 빼기") without the removal word.
  { name: "오이랑 당근 빼고 (the menu says 오이 빼기, 당근 빼기)", turns: ["원조김밥 두 줄 오이랑 당근 빼고요"], lines: [{ item: "basic-gimbap", qty: 2, options: { "gimbap-remove": ["cucumber", "carrot"] } }] },
  { name: "오이는 빼 주세요 a turn later", turns: ["참치김밥 한 줄이요", "오이는 빼 주세요"], lines: [{ item: "tuna-gimbap", qty: 1, options: { "gimbap-remove": ["cucumber"] } }] },
  // 단품: the item by itself.
  { name: "단품으로", turns: ["불고기버거 단품으로 하나요"], lines: [{ item: "bulgogi", qty: 1 }] },
  { name: "단품 and the set side by side", turns: ["불고기버거 단품 하나랑 불고기버거 세트 하나 콜라 감자튀김"], lines: [{ item: "bulgogi", qty: 1 }, { item: "bulgogi-set", qty: 1, options: { "set-side": "fries", "set-drink": "cola" } }] },
  // One word, two kinds of option: a choice for one item, a counted extra for another.
  { name: "치즈 추가 on a burger is its counted cheese", turns: ["불고기버거 하나 치즈 추가요"], lines: [{ item: "bulgogi", qty: 1, options: { cheese: 1 } }] },
  { name: "치즈 with a count and a counter (두 장)", turns: ["불고기버거 패티 추가 하나, 치즈 두 장 추가해 주세요"], lines: [{ item: "bulgogi", qty: 1, options: { patty: 1, cheese: 2 } }] },
  { name: "치즈 on a ramen is its topping choice", turns: ["라면 하나 치즈 추가"], lines: [{ item: "ramen", qty: 1, options: { "ramen-add": ["cheese"] } }] },
  { name: "치즈 추가 on 떡볶이 is its counted cheese", turns: ["떡볶이 1인분 순한맛으로 치즈 추가해서요"], lines: [{ item: "tteokbokki", qty: 1, options: { spice: "mild", cheese: 1 } }] },
  // "X 추가" written as one group's choice name still adds X where X is another group's.
  { name: "계란 추가 on 라볶이 (its egg is 삶은 계란)", turns: ["라볶이 하나 매운맛 계란 추가"], lines: [{ item: "rabokki", qty: 1, options: { spice: "hot", "tteok-add": ["egg"] } }] },
  { name: "계란 추가 on 라면", turns: ["라면 하나 계란 추가요"], lines: [{ item: "ramen", qty: 1, options: { "ramen-add": ["egg"] } }] },
  // A group called just 추가 does not make the verb 추가해 an option.
  { name: "추가해 주세요 with a group called 추가", turns: ["떡볶이 하나 라면사리 추가해 주세요"], lines: [{ item: "tteokbokki", qty: 1, options: { "tteok-add": ["ramen-sari"] } }] },
  // An option put in before the item (넣은, 올린).
  { name: "option before the item with 넣은", turns: ["쫄면사리 넣은 떡볶이 하나"], lines: [{ item: "tteokbokki", qty: 1, options: { "tteok-add": ["jjolmyeon-sari"] } }] },
  // Changes a turn later.
  { name: "set upgraded with 업그레이드 a turn later", turns: ["불고기버거 세트 하나 감자튀김 콜라", "라지로 업그레이드 해주세요"], lines: [{ item: "bulgogi-set", qty: 1, options: { "set-side": "fries", "set-drink": "cola", "set-size": "large" } }] },
  { name: "option swap a turn later, the old one clipped (쫄면 말고 라면사리로)", turns: ["쫄면사리 넣은 떡볶이 하나", "아 쫄면 말고 라면사리로요"], lines: [{ item: "tteokbokki", qty: 1, options: { "tteok-add": ["ramen-sari"] } }] },
  { name: "option swap a turn later, full names", turns: ["떡볶이 하나 쫄면사리 추가", "쫄면사리 말고 라면사리로 바꿔 주세요"], lines: [{ item: "tteokbokki", qty: 1, options: { "tteok-add": ["ramen-sari"] } }] },
  // 에 names the line something is said to.
  { name: "라면에 ... after ordering a ramen is that ramen", turns: ["김밥 한 줄이랑 라면 하나요. 라면에 계란은 안 넣어도 돼요"], lines: [{ item: "basic-gimbap", qty: 1 }, { item: "ramen", qty: 1 }] },
  { name: "라면에 계란 추가 a turn later", turns: ["라면 하나요", "라면에 계란 추가해 주세요"], lines: [{ item: "ramen", qty: 1, options: { "ramen-add": ["egg"] } }] },
  { name: "X에 with nothing ordered orders X", turns: ["라면에 계란 추가해서 하나 주세요"], lines: [{ item: "ramen", qty: 1, options: { "ramen-add": ["egg"] } }] },
  // Two lines made one set: the set named after one of them takes the other as its choice.
  { name: "떡볶이랑 원조김밥 세트로 (same breath)", turns: ["떡볶이 하나랑 원조김밥 한 줄 세트로 주세요 음료는 사이다"], lines: [{ item: "kimtteok-set", qty: 1, options: { "set-gimbap": "basic", "set-drink": "cider" } }] },
  { name: "라면이랑 참치김밥, then 세트로 a turn later", turns: ["라면 하나랑 참치김밥 한 줄요", "세트로 해 주세요", "콜라요"], lines: [{ item: "ramgim-set", qty: 1, options: { "set-gimbap": "tuna", "set-drink": "cola" } }] },
  // A combo named by the first syllables of lines ordered earlier takes their place.
  { name: "떡튀순 세트로 after its three parts", turns: ["떡볶이 하나 모듬튀김 하나 순대 하나", "떡튀순 세트로 해 주세요 음료는 사이다요"], lines: [{ item: "tts-set", qty: 1, options: { "set-drink": "cider" } }] },
  { name: "김떡 세트로 바꿔 after 김밥 and 떡볶이: the 김밥 becomes its choice", turns: ["원조김밥 한 줄이랑 떡볶이 하나", "김떡 세트로 바꿔 주세요", "콜라요"], lines: [{ item: "kimtteok-set", qty: 1, options: { "set-gimbap": "basic", "set-drink": "cola" } }] },
  { name: "떡튀순 세트 ordered plainly is just ordered", turns: ["떡볶이 하나", "떡튀순 세트 하나 주세요 음료는 콜라"], lines: [{ item: "tteokbokki", qty: 1 }, { item: "tts-set", qty: 1, options: { "set-drink": "cola" } }] },
  // A set's choice changed by naming the items ("김밥을 참치김밥으로").
  { name: "a set's choice swapped by the items' names", turns: ["라김 세트 원조김밥 콜라요", "원조김밥을 참치김밥으로 바꿔 주세요"], lines: [{ item: "ramgim-set", qty: 1, options: { "set-gimbap": "tuna", "set-drink": "cola" } }] },
  // A set's choice said with its own quantity and no set in hand is the item it is named after.
  { name: "원조 두 줄 (the set's choice 원조) is 원조김밥", turns: ["원조 두 줄이요"], lines: [{ item: "basic-gimbap", qty: 2 }] },
  { name: "with the set in hand it stays the set's choice", turns: ["라김 세트 하나 원조 콜라요"], lines: [{ item: "ramgim-set", qty: 1, options: { "set-gimbap": "basic", "set-drink": "cola" } }] },
  // "하나 더" after a counted extra is more of the extra; after "the one with it" (걸로) another one.
  { name: "패티 하나 더 넣어 주세요 a turn later: one more patty on it", turns: ["불고기버거 하나", "패티 하나 더 넣어 주세요"], lines: [{ item: "bulgogi", qty: 1, options: { patty: 1 } }] },
  { name: "패티 추가한 걸로 하나 더: another burger, made so", turns: ["불고기버거 하나", "패티 추가한 걸로 하나 더 주세요"], lines: [{ item: "bulgogi", qty: 1 }, { item: "bulgogi", qty: 1, options: { patty: 1 } }] },
  { name: "치즈 두 장 더 a turn after one", turns: ["불고기버거 하나 치즈 추가", "치즈 두 장 더 넣어 주세요"], lines: [{ item: "bulgogi", qty: 1, options: { cheese: 3 } }] },
  // A later turn about the line in hand, not another one.
  { name: "라볶이 치즈 추가해 주세요 a turn later", turns: ["라볶이 하나", "라볶이 치즈 추가해 주세요"], lines: [{ item: "rabokki", qty: 1, options: { cheese: 1 } }] },
  { name: "보통맛 말고 매운맛으로 a turn later", turns: ["떡볶이 하나 라면사리 추가요", "아 그리고 떡볶이 보통맛 말고 매운맛으로요"], lines: [{ item: "tteokbokki", qty: 1, options: { spice: "hot", "tteok-add": ["ramen-sari"] } }] },
  { name: "a count corrected with options for all of it", turns: ["순대 2인분 주세요", "아니다 1인분만 할게요 내장은 섞어서요"], lines: [{ item: "sundae", qty: 1, options: { naejang: "mixed" } }] },
  // Declined with 됐고.
  { name: "김밥은 됐고 라면만", turns: ["김밥은 됐고 라면만 하나 주세요"], lines: [{ item: "ramen", qty: 1 }] },
];

describe("Korean names, options and later changes", () => {
  const m = menu();
  for (const r of rows) {
    it(r.name, async () => {
      const { cart } = await converse(m, r.turns);
      expect(lineKeys(m, cart.lines)).toEqual(lineKeys(m, r.lines));
    });
  }
});

const cafeRaw = {
  version: 1,
  store: { id: "ko-cafe-phenomena", name: { ko: "테스트 카페" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "coffee", ...ko("커피") }, { id: "drink", ...ko("음료") }, { id: "dessert", ...ko("디저트") }],
  optionGroups: [
    { id: "temp", ...ko("온도"), select: "one", choices: [{ id: "hot", ...ko("핫", ["따뜻하게", "뜨거운"]) }, { id: "iced", ...ko("아이스", ["시원하게"]) }] },
    { id: "size", ...ko("사이즈"), select: "one", default: "regular", choices: [{ id: "regular", ...ko("레귤러", ["작은 사이즈"]) }, { id: "large", ...ko("라지", ["큰 사이즈"]), price: 700 }] },
    { id: "shots", ...ko("샷 추가", ["샷"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 500 },
    { id: "syrup", ...ko("시럽 추가", ["시럽"]), select: "many", choices: [{ id: "vanilla", ...ko("바닐라 시럽", ["바닐라"]), price: 500 }] },
    { id: "sweet", ...ko("당도"), select: "one", default: "normal", choices: [{ id: "normal", ...ko("기본 당도") }, { id: "none", ...ko("시럽 빼기", ["무가당"]) }] },
    { id: "whip", ...ko("휘핑크림"), select: "one", default: "whip", choices: [{ id: "whip", ...ko("휘핑 올려서", ["휘핑"]) }, { id: "no-whip", ...ko("휘핑 빼기", ["휘핑 말고"]) }] },
    { id: "bingsu-size", ...ko("빙수 크기"), select: "one", default: "one", choices: [{ id: "one", ...ko("1인용") }, { id: "two", ...ko("2인용"), price: 4000 }] },
    { id: "flavor", ...ko("마카롱 맛"), select: "one", choices: [{ id: "vanilla", ...ko("바닐라") }, { id: "choco", ...ko("초코") }] },
  ],
  items: [
    { id: "mocha", category: "coffee", ...ko("카페모카", ["모카"]), price: 5000, optionGroups: ["temp", "size", "shots", "syrup"] },
    { id: "latte", category: "coffee", ...ko("카페라떼", ["라떼"]), price: 4500, optionGroups: ["temp", "size", "shots", "syrup"] },
    { id: "ade", category: "drink", ...ko("자몽 에이드"), price: 5500, optionGroups: ["size"] },
    { id: "tea", category: "drink", ...ko("유자차"), price: 5000, optionGroups: ["size"] },
    { id: "croffle", category: "dessert", ...ko("크로플"), price: 4000 },
    { id: "americano", category: "coffee", ...ko("아메리카노"), price: 4000, optionGroups: ["temp", "size", "shots"] },
    { id: "vanilla-latte", category: "coffee", ...ko("바닐라 라떼"), price: 5000, optionGroups: ["temp", "size", "shots"] },
    { id: "black-tea", category: "drink", ...ko("자몽 허니 블랙티"), price: 5500, optionGroups: ["temp", "size", "sweet"] },
    { id: "frappe", category: "drink", ...ko("민트 초코 칩 프라페"), price: 6000, optionGroups: ["size", "whip"] },
    { id: "bingsu", category: "dessert", ...ko("인절미 빙수"), price: 9000, optionGroups: ["bingsu-size"] },
    { id: "choco-cake", category: "dessert", ...ko("가나슈 초코케이크", ["초코 케이크"]), price: 6000 },
    { id: "berry-cake", category: "dessert", ...ko("딸기 케이크"), price: 6000 },
    { id: "macaron", category: "dessert", ...ko("마카롱"), price: 2500, optionGroups: ["flavor"] },
  ],
  // No default: both take-out and eat-in must be heard to be set.
  orderOptions: [{ id: "dining", ...ko("이용 방법"), select: "one", choices: [{ id: "here", ...ko("매장") }, { id: "togo", ...ko("포장") }] }],
};

const cafeRows: Row[] = [
  // It need not be done: "안 V-도 돼요", "V-지 않아도 돼요".
  { name: "샷 추가는 안 해도 돼요", turns: ["모카 따뜻하게 하나요, 샷 추가는 안 해도 돼요"], lines: [{ item: "mocha", qty: 1, options: { temp: "hot" } }] },
  { name: "시럽은 안 넣어도 돼요 after adding it", turns: ["라떼 아이스로 하나 바닐라 시럽 추가요", "시럽은 안 넣어도 돼요"], lines: [{ item: "latte", qty: 1, options: { temp: "iced" } }] },
  { name: "something the menu lacks, not needed: nothing happens", turns: ["라떼 따뜻하게 한 잔이요 시나몬은 안 뿌려도 돼요"], lines: [{ item: "latte", qty: 1, options: { temp: "hot" } }] },
  { name: "넣지 않아도 돼요", turns: ["카페라떼 아이스 한 잔 샷은 넣지 않아도 돼요"], lines: [{ item: "latte", qty: 1, options: { temp: "iced" } }] },
  // A kind talked about and declined ("음료는 괜찮고요").
  { name: "음료는 괜찮고요, then the order", turns: ["음료는 괜찮고요 크로플 두 개만 주세요"], lines: [{ item: "croffle", qty: 2 }] },
  { name: "an item declined, another ordered", turns: ["모카는 괜찮아요 유자차 하나 주세요"], lines: [{ item: "tea", qty: 1 }] },
  // "큰 걸로": the adjective of a choice's name, said of the thing ordered.
  { name: "큰 걸로 is the large size", turns: ["자몽 에이드 큰 걸로 하나 주세요"], lines: [{ item: "ade", qty: 1, options: { size: "large" } }] },
  // An adverb the menu has no option for says how, never what: the drink is still ordered (not alone).
  { name: "연하게 is not a thing ordered", turns: ["아메리카노 아이스 연하게 하나요"], lines: [{ item: "americano", qty: 1, options: { temp: "iced" } }] },
  // A word that is a flavour (one choice) of the item and a syrup (a topping) elsewhere.
  { name: "마카롱 초코 하나 바닐라 하나: two flavours, one each", turns: ["마카롱 초코 하나 바닐라 하나"], lines: [{ item: "macaron", qty: 1, options: { flavor: "choco" } }, { item: "macaron", qty: 1, options: { flavor: "vanilla" } }] },
  { name: "바닐라 두 번 추가 on a latte is its syrup, not two more lattes", turns: ["라떼 아이스 하나 바닐라 두 번 추가"], lines: [{ item: "latte", qty: 1, options: { temp: "iced", syrup: ["vanilla"] } }] },
  { name: "바닐라 하나 추가 on a latte is its syrup", turns: ["라떼 아이스 하나 바닐라 하나 추가"], lines: [{ item: "latte", qty: 1, options: { temp: "iced", syrup: ["vanilla"] } }] },
  // Temperature + drink contractions derived from the names (the menu lists none).
  { name: "아아 for 아이스 아메리카노", turns: ["아아 두 잔 주세요"], lines: [{ item: "americano", qty: 2, options: { temp: "iced" } }] },
  { name: "뜨아 for 뜨거운 아메리카노, 아아 alongside", turns: ["뜨아 하나 아아 하나요"], lines: [{ item: "americano", qty: 1, options: { temp: "hot" } }, { item: "americano", qty: 1, options: { temp: "iced" } }] },
  { name: "아바라 for 아이스 바닐라 라떼, with a size", turns: ["아바라 라지로 하나"], lines: [{ item: "vanilla-latte", qty: 1, options: { temp: "iced", size: "large" } }] },
  // Take-out and eat-in, said with any verb of carrying or staying and any ending.
  ...[
    ["가지고 갈 거예요", "togo"], ["들고 가요", "togo"], ["포장해서 갈게요", "togo"], ["갖고 갈래요", "togo"], ["테이크아웃 해 주세요", "togo"],
    ["먹고 갈 거예요", "here"], ["여기서 먹고 가요", "here"], ["앉아서 마실게요", "here"], ["홀에서 마실게요", "here"], ["매장에서 마시고 갈게요", "here"],
  ].map(([said, dining]): Row => ({ name: `라떼 아이스 하나 ${said} → ${dining}`, turns: [`라떼 아이스 하나 ${said}`], lines: [{ item: "latte", qty: 1, options: { temp: "iced" } }], orderOptions: { dining: dining! } })),
  // First syllables of a name's words (자허블, 민초 프라페).
  { name: "자허블 for 자몽 허니 블랙티", turns: ["자허블 아이스 라지로 하나요"], lines: [{ item: "black-tea", qty: 1, options: { temp: "iced", size: "large" } }] },
  { name: "민초 프라페 for 민트 초코 칩 프라페", turns: ["민초 프라페 하나 휘핑 말고요"], lines: [{ item: "frappe", qty: 1, options: { whip: "no-whip" } }] },
  // A group the item lacks, refused, where the item spells that as another group's choice.
  { name: "시럽은 빼 주세요 on a tea whose sweetness has 시럽 빼기", turns: ["자몽 허니 블랙티 아이스로 하나요, 시럽은 빼 주시고요"], lines: [{ item: "black-tea", qty: 1, options: { temp: "iced", sweet: "none" } }] },
  // A number after a choice is how many, even where a choice is named by a number.
  { name: "빙수 2인용 하나 (하나 is not 1인용)", turns: ["인절미 빙수 2인용 하나하고 라떼 아이스 두 잔"], lines: [{ item: "bingsu", qty: 1, options: { "bingsu-size": "two" } }, { item: "latte", qty: 2, options: { temp: "iced" } }] },
  { name: "빙수 1인용으로 두 개", turns: ["인절미 빙수 1인용으로 두 개요"], lines: [{ item: "bingsu", qty: 2, options: { "bingsu-size": "one" } }] },
  // A word that is a choice elsewhere names a line by part of its name when cancelling.
  { name: "초코는 취소 with a 초코케이크 ordered (초코 is also a macaron flavour)", turns: ["딸기 케이크 하나랑 초코 케이크 하나", "초코는 취소해 주세요"], lines: [{ item: "berry-cake", qty: 1 }] },
  // Small talk that ends its own sentence does not name the thing after it.
  { name: "덥네요 ㅎㅎ then the order", turns: ["오늘 진짜 덥네요 ㅎㅎ 자몽 에이드 큰 걸로 하나 주세요"], lines: [{ item: "ade", qty: 1, options: { size: "large" } }] },
  { name: "작은 걸로 a turn later is the small size", turns: ["유자차 라지로 두 잔", "작은 걸로 바꿔 주세요"], lines: [{ item: "tea", qty: 2, options: { size: "regular" } }] },
];

describe("Korean café: not needed, declined, the big one, take-out", () => {
  const r = validateMenu(cafeRaw);
  if (!r.ok) throw new Error(r.problems.join("; "));
  const m = new MenuModel(r.menu);
  for (const row of cafeRows) {
    it(row.name, async () => {
      const { cart } = await converse(m, row.turns);
      expect(lineKeys(m, cart.lines)).toEqual(lineKeys(m, row.lines));
      for (const [g, v] of Object.entries(row.orderOptions ?? {})) expect(cart.orderOptions[g]).toBe(v);
    });
  }
});

// A chicken place: 마리 and 반 마리, 순살, a half-and-half item whose two flavour groups share their choices.
const chickenRaw = {"version": 1, "store": {"id": "chk", "name": {"ko": "치킨집"}, "currency": "KRW", "languages": ["ko"]}, "categories": [{"id": "chicken", "name": {"ko": "치킨"}}, {"id": "side", "name": {"ko": "사이드"}}, {"id": "drink", "name": {"ko": "음료"}}], "optionGroups": [{"id": "portion", "name": {"ko": "크기"}, "select": "one", "default": "whole", "choices": [{"id": "whole", "name": {"ko": "한 마리"}}, {"id": "half", "name": {"ko": "반 마리"}, "price": -8000}]}, {"id": "bone", "name": {"ko": "뼈/순살"}, "select": "one", "default": "bone", "choices": [{"id": "bone", "name": {"ko": "뼈"}, "aliases": {"ko": ["뼈있는"]}}, {"id": "boneless", "name": {"ko": "순살"}, "price": 2000}]}, {"id": "half-a", "name": {"ko": "반반 첫째 맛"}, "select": "one", "choices": [{"id": "fried", "name": {"ko": "후라이드"}}, {"id": "yangnyeom", "name": {"ko": "양념"}}, {"id": "ganjang", "name": {"ko": "간장"}}]}, {"id": "half-b", "name": {"ko": "반반 둘째 맛"}, "select": "one", "choices": [{"id": "fried", "name": {"ko": "후라이드"}}, {"id": "yangnyeom", "name": {"ko": "양념"}}, {"id": "ganjang", "name": {"ko": "간장"}}]}, {"id": "extra-sauce", "name": {"ko": "양념 소스 추가"}, "aliases": {"ko": ["소스 추가", "소스"]}, "select": "count", "default": 0, "min": 0, "max": 3, "unitPrice": 500}], "items": [{"id": "fried", "category": "chicken", "name": {"ko": "후라이드 치킨"}, "aliases": {"ko": ["후라이드", "프라이드"]}, "price": 18000, "optionGroups": ["portion", "bone", "extra-sauce"]}, {"id": "yangnyeom", "category": "chicken", "name": {"ko": "양념 치킨"}, "aliases": {"ko": ["양념"]}, "price": 19000, "optionGroups": ["portion", "bone", "extra-sauce"]}, {"id": "ganjang", "category": "chicken", "name": {"ko": "간장 치킨"}, "aliases": {"ko": ["간장"]}, "price": 19000, "optionGroups": ["portion", "bone", "extra-sauce"]}, {"id": "banban", "category": "chicken", "name": {"ko": "반반 치킨"}, "aliases": {"ko": ["반반"]}, "price": 19000, "optionGroups": ["half-a", "half-b", "bone"]}, {"id": "radish", "category": "side", "name": {"ko": "치킨무"}, "aliases": {"ko": ["무"]}, "price": 500}, {"id": "cola", "category": "drink", "name": {"ko": "콜라"}, "price": 2000}]};

const chickenRows: Row[] = [
  { name: "한 마리 and 반 마리 (a counter that is also a portion)", turns: ["후라이드 한 마리랑 양념 반 마리요"], lines: [{ item: "fried", qty: 1 }, { item: "yangnyeom", qty: 1, options: { portion: "half" } }] },
  { name: "digits with the counter glued (1마리, 반마리)", turns: ["후라이드 1마리 양념 반마리"], lines: [{ item: "fried", qty: 1 }, { item: "yangnyeom", qty: 1, options: { portion: "half" } }] },
  { name: "순살로 before the item, two of them", turns: ["순살로 후라이드 두 마리 주세요"], lines: [{ item: "fried", qty: 2, options: { bone: "boneless" } }] },
  { name: "one of two made boneless a turn later", turns: ["후라이드 두 마리요", "하나는 순살로 바꿔 주세요"], lines: [{ item: "fried", qty: 1 }, { item: "fried", qty: 1, options: { bone: "boneless" } }] },
  { name: "two flavours fill the two halves in order", turns: ["반반 하나 후라이드 양념으로요"], lines: [{ item: "banban", qty: 1, options: { "half-a": "fried", "half-b": "yangnyeom" } }] },
  { name: "two flavours joined by 이랑, then 순살", turns: ["반반치킨 간장이랑 양념으로 순살"], lines: [{ item: "banban", qty: 1, options: { "half-a": "ganjang", "half-b": "yangnyeom", bone: "boneless" } }] },
];

describe("Korean chicken: 마리, 반 마리, 순살, 반반", () => {
  const r = validateMenu(chickenRaw);
  if (!r.ok) throw new Error(r.problems.join("; "));
  const m = new MenuModel(r.menu);
  for (const row of chickenRows) {
    it(row.name, async () => {
      const { cart } = await converse(m, row.turns);
      expect(lineKeys(m, cart.lines)).toEqual(lineKeys(m, row.lines));
    });
  }
  it("asking for a choice the customer named is never answered alone", () => {
    const engine = createOfflineEngine(m);
    // One flavour said: the kiosk asks the other half, and that is a sure turn.
    expect(engine.interpret("반반 하나 후라이드로요", { cart: cartHandle(m), memory: new ConversationMemory() }).confident).toBe(true);
  });
  it.each([
    ["반반 하나 후라이드 양념으로요", true], // two flavours, two halves
    ["후라이드 치킨 순살 뼈로 하나", false], // two choices for one slot
    ["반반 하나 후라이드 양념 간장으로요", false], // three flavours for two halves
  ] as const)("%s → confident %s", (text, confident) => {
    const engine = createOfflineEngine(m);
    expect(engine.interpret(text, { cart: cartHandle(m), memory: new ConversationMemory() }).confident).toBe(confident);
  });
});

describe("what is guessed is not answered alone", () => {
  const m = menu();
  const engine = createOfflineEngine(m);
  it.each([
    ["불고기버거 하나 치즈 두 장 추가해 주세요", true],
    ["라볶이 하나 계란 추가", true],
    ["떡볶이 하나 라면사리 추가해 주세요", true],
    ["더블치즈 하나요", false], // part of a name
    ["더블치즈 세트 하나 감자튀김 콜라", false],
    ["김밥 두 줄이요", false], // the plain one is a guess
    ["떡볶이 하나 쫄면 추가", false], // a clipped choice name
    ["떡볶이 하나랑 원조김밥 한 줄 세트로 주세요", false], // two lines made one set
    ["원조김밥 두 줄 오이랑 당근 빼고요", true], // the removals, refused
    ["원조김밥 한 줄 오이 추가요", false], // a removal's word not refused
  ] as const)("%s → confident %s", (text, confident) => {
    expect(engine.interpret(text, { cart: cartHandle(m), memory: new ConversationMemory() }).confident).toBe(confident);
  });

  it.each([
    ["라볶이 하나", "라볶이 매운맛으로요"], // the same item again with options: another one, or that one changed?
    ["떡볶이 하나랑 원조김밥 한 줄", "김떡 세트로 해 주세요"], // the set, or the lines made a set?
    ["라볶이 하나", "원조김밥을 참치김밥으로 바꿔 주세요"], // replacing what was never ordered
  ])("after %s, %s is a guess", async (first, second) => {
    const cart = cartHandle(m);
    const memory = new ConversationMemory();
    await engine.turn({ text: first }, { menu: m, cart, history: [], memory, signal: new AbortController().signal });
    expect(cart.state().lines.length).toBeGreaterThan(0);
    expect(engine.interpret(second, { cart, memory }).confident).toBe(false);
  });

  it.each([
    ["떡볶이 하나랑 라면 하나", "라면은 빼고 라볶이로 주세요", ["tteokbokki", "rabokki"]], // the words say it replaces
  ])("after %s, %s is sure", async (first, second, items) => {
    const cart = cartHandle(m);
    const memory = new ConversationMemory();
    await engine.turn({ text: first }, { menu: m, cart, history: [], memory, signal: new AbortController().signal });
    const out = engine.interpret(second, { cart, memory });
    expect(out.confident).toBe(true);
    for (const a of out.actions) cart.apply(a);
    expect(cart.state().lines.map((l) => l.item).sort()).toEqual([...items].sort());
  });
});

describe("forms derived from the menu's names", () => {
  it("a compound name without its shared head names the item, not the item named after it", () => {
    const items = [
      { id: "dc", names: ["더블치즈버거"] },
      { id: "bg", names: ["불고기버거"] },
      { id: "dc-set", names: ["더블치즈버거 세트"] },
      { id: "bg-set", names: ["불고기버거 세트"] },
    ];
    const clips = new Map(koreanClippings(items));
    expect(clips.get("더블치즈")).toBe("dc");
    expect(clips.get("불고기")).toBe("bg");
    expect(itemsNamedAfter(items)).toEqual([["dc", "dc-set", "세트"], ["bg", "bg-set", "세트"]]);
  });

  it("first syllables of a name's words, only where they point at one item", () => {
    const forms = new Map(koreanAcronyms([
      { id: "tea", names: ["자몽 허니 블랙티"] },
      { id: "frappe", names: ["민트 초코 칩 프라페"] },
      { id: "mango", names: ["망고 빙수"] },
      { id: "milk", names: ["망고 빙수수"] },
      { id: "short", names: ["팥 빙수"] },
    ]));
    expect(forms.get("자허블")).toBe("tea");
    expect(forms.get("자허 블랙티")).toBe("tea");
    expect(forms.get("민초 프라페")).toBe("frappe");
    expect(forms.has("망빙")).toBe(false); // two items
    expect(forms.has("팥빙")).toBe(false); // a one-syllable word
  });

  it("temperature + drink contractions, only where one item and one choice fit", () => {
    const temps = [{ group: "temp", choice: "iced", words: ["아이스"] }, { group: "temp", choice: "hot", words: ["핫", "뜨거운"] }];
    const forms = new Map(temperatureContractions([
      { id: "americano", names: ["아메리카노"], temps },
      { id: "vanilla", names: ["바닐라 라떼"], temps },
      { id: "apple", names: ["아보카도"], temps: [] },
      { id: "avocado-latte", names: ["아보 라떼"], temps },
    ], TEMPERATURE_WORDS));
    expect(forms.get("아아")).toEqual({ item: "americano", group: "temp", choice: "iced" });
    expect(forms.get("뜨아")).toEqual({ item: "americano", group: "temp", choice: "hot" });
    expect(forms.get("아바라")).toEqual({ item: "vanilla", group: "temp", choice: "iced" });
    expect(forms.has("핫아라")).toBe(true);
    const clash = new Map(temperatureContractions([{ id: "americano", names: ["아메리카노"], temps }, { id: "aronia", names: ["아로니아"], temps }], TEMPERATURE_WORDS));
    expect(clash.has("아아")).toBe(false);
  });

  it("choices get only the headless form", () => {
    const clips = new Map(koreanClippings([{ id: "r", names: ["라면사리"] }, { id: "j", names: ["쫄면사리"] }], false));
    expect(clips.get("쫄면")).toBe("j");
    expect(clips.has("쫄사리")).toBe(false);
  });
});
