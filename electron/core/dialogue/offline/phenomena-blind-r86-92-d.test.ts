// The commonest wrong carts of the blind rounds 86–92 (offline's best reading), by shape:
// - "hold the lettuce and the tartar": the removal said by its own name refuses the things
//   listed after it also where the article is said again (removal-list.ts);
// - "a dozen beef patties, half mild half spicy", "열두 개요 반은 양고기 반은 호박으로": half
//   of the count before each of two choices, as "six mild six spicy" (halves-of-the-count.ts);
// - "two samsa, one lamb one pumpkin" where "lamb" also names another dish's counted "extra
//   lamb": the number counts the lines of the choice, not extras nothing said can have
//   (option-count-numbers.ts);
// - "with double sprinkles", "double katsu": "double" before a counted option nothing comes
//   with one of is two in all; of a group named as more of a thing ("Extra chashu") it may be
//   one more, so a guess (double-of-a-count.ts);
// - "and plum juice for the drink" a turn after a combo: the phrase names the part (its word a
//   word of the group's name), so the thing sold alone fills the combo's drink, as "음료는 …"
//   does (open-part-of-the-line.ts);
// - "hold the sugar", "without the black seeds" where a box's choice is also called "the 4":
//   the measure left off that alias left "the" a name of the box; an article alone names
//   nothing (word-variants.ts);
// - "a bowl of chili" where the chili is also called "bowl of chili" and comes in a Bowl: the
//   alias names that size, over the "of" (alias-choices.ts).
// (Korean has no article to say again, nor "double" before an option: those rows are English.)
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string) => ({ name: { ko, en } });
const shop = menuFrom({
  version: 1,
  store: { id: "blind-r86-92-d", name: { ko: "간식집", en: "Snack Shack" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "food", ...both("음식", "Food") }, { id: "drinks", ...both("음료", "Drinks") }],
  optionGroups: [
    {
      id: "sandwich-mods", ...both("샌드위치 요청", "Sandwich changes"), select: "many",
      choices: [
        { id: "no-lettuce", ...both("양상추 빼기", "No lettuce"), aliases: { en: ["hold the lettuce", "without lettuce"] } },
        { id: "no-tartar", ...both("타르타르 빼기", "No tartar sauce"), aliases: { en: ["no tartar", "hold the tartar"] } },
        { id: "no-pickles", ...both("피클 빼기", "No pickles"), aliases: { en: ["hold the pickles"] } },
      ],
    },
    { id: "heat", ...both("맵기", "Heat"), select: "one", default: "mild", choices: [{ id: "mild", ...both("순한맛", "Mild") }, { id: "spicy", ...both("매운맛", "Spicy") }] },
    { id: "filling", ...both("속", "Filling"), select: "one", choices: [{ id: "lamb", ...both("양고기", "Lamb") }, { id: "pumpkin", ...both("단호박", "Pumpkin"), aliases: { ko: ["호박"] } }] },
    { id: "extra-meat", ...both("고기 추가", "Extra meat"), select: "count", min: 0, max: 2, default: 0, unitPrice: 400, aliases: { en: ["extra lamb", "more meat"] } },
    { id: "sprinkles", ...both("스프링클", "Sprinkles"), select: "count", min: 0, max: 3, default: 0, unitPrice: 50 },
    { id: "box-size", ...both("박스", "Box size"), select: "one", choices: [{ id: "box-4", ...both("4개입", "Box of 4"), aliases: { en: ["the 4", "box of four"] } }, { id: "box-6", ...both("6개입", "Box of 6"), aliases: { en: ["the 6"] } }] },
    { id: "sweetness", ...both("당도", "Sweetness"), select: "one", choices: [{ id: "no-sugar", ...both("설탕 없이", "No sugar"), aliases: { en: ["unsweetened"] } }, { id: "medium", ...both("보통", "Medium") }] },
    { id: "bread-hold", ...both("빵 빼기", "Bread hold"), select: "many", choices: [{ id: "no-honey", ...both("꿀 빼기", "No honey") }, { id: "no-black-seed", ...both("흑종자 빼기", "No black seed"), aliases: { en: ["no black seeds"] } }] },
    { id: "chili-size", ...both("칠리 사이즈", "Chili size"), select: "one", choices: [{ id: "cup", ...both("컵", "Cup") }, { id: "bowl", ...both("볼", "Bowl"), price: 200 }] },
    { id: "combo-drink", ...both("콤보 음료", "Combo drink"), select: "one", default: "soy-milk", choices: [{ id: "soy-milk", ...both("두유", "Soy milk") }, { id: "plum-juice", ...both("매실 주스", "Plum juice") }] },
    { id: "chashu", ...both("차슈 추가", "Extra chashu"), select: "count", min: 0, max: 3, default: 0, unitPrice: 2500, aliases: { en: ["more chashu"] } },
  ],
  items: [
    { id: "crab-sandwich", category: "food", ...both("크랩 샌드위치", "Crab sandwich"), price: 9000, optionGroups: ["sandwich-mods"] },
    { id: "patty", category: "food", ...both("소고기 패티", "Beef patty"), aliases: { en: ["beef patties"] }, price: 3000, optionGroups: ["heat"] },
    { id: "samsa", category: "food", ...both("쌈사", "Samsa"), price: 2000, optionGroups: ["filling"] },
    { id: "plov", category: "food", ...both("플로브", "Plov"), price: 9000, optionGroups: ["extra-meat"] },
    { id: "sundae", category: "food", ...both("선데", "Sundae"), price: 4000, optionGroups: ["sprinkles"] },
    { id: "mazesoba", category: "food", ...both("마제소바", "Mazesoba"), description: { ko: "차슈, 노른자, 김.", en: "Chashu, egg yolk, nori." }, price: 10000, optionGroups: ["chashu"] },
    { id: "cookies", category: "food", ...both("쿠키", "Cookies"), price: 4000, optionGroups: ["box-size"] },
    { id: "latte", category: "drinks", ...both("라떼", "Latte"), price: 5000, optionGroups: ["sweetness"] },
    { id: "malawah", category: "food", ...both("말라와", "Malawah"), price: 6000, optionGroups: ["bread-hold"] },
    { id: "chili", category: "food", ...both("칠리", "Chili"), aliases: { en: ["bowl of chili"] }, price: 5000, optionGroups: ["chili-size"] },
    { id: "noodle-combo", category: "food", ...both("우육면 콤보", "Noodle combo"), price: 12000, optionGroups: ["combo-drink"] },
    { id: "plum-juice", category: "drinks", ...both("매실 주스", "Plum juice"), price: 3000 },
    { id: "coke", category: "drinks", ...both("콜라", "Coke"), price: 2000 },
  ],
});

