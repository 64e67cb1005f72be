// How much of an option, and which one of a kind (the seventh red teams' refusal flags and
// leftovers): "not too much hot sauce", "less hot sauce", "hot sauce, just a little" (the
// group's light choice, never a refusal; with no such choice, a guess); "I don't eat bacon"
// (a refusal said of oneself); "some sliders the cheeseburger ones" (one order of the item
// the second words name); "two pancakes with four in the stack" (two plates of four: the
// pieces are counted after); "부대찌개 3 인분" (digits before the counter word, as "3인분");
// "짜장면 곱빼기로 해주세요" after a 짜장면 (the line changed, a guess); "돈코츠 하나 숙주
// 넣어주세요" where the ramen comes with 숙주 and sells more of it (more, but a guess).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string, koA?: string[], enA?: string[]) => ({ name: { ko, en }, ...(koA || enA ? { aliases: { ...(koA ? { ko: koA } : {}), ...(enA ? { en: enA } : {}) } } : {}) });

const shop = () =>
  menuFrom({
    version: 1,
    store: { id: "how-much", name: { ko: "식당", en: "Diner" }, currency: "KRW", languages: ["ko", "en"] },
    categories: [{ id: "main", ...both("식사", "Mains") }, { id: "sweet", ...both("디저트", "Sweets") }],
    optionGroups: [
      {
        id: "hot-sauce",
        ...both("핫소스", "Hot sauce", [], ["hot sauce"]),
        select: "one",
        default: "none",
        choices: [
          { id: "none", ...both("핫소스 빼기", "No hot sauce") },
          { id: "light", ...both("핫소스 조금", "Light hot sauce") },
          { id: "regular", ...both("핫소스", "Regular hot sauce", [], ["hot sauce"]) },
          { id: "extra", ...both("핫소스 많이", "Extra hot sauce") },
        ],
      },
      { id: "rice", ...both("밥", "Rice"), select: "one", default: "white", choices: [{ id: "white", ...both("흰밥", "White rice") }, { id: "yellow", ...both("강황밥", "Yellow rice") }] },
      { id: "toppings", ...both("토핑", "Toppings"), select: "many", choices: [{ id: "bacon", ...both("베이컨", "Bacon") }, { id: "egg", ...both("계란", "Egg") }] },
      { id: "slider-hold", ...both("슬라이더 빼기", "Slider — hold"), select: "many", choices: [{ id: "no-onions", ...both("양파 빼기", "No onions") }] },
      { id: "cakes", ...both("팬케이크 장수", "Pancakes in the stack", [], ["pancakes"]), select: "count", default: 3, min: 1, max: 5, unitPrice: 500 },
      { id: "servings", ...both("인분", "Servings", ["인분", "명"]), select: "count", default: 2, min: 2, max: 8, unitPrice: 9000 },
      { id: "portion", ...both("양", "Portion"), select: "one", default: "regular", choices: [{ id: "regular", ...both("보통", "Regular") }, { id: "double", ...both("곱빼기", "Double") }] },
      { id: "ramen-hold", ...both("라멘 빼기", "Ramen — hold"), select: "many", choices: [{ id: "sprouts", ...both("숙주 빼기", "No bean sprouts", ["숙주"]) }] },
      { id: "more-sprouts", ...both("숙주 추가", "Extra bean sprouts"), select: "count", default: 0, min: 0, max: 2, unitPrice: 1000 },
    ],
    items: [
      { id: "platter", category: "main", ...both("치킨 플래터", "Chicken platter", [], ["chicken over rice"]), price: 10000, optionGroups: ["hot-sauce", "rice"] },
      { id: "veggie", category: "main", ...both("베지 버거", "Veggie burger"), price: 9000, optionGroups: ["toppings"] },
      { id: "cheeseburger-sliders", category: "main", ...both("치즈버거 슬라이더", "Cheeseburger sliders", [], ["sliders"]), price: 9000, optionGroups: ["slider-hold"] },
      { id: "pork-sliders", category: "main", ...both("포크 슬라이더", "Pulled pork sliders", [], ["pork sliders"]), price: 9000, optionGroups: ["slider-hold"] },
      { id: "pancakes", category: "sweet", ...both("팬케이크", "Pancakes"), price: 7000, optionGroups: ["cakes"] },
      { id: "stew", category: "main", ...both("부대찌개", "Army stew"), price: 18000, optionGroups: ["servings"] },
      { id: "jjajang", category: "main", ...both("짜장면", "Jjajangmyeon"), price: 7000, optionGroups: ["portion"] },
      { id: "jjamppong", category: "main", ...both("짬뽕", "Jjamppong"), price: 8000, optionGroups: ["portion"] },
      { id: "ramen", category: "main", ...both("돈코츠 라멘", "Tonkotsu ramen", ["돈코츠"]), price: 11000, optionGroups: ["ramen-hold", "more-sprouts"] },
    ],
  });

