// Refusals whose refused thing stayed in the best reading (the cart with no model), found by
// the probes and held-out cases of the fourteenth session:
// - a plate's sides said around a refusal: "the oxtails, but no cornbread, mac and greens"
//   ("but" before a refusal of the plate's own option still talks about the plate:
//   item-or-choice.ts); "give me mac and yams with the catfish" (the plate named last with
//   "with the": options-on-the-item.ts); "no salad, yuca" / "no fries give me beans instead" a
//   turn after the plate (the refused one its side already: sides-of-the-plate.ts). Side
//   orders were added beside the plate, and the refused side stayed on it;
// - "콜라는 그냥 빼 주세요": 그냥 ("just") between an item and the words that take it off, where
//   the menu also spells a plain choice of another item 그냥 (never-mind.ts). The cola stayed;
// - what the customer does not like, "I'm not a fan of cucumber, so just the pancake", "오이 무침은
//   싫어서 파전병만 주세요" (language.ts): the cucumber salad was ordered;
// - a refusal, after a correction word, of a thing ordered earlier in the same breath: "a shiro
//   a misir wat and a gomen actually no misir" (parse.ts): the gomen said last was dropped and
//   the misir kept;
// - "small jerk no cabbage" → "oh never mind, cabbage is fine": the refusal taken back
//   (keep-default.ts, never-mind-just.ts); the plate was cancelled and a cabbage ordered; so
//   "a horchata no ice" → "never mind, ice is fine": its ice again (the horchata was cancelled);
// - a refusal of a word the menu lacks, "오이는 빼 주세요" (오이 no longer read as the interjection
//   오 with 이는: atoms.ts), "remove the pickles": that thing is not in the cart, so nothing is
//   taken off (bare-edits.ts); the line in hand was removed.
import { en, ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const soul = menuFrom({
  version: 1,
  store: { id: "refused-best-en", name: { en: "Plates" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "plates", ...en("Plates") }, { id: "sides", ...en("Sides") }],
  optionGroups: [
    { id: "sides", ...en("Sides"), select: "many", max: 3, choices: [{ id: "mac", ...en("Mac and cheese", ["mac"]) }, { id: "greens", ...en("Collard greens", ["greens"]) }, { id: "yams", ...en("Candied yams", ["yams"]) }, { id: "cornbread", ...en("Cornbread") }] },
    { id: "hold", ...en("Hold"), select: "many", choices: [{ id: "no-gravy", ...en("No gravy", ["without gravy"]) }] },
  ],
  items: [
    { id: "oxtail", category: "plates", ...en("Oxtails plate", ["oxtails"]), price: 18, optionGroups: ["sides"] },
    { id: "chop", category: "plates", ...en("Pork chop plate", ["pork chop"]), price: 15, optionGroups: ["sides", "hold"] },
    { id: "catfish", category: "plates", ...en("Catfish plate", ["catfish"]), price: 15, optionGroups: ["sides"] },
    { id: "side-mac", category: "sides", ...en("Mac and Cheese", ["mac"]), price: 4 },
    { id: "side-greens", category: "sides", ...en("Collard Greens", ["greens"]), price: 4 },
    { id: "side-yams", category: "sides", ...en("Candied Yams", ["yams"]), price: 4 },
    { id: "cornbread", category: "sides", ...en("Cornbread"), price: 2 },
  ],
});

phenomenonTable("English: a plate's sides said around a refusal are its sides", soul, [
  { name: "the oxtails, but no cornbread, mac and greens", turns: ["I want the oxtails, but no cornbread, mac and greens"], lines: [{ item: "oxtail", qty: 1, options: { sides: ["mac", "greens"] } }] },
  { name: "the pork chop but no gravy, mac and greens", turns: ["the pork chop but no gravy, mac and greens"], lines: [{ item: "chop", qty: 1, options: { sides: ["mac", "greens"], hold: ["no-gravy"] } }] },
  { name: "I don't want greens, give me mac and yams with the catfish", turns: ["I don't want greens, give me mac and yams with the catfish"], lines: [{ item: "catfish", qty: 1, options: { sides: ["mac", "yams"] } }] },
  { name: "give me mac and yams with the catfish", turns: ["give me mac and yams with the catfish"], lines: [{ item: "catfish", qty: 1, options: { sides: ["mac", "yams"] } }] },
]);

const chicken = menuFrom({
  version: 1,
  store: { id: "refused-sides-en", name: { en: "Pollo" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "plates", ...en("Plates") }, { id: "sides", ...en("Sides") }],
  optionGroups: [
    { id: "sides", ...en("Two sides"), select: "many", max: 2, choices: [{ id: "fries", ...en("Fries") }, { id: "yuca", ...en("Yuca fries", ["yuca"]) }, { id: "beans", ...en("Peruvian beans", ["beans"]) }, { id: "salad", ...en("House salad", ["salad"]) }] },
  ],
  items: [
    { id: "quarter", category: "plates", ...en("Quarter chicken", ["quarter"]), price: 12, optionGroups: ["sides"] },
    { id: "side-fries", category: "sides", ...en("Side of fries", ["fries"]), price: 3 },
    { id: "side-yuca", category: "sides", ...en("Side of yuca", ["yuca"]), price: 3 },
    { id: "side-beans", category: "sides", ...en("Side of beans", ["beans"]), price: 3 },
    { id: "side-salad", category: "sides", ...en("Side salad", ["salad"]), price: 3 },
  ],
});

phenomenonTable("English: a side refused of the plate in hand, another said: its sides", chicken, [
  { name: "no salad, yuca", turns: ["a quarter with fries and salad", "no salad, yuca"], lines: [{ item: "quarter", qty: 1, options: { sides: ["fries", "yuca"] } }] },
  { name: "no fries give me beans instead", turns: ["a quarter with yuca and fries", "no fries give me beans instead"], lines: [{ item: "quarter", qty: 1, options: { sides: ["yuca", "beans"] } }] },
]);

const ori = menuFrom({
  version: 1,
  store: { id: "refused-best-ko", name: { ko: "오리집" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "main", ...ko("요리") }, { id: "drink", ...ko("음료") }],
  optionGroups: [{ id: "style", ...ko("백숙 스타일"), select: "one", default: "plain", choices: [{ id: "plain", ...ko("기본", ["그냥"]) }, { id: "herb", ...ko("한방") }] }],
  items: [
    { id: "duck", category: "main", ...ko("생오리구이", ["생오리"]), price: 30000 },
    { id: "baeksuk", category: "main", ...ko("오리백숙", ["백숙"]), price: 60000, optionGroups: ["style"] },
    { id: "coke", category: "drink", ...ko("콜라"), price: 2000 },
  ],
});

phenomenonTable("Korean: 그냥 before taking an item off is 'just', not a plain choice", ori, [
  { name: "콜라는 그냥 빼 주세요", turns: ["생오리 2인분 콜라 하나요", "콜라는 그냥 빼 주세요"], lines: [{ item: "duck", qty: 2 }] },
  { name: "콜라 그냥 빼 주세요", turns: ["생오리 하나 콜라 하나요", "콜라 그냥 빼 주세요"], lines: [{ item: "duck", qty: 1 }] },
]);

const bao = menuFrom({
  version: 1,
  store: { id: "dislikes", name: { en: "Bao", ko: "바오" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "small", name: { en: "Small plates", ko: "요리" } }],
  optionGroups: [],
  items: [
    { id: "pancake", category: "small", name: { en: "Scallion pancake", ko: "파전병" }, price: 7 },
    { id: "cucumber", category: "small", name: { en: "Smashed cucumber salad", ko: "오이 무침" }, aliases: { en: ["cucumber", "cucumber salad"] }, price: 6 },
  ],
});

phenomenonTable("what the customer does not like is not ordered", bao, [
  { name: "I'm not a fan of cucumber, so just the scallion pancake", turns: ["I'm not a fan of cucumber, so just the scallion pancake"], lines: [{ item: "pancake", qty: 1 }] },
  { name: "I'm not big on cucumber, just the scallion pancake", turns: ["I'm not big on cucumber, just the scallion pancake"], lines: [{ item: "pancake", qty: 1 }] },
  { name: "오이 무침은 싫어서 파전병만 주세요", turns: ["오이 무침은 싫어서 파전병만 주세요"], lines: [{ item: "pancake", qty: 1 }] },
  { name: "오이 무침은 별로라서 파전병만 주세요", turns: ["오이 무침은 별로라서 파전병만 주세요"], lines: [{ item: "pancake", qty: 1 }] },
]);

const stews = menuFrom({
  version: 1,
  store: { id: "earlier-refused", name: { en: "Stews", ko: "분식" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "main", name: { en: "Mains", ko: "메뉴" } }],
  optionGroups: [],
  items: [
    { id: "shiro", category: "main", name: { en: "Shiro", ko: "떡볶이" }, price: 10 },
    { id: "misir", category: "main", name: { en: "Misir wat", ko: "순대" }, aliases: { en: ["misir"] }, price: 10 },
    { id: "gomen", category: "main", name: { en: "Gomen", ko: "김말이" }, price: 9 },
  ],
});

phenomenonTable("a refusal after a correction word takes back the thing said earlier in the turn", stews, [
  { name: "a shiro a misir wat and a gomen actually no misir", turns: ["a shiro a misir wat and a gomen actually no misir"], lines: [{ item: "shiro", qty: 1 }, { item: "gomen", qty: 1 }] },
  { name: "… actually no misir just the shiro and the gomen", turns: ["a shiro a misir wat and a gomen actually no misir just the shiro and the gomen"], lines: [{ item: "shiro", qty: 1 }, { item: "gomen", qty: 1 }] },
  { name: "떡볶이 하나 순대 하나 김말이 하나 아니다 순대는 빼고요", turns: ["떡볶이 하나 순대 하나 김말이 하나 아니다 순대는 빼고요"], lines: [{ item: "shiro", qty: 1 }, { item: "gomen", qty: 1 }] },
]);

const jerk = menuFrom({
  version: 1,
  store: { id: "fine-after-all", name: { en: "Jerk" }, currency: "USD", languages: ["en"] },
  categories: [{ id: "plates", ...en("Plates") }, { id: "sides", ...en("Sides") }],
  optionGroups: [
    { id: "size", ...en("Size"), select: "one", choices: [{ id: "small", ...en("Small") }, { id: "large", ...en("Large") }] },
    { id: "hold", ...en("Leave off"), select: "many", choices: [{ id: "no-cabbage", ...en("No cabbage", ["no cabbage", "hold the cabbage"]) }] },
    { id: "ice", ...en("Ice"), select: "one", default: "regular", choices: [{ id: "regular", ...en("Regular ice") }, { id: "none", ...en("No ice") }] },
  ],
  items: [
    { id: "plate", category: "plates", ...en("Jerk chicken plate", ["jerk"]), price: 14, optionGroups: ["size", "hold"] },
    { id: "cabbage", category: "sides", ...en("Steamed cabbage", ["cabbage"]), price: 4 },
    { id: "horchata", category: "sides", ...en("Horchata"), price: 3, optionGroups: ["ice"] },
  ],
});

phenomenonTable("English: a thing refused before said to be fine is kept", jerk, [
  { name: "oh never mind, cabbage is fine", turns: ["small jerk no cabbage", "oh never mind, cabbage is fine"], lines: [{ item: "plate", qty: 1, options: { size: "small", hold: [] } }] },
  { name: "cabbage is fine actually", turns: ["small jerk no cabbage", "cabbage is fine actually"], lines: [{ item: "plate", qty: 1, options: { size: "small", hold: [] } }] },
  { name: "never mind, ice is fine (the group's word)", turns: ["a horchata no ice", "never mind, ice is fine"], lines: [{ item: "horchata", qty: 1, options: { ice: "regular" } }] },
]);

const riceBalls = menuFrom({
  version: 1,
  store: { id: "unknown-refused", name: { en: "Rice balls", ko: "주먹밥" }, currency: "KRW", languages: ["en", "ko"] },
  categories: [{ id: "jb", name: { en: "Rice balls", ko: "주먹밥" } }],
  optionGroups: [],
  items: [{ id: "kimchi-jb", category: "jb", name: { en: "Kimchi rice ball", ko: "김치볶음 주먹밥" }, price: 2500 }],
});

phenomenonTable("a word the menu lacks refused: nothing in the cart taken off", riceBalls, [
  { name: "김치볶음 주먹밥 하나 주시고요 오이는 빼 주세요", turns: ["김치볶음 주먹밥 하나 주시고요 오이는 빼 주세요"], lines: [{ item: "kimchi-jb", qty: 1 }], confident: false },
  { name: "당근은 빼 주세요 a turn after", turns: ["김치볶음 주먹밥 하나요", "당근은 빼 주세요"], lines: [{ item: "kimchi-jb", qty: 1 }], confident: false },
  { name: "remove the pickles a turn after", turns: ["a kimchi rice ball", "remove the pickles"], lines: [{ item: "kimchi-jb", qty: 1 }], confident: false },
]);