const sandwich = (...holds: string[]) => ({ item: "crab-sandwich", qty: 1, options: { "sandwich-mods": holds } });

phenomenonTable("a removal said by its name refuses the things listed after it with the article said again", shop, [
  { name: "crab sandwich, hold the lettuce and the tartar", turns: ["crab sandwich, hold the lettuce and the tartar"], lines: [sandwich("no-lettuce", "no-tartar")], confident: true },
  { name: "crab sandwich, hold the lettuce and a coke (guard: an item after is ordered)", turns: ["crab sandwich, hold the lettuce and a coke"], lines: [sandwich("no-lettuce"), { item: "coke", qty: 1 }] },
]);

const patty = (heat: string, qty: number) => ({ item: "patty", qty, options: { heat } });
const samsa = (filling: string, qty: number) => ({ item: "samsa", qty, options: { filling } });

phenomenonTable("half of a count said before each of two choices is half the count each", shop, [
  { name: "a dozen beef patties, half mild half spicy", turns: ["a dozen beef patties, half mild half spicy"], lines: [patty("mild", 6), patty("spicy", 6)], confident: true },
  { name: "four beef patties, half mild and half spicy", turns: ["four beef patties, half mild and half spicy"], lines: [patty("mild", 2), patty("spicy", 2)], confident: true },
  { name: "소고기 패티 열두 개요 반은 순한맛 반은 매운맛으로", turns: ["소고기 패티 열두 개요 반은 순한맛 반은 매운맛으로"], lines: [patty("mild", 6), patty("spicy", 6)] },
  { name: "쌈사 열두 개요 반은 양고기 반은 호박으로", turns: ["쌈사 열두 개요 반은 양고기 반은 호박으로"], lines: [samsa("lamb", 6), samsa("pumpkin", 6)] },
]);
notAloneTable("half of an odd count is not a count of lines", shop, [
  { name: "three beef patties, half mild half spicy", turns: ["three beef patties, half mild half spicy"] },
]);

