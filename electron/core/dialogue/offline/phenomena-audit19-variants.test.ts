// Red team of last session's read-back checks (audit19): variants of each original case, in
// other words, word order, a turn later or the other language, that came out answered alone
// and wrong. Each is now a guess (the check reads the cart change and the words) or read right:
// - "two ramen noodles, actually make that three" / "… sorry three": "sorry" and "make that" take
//   a count back as "no" does; the dish made three is read back (count-taken-back-on-its-thing.ts);
// - "면도 더 주세요", "면도 넣어 주세요": a whole word right after a request or a comma and before a
//   word that adds, read as nothing (added-nothing-named.ts);
// - "초코칩 쿠키 두 개 주시고 하나는 피스타치오 쿠키로 바꿔 주세요" (and in English): the part changed
//   in the turn that ordered the thing, which still ends at its count (changed-as-counted.ts);
// - "텐더 세트 하나 랜치소스로 주세요": the group's word said in one word with its choice is the
//   choice's kind word too, no extra sauce (group-word-after-its-choice.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string, aliases?: { ko?: string[]; en?: string[] }) => ({ name: { ko, en }, ...(aliases ? { aliases } : {}) });

const tteok = menuFrom({
  version: 1,
  store: { id: "audit19-tteok", name: { ko: "즉떡", en: "Tteokbokki" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "main", ...both("메인", "Mains") }],
  optionGroups: [
    { id: "serving", ...both("인분", "Servings"), select: "one", default: "two", choices: [{ id: "two", ...both("2인분", "For two") }, { id: "three", ...both("3인분", "For three") }] },
    { id: "ramen", ...both("라면사리", "Ramen noodles", { ko: ["라면 사리"], en: ["ramen noodles"] }), select: "count", default: 0, min: 0, max: 5, unitPrice: 1000 },
    { id: "cheese", ...both("치즈사리", "Cheese", { ko: ["치즈 사리"], en: ["cheese"] }), select: "count", default: 0, min: 0, max: 5, unitPrice: 1500 },
  ],
  items: [{ id: "tteok", category: "main", ...both("즉석떡볶이", "Instant tteokbokki", { ko: ["즉떡"], en: ["tteokbokki"] }), price: 15000, optionGroups: ["serving", "ramen", "cheese"] }],
});

notAloneTable("an add-on's count taken back by 'sorry' or 'actually make that': the dish made as many is a guess", tteok, [
  { name: "tteokbokki for three with two ramen noodles, actually make that three", turns: ["tteokbokki for three with two ramen noodles, actually make that three"] },
  { name: "tteokbokki for three with two ramen noodles sorry three", turns: ["tteokbokki for three with two ramen noodles sorry three"] },
]);
phenomenonTable("guards: an add-on's count taken back with 아니, and two add-ons counted", tteok, [
  { name: "즉떡 3인분에 라면사리 세 개 아니 네 개요", turns: ["즉떡 3인분에 라면사리 세 개 아니 네 개요"], lines: [{ item: "tteok", qty: 1, options: { serving: "three", ramen: 4 } }], confident: true },
  { name: "tteokbokki for three with two ramen noodles and three cheese", turns: ["tteokbokki for three with two ramen noodles and three cheese"], lines: [{ item: "tteok", qty: 1, options: { serving: "three", ramen: 2, cheese: 3 } }], confident: true },
]);

const noodles = menuFrom({
  version: 1,
  store: { id: "audit19-noodles", name: { ko: "쌀국수", en: "Pho" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "main", ...both("식사", "Meals") }],
  optionGroups: [
    { id: "noodle-extra", ...both("면 추가", "Extra noodles", { ko: ["사리 추가"], en: ["extra noodles"] }), select: "count", default: 0, min: 0, max: 2, unitPrice: 2000 },
    { id: "meat-extra", ...both("고기 추가", "Extra meat", { ko: ["고기 더"], en: ["extra meat"] }), select: "count", default: 0, min: 0, max: 2, unitPrice: 3000 },
  ],
  items: [{ id: "pho", category: "main", ...both("차돌 쌀국수", "Brisket pho", { ko: ["차돌쌀국수"], en: ["pho"] }), price: 11000, optionGroups: ["noodle-extra", "meat-extra"] }],
});

notAloneTable("a word before a word that adds, read as nothing: a guess", noodles, [
  { name: "차돌 쌀국수 하나 고기 추가 두 번 해 주시고 면도 더 주세요", turns: ["차돌 쌀국수 하나 고기 추가 두 번 해 주시고 면도 더 주세요"] },
  { name: "차돌 쌀국수 하나 고기 추가 두 번이요, 면도 넣어 주세요", turns: ["차돌 쌀국수 하나 고기 추가 두 번이요, 면도 넣어 주세요"] },
]);
phenomenonTable("guards: add-ons named by their own words", noodles, [
  { name: "차돌 쌀국수 하나 면 추가 해 주시고 고기도 추가요", turns: ["차돌 쌀국수 하나 면 추가 해 주시고 고기도 추가요"], lines: [{ item: "pho", qty: 1, options: { "meat-extra": 1, "noodle-extra": 1 } }], confident: true },
  { name: "차돌 쌀국수 하나 고기 추가 해 주시고 좀 더 주세요", turns: ["차돌 쌀국수 하나 고기 추가 해 주시고 좀 더 주세요"], lines: [{ item: "pho", qty: 1, options: { "meat-extra": 1 } }] },
]);

