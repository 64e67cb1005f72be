// Held-out rounds 76–81, first runs, answered alone and wrong (Korean; the count read-back in
// English too); each as a reading fixed
// and a read-back check of the finished turn that makes the next store's variant a guess:
// - "즉떡 3인분에 라면사리 두 개, 아 아니 세 개요", "훠궈 2인 홍탕에 소고기 추가 3개요 아 2개로 해
//   주세요": an add-on's count taken back with a comma and fillers around 아니, or by a pause (아)
//   before a count said with 로, is the count meant (count-corrections.ts); read back, the dish
//   that holds the add-on made as many as the count meant, or the add-on still at the count
//   taken back, also after the verb the count was said with (count-taken-back-on-its-thing.ts);
// - "곱빼기 물밀면 하나, 오이 빼고 식초도 빼고, 아니다 식초는 넣어 주세요": a refusal taken back by
//   the thing said again after 아니다 with a comma between and another particle is no pause
//   (wait-then-add.ts, refusal-taken-back.ts); read back, "X는 넣어 주세요" keeps X
//   (kept-but-refused.ts);
// - "차돌 쌀국수 하나 고기 추가 두 번 해 주시고 면도 추가요": "면 추가" said with 도, where 면 alone
//   is an ending of the language (add-words.ts addedAlsoForms); read back, a word of adding after
//   a request with nothing named for it (added-nothing-named.ts);
// - "불고기 덮밥 하나 양파 빼고요 제육덮밥 하나 공기밥 추가요": the menu also calls the dish "불고기
//   덮밥 하나" (the name and a count, counter-nouns.ts countWordsEndingItemNames), and an option
//   closed by 요 after an item is that item's (option-after-count.ts, clause.ts); read back, such an
//   option on the next item's line (closed-option-went-on.ts).
import { describe, expect, it } from "vitest";
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { notAsSaid } from "./read-back-checks.ts";
import { type LineSpec, menuFrom, notAloneTable, phenomenonTable, turnLeft } from "./test-helpers.ts";

const both = (ko: string, en: string, aliases?: { ko?: string[]; en?: string[] }) => ({ name: { ko, en }, ...(aliases ? { aliases } : {}) });

const tteok = menuFrom({
  version: 1,
  store: { id: "blind-r76-tteok", name: { ko: "즉떡", en: "Tteokbokki" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "main", ...both("메인", "Mains") }],
  optionGroups: [
    { id: "serving", ...both("인분", "Servings"), select: "one", default: "two", choices: [{ id: "two", ...both("2인분", "For two") }, { id: "three", ...both("3인분", "For three") }] },
    { id: "ramen", ...both("라면사리", "Ramen noodles", { ko: ["라면 사리"], en: ["ramen noodles"] }), select: "count", default: 0, min: 0, max: 5, unitPrice: 1000 },
    { id: "cheese", ...both("치즈사리", "Cheese", { ko: ["치즈 사리"], en: ["cheese"] }), select: "count", default: 0, min: 0, max: 5, unitPrice: 1500 },
    { id: "broth", ...both("육수", "Broth"), select: "one", default: "hong", choices: [{ id: "hong", ...both("홍탕", "Spicy broth") }, { id: "baek", ...both("백탕", "Mild broth") }] },
    { id: "beef", ...both("소고기 추가", "Extra beef", { ko: ["소고기"], en: ["extra beef"] }), select: "count", default: 0, min: 0, max: 5, unitPrice: 6000 },
  ],
  items: [
    { id: "tteok", category: "main", ...both("즉석떡볶이", "Instant tteokbokki", { ko: ["즉떡"], en: ["tteokbokki"] }), price: 15000, optionGroups: ["serving", "ramen", "cheese"] },
    { id: "hotpot", category: "main", ...both("훠궈 2인", "Hot pot for two", { ko: ["훠궈"], en: ["hot pot"] }), price: 32000, optionGroups: ["broth", "beef"] },
  ],
});

