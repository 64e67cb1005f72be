// Blind rounds 52–55 (first runs): a set asked about, then ordered by pointing back at it with
// one of its parts or choices named in the same breath. "do you have like a combo with beer?" →
// "ok one of those with the garlic chicken" (the set's chicken, offer-pointed-at.ts), "츄러스 선데
// 그거 뭐 들어가요?" → "그럼 그거 하나 초코 아이스크림으로 주세요" (the sundae's soft serve made
// choco, part-made-so.ts), and "the rice combo" → "fried rice with chicken" answering its
// protein (the combo's fried rice, part-of-the-bundle.ts). Then the read-back: words that point
// back at the thing asked about, and a turn that made something else (or made a part of it
// beside it), are a guess whatever read them (pointed-back.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, enAliases: string[] = [], koAliases: string[] = []) => ({ name: { en: e, ko: k }, aliases: { en: enAliases, ko: koAliases } });
const said = (en: string, ko: string) => ({ en, ko });

const shop = menuFrom({
  version: 1,
  store: { id: "pointed-at-the-set", name: { en: "Test Chicken Stand", ko: "테스트 통닭집" }, currency: "USD", languages: ["en", "ko"] },
  categories: [
    { id: "chicken", name: { en: "Chicken", ko: "통닭" } },
    { id: "sets", name: { en: "Sets", ko: "세트" } },
    { id: "dessert", name: { en: "Dessert", ko: "디저트" } },
    { id: "drinks", name: { en: "Drinks", ko: "음료" } },
  ],
  optionGroups: [
    { id: "sauce", ...both("Sauce", "소스"), select: "one", default: "salt", choices: [{ id: "salt", ...both("Salt", "소금") }, { id: "mustard", ...both("Honey mustard", "허니 머스타드") }] },
    {
      id: "set-chicken",
      ...both("Set chicken", "세트 통닭"),
      select: "one",
      default: "roast",
      choices: [
        { id: "roast", ...both("Roast chicken", "전기구이 통닭", ["roast"], ["전기구이"]) },
        { id: "garlic", ...both("Garlic chicken", "마늘 통닭", ["garlic"], ["마늘"]) },
      ],
    },
    { id: "set-drink", ...both("Set drink", "세트 음료"), select: "one", default: "cola", choices: [{ id: "beer", ...both("Two draft beers", "생맥주 두 잔", ["beer"], ["생맥주", "맥주"]) }, { id: "cola", ...both("Cola", "콜라") }] },
    { id: "flavor", ...both("Flavor", "맛"), select: "one", default: "vanilla", choices: [{ id: "vanilla", ...both("Vanilla", "바닐라") }, { id: "choco", ...both("Chocolate", "초코") }] },
    { id: "cone", ...both("Cone or cup", "콘 또는 컵"), select: "one", default: "cone", choices: [{ id: "cone", ...both("Cone", "콘") }, { id: "cup", ...both("Cup", "컵") }] },
    { id: "combo-rice", ...both("Combo rice", "콤보 밥"), select: "one", default: "jollof", choices: [{ id: "jollof", ...both("Jollof rice", "졸로프", ["jollof"]) }, { id: "fried", ...both("Fried rice", "볶음밥", ["fried rice"], ["볶음밥"]) }] },
    { id: "protein", ...both("Protein", "고기"), select: "one", choices: [{ id: "beef", ...both("Beef", "소고기") }, { id: "fish", ...both("Fish", "생선") }] },
  ],
  items: [
    { id: "roast", category: "chicken", ...both("Roast Chicken", "전기구이 통닭", ["roast chicken"], ["전기구이"]), price: 900, optionGroups: ["sauce"] },
    { id: "garlic", category: "chicken", ...both("Garlic Roast Chicken", "마늘 전기구이", ["garlic chicken"], ["마늘 통닭"]), price: 1000, optionGroups: ["sauce"] },
    {
      id: "chicken-set",
      category: "sets",
      ...both("Chicken Set", "통닭 세트", ["combo", "chicken combo"], ["통닭세트"]),
      description: said("A whole chicken (roast or garlic) with two draft beers or a cola.", "통닭 한 마리(전기구이·마늘 중 택1)와 생맥주 두 잔 또는 콜라."),
      price: 2100,
      optionGroups: ["set-chicken", "set-drink", "sauce"],
    },
    { id: "soft-serve", category: "dessert", ...both("Soft Serve", "소프트 아이스크림", ["ice cream", "soft serve"], ["아이스크림"]), price: 350, optionGroups: ["flavor", "cone"] },
    { id: "mini-churros", category: "dessert", ...both("Mini Churros", "미니 츄러스", ["churro bites"], ["한입 츄러스"]), price: 500 },
    {
      id: "sundae",
      category: "dessert",
      ...both("Churro Sundae", "츄러스 선데", ["churro sundae"], ["츄러스선데"]),
      description: said("Soft serve in a cup with mini churros and chocolate syrup.", "컵에 소프트 아이스크림, 미니 츄러스, 초코 시럽."),
      price: 650,
      optionGroups: ["flavor"],
    },
    { id: "jollof", category: "chicken", ...both("Jollof Rice", "졸로프 라이스", ["jollof"]), price: 1200, optionGroups: ["protein"] },
    { id: "fried-rice", category: "chicken", ...both("Fried Rice", "볶음밥", ["fried rice"], ["볶음밥"]), price: 1200, optionGroups: ["protein"] },
    {
      id: "rice-combo",
      category: "sets",
      ...both("Rice Combo", "라이스 콤보", ["rice combo"], ["라이스 콤보"]),
      description: said("Jollof or fried rice with your protein and a drink.", "졸로프 또는 볶음밥과 고기, 음료."),
      price: 1600,
      optionGroups: ["combo-rice", "protein", "set-drink"],
    },
    { id: "cola", category: "drinks", ...both("Cola", "콜라", ["coke"]), price: 200 },
    { id: "beer", category: "drinks", ...both("Draft Beer", "생맥주", ["draft beer", "beer"], ["생맥"]), price: 450 },
  ],
});