phenomenonTable("a number before a choice of the item said counts its lines, not another dish's extras", shop, [
  { name: "two samsa, one lamb one pumpkin", turns: ["two samsa, one lamb one pumpkin"], lines: [samsa("lamb", 1), samsa("pumpkin", 1)] },
  { name: "a dozen samsa, half lamb half pumpkin", turns: ["a dozen samsa, half lamb half pumpkin"], lines: [samsa("lamb", 6), samsa("pumpkin", 6)] },
  { name: "a plov with two extra lamb (guard: the dish that takes the extra)", turns: ["a plov with two extra lamb"], lines: [{ item: "plov", qty: 1, options: { "extra-meat": 2 } }] },
]);

phenomenonTable("\"double\" before a counted option nothing comes with one of is two in all", shop, [
  { name: "a sundae with double sprinkles", turns: ["a sundae with double sprinkles"], lines: [{ item: "sundae", qty: 1, options: { sprinkles: 2 } }], confident: true },
  { name: "a sundae with triple sprinkles", turns: ["a sundae with triple sprinkles"], lines: [{ item: "sundae", qty: 1, options: { sprinkles: 3 } }], confident: true },
  { name: "a mazesoba with double chashu (its group named as more of it: a guess)", turns: ["a mazesoba with double chashu"], lines: [{ item: "mazesoba", qty: 1, options: { chashu: 2 } }], confident: false },
]);

const combo = (drink: string) => ({ item: "noodle-combo", qty: 1, options: { "combo-drink": drink } });

phenomenonTable("a thing sold alone said for the part a combo in hand has open fills it", shop, [
  { name: "a noodle combo → and plum juice for the drink", turns: ["a noodle combo", "and plum juice for the drink"], lines: [combo("plum-juice")] },
  { name: "a noodle combo → and plum juice (guard: one more thing)", turns: ["a noodle combo", "and plum juice"], lines: [combo("soy-milk"), { item: "plum-juice", qty: 1 }] },
  { name: "우육면 콤보 → 음료는 매실 주스로 (guard: the group named, as before)", turns: ["우육면 콤보 하나요", "음료는 매실 주스로요"], lines: [combo("plum-juice")] },
]);

phenomenonTable("an article alone left of a choice's alias names nothing", shop, [
  { name: "a latte, hold the sugar", turns: ["a latte, hold the sugar"], lines: [{ item: "latte", qty: 1, options: { sweetness: "no-sugar" } }] },
  { name: "a malawah without the black seeds", turns: ["a malawah without the black seeds"], lines: [{ item: "malawah", qty: 1, options: { "bread-hold": ["no-black-seed"] } }], confident: true },
  { name: "cookies, the 6 (guard: the alias said whole)", turns: ["cookies, the 6"], lines: [{ item: "cookies", qty: 1, options: { "box-size": "box-6" } }] },
]);

phenomenonTable("an item's alias naming its size over \"of\" is that size", shop, [
  { name: "a bowl of chili please", turns: ["a bowl of chili please"], lines: [{ item: "chili", qty: 1, options: { "chili-size": "bowl" } }], confident: true },
  { name: "a chili, cup (guard)", turns: ["a chili, cup"], lines: [{ item: "chili", qty: 1, options: { "chili-size": "cup" } }] },
]);