phenomenonTable("Korean: an add-on's count taken back with a comma and fillers, or by 아 before a count said with 로", tteok, [
  { name: "즉떡 3인분에 라면사리 두 개, 아 아니 세 개요", turns: ["즉떡 3인분에 라면사리 두 개, 아 아니 세 개요"], lines: [{ item: "tteok", qty: 1, options: { serving: "three", ramen: 3 } }], confident: true },
  { name: "훠궈 2인 홍탕에 소고기 추가 3개요 아 2개로 해 주세요", turns: ["훠궈 2인 홍탕에 소고기 추가 3개요 아 2개로 해 주세요"], lines: [{ item: "hotpot", qty: 1, options: { broth: "hong", beef: 2 } }], confident: true },
  // (guards: a pause before another add-on, and the dish's own count said after a pause.)
  { name: "즉떡 3인분에 라면사리 두 개, 아 치즈사리 하나요", turns: ["즉떡 3인분에 라면사리 두 개, 아 치즈사리 하나요"], lines: [{ item: "tteok", qty: 1, options: { serving: "three", ramen: 2, cheese: 1 } }] },
  { name: "즉떡 2인분 두 개요", turns: ["즉떡 2인분 두 개요"], lines: [{ item: "tteok", qty: 2, options: { serving: "two" } }], confident: true },
]);

notAloneTable("Korean: an add-on's count taken back after its verb, the dish made as many as the count meant: a guess", tteok, [
  { name: "즉떡 3인분에 라면사리 두 개 넣어서, 아 아니 세 개요", turns: ["즉떡 3인분에 라면사리 두 개 넣어서, 아 아니 세 개요"] },
  { name: "훠궈 2인 홍탕에 소고기 3개 추가 아 2개로 해 주세요", turns: ["훠궈 2인 홍탕에 소고기 3개 추가 아 2개로 해 주세요"] },
  // (English, the thing after its count: the same read-back.)
  { name: "tteokbokki for three with two ramen noodles, uh no, three", turns: ["tteokbokki for three with two ramen noodles, uh no, three"] },
  { name: "tteokbokki for three with ramen noodles two, oh no wait three", turns: ["tteokbokki for three with ramen noodles two, oh no wait three"] },
]);

phenomenonTable("English guards: counts of the dish and its add-on said once each", tteok, [
  { name: "two tteokbokki for three with two ramen noodles", turns: ["two tteokbokki for three with two ramen noodles"], lines: [{ item: "tteok", qty: 2, options: { serving: "three", ramen: 2 } }], confident: true },
  { name: "tteokbokki for three, two ramen noodles and one cheese", turns: ["tteokbokki for three, two ramen noodles and one cheese"], lines: [{ item: "tteok", qty: 1, options: { serving: "three", ramen: 2, cheese: 1 } }], confident: true },
]);

const noodles = menuFrom({
  version: 1,
  store: { id: "blind-r76-noodles", name: { ko: "밀면", en: "Milmyeon" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "main", ...both("식사", "Meals") }],
  optionGroups: [
    { id: "size", ...both("양", "Size"), select: "one", default: "regular", choices: [{ id: "regular", ...both("보통", "Regular") }, { id: "large", ...both("곱빼기", "Large", { en: ["large"] }) }] },
    { id: "holds", ...both("빼기", "Hold"), select: "many", choices: [{ id: "no-cucumber", ...both("오이 빼기", "No cucumber", { ko: ["오이 빼고"], en: ["no cucumber"] }) }, { id: "no-vinegar", ...both("식초 빼기", "No vinegar", { ko: ["식초 빼고"], en: ["no vinegar"] }) }] },
    { id: "noodle-extra", ...both("면 추가", "Extra noodles", { ko: ["사리 추가"], en: ["extra noodles"] }), select: "count", default: 0, min: 0, max: 2, unitPrice: 2000 },
    { id: "meat-extra", ...both("고기 추가", "Extra meat", { ko: ["고기 더"], en: ["extra meat"] }), select: "count", default: 0, min: 0, max: 2, unitPrice: 3000 },
  ],
  items: [
    { id: "milmyeon", category: "main", ...both("물밀면", "Cold wheat noodles", { en: ["milmyeon"] }), price: 9000, optionGroups: ["size", "holds", "noodle-extra", "meat-extra"] },
    { id: "pho", category: "main", ...both("차돌 쌀국수", "Brisket pho", { ko: ["차돌쌀국수"], en: ["pho"] }), price: 11000, optionGroups: ["holds", "noodle-extra", "meat-extra"] },
  ],
});

