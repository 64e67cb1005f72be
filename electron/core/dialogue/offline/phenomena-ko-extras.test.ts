// Korean ways of saying a drink's or a dessert's extras (third Korean red team): a value said
// on either side of its option's name ("반 당도", "50% 당도로", "당도 보통"); "X 추가" after
// one drink and before the next; a counted extra after a list of flavours ("스푼 다섯 개",
// "스푼은 괜찮아요"); one flavour named for two items in one breath; a refusal after an
// addition ("닭가슴살 추가 계란은 빼고"); plates counted in Sino-Korean numbers ("오 접시").
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const teaShop = menuFrom({
  version: 1,
  store: { id: "ko-extras-tea", name: { ko: "차집" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "tea", ...ko("차") }],
  optionGroups: [
    {
      id: "sweet",
      ...ko("당도"),
      select: "one",
      default: "75",
      choices: [
        { id: "0", ...ko("0%", ["당도 0", "무가당"]) },
        { id: "25", ...ko("25%", ["당도 25"]) },
        { id: "50", ...ko("50%", ["당도 50", "반", "당도 반"]) },
        { id: "75", ...ko("75%", ["당도 75", "보통"]) },
        { id: "100", ...ko("100%", ["당도 100"]) },
      ],
    },
    { id: "tapioca", ...ko("타피오카", ["타피오카 추가"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 500 },
    { id: "jelly", ...ko("젤리", ["젤리 추가"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 500 },
  ],
  items: [
    { id: "milk-tea", category: "tea", ...ko("밀크티"), price: 4000, optionGroups: ["sweet", "tapioca", "jelly"] },
    { id: "green-tea", category: "tea", ...ko("녹차 라떼", ["녹차"]), price: 4500, optionGroups: ["sweet", "tapioca", "jelly"] },
  ],
});

phenomenonTable("Korean: a value said beside its option's name", teaShop, [
  { name: "밀크티 반 당도로 하나", turns: ["밀크티 반 당도로 하나"], lines: [{ item: "milk-tea", qty: 1, options: { sweet: "50" } }] },
  { name: "녹차 하나 25% 당도", turns: ["녹차 하나 25% 당도"], lines: [{ item: "green-tea", qty: 1, options: { sweet: "25" } }] },
  { name: "밀크티 두 잔 100프로 당도로", turns: ["밀크티 두 잔 100프로 당도로"], lines: [{ item: "milk-tea", qty: 2, options: { sweet: "100" } }] },
  { name: "밀크티 하나 당도 보통 (the menu's default)", turns: ["밀크티 하나 당도 보통"], lines: [{ item: "milk-tea", qty: 1 }] },
  { name: "밀크티 당도 50 (the value after the name, as before)", turns: ["밀크티 당도 50"], lines: [{ item: "milk-tea", qty: 1, options: { sweet: "50" } }] },
]);

phenomenonTable("Korean: 'X 추가' belongs to the drink before it", teaShop, [
  { name: "밀크티 타피오카 젤리 추가 녹차 타피오카 추가", turns: ["밀크티 타피오카 젤리 추가 녹차 타피오카 추가"], lines: [{ item: "milk-tea", qty: 1, options: { tapioca: 1, jelly: 1 } }, { item: "green-tea", qty: 1, options: { tapioca: 1 } }] },
  { name: "밀크티 젤리 추가 녹차 하나", turns: ["밀크티 젤리 추가 녹차 하나"], lines: [{ item: "milk-tea", qty: 1, options: { jelly: 1 } }, { item: "green-tea", qty: 1 }] },
]);

const scoops = menuFrom({
  version: 1,
  store: { id: "ko-extras-scoops", name: { ko: "아이스크림집" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "ice", ...ko("아이스크림") }],
  optionGroups: [
    { id: "flavour", ...ko("맛"), select: "many", max: 4, choices: [{ id: "vanilla", ...ko("바닐라") }, { id: "choco", ...ko("초콜릿", ["초코"]) }, { id: "berry", ...ko("딸기") }, { id: "matcha", ...ko("녹차") }] },
    { id: "spoons", ...ko("스푼", ["숟가락"]), select: "count", default: 2, min: 0, max: 10 },
  ],
  items: [
    { id: "cup", category: "ice", ...ko("컵"), price: 3500, optionGroups: [{ group: "flavour", min: 1, max: 1 }] },
    { id: "duo", category: "ice", ...ko("듀오"), price: 5500, optionGroups: [{ group: "flavour", min: 2, max: 2 }] },
    { id: "tub", category: "ice", ...ko("홈 팩", ["홈팩"]), price: 12000, optionGroups: [{ group: "flavour", min: 3, max: 3 }, "spoons"] },
  ],
});

phenomenonTable("Korean: spoons after a list of flavours", scoops, [
  { name: "홈팩 바닐라 초코 딸기 스푼 다섯 개", turns: ["홈팩 바닐라 초코 딸기 스푼 다섯 개"], lines: [{ item: "tub", qty: 1, options: { flavour: ["vanilla", "choco", "berry"], spoons: 5 } }] },
  { name: "홈팩 바닐라 초코 딸기 숟가락 세개요", turns: ["홈팩 바닐라 초코 딸기 숟가락 세개요"], lines: [{ item: "tub", qty: 1, options: { flavour: ["vanilla", "choco", "berry"], spoons: 3 } }] },
  { name: "홈팩 바닐라 초코 딸기 스푼 필요 없어요", turns: ["홈팩 바닐라 초코 딸기 스푼 필요 없어요"], lines: [{ item: "tub", qty: 1, options: { flavour: ["vanilla", "choco", "berry"], spoons: 0 } }] },
  { name: "홈팩 바닐라 초코 딸기 스푼은 괜찮아요", turns: ["홈팩 바닐라 초코 딸기 스푼은 괜찮아요"], lines: [{ item: "tub", qty: 1, options: { flavour: ["vanilla", "choco", "berry"], spoons: 0 } }] },
]);

phenomenonTable("Korean: one flavour named for two items in one breath", scoops, [
  { name: "컵 초코 듀오 초코 바닐라", turns: ["컵 초코 듀오 초코 바닐라"], lines: [{ item: "cup", qty: 1, options: { flavour: ["choco"] } }, { item: "duo", qty: 1, options: { flavour: ["choco", "vanilla"] } }] },
  { name: "컵 딸기 하나 듀오 딸기 녹차 하나", turns: ["컵 딸기 하나 듀오 딸기 녹차 하나"], lines: [{ item: "cup", qty: 1, options: { flavour: ["berry"] } }, { item: "duo", qty: 1, options: { flavour: ["berry", "matcha"] } }] },
]);

const bistro = menuFrom({
  version: 1,
  store: { id: "ko-extras-bistro", name: { ko: "비스트로" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "main", ...ko("메인") }],
  optionGroups: [
    { id: "adds", ...ko("토핑 추가"), select: "many", choices: [{ id: "bacon", ...ko("베이컨 추가", ["베이컨"]), price: 1500 }, { id: "egg", ...ko("계란 추가", ["계란"]), price: 1000 }] },
    { id: "without", ...ko("빼기"), select: "many", choices: [{ id: "no-onion", ...ko("양파 빼기", ["양파 빼고"]) }, { id: "no-olive", ...ko("올리브 빼기", ["올리브 빼고"]) }] },
  ],
  items: [
    { id: "cobb", category: "main", ...ko("콥 샐러드", ["콥"]), price: 9000, optionGroups: ["adds", "without"] },
    { id: "sashimi", category: "main", ...ko("연어 초밥", ["연어"]), price: 3000 },
  ],
});

phenomenonTable("Korean: a refusal after an addition keeps the addition", bistro, [
  { name: "콥 샐러드 하나 베이컨 추가 계란은 빼고", turns: ["콥 샐러드 하나 베이컨 추가 계란은 빼고"], lines: [{ item: "cobb", qty: 1, options: { adds: ["bacon"] } }] },
  { name: "콥 베이컨 추가하고 양파는 빼고", turns: ["콥 베이컨 추가하고 양파는 빼고"], lines: [{ item: "cobb", qty: 1, options: { adds: ["bacon"], without: ["no-onion"] } }] },
  { name: "콥 하나 양파 올리브 빼고 (a list refused, as before)", turns: ["콥 하나 양파 올리브 빼고"], lines: [{ item: "cobb", qty: 1, options: { without: ["no-onion", "no-olive"] } }] },
]);

phenomenonTable("Korean: plates counted in Sino-Korean numbers", bistro, [
  { name: "연어 오 접시", turns: ["연어 오 접시"], lines: [{ item: "sashimi", qty: 5 }] },
  { name: "연어 삼접시요", turns: ["연어 삼접시요"], lines: [{ item: "sashimi", qty: 3 }] },
  { name: "연어 두 접시 (native, as before)", turns: ["연어 두 접시"], lines: [{ item: "sashimi", qty: 2 }] },
]);