const bakery = menuFrom({
  version: 1,
  store: { id: "audit19-bakery", name: { ko: "베이커리", en: "Bakery" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "bakes", ...both("구움과자", "Bakes") }],
  optionGroups: [],
  items: [
    { id: "cookie-choco", category: "bakes", ...both("초코칩 쿠키", "Chocolate Chip Cookie", { ko: ["초코 쿠키"], en: ["chocolate chip cookie", "choc chip cookie"] }), price: 3500 },
    { id: "cookie-pista", category: "bakes", ...both("피스타치오 쿠키", "Pistachio Cookie", { en: ["pistachio cookie"] }), price: 4000 },
  ],
});

notAloneTable("a part changed into another item in the turn that ordered it, the thing still at its count: a guess", bakery, [
  { name: "초코칩 쿠키 두 개 주시고 하나는 피스타치오 쿠키로 바꿔 주세요", turns: ["초코칩 쿠키 두 개 주시고 하나는 피스타치오 쿠키로 바꿔 주세요"] },
  { name: "two chocolate chip cookies, and change one of them to a pistachio cookie", turns: ["two chocolate chip cookies, and change one of them to a pistachio cookie"] },
]);
phenomenonTable("guards: a part of the cookies in hand changed, by 중에 or by the item's name", bakery, [
  { name: "초코칩 쿠키 두 개요 → 쿠키 중에 하나를 피스타치오 쿠키로 바꿔 주세요", turns: ["초코칩 쿠키 두 개요", "쿠키 중에 하나를 피스타치오 쿠키로 바꿔 주세요"], lines: [{ item: "cookie-choco", qty: 1 }, { item: "cookie-pista", qty: 1 }], confident: true },
  { name: "two chocolate chip cookies → change one chocolate chip cookie to a pistachio cookie", turns: ["two chocolate chip cookies please", "change one chocolate chip cookie to a pistachio cookie"], lines: [{ item: "cookie-choco", qty: 1 }, { item: "cookie-pista", qty: 1 }], confident: true },
]);

const tenders = menuFrom({
  version: 1,
  store: { id: "audit19-tenders", name: { ko: "텐더", en: "Tenders" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "food", ...both("음식", "Food") }],
  optionGroups: [
    { id: "tender-sauce", ...both("소스 선택", "Sauce"), select: "one", choices: [{ id: "bbq", ...both("바베큐", "BBQ", { ko: ["바비큐"], en: ["barbecue"] }) }, { id: "ranch", ...both("랜치", "Ranch") }] },
    { id: "extra-sauce", ...both("소스 추가", "Extra sauce", { ko: ["소스 더"], en: ["more sauce"] }), select: "count", min: 0, max: 3, default: 0, unitPrice: 500 },
    { id: "set-drink", ...both("세트 음료", "Set drink"), select: "one", default: "coke", choices: [{ id: "coke", ...both("콜라", "Coke") }, { id: "draft", ...both("생맥주", "Draft beer"), price: 2000 }] },
  ],
  items: [
    { id: "tender-set", category: "food", ...both("텐더 세트", "Tender combo", { en: ["tender set"] }), price: 9000, optionGroups: ["tender-sauce", "extra-sauce", "set-drink"] },
    { id: "tenders", category: "food", ...both("치킨 텐더", "Chicken tenders", { ko: ["텐더"], en: ["tenders"] }), price: 6000, optionGroups: ["tender-sauce", "extra-sauce"] },
  ],
});

phenomenonTable("a group's word said in one word with its choice ('랜치소스로') is the choice's kind word", tenders, [
  { name: "텐더 세트 하나 랜치소스로 주세요", turns: ["텐더 세트 하나 랜치소스로 주세요"], lines: [{ item: "tender-set", qty: 1, options: { "tender-sauce": "ranch" } }], confident: true },
  { name: "텐더 세트 하나 바베큐소스에 음료는 생맥주로 바꿔 주세요", turns: ["텐더 세트 하나 바베큐소스에 음료는 생맥주로 바꿔 주세요"], lines: [{ item: "tender-set", qty: 1, options: { "tender-sauce": "bbq", "set-drink": "draft" } }], confident: true },
  { name: "치킨 텐더 하나 바베큐소스요", turns: ["치킨 텐더 하나 바베큐소스요"], lines: [{ item: "tenders", qty: 1, options: { "tender-sauce": "bbq" } }], confident: true },
  // (guards: the counted extra said as its own word, with its adding word.)
  { name: "텐더 세트 하나 랜치로 소스추가 하나요", turns: ["텐더 세트 하나 랜치로 소스추가 하나요"], lines: [{ item: "tender-set", qty: 1, options: { "tender-sauce": "ranch", "extra-sauce": 1 } }] },
  { name: "텐더 세트 하나 랜치 소스 하나 더 주세요", turns: ["텐더 세트 하나 랜치 소스 하나 더 주세요"], lines: [{ item: "tender-set", qty: 1, options: { "tender-sauce": "ranch", "extra-sauce": 1 } }] },
]);
