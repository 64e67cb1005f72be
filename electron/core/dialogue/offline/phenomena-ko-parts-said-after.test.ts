// Korean red-team probes of 2026-12-05 ("Korean probes, third set"): the parts of a line said
// after their options, with no 는. "밀크티 두 잔 핫 하나 아이스 하나" (a total, then each option
// with its count, the counts adding up to the total: count-parts.ts) had the total added again
// as plain lines; "블밀 세 잔 펄 추가 두 잔만" (an option, then "N만" closing what is said of the
// line: line-parts.ts) put the option on every cup; "하나는 펄 넣고 하나는 빼고" (a bare 빼고
// leaving out what the other part put in: line-parts.ts) took an item out. Korean only: English
// says these with "one … one …" (phenomena-en-*), which never had the total added again.
import { ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const store = (id: string) => ({ id, name: { ko: id }, currency: "KRW", languages: ["ko"] });

const teaShop = () =>
  menuFrom({
    version: 1,
    store: store("ko-parts-after"),
    categories: [{ id: "tea", ...ko("음료") }, { id: "noodle", ...ko("면") }],
    optionGroups: [
      { id: "temp", ...ko("온도"), select: "one", default: "iced", choices: [{ id: "hot", ...ko("핫", ["따뜻한", "뜨거운"]) }, { id: "iced", ...ko("아이스", ["차가운"]) }] },
      { id: "size", ...ko("사이즈"), select: "one", default: "m", choices: [{ id: "m", ...ko("미디움") }, { id: "l", ...ko("라지") }] },
      { id: "ice", ...ko("얼음량"), select: "one", default: "normal", aliases: { ko: ["얼음"] }, choices: [{ id: "normal", ...ko("보통", ["얼음 보통"]) }, { id: "none", ...ko("얼음 없이", ["얼음 빼고"]) }] },
      { id: "pearl", ...ko("펄 추가", ["펄"]), select: "count", default: 0, min: 0, max: 2, unitPrice: 500 },
      { id: "coco", ...ko("코코 추가", ["코코"]), select: "count", default: 0, min: 0, max: 2, unitPrice: 500 },
      { id: "shot", ...ko("샷 추가", ["샷"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 500 },
      { id: "topping", ...ko("토핑"), select: "many", choices: [{ id: "cheese", ...ko("치즈", ["치즈 추가"]) }, { id: "egg", ...ko("계란", ["계란 추가"]) }] },
      { id: "remove", ...ko("빼기"), select: "many", choices: [{ id: "no-garlic", ...ko("마늘 빼기", ["마늘 빼고"]) }] },
      { id: "style", ...ko("스타일"), select: "one", default: "mul", choices: [{ id: "mul", ...ko("물") }, { id: "bibim", ...ko("비빔") }] },
    ],
    items: [
      { id: "milk-tea", category: "tea", ...ko("밀크티"), price: 4000, optionGroups: ["temp", "size", "ice", "pearl", "coco"] },
      { id: "americano", category: "tea", name: { ko: "아메리카노" }, aliases: { ko: [{ text: "아아", options: { temp: "iced" } }, { text: "뜨아", options: { temp: "hot" } }] }, price: 3000, optionGroups: ["temp", "shot"] },
      { id: "noodles", category: "noodle", ...ko("국수"), price: 7000, optionGroups: ["style", "topping", "remove"] },
    ],
  });

phenomenonTable("a total, then its parts said option first with no 는: the parts of that total", teaShop(), [
  { name: "two one-of choices, one each", turns: ["밀크티 두잔 핫 하나 아이스 하나"], lines: [{ item: "milk-tea", qty: 1, options: { temp: "hot" } }, { item: "milk-tea", qty: 1 }], confident: true },
  { name: "two and one of three", turns: ["밀크티 세잔 라지 둘 미디움 하나"], lines: [{ item: "milk-tea", qty: 2, options: { size: "l" } }, { item: "milk-tea", qty: 1 }], confident: true },
  { name: "the choices said with 거 and counters", turns: ["아메리카노 세잔 뜨거운 거 하나 차가운 거 둘"], lines: [{ item: "americano", qty: 1, options: { temp: "hot" } }, { item: "americano", qty: 2 }], confident: true },
  { name: "digits glued to the choices", turns: ["국수 2개 비빔1 물1"], lines: [{ item: "noodles", qty: 1, options: { style: "bibim" } }, { item: "noodles", qty: 1 }], confident: true },
  { name: "an extra on one, the other plain (그냥)", turns: ["국수 두개 치즈 추가 하나 그냥 하나"], lines: [{ item: "noodles", qty: 1, options: { topping: ["cheese"] } }, { item: "noodles", qty: 1 }], confident: true },
  { name: "a removal on one, the other plain", turns: ["국수 두개 마늘 빼고 하나 그냥 하나"], lines: [{ item: "noodles", qty: 1, options: { remove: ["no-garlic"] } }, { item: "noodles", qty: 1 }], confident: true },
  { name: "two extras, one on each", turns: ["국수 두개 치즈 추가 하나 계란 추가 하나"], lines: [{ item: "noodles", qty: 1, options: { topping: ["cheese"] } }, { item: "noodles", qty: 1, options: { topping: ["egg"] } }], confident: true },
  { name: "two counted extras, one on each", turns: ["밀크티 두잔 펄 추가 하나 코코 추가 하나"], lines: [{ item: "milk-tea", qty: 1, options: { pearl: 1 } }, { item: "milk-tea", qty: 1, options: { coco: 1 } }], confident: true },
  { name: "with 주세요 after the last", turns: ["밀크티 두잔 핫 하나 아이스 하나 주세요"], lines: [{ item: "milk-tea", qty: 1, options: { temp: "hot" } }, { item: "milk-tea", qty: 1 }], confident: true },
  { name: "the item named again with its choice, counts adding up: the total is their heading", turns: ["아아 두잔 뜨아 하나 아아 하나"], lines: [{ item: "americano", qty: 1, options: { temp: "hot" } }, { item: "americano", qty: 1 }], confident: true },
  { name: "named again but not adding up: more of the item", turns: ["아아 두잔 뜨아 하나 아아 둘"], lines: [{ item: "americano", qty: 4 }, { item: "americano", qty: 1, options: { temp: "hot" } }] },
  // (Not parts: the counts do not add up to the total, or a single option is counted.)
  { name: "one option counted: more of the item, as before", turns: ["밀크티 두잔 핫 하나"], lines: [{ item: "milk-tea", qty: 2 }, { item: "milk-tea", qty: 1, options: { temp: "hot" } }] },
]);

notAloneTable("counts that do not add up to the total are not its parts", teaShop(), [
  { name: "three said of two", turns: ["밀크티 두잔 핫 하나 아이스 둘"] },
]);

phenomenonTable("an option, then N만 closing what is said of the line: that many of it", teaShop(), [
  { name: "a counted extra on two cups of three (잔만)", turns: ["밀크티 세잔 펄 추가 두잔만"], lines: [{ item: "milk-tea", qty: 2, options: { pearl: 1 } }, { item: "milk-tea", qty: 1 }], confident: true },
  { name: "a removal on one of three (하나만)", turns: ["국수 세개 마늘 빼고 하나만"], lines: [{ item: "noodles", qty: 1, options: { remove: ["no-garlic"] } }, { item: "noodles", qty: 2 }], confident: true },
  { name: "an extra on one of two, with 요", turns: ["국수 두개 치즈 추가 하나만요"], lines: [{ item: "noodles", qty: 1, options: { topping: ["cheese"] } }, { item: "noodles", qty: 1 }], confident: true },
  { name: "two extras, each on one cup (한잔만 … 한잔만)", turns: ["밀크티 두잔 펄 추가 한잔만 코코 추가 한잔만"], lines: [{ item: "milk-tea", qty: 1, options: { pearl: 1 } }, { item: "milk-tea", qty: 1, options: { coco: 1 } }], confident: true },
  // (A count group's option with a bare 하나만 is how many of it: one shot on both cups.)
  { name: "샷 추가 하나만: the shot's own count", turns: ["아메리카노 두잔 샷 추가 하나만"], lines: [{ item: "americano", qty: 2, options: { shot: 1 } }] },
]);

phenomenonTable("하나는 X 넣고 하나는 빼고: the other part without X", teaShop(), [
  { name: "a counted extra: the other part plain", turns: ["밀크티 두잔 하나는 펄 넣고 하나는 빼고"], lines: [{ item: "milk-tea", qty: 1, options: { pearl: 1 } }, { item: "milk-tea", qty: 1 }], confident: true },
  { name: "a one-of group the item comes with: its leaving-out choice", turns: ["밀크티 두잔 하나는 얼음 넣고 하나는 빼고"], lines: [{ item: "milk-tea", qty: 1 }, { item: "milk-tea", qty: 1, options: { ice: "none" } }], confident: true },
  { name: "a select-many extra: the other part plain", turns: ["국수 두개 하나는 치즈 넣고 하나는 빼고"], lines: [{ item: "noodles", qty: 1, options: { topping: ["cheese"] } }, { item: "noodles", qty: 1 }], confident: true },
]);