phenomenonTable("Korean: a refusal taken back by the thing said again after 아니다, a comma between", noodles, [
  { name: "곱빼기 물밀면 하나, 오이 빼고 식초도 빼고, 아니다 식초는 넣어 주세요", turns: ["곱빼기 물밀면 하나, 오이 빼고 식초도 빼고, 아니다 식초는 넣어 주세요"], lines: [{ item: "milmyeon", qty: 1, options: { size: "large", holds: ["no-cucumber"] } }], confident: true },
  { name: "물밀면 하나 식초 빼고 아니다 식초는 넣어 주세요", turns: ["물밀면 하나 식초 빼고 아니다 식초는 넣어 주세요"], lines: [{ item: "milmyeon", qty: 1 }], confident: true },
  // (guard: the refusal said again after 아니다 stays.)
  { name: "물밀면 하나 식초 빼고, 아니다 식초 빼고 오이도 빼 주세요", turns: ["물밀면 하나 식초 빼고, 아니다 식초 빼고 오이도 빼 주세요"], lines: [{ item: "milmyeon", qty: 1, options: { holds: ["no-cucumber", "no-vinegar"] } }] },
]);

phenomenonTable("Korean: '면 추가' said with 도, where 면 alone is also an ending", noodles, [
  { name: "차돌 쌀국수 하나 고기 추가 두 번 해 주시고 면도 추가요", turns: ["차돌 쌀국수 하나 고기 추가 두 번 해 주시고 면도 추가요"], lines: [{ item: "pho", qty: 1, options: { "meat-extra": 2, "noodle-extra": 1 } }], confident: true },
  { name: "물밀면 하나 면도 추가해 주세요", turns: ["물밀면 하나 면도 추가해 주세요"], lines: [{ item: "milmyeon", qty: 1, options: { "noodle-extra": 1 } }], confident: true },
  // (guard: another add-on said so is read by its own name.)
  { name: "차돌 쌀국수 하나 면 추가 해 주시고 고기도 추가요", turns: ["차돌 쌀국수 하나 면 추가 해 주시고 고기도 추가요"], lines: [{ item: "pho", qty: 1, options: { "meat-extra": 1, "noodle-extra": 1 } }], confident: true },
]);

notAloneTable("Korean: a word of adding after a request, with nothing named for it: a guess", noodles, [
  { name: "차돌 쌀국수 하나 고기 추가 두 번 해 주시고 면은 추가요", turns: ["차돌 쌀국수 하나 고기 추가 두 번 해 주시고 면은 추가요"] },
  { name: "차돌 쌀국수 하나 고기 추가해 주시고 면까지 추가요", turns: ["차돌 쌀국수 하나 고기 추가해 주시고 면까지 추가요"] },
]);

const bowls = menuFrom({
  version: 1,
  store: { id: "blind-r81-bowls", name: { ko: "덮밥", en: "Rice bowls" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "rice", ...both("덮밥", "Rice bowls") }],
  optionGroups: [
    { id: "hold", ...both("빼기", "Hold"), select: "many", choices: [{ id: "no-onion", ...both("양파 빼기", "No onion", { ko: ["양파 빼고"], en: ["no onion"] }) }, { id: "no-egg", ...both("계란 빼기", "No egg", { ko: ["계란 빼고"], en: ["no egg"] }) }] },
    { id: "extra-rice", ...both("공기밥 추가", "Extra rice", { en: ["extra rice"] }), select: "count", default: 0, min: 0, max: 2, unitPrice: 1000 },
  ],
  items: [
    { id: "bulgogi", category: "rice", ...both("불고기 덮밥", "Bulgogi bowl", { ko: ["불고기덮밥", "불고기 덮밥 하나"], en: ["bulgogi bowl"] }), price: 12500, optionGroups: ["hold", "extra-rice"] },
    { id: "jeyuk", category: "rice", ...both("제육 덮밥", "Spicy pork bowl", { ko: ["제육덮밥"], en: ["spicy pork bowl"] }), price: 11500, optionGroups: ["hold", "extra-rice"] },
  ],
});

