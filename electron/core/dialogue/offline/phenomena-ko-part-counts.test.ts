// Korean red-team probes, second set (probes/README.md): an option said as the topic and then
// a count of part of the line with 에만/만 ("아아 두 잔 샷은 한 잔에만 추가해 주세요", "김밥 두
// 줄 오이는 한 줄만 빼 주세요", "라면 두 개 치즈 추가는 하나만 해 주세요") goes on that many
// only; it had been put on every one, answered alone. Counts said in one breath that add up to
// the line's ("라떼 두 잔 하나 바닐라 하나 헤이즐넛"), the rest of the count ("하나는 순한맛 나머지는
// 매운맛") and all but that many ("한 잔만 빼고 전부 오트로", "한 줄 말고 나머지는 오이 빼 주세요"),
// in the turn of the line or the next, are parts of it. A count of servings (잔, 그릇) after an
// extra of an item not yet counted ("아메리카노 샷 추가 두 잔") counts the item, not the extra.
// "전부 아이스로" said before a list of items reaches every item of the list (both-first.ts).
import { ko, menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const store = (id: string) => ({ id, name: { ko: id }, currency: "KRW", languages: ["ko"] });

const shop = () =>
  menuFrom({
    version: 1,
    store: store("ko-part-counts"),
    categories: [{ id: "coffee", ...ko("커피") }, { id: "snack", ...ko("분식") }],
    optionGroups: [
      { id: "shots", ...ko("샷 추가", ["샷"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 500 },
      { id: "syrup", ...ko("시럽"), select: "many", choices: [{ id: "vanilla", ...ko("바닐라 시럽", ["바닐라"]) }, { id: "hazelnut", ...ko("헤이즐넛 시럽", ["헤이즐넛"]) }] },
      { id: "ramen-add", ...ko("라면 추가"), select: "many", choices: [{ id: "egg", ...ko("계란", ["계란 추가"]) }, { id: "cheese", ...ko("치즈", ["치즈 추가"]) }] },
      { id: "size", ...ko("사이즈"), select: "one", default: "regular", choices: [{ id: "regular", ...ko("레귤러") }, { id: "large", ...ko("라지") }] },
      { id: "temp", ...ko("온도"), select: "one", default: "hot", choices: [{ id: "hot", ...ko("핫", ["따뜻하게"]) }, { id: "ice", ...ko("아이스") }] },
      { id: "milk", ...ko("우유"), select: "one", default: "whole", choices: [{ id: "whole", ...ko("일반 우유") }, { id: "oat", ...ko("오트 우유", ["오트"]) }] },
      { id: "spice", ...ko("맵기"), select: "one", default: "normal", choices: [{ id: "mild", ...ko("순한맛") }, { id: "normal", ...ko("보통맛") }, { id: "hot", ...ko("매운맛") }] },
      { id: "remove", ...ko("빼기"), select: "many", choices: [{ id: "no-ham", ...ko("햄 빼기", ["햄 빼고"]) }, { id: "no-cucumber", ...ko("오이 빼기", ["오이 빼고"]) }] },
    ],
    items: [
      { id: "americano", category: "coffee", ...ko("아메리카노"), price: 3000, optionGroups: ["shots", "syrup", "size", "temp"] },
      { id: "latte", category: "coffee", ...ko("카페라떼", ["라떼"]), price: 4000, optionGroups: ["shots", "syrup", "size", "milk", "temp"] },
      { id: "tteokbokki", category: "snack", ...ko("떡볶이"), price: 4000, optionGroups: ["spice"] },
      { id: "ramen", category: "snack", ...ko("라면"), price: 4000, optionGroups: ["ramen-add"] },
      { id: "gimbap", category: "snack", ...ko("김밥"), price: 3000, optionGroups: ["remove"] },
      { id: "tuna-gimbap", category: "snack", ...ko("참치김밥", ["참치"]), price: 4000, optionGroups: ["remove"] },
    ],
  });

phenomenonTable("<option>은/는 한 잔에만 / 하나만: the option on that many of the line only", shop(), [
  { name: "a counted option, 한 잔에만", turns: ["아메리카노 두잔 샷은 한잔에만 추가해주세요"], lines: [{ item: "americano", qty: 1, options: { shots: 1 } }, { item: "americano", qty: 1 }], confident: true },
  { name: "a select-many choice, 한 잔에만", turns: ["라떼 두잔 바닐라 시럽은 한잔에만 넣어주세요"], lines: [{ item: "latte", qty: 1, options: { syrup: ["vanilla"] } }, { item: "latte", qty: 1 }], confident: true },
  { name: "a topping, 하나에만", turns: ["라면 두개 계란은 하나에만 넣어주세요"], lines: [{ item: "ramen", qty: 1, options: { "ramen-add": ["egg"] } }, { item: "ramen", qty: 1 }], confident: true },
  { name: "a topping with its adding word, 하나만", turns: ["라면 두개 치즈 추가는 하나만 해주세요"], lines: [{ item: "ramen", qty: 1, options: { "ramen-add": ["cheese"] } }, { item: "ramen", qty: 1 }], confident: true },
  { name: "a removal, the line's own counter with 만", turns: ["김밥 세줄 햄은 한줄만 빼주세요"], lines: [{ item: "gimbap", qty: 1, options: { remove: ["no-ham"] } }, { item: "gimbap", qty: 2 }] },
  { name: "two said with 에만 on a line of three", turns: ["라떼 세잔 헤이즐넛 시럽은 두잔에만"], lines: [{ item: "latte", qty: 2, options: { syrup: ["hazelnut"] } }, { item: "latte", qty: 1 }] },
  // What stays as it was: a counted option's own count, and a count no smaller than the line's.
  { name: "샷은 하나만 on a line of two is one shot each", turns: ["아메리카노 두잔 샷은 하나만 넣어주세요"], lines: [{ item: "americano", qty: 2, options: { shots: 1 } }] },
  { name: "a line of one: the topping's count", turns: ["라면 하나 계란은 하나만 넣어주세요"], lines: [{ item: "ramen", qty: 1, options: { "ramen-add": ["egg"] } }] },
  // ("계란 넣고 하나만 치즈": 하나만 after a topping is not the topping's count but the part with the next option.)
  { name: "하나만 before another option, after one for the whole line", turns: ["라면 두개 계란 넣고 하나만 치즈 넣어주세요"], lines: [{ item: "ramen", qty: 1, options: { "ramen-add": ["egg"] } }, { item: "ramen", qty: 1, options: { "ramen-add": ["egg", "cheese"] } }], confident: true },
  { name: "a part said first still works", turns: ["라면 두개 하나만 치즈 추가해주세요"], lines: [{ item: "ramen", qty: 1, options: { "ramen-add": ["cheese"] } }, { item: "ramen", qty: 1 }], confident: true },
]);

phenomenonTable("parts of a count: 하나 X 하나 Y, 나머지는, N만 빼고 전부", shop(), [
  { name: "counts with no 는 adding up to the line's", turns: ["라떼 두잔 하나 바닐라 하나 헤이즐넛"], lines: [{ item: "latte", qty: 1, options: { syrup: ["vanilla"] } }, { item: "latte", qty: 1, options: { syrup: ["hazelnut"] } }], confident: true },
  { name: "removals, counts with no 는", turns: ["김밥 두줄 하나 햄 빼고 하나 오이 빼고"], lines: [{ item: "gimbap", qty: 1, options: { remove: ["no-ham"] } }, { item: "gimbap", qty: 1, options: { remove: ["no-cucumber"] } }] },
  { name: "나머지는: the rest of the count", turns: ["떡볶이 세개 하나는 순한맛 나머지는 매운맛"], lines: [{ item: "tteokbokki", qty: 1, options: { spice: "mild" } }, { item: "tteokbokki", qty: 2, options: { spice: "hot" } }] },
  { name: "나머지는 a turn after the line", turns: ["떡볶이 세개", "하나는 순한맛 나머지는 매운맛"], lines: [{ item: "tteokbokki", qty: 1, options: { spice: "mild" } }, { item: "tteokbokki", qty: 2, options: { spice: "hot" } }] },
  { name: "나머지 두개는, its own count, as before", turns: ["떡볶이 세개 하나는 순한맛 나머지 두개는 매운맛"], lines: [{ item: "tteokbokki", qty: 1, options: { spice: "mild" } }, { item: "tteokbokki", qty: 2, options: { spice: "hot" } }] },
  { name: "한 잔만 빼고 전부, a turn after", turns: ["라떼 네잔", "한잔만 빼고 전부 오트로 해주세요"], lines: [{ item: "latte", qty: 1 }, { item: "latte", qty: 3, options: { milk: "oat" } }], confident: true },
  { name: "하나만 빼고 다, in the same turn", turns: ["아메리카노 세잔 하나만 빼고 다 라지로"], lines: [{ item: "americano", qty: 1 }, { item: "americano", qty: 2, options: { size: "large" } }], confident: true },
  { name: "한 줄 말고 나머지는, a removal", turns: ["김밥 세줄", "한줄 말고 나머지는 오이 빼주세요"], lines: [{ item: "gimbap", qty: 1 }, { item: "gimbap", qty: 2, options: { remove: ["no-cucumber"] } }] },
  // What stays as it was: "하나만 빼주세요" takes one away; a line of one has no rest.
  { name: "하나만 빼주세요 still takes one away", turns: ["라떼 세잔", "하나만 빼주세요"], lines: [{ item: "latte", qty: 2 }] },
]);

phenomenonTable("a count of servings after an extra counts the item", shop(), [
  { name: "샷 추가 두 잔: two cups with a shot", turns: ["아메리카노 샷 추가 두잔"], lines: [{ item: "americano", qty: 2, options: { shots: 1 } }], confident: true },
  { name: "with an option after it", turns: ["라떼 샷 추가 두잔 라지로"], lines: [{ item: "latte", qty: 2, options: { shots: 1, size: "large" } }], confident: true },
  // What stays as it was: a generic counter counts the extra, and so does any count once the item has its own.
  { name: "샷 추가 두 개: two shots", turns: ["아메리카노 샷 추가 두개"], lines: [{ item: "americano", qty: 1, options: { shots: 2 } }] },
  { name: "the item counted first: the extra's count", turns: ["아메리카노 두잔 샷 추가 두개"], lines: [{ item: "americano", qty: 2, options: { shots: 2 } }] },
]);

phenomenonTable("전부/둘 다 and an option before a list reach every item", shop(), [
  { name: "전부 아이스로 before two items counted 씩", turns: ["전부 아이스로 아메리카노랑 라떼 두잔씩"], lines: [{ item: "americano", qty: 2, options: { temp: "ice" } }, { item: "latte", qty: 2, options: { temp: "ice" } }], confident: true },
  { name: "둘 다 아이스로 before two items", turns: ["둘 다 아이스로 아메리카노랑 라떼 한잔씩"], lines: [{ item: "americano", qty: 1, options: { temp: "ice" } }, { item: "latte", qty: 1, options: { temp: "ice" } }], confident: true },
  { name: "said after the list, as before", turns: ["아메리카노랑 라떼 두잔씩 전부 아이스로"], lines: [{ item: "americano", qty: 2, options: { temp: "ice" } }, { item: "latte", qty: 2, options: { temp: "ice" } }], confident: true },  { name: "둘 다 아이스로 … 각각 두잔씩 (각각 says again what 씩 says)", turns: ["둘 다 아이스로 아메리카노랑 라떼 각각 두잔씩요"], lines: [{ item: "americano", qty: 2, options: { temp: "ice" } }, { item: "latte", qty: 2, options: { temp: "ice" } }], confident: true },
]);

// Without 둘 다/전부, "아이스로" before the list may be the first item's or both: a cashier asks.
notAloneTable("an option said 로 before a list, with no 둘 다", shop(), [
  { name: "아이스로 아메리카노랑 라떼", turns: ["아이스로 아메리카노랑 라떼 두잔씩요"] },
]);

// "하나는 참치로 나머지는 …" a turn after "김밥 세줄": one becomes another item; a 나머지 no
// reading made a part of the count is not understood (its options had gone to the new line).
notAloneTable("나머지 left unread", shop(), [{ name: "하나는 참치로 나머지는 오이 빼고", turns: ["김밥 세줄", "하나는 참치로 나머지는 오이 빼고"] }]);
