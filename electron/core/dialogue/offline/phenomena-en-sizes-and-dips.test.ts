// Sizes counted in dozens, a dip said in place of another, the kind named for one line of
// two, an option said "only" for one line, and a choice said past "the" (issue 9, the
// seventh red team): "two dozen wings" is one order of 24 where the wings come so; "another
// dozen, mild" is a second line with its own sauce; "make it blue cheese instead" takes the
// ranch's place where each dip is counted on its own; "make the smoothie large" after a bowl
// and a smoothie is the smoothie's size (not the bowl made into a smoothie that shares its
// name); "only put glaze on the cinnamon one" takes it off the other; "scramble the egg" is
// the egg's style, not one more extra egg.
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (en: string, ko: string, enAliases: string[] = [], koAliases: string[] = []) => ({ name: { en, ko }, aliases: { en: enAliases, ko: koAliases } });

const shop = menuFrom({
  version: 1,
  store: { id: "snacks", name: { en: "Snacks", ko: "스낵" }, currency: "USD", languages: ["en", "ko"] },
  optionGroups: [
    {
      id: "count",
      ...both("How many", "개수"),
      select: "one",
      choices: [
        { id: "6", ...both("6 wings", "6조각", ["six", "half dozen"]) },
        { id: "12", ...both("12 wings", "12조각", ["twelve", "dozen", "a dozen"]), price: 600 },
        { id: "24", ...both("24 wings", "24조각", ["twenty four"]), price: 1400 },
      ],
    },
    {
      id: "sauce",
      ...both("Sauce", "소스"),
      select: "one",
      choices: [
        { id: "mild", ...both("Mild", "순한 맛", ["mild"], ["순한맛"]) },
        { id: "hot", ...both("Hot", "매운 맛", ["hot"], ["매운맛"]) },
        { id: "bbq", ...both("BBQ", "바비큐", ["barbecue"]) },
      ],
    },
    { id: "ranch", ...both("Ranch", "랜치", ["ranch"], ["랜치 소스"]), select: "count", min: 0, max: 4, default: 0, unitPrice: 50 },
    { id: "bleu", ...both("Blue cheese", "블루치즈", ["blue cheese"], ["블루치즈 소스"]), select: "count", min: 0, max: 4, default: 0, unitPrice: 50 },
    { id: "honey", ...both("Honey mustard", "허니 머스타드", ["honey mustard"]), select: "count", min: 0, max: 4, default: 0, unitPrice: 50 },
    { id: "glaze", ...both("Glaze dip", "글레이즈", ["glaze"], ["글레이즈 소스"]), select: "count", min: 0, max: 4, default: 0, unitPrice: 50 },
    { id: "cheese-dip", ...both("Cheese dip", "치즈 딥", ["cheese dip", "cheese"], ["치즈 소스"]), select: "count", min: 0, max: 4, default: 0, unitPrice: 50 },
    { id: "size", ...both("Size", "사이즈"), select: "one", default: "medium", choices: [{ id: "medium", ...both("Medium", "미디엄") }, { id: "large", ...both("Large", "라지"), price: 100 }] },
    { id: "egg", ...both("Eggs", "계란"), select: "one", default: "fried", choices: [{ id: "fried", ...both("Fried", "프라이") }, { id: "scrambled", ...both("Scrambled", "스크램블", ["scramble"]) }] },
    { id: "extra-egg", ...both("Extra egg", "계란 추가", ["extra egg"]), select: "count", min: 0, max: 2, default: 0, unitPrice: 100 },
  ],
  categories: [
    { id: "food", name: { en: "Food", ko: "음식" } },
    { id: "bowls", name: { en: "Bowls", ko: "볼" } },
    { id: "smoothies", name: { en: "Smoothies", ko: "스무디" } },
  ],
  items: [
    { id: "wings", name: { en: "Wings", ko: "윙" }, aliases: { en: ["wing", { text: "dozen wings", options: { count: "12" } }], ko: [] }, category: "food", price: 900, optionGroups: ["count", "sauce", "ranch", "bleu", "honey"] },
    { id: "pretzel", ...both("Plain pretzel", "플레인 프레첼", ["pretzel", "plain"], ["프레첼"]), category: "food", price: 500, optionGroups: ["glaze", "cheese-dip"] },
    { id: "sweet-pretzel", ...both("Sugar pretzel", "슈가 프레첼", ["sugar"], ["슈가"]), category: "food", price: 500, optionGroups: ["glaze", "cheese-dip"] },
    { id: "plate", ...both("Egg plate", "계란 플레이트"), category: "food", price: 1000, optionGroups: ["egg", "extra-egg"] },
    { id: "berry-bowl", ...both("Berry bowl", "베리 볼", ["berry"]), category: "bowls", price: 900, optionGroups: ["size"] },
    { id: "berry-smoothie", ...both("Berry smoothie", "베리 스무디"), category: "smoothies", price: 700, optionGroups: ["size"] },
    { id: "mango-smoothie", ...both("Mango smoothie", "망고 스무디"), category: "smoothies", price: 700, optionGroups: ["size"] },
  ],
});