phenomenonTable("How much: less of an option", shop(), [
  { name: "not too much hot sauce", turns: ["chicken over rice with hot sauce", "not too much hot sauce"], lines: [{ item: "platter", qty: 1, options: { "hot-sauce": "light" } }], confident: true },
  { name: "not so much hot sauce just a little", turns: ["chicken over rice with hot sauce", "not so much hot sauce just a little"], lines: [{ item: "platter", qty: 1, options: { "hot-sauce": "light" } }], confident: true },
  { name: "less hot sauce", turns: ["chicken over rice with hot sauce", "less hot sauce"], lines: [{ item: "platter", qty: 1, options: { "hot-sauce": "light" } }], confident: true },
  { name: "chicken over rice, hot sauce, just a little", turns: ["chicken over rice, hot sauce, just a little"], lines: [{ item: "platter", qty: 1, options: { "hot-sauce": "light" } }], confident: true },
  // (Rice has no lighter choice: what "less" asks cannot be carried out.)
  { name: "less rice: no such choice, not alone", turns: ["chicken over rice", "less rice"], lines: [{ item: "platter", qty: 1 }], confident: false },
]);

phenomenonTable("Refused of oneself: I don't eat …", shop(), [
  { name: "a veggie burger, I don't eat bacon", turns: ["a veggie burger, I don't eat bacon"], lines: [{ item: "veggie", qty: 1 }], confident: true },
  { name: "a veggie burger with egg, I'm allergic to bacon", turns: ["a veggie burger with egg, I'm allergic to bacon"], lines: [{ item: "veggie", qty: 1, options: { toppings: ["egg"] } }] },
]);

phenomenonTable("Which of a kind: the item, then the … ones", shop(), [
  { name: "some sliders the cheeseburger ones", turns: ["some sliders the cheeseburger ones"], lines: [{ item: "cheeseburger-sliders", qty: 1 }], confident: true },
  { name: "two sliders, the cheeseburger ones", turns: ["two sliders, the cheeseburger ones"], lines: [{ item: "cheeseburger-sliders", qty: 2 }] },
]);

// Rows whose last turn is a count the item comes with, changed; or a number for an item sold by the piece expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("Counts: pieces said after, digits before a counter", shop(), [
  { name: "two pancakes with four in the stack", turns: ["two pancakes with four in the stack"], lines: [{ item: "pancakes", qty: 2, options: { cakes: 4 } }], confident: false },
  { name: "부대찌개 3 인분", turns: ["부대찌개 3 인분"], lines: [{ item: "stew", qty: 1, options: { servings: 3 } }], confident: false },
  { name: "부대찌개 4 명이요", turns: ["부대찌개 4 명이요"], lines: [{ item: "stew", qty: 1, options: { servings: 4 } }], confident: false },
]);

phenomenonTable("Said of the line there: 곱빼기로 해주세요, 숙주 넣어주세요", shop(), [
  { name: "짜장면 곱빼기로 해주세요 after a 짜장면", turns: ["짜장면 하나 짬뽕 하나", "짜장면 곱빼기로 해주세요"], lines: [{ item: "jjajang", qty: 1, options: { portion: "double" } }, { item: "jjamppong", qty: 1 }], confident: false },
  { name: "돈코츠 하나 숙주 넣어주세요: more, a guess", turns: ["돈코츠 하나 숙주 넣어주세요"], lines: [{ item: "ramen", qty: 1, options: { "more-sprouts": 1 } }], confident: false },
]);
