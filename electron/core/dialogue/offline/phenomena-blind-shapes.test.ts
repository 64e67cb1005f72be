// Shapes the sealed blind rounds 24–25 found answered alone and wrong, each on a small menu
// of its own: a group word beside a choice of its group ("scrambled eggs", "드레싱 오리엔탈로":
// group-with-its-choice.ts); 하고 after a choice said with 로 ("맑은 걸로 하고 고수는 빼":
// choice-made-so.ts); "하나는 X로 바꿔" where the menu wrote X's alias with its 로
// (one-of-them.ts); a removal listed among additions refused with 은/는 ("김치는 빼": options.ts,
// said-vs-done.ts); "change one of the cheese to marinara" (some-of-the-count.ts); "oh wait and
// … too" (wait-and.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string, koA?: string[], enA?: string[]) => ({ name: { ko, en }, ...(koA || enA ? { aliases: { ...(koA ? { ko: koA } : {}), ...(enA ? { en: enA } : {}) } } : {}) });

const diner = () =>
  menuFrom({
    version: 1,
    store: { id: "blind-shapes", name: { ko: "식당", en: "Diner" }, currency: "KRW", languages: ["ko", "en"] },
    categories: [{ id: "main", ...both("메인", "Mains") }, { id: "end", ...both("마무리", "Finish") }, { id: "dip", ...both("소스", "Dips") }],
    optionGroups: [
      { id: "egg", ...both("계란", "Eggs"), select: "one", default: "over-easy", choices: [{ id: "over-easy", ...both("반숙", "Over easy") }, { id: "over-hard", ...both("완숙", "Over hard", undefined, ["hard", "over hard"]) }, { id: "scrambled", ...both("스크램블", "Scrambled") }] },
      { id: "extra-egg", ...both("계란 추가", "Extra egg", ["계란 추가"], ["extra egg"]), select: "count", default: 0, min: 0, max: 2, unitPrice: 500 },
      { id: "dressing", ...both("드레싱", "Dressing"), select: "one", default: "yogurt", choices: [{ id: "yogurt", ...both("요거트", "Yogurt") }, { id: "oriental", ...both("오리엔탈", "Oriental") }] },
      { id: "extra-dressing", ...both("드레싱 추가", "Extra dressing"), select: "count", default: 0, min: 0, max: 2, unitPrice: 500 },
      { id: "broth", ...both("육수", "Broth"), select: "one", choices: [{ id: "clear", ...both("맑은 육수", "Clear", ["맑은"]) }, { id: "spicy", ...both("얼큰 육수", "Spicy", ["얼큰한"]) }] },
      { id: "veg-hold", ...both("채소 빼기", "Hold veg"), select: "many", choices: [{ id: "no-cilantro", ...both("고수 빼기", "No cilantro") }, { id: "no-onion", ...both("양파 빼기", "No onion") }] },
      { id: "banchan", ...both("반찬 추가/변경", "Sides"), select: "many", choices: [{ id: "extra-beef", ...both("장조림 추가", "Extra beef", ["장조림"]) }, { id: "laver", ...both("김 추가", "Add laver", ["김"]) }, { id: "roe", ...both("명란 추가", "Add roe", ["명란"]) }, { id: "no-kimchi", ...both("김치 빼기", "No kimchi", ["김치 빼고"]) }] },
      { id: "second", ...both("함께 드실 죽", "Second porridge"), select: "one", choices: [{ id: "abalone", ...both("전복죽", "Abalone") }, { id: "octopus-kimchi", ...both("낙지김치죽", "Octopus kimchi") }] },
      { id: "cheese-dip", ...both("치즈 소스", "Cheese dip", ["치즈"], ["cheese"]), select: "count", default: 0, min: 0, max: 4, unitPrice: 500 },
      { id: "marinara-dip", ...both("마리나라 소스", "Marinara dip", ["마리나라"], ["marinara"]), select: "count", default: 0, min: 0, max: 4, unitPrice: 500 },
      { id: "cup", ...both("컵 크기", "Cup size"), select: "one", choices: [{ id: "small", ...both("스몰", "Small") }, { id: "large", ...both("라지", "Large") }] },
    ],
    items: [
      { id: "plate", category: "main", ...both("로코 플레이트", "Loco plate", undefined, ["loco"]), price: 9000, optionGroups: ["egg", "extra-egg"] },
      { id: "salad", category: "main", ...both("콥 샐러드", "Cobb salad"), price: 9000, optionGroups: ["dressing", "extra-dressing"] },
      { id: "shabu", category: "main", ...both("소고기 샤브", "Beef shabu"), price: 15000, optionGroups: ["broth", "veg-hold"] },
      { id: "juk", category: "main", ...both("해물죽", "Seafood porridge"), price: 11000, optionGroups: ["banchan"] },
      { id: "half", category: "main", ...both("반반죽", "Half and half porridge"), price: 12000, optionGroups: ["second"] },
      { id: "fried-rice", category: "end", ...both("볶음밥", "Fried rice"), price: 3000 },
      { id: "porridge", category: "end", ...both("죽", "Porridge", ["죽으로"]), price: 3000 },
      { id: "pretzel", category: "main", ...both("프레첼", "Pretzel"), price: 5000, optionGroups: ["cheese-dip", "marinara-dip"] },
      { id: "bites", category: "main", ...both("프레첼 바이트", "Pretzel bites"), price: 5000, optionGroups: ["cup"] },
      { id: "cinnamon", category: "main", ...both("시나몬 바이트", "Cinnamon bites"), price: 5000, optionGroups: ["cup"] },
    ],
  });

// Rows whose last turn is a counted option changed on a line already there; or a refusal once the cart has lines expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("Blind shapes: read right alone", diner(), [
  { name: "a loco with scrambled eggs (the style, not an extra egg)", turns: ["a loco with scrambled eggs"], lines: [{ item: "plate", qty: 1, options: { egg: "scrambled" } }], confident: true },
  { name: "a loco and eggs over hard", turns: ["a loco and eggs over hard"], lines: [{ item: "plate", qty: 1, options: { egg: "over-hard" } }], confident: true },
  { name: "드레싱 오리엔탈로 (the dressing, not one more)", turns: ["콥 샐러드 하나요", "드레싱 오리엔탈로 해 주세요"], lines: [{ item: "salad", qty: 1, options: { dressing: "oriental" } }], confident: true },
  { name: "맑은 걸로 하고 고수는 빼 주세요", turns: ["소고기 샤브 2인분 맑은 걸로 하고 고수는 빼 주세요"], lines: [{ item: "shabu", qty: 2, options: { broth: "clear", "veg-hold": ["no-cilantro"] } }], confident: true },
  { name: "하나는 죽으로 바꿔 (죽으로 an alias)", turns: ["볶음밥 2인분 주세요", "아 하나는 죽으로 바꿔 주세요"], lines: [{ item: "fried-rice", qty: 1 }, { item: "porridge", qty: 1 }], confident: true },
  { name: "김치는 빼 주세요 (a removal among additions)", turns: ["해물죽 하나요", "김치는 빼 주세요"], lines: [{ item: "juk", qty: 1, options: { banchan: ["no-kimchi"] } }], confident: false },
  { name: "change one of the cheese to marinara", turns: ["a pretzel with two cheese", "change one of the cheese to marinara"], lines: [{ item: "pretzel", qty: 1, options: { "cheese-dip": 1, "marinara-dip": 1 } }], confident: false },
]);

notAloneTable("Blind shapes: a guess", diner(), [{ name: "oh wait and … too (taking back, or one more?)", turns: ["cinnamon bites small", "oh wait and the pretzel bites too"] }]);
