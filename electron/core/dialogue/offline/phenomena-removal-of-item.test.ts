// A refusal of a word that names a removal choice of the item in hand ("No slaw", "인삼 빼기")
// sets that removal, even where the word also names another item sold alone (a side of
// slaw) or a choice of the group being talked about (인삼 추가 among the extras); and an
// adding word ("숙주 추가하고", "extra sprouts") never makes a removal, even where the
// removal choice is also called by the bare word. Refused a turn later with two lines in
// hand that have it: both where "both" is said, else the latest, as a guess (line-changes.ts).
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string) => ({ name: { en: e, ko: k } });
const shop = menuFrom({
  version: 1,
  store: { id: "soup-shop", name: { en: "Soup shop", ko: "국밥집" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "mains", ...both("Mains", "메인") }, { id: "sides", ...both("Sides", "사이드") }],
  optionGroups: [
    { id: "changes", ...both("Toppings & changes", "토핑 / 빼기"), select: "many", choices: [{ id: "no-slaw", ...both("No slaw", "코울슬로 빼기"), aliases: { en: ["hold the slaw"] } }, { id: "add-bacon", ...both("Add bacon", "베이컨 추가"), aliases: { en: ["bacon"], ko: ["베이컨"] } }] },
    { id: "extras", ...both("Extras", "추가 재료"), select: "many", choices: [{ id: "chives", ...both("Extra chives", "부추 추가"), aliases: { en: ["chives"], ko: ["부추"] } }, { id: "ginseng", ...both("Extra ginseng", "인삼 추가"), aliases: { en: ["more ginseng"] } }] },
    { id: "hold", ...both("Hold", "빼기"), select: "many", choices: [{ id: "ginseng", ...both("No ginseng", "인삼 빼기"), aliases: { en: ["ginseng"], ko: ["인삼"] } }, { id: "sprouts", ...both("No sprouts", "숙주 빼기"), aliases: { en: ["sprouts"], ko: ["숙주"] } }] },
    { id: "sprouts", ...both("Extra sprouts", "숙주 추가"), select: "count", min: 0, max: 2, default: 0 },
  ],
  items: [
    { id: "sandwich", category: "mains", ...both("Chicken sandwich", "치킨버거"), price: 900, optionGroups: ["changes"] },
    { id: "fish", category: "mains", ...both("Fish sandwich", "생선버거"), price: 950, optionGroups: ["changes"] },
    { id: "soup", category: "mains", ...both("Ginseng soup", "삼계탕"), price: 1500, optionGroups: ["extras", "hold"] },
    { id: "ramen", category: "mains", ...both("Ramen", "라멘"), price: 1200, optionGroups: ["sprouts", "hold"] },
    { id: "slaw", category: "sides", ...both("Coleslaw", "코울슬로"), price: 300, aliases: { en: ["slaw"] } },
    { id: "wine", category: "sides", ...both("Ginseng wine", "인삼주"), price: 800 },
    { id: "cola", category: "sides", ...both("Cola", "콜라"), price: 200 },
  ],
});

phenomenonTable("refusing a removal choice's word that also names another item", shop, [
  { name: "but without the slaw", turns: ["a chicken sandwich with bacon but without the slaw"], lines: [{ item: "sandwich", qty: 1, options: { changes: ["no-slaw", "add-bacon"] } }], confident: true },
  { name: "without the slaw, a turn later", turns: ["a chicken sandwich with bacon", "without the slaw"], lines: [{ item: "sandwich", qty: 1, options: { changes: ["no-slaw", "add-bacon"] } }], confident: true },
  { name: "치킨버거 베이컨 추가하고 코울슬로는 빼 주세요", turns: ["치킨버거 하나 베이컨 추가하고 코울슬로는 빼 주세요"], lines: [{ item: "sandwich", qty: 1, options: { changes: ["no-slaw", "add-bacon"] } }], confident: true },
]);

phenomenonTable("refusing a removal choice's word while the extras are talked about", shop, [
  { name: "부추 추가하고 인삼은 빼 주세요", turns: ["삼계탕 하나 부추 추가하고 인삼은 빼 주세요"], lines: [{ item: "soup", qty: 1, options: { extras: ["chives"], hold: ["ginseng"] } }], confident: true },
]);

phenomenonTable("an adding word never makes a removal", shop, [
  { name: "숙주 추가하고", turns: ["라멘 하나 숙주 추가하고 콜라 하나"], lines: [{ item: "ramen", qty: 1, options: { sprouts: 1 } }, { item: "cola", qty: 1 }], confident: true },
  { name: "extra sprouts", turns: ["a ramen with extra sprouts and a cola"], lines: [{ item: "ramen", qty: 1, options: { sprouts: 1 } }, { item: "cola", qty: 1 }], confident: true },
]);

phenomenonTable("a removal choice's word refused a turn later, two lines in hand having it", shop, [
  { name: "without the slaw on both", turns: ["a chicken sandwich and a fish sandwich", "without the slaw on both"], lines: [{ item: "sandwich", qty: 1, options: { changes: ["no-slaw"] } }, { item: "fish", qty: 1, options: { changes: ["no-slaw"] } }], confident: true },
  { name: "without the slaw: the latest, a guess", turns: ["a chicken sandwich and a fish sandwich", "without the slaw please"], lines: [{ item: "sandwich", qty: 1 }, { item: "fish", qty: 1, options: { changes: ["no-slaw"] } }], confident: false },
  { name: "둘 다 코울슬로 빼 주세요", turns: ["치킨버거 하나랑 생선버거 하나", "둘 다 코울슬로 빼 주세요"], lines: [{ item: "sandwich", qty: 1, options: { changes: ["no-slaw"] } }, { item: "fish", qty: 1, options: { changes: ["no-slaw"] } }], confident: true },
  { name: "코울슬로 빼 주세요: the latest, a guess", turns: ["치킨버거 하나랑 생선버거 하나", "코울슬로 빼 주세요"], lines: [{ item: "sandwich", qty: 1 }, { item: "fish", qty: 1, options: { changes: ["no-slaw"] } }], confident: false },
]);
