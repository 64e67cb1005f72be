// A sandwich whose one group mixes removals and additions ("No pickles", "No slaw", "Add
// cheese", …), on a menu that also sells pickles two ways (issue 9, sixth English red team):
// "take off the pickles" a turn later is the sandwich's "No pickles" (neither pickle item was
// ordered), as "hold the pickles" is; "take the cheese off" takes the cheese added, it is no
// removal choice though most of its group are.
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, enAliases: string[] = [], koAliases: string[] = []) => ({ name: { en: e, ko: k }, aliases: { en: enAliases, ko: koAliases } });

const chicken = menuFrom({
  version: 1,
  store: { id: "mixed-removals", name: { en: "Test Hot Chicken", ko: "테스트 치킨" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "mains", name: { en: "Mains", ko: "메인" } }, { id: "sides", name: { en: "Sides", ko: "사이드" } }],
  optionGroups: [
    {
      id: "extras",
      name: { en: "Toppings & changes", ko: "토핑 / 빼기" },
      select: "many",
      choices: [
        { id: "no-pickles", ...both("No pickles", "피클 빼기", ["hold the pickles"]) },
        { id: "no-slaw", ...both("No slaw", "코울슬로 빼기") },
        { id: "no-sauce", ...both("No sauce", "소스 빼기") },
        { id: "extra-pickles", ...both("Extra pickles", "피클 추가"), price: 50 },
        { id: "add-cheese", ...both("Add cheese", "치즈 추가", ["cheese", "with cheese"], ["치즈"]), price: 100 },
      ],
    },
  ],
  items: [
    { id: "sandwich", category: "mains", ...both("Chicken sandwich", "치킨 샌드위치", ["sandwich"], ["샌드위치"]), price: 999, optionGroups: ["extras"] },
    { id: "fried-pickles", category: "sides", ...both("Fried pickles", "피클 튀김", ["pickles"]), price: 399 },
    { id: "pickle-side", category: "sides", ...both("Side of pickles", "피클 사이드", ["pickles"]), price: 99 },
  ],
});

phenomenonTable("English: taking off what the sandwich spells as its removal", chicken, [
  { name: "take off the pickles", turns: ["a chicken sandwich", "take off the pickles"], lines: [{ item: "sandwich", qty: 1, options: { extras: ["no-pickles"] } }], confident: true },
  { name: "take the pickles off", turns: ["a chicken sandwich", "take the pickles off"], lines: [{ item: "sandwich", qty: 1, options: { extras: ["no-pickles"] } }], confident: true },
  { name: "remove the pickles", turns: ["a chicken sandwich", "can you remove the pickles"], lines: [{ item: "sandwich", qty: 1, options: { extras: ["no-pickles"] } }], confident: true },
  // (Fried pickles ordered: they are what goes.)
]);

// Rows whose last turn is a refusal once the cart has lines expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("Refusing an addition in a group mostly of removals", chicken, [
  { name: "take the cheese off", turns: ["a chicken sandwich with cheese", "take the cheese off"], lines: [{ item: "sandwich", qty: 1 }], confident: false },
  { name: "no cheese", turns: ["a chicken sandwich with cheese and no slaw", "no cheese please"], lines: [{ item: "sandwich", qty: 1, options: { extras: ["no-slaw"] } }], confident: false },
  { name: "치즈 빼 주세요", turns: ["치킨 샌드위치 치즈 추가해서 하나요", "치즈는 빼 주세요"], lines: [{ item: "sandwich", qty: 1 }], confident: false },
]);
