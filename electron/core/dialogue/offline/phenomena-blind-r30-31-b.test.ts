// Shapes the blind rounds 30-31 answered wrongly alone or lost (the Korean sets and two English
// turns; the English sets' own shapes are in phenomena-blind-r30-31.test.ts):
// - "간장으로요 순살도 되나요? 그럼 순살로 할게요": the choice closed by 요 before the question is
//   an answer said apart from it, not asked (clause-bounds.ts).
// - "소스는 하나는 데미 하나는 토마토요" where 소스 also names the "소스 추가" count cut short: the
//   heading of the sauce chosen, no extra sauce (mods.ts).
// - "a jasmine milk tea with jelly instead of the boba" after "a thai tea boba": "a" orders
//   another one; the boba is the topping swapped on it (line-edits.ts, instead.ts).
// - "a domino and a reina" → "never mind I'll just do the reina": the reina is kept, the rest
//   goes (never-mind-just.ts).
// - "볶음밥 2인분" where "2" is also a spice level said short, "공기밥 두 공기" where 공기 is the
//   rice's own alias: counts (counter-nouns.ts, atom-neighbours.ts).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string, koA?: string[], enA?: string[]) => ({ name: { ko, en }, ...(koA || enA ? { aliases: { ...(koA ? { ko: koA } : {}), ...(enA ? { en: enA } : {}) } } : {}) });

const shop = () =>
  menuFrom({
    version: 1,
    store: { id: "r30-shapes", name: { ko: "동네 식당", en: "Corner Kitchen" }, currency: "KRW", languages: ["ko", "en"] },
    categories: [{ id: "mains", ...both("식사", "Mains") }, { id: "drinks", ...both("음료", "Drinks") }],
    optionGroups: [
      { id: "flavor", ...both("맛", "Flavor"), select: "one", choices: [{ id: "soy", ...both("간장", "Soy", ["간장으로"]) }, { id: "spicy", ...both("매운맛", "Spicy") }] },
      { id: "bone", ...both("뼈 / 순살", "Bone-in or boneless"), select: "one", default: "bone", choices: [{ id: "bone", ...both("뼈", "Bone-in") }, { id: "boneless", ...both("순살", "Boneless", ["순살로"]) }] },
      { id: "spice", ...both("맵기", "Spice level", ["맵기 단계"]), select: "one", default: "lv2", choices: [{ id: "lv1", ...both("1단계 (덜 맵게)", "Level 1 (mild)", ["덜 맵게"]) }, { id: "lv2", ...both("2단계 (보통)", "Level 2 (regular)", undefined, ["level 2"]) }] },
      { id: "sauce", ...both("소스", "Sauce choice"), select: "one", choices: [{ id: "demi", ...both("데미글라스", "Demi-glace", ["데미"], ["demi"]) }, { id: "tomato", ...both("토마토", "Tomato") }] },
      { id: "extra-sauce", ...both("소스 추가", "Extra sauce"), select: "count", min: 0, max: 3, default: 0, unitPrice: 500 },
      { id: "tea", ...both("차", "Tea"), select: "one", choices: [{ id: "thai", ...both("타이 티", "Thai tea") }, { id: "jasmine", ...both("자스민", "Jasmine milk tea") }] },
      { id: "topping", ...both("토핑", "Topping"), select: "one", default: "boba", choices: [{ id: "boba", ...both("펄", "Tapioca pearls", undefined, ["boba"]) }, { id: "jelly", ...both("젤리", "Jelly") }] },
      { id: "ice", ...both("얼음", "Ice"), select: "one", default: "regular", choices: [{ id: "regular", ...both("보통", "Regular ice") }, { id: "none", ...both("얼음 없이", "No ice") }] },
    ],
    items: [
      { id: "braise-set", category: "mains", ...both("찜닭 정식", "Braised Chicken Set"), price: 12000, optionGroups: ["flavor", "bone", "spice"] },
      { id: "fried-rice", category: "mains", ...both("볶음밥", "Fried Rice"), price: 3000 },
      { id: "rice", category: "mains", ...both("공기밥", "Rice", ["공기", "밥"]), price: 1000 },
      { id: "omurice", category: "mains", ...both("오므라이스", "Omurice"), price: 9000, optionGroups: ["sauce", "extra-sauce"] },
      { id: "domino", category: "mains", ...both("도미노 아레파", "Domino Arepa", undefined, ["domino"]), price: 8000 },
      { id: "reina", category: "mains", ...both("레이나 아레파", "Reina Arepa", undefined, ["reina"]), price: 8000 },
      {
        id: "milk-tea",
        category: "drinks",
        name: { ko: "밀크티", en: "Milk Tea" },
        aliases: { en: ["boba", { text: "thai tea", options: { tea: "thai" } }, { text: "jasmine milk tea", options: { tea: "jasmine" } }] },
        price: 5000,
        optionGroups: ["tea", "topping", "ice"],
      },
    ],
  });