const wings = (count: string, sauce: string, more: Record<string, number> = {}, qty = 1) => ({ item: "wings", qty, options: { count, sauce, ...more } });

phenomenonTable("English: sizes counted in dozens", shop, [
  { name: "two dozen wings is one order of 24", turns: ["two dozen wings, bbq"], lines: [wings("24", "bbq")], confident: true },
  { name: "make it two dozen", turns: ["a dozen wings, bbq", "make it two dozen"], lines: [wings("24", "bbq")] },
  { name: "another dozen, same", turns: ["a dozen wings, hot", "and another dozen, same"], lines: [wings("12", "hot", {}, 2)], confident: true },
  { name: "a dozen more, mild", turns: ["a dozen wings, hot", "and a dozen more, mild"], lines: [wings("12", "hot"), wings("12", "mild")], confident: true },
  { name: "another dozen but bbq", turns: ["a dozen wings, hot", "and another dozen but bbq"], lines: [wings("12", "hot"), wings("12", "bbq")], confident: true },
]);

// Rows whose last turn is a counted option changed on a line already there; or one thing said instead of another expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("A counted dip said in place of the one the line has", shop, [
  { name: "make it blue cheese instead", turns: ["a dozen wings, hot, with ranch", "make it blue cheese instead"], lines: [wings("12", "hot", { bleu: 1 })], confident: false },
  { name: "make it glaze instead", turns: ["a plain pretzel with cheese dip", "make it glaze instead"], lines: [{ item: "pretzel", qty: 1, options: { glaze: 1 } }], confident: false },
  // (Two dips held: which one goes is for the customer to say.)
  { name: "two dips held: a guess", turns: ["a dozen wings, hot, with ranch and blue cheese", "make it honey mustard instead"], lines: [wings("12", "hot", { ranch: 1, bleu: 1, honey: 1 })], confident: false },
  { name: "블루치즈로 바꿔 주세요", turns: ["윙 12조각 매운맛 랜치 소스 추가해서 하나요", "블루치즈로 바꿔 주세요"], lines: [wings("12", "hot", { bleu: 1 })], confident: false },
]);

phenomenonTable("The kind named points at the line of that kind", shop, [
  { name: "make the smoothie large", turns: ["a berry bowl and a mango smoothie", "make the smoothie large"], lines: [{ item: "berry-bowl", qty: 1 }, { item: "mango-smoothie", qty: 1, options: { size: "large" } }], confident: true },
  // (The berry smoothie is named like the bowl plus the kind's word: the bowl is not made one.)
  { name: "make the smoothie large, a smoothie named like the bowl", turns: ["a berry bowl and a berry smoothie", "make the smoothie large"], lines: [{ item: "berry-bowl", qty: 1 }, { item: "berry-smoothie", qty: 1, options: { size: "large" } }], confident: true },
]);

// Rows whose last turn is a counted option changed on a line already there expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("An option said 'only' for one line of several", shop, [
  { name: "only put glaze on the sugar one", turns: ["a plain pretzel and a sugar pretzel", "both with glaze", "actually only put glaze on the sugar one"], lines: [{ item: "pretzel", qty: 1 }, { item: "sweet-pretzel", qty: 1, options: { glaze: 1 } }], confident: false },
  { name: "글레이즈는 슈가 프레첼에만", turns: ["플레인 프레첼 하나랑 슈가 프레첼 하나", "둘 다 글레이즈 추가해 주세요", "글레이즈는 슈가 프레첼에만 넣어 주세요"], lines: [{ item: "pretzel", qty: 1 }, { item: "sweet-pretzel", qty: 1, options: { glaze: 1 } }], confident: false },
]);

phenomenonTable("English: a choice said past 'the' with its group's word", shop, [
  { name: "scramble the egg", turns: ["an egg plate", "scramble the egg"], lines: [{ item: "plate", qty: 1, options: { egg: "scrambled" } }], confident: true },
  { name: "scramble the eggs", turns: ["an egg plate", "scramble the eggs"], lines: [{ item: "plate", qty: 1, options: { egg: "scrambled" } }], confident: true },
]);