phenomenonTable("The set asked about, then pointed at with its choice said: the set with that choice", shop, [
  {
    name: "do you have a combo with beer? → one of those with the garlic chicken",
    turns: ["do you have like a combo with beer?", "ok one of those with the garlic chicken"],
    lines: [{ item: "chicken-set", qty: 1, options: { "set-chicken": "garlic", "set-drink": "beer" } }],
    confident: true,
  },
  {
    name: "what's in the chicken set? → two of those with the garlic chicken",
    turns: ["what's in the chicken set?", "two of those with the garlic chicken please"],
    lines: [{ item: "chicken-set", qty: 2, options: { "set-chicken": "garlic" } }],
    confident: true,
  },
  {
    name: "통닭 세트 뭐 들어가요? → 그럼 그거 하나 마늘 통닭으로 주세요",
    turns: ["통닭 세트 뭐 들어가요?", "그럼 그거 하나 마늘 통닭으로 주세요"],
    lines: [{ item: "chicken-set", qty: 1, options: { "set-chicken": "garlic" } }],
    confident: true,
  },
  {
    name: "통닭 세트 뭐 들어가요? → 그걸로 하나 주세요 마늘 통닭은 허니 머스타드로요",
    turns: ["통닭 세트 뭐 들어가요?", "그걸로 하나 주세요 마늘 통닭은 허니 머스타드로요"],
    lines: [{ item: "chicken-set", qty: 1, options: { "set-chicken": "garlic", sauce: "mustard" } }],
    confident: true,
  },
  {
    name: "what comes in the chicken combo? → yeah gimme one of those, garlic chicken with honey mustard",
    turns: ["what comes in the chicken combo?", "yeah gimme one of those, garlic chicken with honey mustard"],
    lines: [{ item: "chicken-set", qty: 1, options: { "set-chicken": "garlic", sauce: "mustard" } }],
    confident: true,
  },
  // (Said alone, the offer is taken as before.)
  { name: "one of those please", turns: ["do you have like a combo with beer?", "one of those please"], lines: [{ item: "chicken-set", qty: 1, options: { "set-drink": "beer" } }], confident: true },
  // (Something else named after "and" is an order of its own.)
  {
    name: "one of those and a cola",
    turns: ["do you have like a combo with beer?", "ok one of those and a cola"],
    lines: [
      { item: "chicken-set", qty: 1, options: { "set-drink": "beer" } },
      { item: "cola", qty: 1 },
    ],
  },
]);

phenomenonTable("Korean: the part of an item said with its choice and 로: the item's choice", shop, [
  { name: "츄러스 선데 뭐 들어가요? → 그럼 그거 하나 초코 아이스크림으로 주세요", turns: ["츄러스 선데 그거 뭐 들어가요?", "오 그럼 그거 하나 초코 아이스크림으로 주세요"], lines: [{ item: "sundae", qty: 1, options: { flavor: "choco" } }], confident: true },
  { name: "츄러스 선데 하나 초코 아이스크림으로 주세요", turns: ["츄러스 선데 하나 초코 아이스크림으로 주세요"], lines: [{ item: "sundae", qty: 1, options: { flavor: "choco" } }], confident: true },
  // (A choice the item does not take, "컵": a guess, not a soft serve answered alone: below.)
]);

notAloneTable("Korean: the part said with a choice the item does not take: a guess", shop, [
  { name: "그거 하나 초코 아이스크림 컵으로 주세요", turns: ["츄러스 선데 뭐 들어가요?", "그거 하나 초코 아이스크림 컵으로 주세요"] },
]);

phenomenonTable("An answer naming a combo's choice that is also an item: the combo's choice", shop, [
  {
    name: "the rice combo → fried rice with beef",
    turns: ["can i get the rice combo", "fried rice with beef"],
    lines: [{ item: "rice-combo", qty: 1, options: { "combo-rice": "fried", protein: "beef" } }],
    confident: true,
  },
]);

notAloneTable("Words that point back at the thing asked about, and something else made: a guess", shop, [
  // (Read-back, pointed-back.ts: the pointing word is not where offer-pointed-at.ts reads it, and a garlic chicken sold alone was made.)
  { name: "마늘 통닭으로 그거 하나 주세요", turns: ["통닭 세트 뭐 들어가요?", "마늘 통닭으로 그거 하나 주세요"] },
  { name: "can i get the garlic chicken in one of those", turns: ["what comes in the chicken combo?", "can i get the garlic chicken in one of those"] },
  { name: "garlic chicken in one of those please", turns: ["what comes in the chicken combo?", "garlic chicken in one of those please"] },
]);