const set = (options: Record<string, string>) => ({ item: "braise-set", qty: 1, options: { bone: "bone", spice: "lv2", ...options } });
const omurice = (sauce: string, qty = 1, extra = 0) => ({ item: "omurice", qty, options: { sauce, "extra-sauce": extra } });
const tea = (options: Record<string, string>) => ({ item: "milk-tea", qty: 1, options: { topping: "boba", ice: "regular", ...options } });

phenomenonTable("a choice closed by 요 before a question: said apart, not asked (Korean)", shop(), [
  { name: "간장으로요 순살도 되나요? 그럼 순살로 할게요", turns: ["찜닭 정식 하나요", "간장으로요 순살도 되나요? 그럼 순살로 할게요"], lines: [set({ flavor: "soy", bone: "boneless" })], confident: true },
  { name: "간장으로요 순살도 되나요?", turns: ["찜닭 정식 하나요", "간장으로요 순살도 되나요?"], lines: [set({ flavor: "soy" })] },
]);

phenomenonTable("a group's word that also names a count cut short: the heading of the choice (Korean)", shop(), [
  { name: "소스는 하나는 데미 하나는 토마토요", turns: ["오므라이스 두 개 주세요", "소스는 하나는 데미 하나는 토마토요"], lines: [omurice("demi"), omurice("tomato")], confident: true },
  { name: "소스는 둘 다 데미요", turns: ["오므라이스 두 개 주세요", "소스는 둘 다 데미요"], lines: [omurice("demi", 2)] },
]);

// Rows whose last turn is a refusal once the cart has lines; or one thing said instead of another expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("'a <item> with X instead of the Y' after another line: another one, Y its own option (English)", shop(), [
  { name: "a thai tea boba no ice and a jasmine milk tea with jelly instead of the boba", turns: ["a thai tea boba no ice and a jasmine milk tea with jelly instead of the boba"], lines: [tea({ tea: "thai", ice: "none" }), tea({ tea: "jasmine", topping: "jelly" })] },
  { name: "a thai tea, then and a jasmine milk tea with jelly instead of the boba", turns: ["a thai tea", "and a jasmine milk tea with jelly instead of the boba"], lines: [tea({ tea: "thai" }), tea({ tea: "jasmine", topping: "jelly" })], confident: false },
]);

phenomenonTable("'never mind, just the X' of lines in hand: X kept, the rest taken away (English)", shop(), [
  { name: "never mind i'll just do the reina", turns: ["a domino and a reina", "never mind i'll just do the reina"], lines: [{ item: "reina", qty: 1 }], confident: true },
  { name: "forget it just the reina", turns: ["a domino and a reina", "forget it just the reina"], lines: [{ item: "reina", qty: 1 }], confident: true },
]);

phenomenonTable("digits before a counter, the item's own alias as its counter: counts (Korean)", shop(), [
  { name: "볶음밥 2인분 주세요", turns: ["볶음밥 2인분 주세요"], lines: [{ item: "fried-rice", qty: 2 }], confident: true },
  { name: "공기밥 두 공기 주세요", turns: ["공기밥 두 공기 주세요"], lines: [{ item: "rice", qty: 2 }], confident: true },
]);