phenomenonTable("Korean: an option closed by 요 after an item is that item's; a name that ends on its count", bowls, [
  { name: "불고기 덮밥 하나 양파 빼고요 제육덮밥 하나 공기밥 추가요", turns: ["불고기 덮밥 하나 양파 빼고요 제육덮밥 하나 공기밥 추가요"], lines: [{ item: "bulgogi", qty: 1, options: { hold: ["no-onion"] } }, { item: "jeyuk", qty: 1, options: { "extra-rice": 1 } }], confident: true },
  { name: "불고기 덮밥 두 개 양파 빼고요 제육덮밥 하나", turns: ["불고기 덮밥 두 개 양파 빼고요 제육덮밥 하나"], lines: [{ item: "bulgogi", qty: 2, options: { hold: ["no-onion"] } }, { item: "jeyuk", qty: 1 }], confident: true },
  { name: "제육 덮밥 양파 빼고요 불고기 덮밥 두 개", turns: ["제육 덮밥 양파 빼고요 불고기 덮밥 두 개"], lines: [{ item: "jeyuk", qty: 1, options: { hold: ["no-onion"] } }, { item: "bulgogi", qty: 2 }] },
  // (guards: said before the first item with no count, the next item's; the name with its count said whole.)
  { name: "불고기 덮밥 양파 빼고 제육덮밥 하나", turns: ["불고기 덮밥 양파 빼고 제육덮밥 하나"], lines: [{ item: "bulgogi", qty: 1 }, { item: "jeyuk", qty: 1, options: { hold: ["no-onion"] } }] },
  { name: "불고기 덮밥 하나요", turns: ["불고기 덮밥 하나요"], lines: [{ item: "bulgogi", qty: 1 }], confident: true },
]);

/** The read-back doubts of `text` said to an empty cart, had the turn left `after`. */
function doubtsOf(menu: MenuModel, text: string, after: readonly LineSpec[]): string[] {
  return notAsSaid(turnLeft(menu, text, [], after));
}

describe("read back (blind rounds 76-81): the cart against the words, whatever step made it", () => {
  it.each<{ name: string; menu: MenuModel; text: string; after: LineSpec[]; doubt: boolean }>([
    // "X는 넣어 주세요" keeps X: a removal of it on the line is a guess.
    { name: "식초 빼고 아니다 식초는 넣어 주세요, no vinegar kept", menu: noodles, text: "물밀면 하나 식초 빼고 아니다 식초는 넣어 주세요", after: [{ item: "milmyeon", qty: 1, options: { holds: ["no-vinegar"] } }], doubt: true },
    { name: "식초 빼고 아니다 식초는 넣어 주세요, as said", menu: noodles, text: "물밀면 하나 식초 빼고 아니다 식초는 넣어 주세요", after: [{ item: "milmyeon", qty: 1 }], doubt: false },
    // An option closed by 요 after one item, on the next item's line.
    { name: "불고기 덮밥 두 개 양파 빼고요 제육덮밥 하나, onions off the pork", menu: bowls, text: "불고기 덮밥 두 개 양파 빼고요 제육덮밥 하나", after: [{ item: "bulgogi", qty: 2 }, { item: "jeyuk", qty: 1, options: { hold: ["no-onion"] } }], doubt: true },
    { name: "불고기 덮밥 두 개 양파 빼고요 제육덮밥 하나, as said", menu: bowls, text: "불고기 덮밥 두 개 양파 빼고요 제육덮밥 하나", after: [{ item: "bulgogi", qty: 2, options: { hold: ["no-onion"] } }, { item: "jeyuk", qty: 1 }], doubt: false },
    // (guard: with no 요, either reading is no doubt of this check's.)
    { name: "불고기 덮밥 두 개 양파 빼고 제육덮밥 하나, the pork's", menu: bowls, text: "불고기 덮밥 두 개. 양파 빼고 제육덮밥 하나", after: [{ item: "bulgogi", qty: 2 }, { item: "jeyuk", qty: 1, options: { hold: ["no-onion"] } }], doubt: false },
  ])("$name", ({ menu, text, after, doubt }) => {
    expect(doubtsOf(menu, text, after).length > 0).toBe(doubt);
  });
});
