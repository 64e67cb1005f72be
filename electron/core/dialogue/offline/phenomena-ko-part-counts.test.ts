// Korean red-team probes, second set (probes/README.md): an option said as the topic and then
// a count of part of the line with 에만/만 ("아아 두 잔 샷은 한 잔에만 추가해 주세요", "김밥 두
// 줄 오이는 한 줄만 빼 주세요", "라면 두 개 치즈 추가는 하나만 해 주세요") goes on that many
// only; it had been put on every one, answered alone.
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

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
      { id: "remove", ...ko("빼기"), select: "many", choices: [{ id: "no-ham", ...ko("햄 빼기", ["햄 빼고"]) }, { id: "no-cucumber", ...ko("오이 빼기", ["오이 빼고"]) }] },
    ],
    items: [
      { id: "americano", category: "coffee", ...ko("아메리카노"), price: 3000, optionGroups: ["shots", "syrup"] },
      { id: "latte", category: "coffee", ...ko("카페라떼", ["라떼"]), price: 4000, optionGroups: ["shots", "syrup"] },
      { id: "ramen", category: "snack", ...ko("라면"), price: 4000, optionGroups: ["ramen-add"] },
      { id: "gimbap", category: "snack", ...ko("김밥"), price: 3000, optionGroups: ["remove"] },
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
  { name: "a part said first still works", turns: ["라면 두개 하나만 치즈 추가해주세요"], lines: [{ item: "ramen", qty: 1, options: { "ramen-add": ["cheese"] } }, { item: "ramen", qty: 1 }], confident: true },
]);
