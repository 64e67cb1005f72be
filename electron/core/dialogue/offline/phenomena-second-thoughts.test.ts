// Second thoughts said in one breath or a turn later (the seventh red teams' refusal flags):
// "a large, no, medium latte" / "a large, I mean medium latte" (options said with no item,
// then a correction naming the item: one latte, the corrected size); "actually leave the
// slaw on" where the sandwich spells it "No slaw" and slaw is also sold alone (the removal
// taken back, no side of slaw ordered); "아까 오이 빼 달라고 했는데 그냥 넣어 주세요" (a
// refusal reported as asked before, then taken back: the cucumber is kept; not alone);
// "족발 대자 두 개 주세요 아 두 개 말고 하나만요" (the count refused with 말고 and said again).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string, koA?: string[], enA?: string[]) => ({ name: { ko, en }, ...(koA || enA ? { aliases: { ...(koA ? { ko: koA } : {}), ...(enA ? { en: enA } : {}) } } : {}) });

const shop = () =>
  menuFrom({
    version: 1,
    store: { id: "second-thoughts", name: { ko: "분식과 커피", en: "Snacks and coffee" }, currency: "KRW", languages: ["ko", "en"] },
    categories: [{ id: "main", ...both("식사", "Mains") }, { id: "side", ...both("사이드", "Sides") }, { id: "drink", ...both("음료", "Drinks") }],
    optionGroups: [
      { id: "size", ...both("사이즈", "Size"), select: "one", default: "medium", choices: [{ id: "small", ...both("스몰", "Small") }, { id: "medium", ...both("미디엄", "Medium") }, { id: "large", ...both("라지", "Large") }] },
      { id: "sandwich-hold", ...both("샌드위치 빼기", "Sandwich — hold"), select: "many", choices: [{ id: "no-slaw", ...both("코울슬로 빼기", "No slaw") }, { id: "no-pickles", ...both("피클 빼기", "No pickles") }] },
      { id: "gimbap-hold", ...both("김밥 빼기", "Gimbap — hold"), select: "many", choices: [{ id: "cucumber", ...both("오이 빼기", "No cucumber", ["오이"], ["cucumber"]) }, { id: "carrot", ...both("당근 빼기", "No carrot", ["당근"], ["carrot"]) }] },
      { id: "jokbal-size", ...both("족발 크기", "Jokbal size"), select: "one", default: "medium", choices: [{ id: "medium", ...both("중", "Medium", ["중자"]) }, { id: "large", ...both("대", "Large", ["대자"]) }] },
    ],
    items: [
      { id: "latte", category: "drink", ...both("카페라떼", "Latte", ["라떼"]), price: 4500, optionGroups: ["size"] },
      { id: "sandwich", category: "main", ...both("치킨 샌드위치", "Chicken sandwich", ["샌드위치"], ["sandwich"]), price: 8000, optionGroups: ["sandwich-hold"] },
      { id: "slaw", category: "side", ...both("코울슬로", "Coleslaw", [], ["slaw"]), price: 2000 },
      { id: "gimbap", category: "main", ...both("김밥", "Gimbap"), price: 3500, optionGroups: ["gimbap-hold"] },
      { id: "jokbal", category: "main", ...both("족발", "Jokbal"), price: 30000, optionGroups: ["jokbal-size"] },
    ],
  });

phenomenonTable("Second thoughts: options said first, then corrected with the item", shop(), [
  { name: "a large, no, medium latte", turns: ["a large, no, medium latte"], lines: [{ item: "latte", qty: 1, options: { size: "medium" } }], confident: true },
  { name: "a large, I mean medium latte", turns: ["a large, I mean medium latte"], lines: [{ item: "latte", qty: 1, options: { size: "medium" } }], confident: true },
  { name: "two large, sorry, small lattes", turns: ["two large, sorry, small lattes"], lines: [{ item: "latte", qty: 2, options: { size: "small" } }], confident: true },
  { name: "a large latte, no, a medium latte", turns: ["a large latte, no, a medium latte"], lines: [{ item: "latte", qty: 1, options: { size: "medium" } }], confident: true },
]);

// Rows whose last turn is a refusal once the cart has lines expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("Second thoughts: a thing sold alone, kept on the line that left it off", shop(), [
  { name: "actually leave the slaw on", turns: ["a chicken sandwich no slaw", "actually leave the slaw on"], lines: [{ item: "sandwich", qty: 1 }], confident: false },
  { name: "actually keep the slaw", turns: ["a chicken sandwich no slaw no pickles", "actually keep the slaw"], lines: [{ item: "sandwich", qty: 1, options: { "sandwich-hold": ["no-pickles"] } }], confident: false },
  { name: "아 코울슬로 그냥 넣어 주세요", turns: ["치킨 샌드위치 하나 코울슬로 빼 주세요", "아 코울슬로 그냥 넣어 주세요"], lines: [{ item: "sandwich", qty: 1 }], confident: false },
]);

phenomenonTable("Second thoughts: a refusal reported as asked before, then taken back", shop(), [
  { name: "아까 오이 빼 달라고 했는데 그냥 넣어 주세요", turns: ["김밥 한 줄이요", "아까 오이 빼 달라고 했는데 그냥 넣어 주세요"], lines: [{ item: "gimbap", qty: 1 }], confident: false },
  { name: "… said of a line that has it left off", turns: ["김밥 한 줄 오이 빼 주세요", "아까 오이 빼 달라고 했는데 그냥 넣어 주세요"], lines: [{ item: "gimbap", qty: 1 }] },
  { name: "… only the cucumber: the carrot stays out", turns: ["김밥 한 줄 오이 당근 빼 주세요", "아까 오이 빼 달라고 했는데 그냥 넣어 주세요"], lines: [{ item: "gimbap", qty: 1, options: { "gimbap-hold": ["carrot"] } }] },
]);

phenomenonTable("Second thoughts: a count refused with 말고 and said again", shop(), [
  { name: "족발 대자 두 개 주세요 아 두 개 말고 하나만요", turns: ["족발 대자 두 개 주세요 아 두 개 말고 하나만요"], lines: [{ item: "jokbal", qty: 1, options: { "jokbal-size": "large" } }], confident: true },
  { name: "족발 대자 두 개 아 두 개 말고 세 개요", turns: ["족발 대자 두 개 아 두 개 말고 세 개요"], lines: [{ item: "jokbal", qty: 3, options: { "jokbal-size": "large" } }] },
]);
