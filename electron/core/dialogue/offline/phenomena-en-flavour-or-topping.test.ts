// A flavour's word meant as a topping, scoops of a topping, and a thing said beside a
// bento that is also its side or add-on (issue 9, eighth English red team, en-froyo and
// en-bento): "small original tart with mango and kiwi" made mango a second flavour,
// "medium taro with two scoops of boba" dropped the extra scoop, "toppings are mango,
// blueberries and mochi" added an extra scoop nobody asked for, "and a steamed gyoza" after
// a bento became the bento's side (flavour-or-topping.ts, extra-of-choice.ts,
// measure-words.ts, item-or-choice.ts, said-vs-done.ts).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, enAliases: string[] = [], koAliases: string[] = []) => ({ name: { en: e, ko: k }, aliases: { en: enAliases, ko: koAliases } });

const swirl = menuFrom({
  version: 1,
  store: { id: "swirl-test", name: { en: "Test Swirl", ko: "테스트 스월" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "froyo", name: { en: "Froyo", ko: "요거트" } }],
  optionGroups: [
    { id: "size", ...both("Cup size", "사이즈"), select: "one", choices: [{ id: "small", ...both("Small", "스몰") }, { id: "large", ...both("Large", "라지") }] },
    {
      id: "flavor",
      ...both("Flavors", "맛", ["flavor", "swirl"]),
      select: "many",
      max: 2,
      choices: [
        { id: "original", ...both("Original", "오리지널") },
        { id: "vanilla", ...both("Vanilla", "바닐라") },
        { id: "chocolate", ...both("Chocolate", "초코") },
        { id: "mango", ...both("Mango", "망고") },
        { id: "strawberry", ...both("Strawberry", "딸기") },
      ],
    },
    {
      id: "toppings",
      ...both("Toppings", "토핑", ["topping"]),
      select: "many",
      max: 6,
      choices: [
        { id: "mango-chunks", ...both("Mango chunks", "망고 과육", ["diced mango"]) },
        { id: "berries", ...both("Fresh strawberries", "생딸기", ["strawberries"]) },
        { id: "kiwi", ...both("Kiwi", "키위") },
        { id: "boba", ...both("Popping boba", "팝핑 보바", ["boba"], ["보바"]) },
        { id: "sprinkles", ...both("Sprinkles", "스프링클") },
      ],
    },
    { id: "scoops", ...both("Extra topping scoops", "토핑 추가 스쿱", ["extra scoop", "more topping"]), select: "count", min: 0, max: 4, default: 0 },
    { id: "sauce", ...both("Sauces", "소스", ["sauce", "drizzle"]), select: "many", max: 2, choices: [{ id: "fudge", ...both("Hot fudge", "핫퍼지", ["chocolate sauce"]) }] },
  ],
  items: [
    { id: "cup", category: "froyo", ...both("Froyo Cup", "요거트 컵", ["froyo", "cup"]), price: 450, optionGroups: ["size", "flavor", "toppings", "scoops", "sauce"] },
    { id: "kids", category: "froyo", ...both("Kids Cup", "키즈 컵", ["kids cup"]), price: 350, optionGroups: [{ group: "flavor", max: 1 }, { group: "toppings", max: 1 }] },
  ],
});

const cup = (options: Record<string, unknown>) => [{ item: "cup", qty: 1, options: { scoops: 0, ...options } as never }];

phenomenonTable("English: a flavour's word meant as a topping", swirl, [
  { name: "with mango and kiwi after a flavour", turns: ["a small original with mango and kiwi"], lines: cup({ size: "small", flavor: ["original"], toppings: ["mango-chunks", "kiwi"] }), confident: true },
  { name: "with strawberry, a flavour said before", turns: ["a small vanilla with strawberry and kiwi"], lines: cup({ size: "small", flavor: ["vanilla"], toppings: ["berries", "kiwi"] }), confident: true },
  { name: "strawberry with strawberries", turns: ["a small strawberry with strawberries"], lines: cup({ size: "small", flavor: ["strawberry"], toppings: ["berries"] }), confident: true },
  { name: "the plural only the topping spells", turns: ["a small cup with strawberries"], lines: cup({ size: "small", toppings: ["berries"] }), confident: true },
  { name: "toppings are …", turns: ["a small vanilla, toppings are mango and kiwi"], lines: cup({ size: "small", flavor: ["vanilla"], toppings: ["mango-chunks", "kiwi"] }), confident: true },
  { name: "a kids cup takes one flavour", turns: ["a kids cup vanilla mango"], lines: [{ item: "kids", qty: 1, options: { flavor: ["vanilla"], toppings: ["mango-chunks"] } }], confident: true },
  { name: "a chocolate drizzle: the sauce", turns: ["a small vanilla with kiwi", "oh and a chocolate drizzle"], lines: cup({ size: "small", flavor: ["vanilla"], toppings: ["kiwi"], sauce: ["fudge"] }), confident: true },
  { name: "a cup with mango: which?", turns: ["a small cup with mango"], lines: cup({ size: "small", flavor: ["mango"] }), confident: false },
]);

phenomenonTable("English: scoops of a topping", swirl, [
  { name: "two scoops of boba", turns: ["a small vanilla with two scoops of boba"], lines: cup({ size: "small", flavor: ["vanilla"], toppings: ["boba"], scoops: 1 }), confident: true },
  { name: "three scoops of sprinkles", turns: ["a large vanilla with three scoops of sprinkles"], lines: cup({ size: "large", flavor: ["vanilla"], toppings: ["sprinkles"], scoops: 2 }), confident: true },
  { name: "with boba, extra boba", turns: ["a small vanilla with boba, extra boba"], lines: cup({ size: "small", flavor: ["vanilla"], toppings: ["boba"], scoops: 1 }), confident: true },
  { name: "toppings said by the group's name: no scoop", turns: ["a small vanilla, toppings are boba and kiwi"], lines: cup({ size: "small", flavor: ["vanilla"], toppings: ["boba", "kiwi"] }), confident: true },
]);

const bento = menuFrom({
  version: 1,
  store: { id: "bento-test", name: { en: "Test Bento", ko: "테스트 벤토" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "food", name: { en: "Food", ko: "음식" } }],
  optionGroups: [
    { id: "side", ...both("Side", "사이드"), select: "one", default: "salad", choices: [{ id: "salad", ...both("House salad", "샐러드", ["salad"]) }, { id: "gyoza", ...both("Gyoza (3 pc)", "교자", ["gyoza"]) }] },
    { id: "addons", ...both("Add-ons", "추가"), select: "many", choices: [{ id: "miso", ...both("Miso soup", "미소국", ["miso"]) }, { id: "egg", ...both("Soft-boiled egg", "반숙 계란", ["egg"]) }] },
    { id: "style", ...both("Cooking style", "조리"), select: "one", default: "fried", choices: [{ id: "fried", ...both("Pan-fried", "군만두", ["fried"]) }, { id: "steamed", ...both("Steamed", "찐만두", ["steamed"]) }] },
  ],
  items: [
    { id: "bento", category: "food", ...both("Salmon Bento", "연어 벤토", ["salmon bento", "bento"]), price: 1300, optionGroups: ["side", "addons"] },
    { id: "gyoza", category: "food", ...both("Gyoza (6 pc)", "교자", ["gyoza"]), price: 700, optionGroups: ["style"] },
    { id: "miso-soup", category: "food", ...both("Miso Soup", "미소국", ["miso"]), price: 300 },
  ],
});

phenomenonTable("English: said beside a bento, its side or add-on or a thing of its own", bento, [
  {
    name: "and a steamed gyoza: the gyoza's own style",
    turns: ["a salmon bento, and a steamed gyoza"],
    lines: [{ item: "bento", qty: 1, options: { side: "salad" } }, { item: "gyoza", qty: 1, options: { style: "steamed" } }],
    confident: true,
  },
  { name: "add an egg, and miso too: the add-on, a guess", turns: ["a salmon bento", "add an egg", "and miso too"], lines: [{ item: "bento", qty: 1, options: { addons: ["miso", "egg"] } }], confident: false },
]);
