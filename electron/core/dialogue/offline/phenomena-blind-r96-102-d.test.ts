// Korean misses of blind rounds 96–102 and their shapes, on a small menu of this test's own:
// - "아까 스팸마요 그거 취소하고 참치마요로 주세요" (r97a-012): 그거 right after a name points at
//   it again; the cancel is said of that name (name-then-that.ts; the cancelled-kept check too);
// - "차돌박이 300그램" of a "(150g)" item, "배추김치 1키로" of a count "(100g 단위)" (r96d-002,
//   r101e-002): weights said of an item (weights-said.ts);
// - "1+ 2인분 … 1++로 바꿔 주세요" (r96d-014): a plus after a number is the word's (normalize.ts);
// - "멸치볶음 두 개요 아 그냥 하나만 할게요" (r101e-017): 그냥 after 아 before a count with 만 is
//   "just", not another item's plain choice; the count is taken back (never-mind.ts, count-corrections.ts);
// - "천원어치 코인 주세요" (r99c-005): 어치 after an amount, so much's worth, as 짜리 (language.ts);
// - "밥은 조금만 주세요" (r97a-017): a topic word the group's name or choices start with heads
//   that group (topic-heads-its-choices.ts);
// - "두 명이요" of a pass whose rooms say how many they hold, "상차림 두 명" of a "(1인)" item
//   (r99c-001, r96d-001): people said of an item (people-said.ts).
import { describe, expect, it } from "vitest";
import { cancelledKept } from "./cancelled-kept.ts";
import { menuFrom, notAloneTable, phenomenonTable, turnLeft } from "./test-helpers.ts";

const both = (ko: string, en: string) => ({ name: { ko, en } });
const shop = menuFrom({
  version: 1,
  store: { id: "blind-r96-102-d", name: { ko: "고기와 덮밥", en: "Grill and Rice Bowls" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "grill", ...both("구이", "Grill") }, { id: "bowls", ...both("덮밥", "Bowls") }, { id: "deli", ...both("반찬", "Deli") }, { id: "rooms", ...both("방", "Rooms") }],
  optionGroups: [
    { id: "grade", ...both("등급", "Grade"), select: "one", choices: [{ id: "p1", ...both("1+ 등급", "Grade 1+"), aliases: { ko: ["1+"] } }, { id: "p2", ...both("1++ 등급", "Grade 1++"), price: 5000, aliases: { ko: ["1++"] } }] },
    { id: "per100", ...both("무게 (100g 단위)", "Weight (per 100 g)"), select: "count", min: 3, max: 30, default: 5, unitPrice: 1000 },
    { id: "squid-kind", ...both("오징어 종류", "Squid kind"), select: "one", default: "plain", choices: [{ id: "plain", ...both("기본", "Plain"), aliases: { ko: ["그냥"] } }, { id: "spicy", ...both("매운 오징어", "Spicy") }] },
    { id: "coin-amount", ...both("코인 금액", "Coin amount"), select: "one", choices: [{ id: "c1", ...both("1,000원", "1,000 won"), aliases: { ko: ["천원"] } }, { id: "c5", ...both("5,000원", "5,000 won"), aliases: { ko: ["오천원"] } }] },
    { id: "rice-amount", ...both("밥 양", "Rice"), select: "one", default: "normal", choices: [{ id: "normal", ...both("보통", "Normal") }, { id: "less", ...both("밥 적게", "Less rice"), aliases: { ko: ["밥 조금"] } }, { id: "more", ...both("밥 많이", "More rice") }] },
    { id: "room", ...both("방", "Room"), select: "one", choices: [{ id: "small", ...both("1~2인실", "1-2 people"), aliases: { ko: ["작은 방"] } }, { id: "mid", ...both("3~4인실", "3-4 people"), price: 2000 }, { id: "big", ...both("단체방 (5인 이상)", "Group room (5+)"), price: 5000 }] },
  ],
  items: [
    { id: "brisket", category: "grill", ...both("차돌박이 (150g)", "Brisket (150 g)"), aliases: { ko: ["차돌박이", "차돌"], en: ["brisket"] }, price: 20000 },
    { id: "sirloin", category: "grill", ...both("등심 (150g)", "Sirloin (150 g)"), aliases: { ko: ["등심"], en: ["sirloin"] }, price: 30000, optionGroups: ["grade"] },
    { id: "table", category: "grill", ...both("상차림 (1인)", "Table setting (per person)"), aliases: { ko: ["상차림"] }, price: 3000 },
    { id: "bulgogi-bowl", category: "bowls", ...both("불고기 덮밥", "Bulgogi bowl"), aliases: { ko: ["불고기"] }, price: 7000, optionGroups: ["rice-amount"] },
    { id: "jeyuk-bowl", category: "bowls", ...both("제육 덮밥", "Spicy pork bowl"), aliases: { ko: ["제육"] }, price: 7000 },
    { id: "squid-bowl", category: "bowls", ...both("오징어 덮밥", "Squid bowl"), aliases: { ko: ["오징어"] }, price: 8000, optionGroups: ["squid-kind"] },
    { id: "kimchi", category: "deli", ...both("배추김치", "Kimchi"), aliases: { ko: ["김치"], en: ["kimchi"] }, price: 0, optionGroups: ["per100"] },
    { id: "radish", category: "deli", ...both("깍두기", "Radish kimchi"), price: 0, optionGroups: ["per100"] },
    { id: "coins", category: "rooms", ...both("노래 코인", "Song coins"), aliases: { ko: ["코인"] }, price: 0, optionGroups: ["coin-amount"] },
    { id: "hour", category: "rooms", ...both("1시간 이용권", "One hour"), aliases: { ko: ["1시간", "한 시간"] }, price: 10000, optionGroups: ["room"] },
  ],
});

phenomenonTable("a name pointed at again with 그거 before the cancel", shop, [
  { name: "… → 아까 제육 덮밥 그거 취소하고 오징어 덮밥으로 주세요", turns: ["불고기 덮밥 하나랑 제육 덮밥 하나요", "아까 제육 덮밥 그거 취소하고 오징어 덮밥으로 주세요"], lines: [{ item: "bulgogi-bowl", qty: 1 }, { item: "squid-bowl", qty: 1 }] },
  { name: "… → 제육 그거 빼 주세요", turns: ["불고기 덮밥 하나랑 제육 덮밥 하나요", "제육 그거 빼 주세요"], lines: [{ item: "bulgogi-bowl", qty: 1 }], confident: true },
  // (Guard: said without 그거, as before.)
  { name: "… → 제육 덮밥 취소하고 오징어 덮밥으로 주세요", turns: ["불고기 덮밥 하나랑 제육 덮밥 하나요", "제육 덮밥 취소하고 오징어 덮밥으로 주세요"], lines: [{ item: "bulgogi-bowl", qty: 1 }, { item: "squid-bowl", qty: 1 }] },
]);

describe("the cancelled-kept read-back check hears a name pointed at with 그거", () => {
  it("제육 덮밥 그거 취소해 주세요, the 제육 still there: a doubt", () => {
    const d = turnLeft(shop, "제육 덮밥 그거 취소해 주세요", [{ item: "bulgogi-bowl", qty: 1 }, { item: "jeyuk-bowl", qty: 1 }], [{ item: "bulgogi-bowl", qty: 1 }, { item: "jeyuk-bowl", qty: 2 }]);
    expect(cancelledKept(d).length).toBeGreaterThan(0);
  });
  it("제육 덮밥 그거 취소해 주세요, the 제육 gone: no doubt", () => {
    const d = turnLeft(shop, "제육 덮밥 그거 취소해 주세요", [{ item: "bulgogi-bowl", qty: 1 }, { item: "jeyuk-bowl", qty: 1 }], [{ item: "bulgogi-bowl", qty: 1 }]);
    expect(cancelledKept(d)).toEqual([]);
  });
});

phenomenonTable("a weight said of an item whose name says its weight, or of a count by 100 g", shop, [
  { name: "차돌 300그램 주세요", turns: ["차돌 300그램 주세요"], lines: [{ item: "brisket", qty: 2 }], confident: true },
  { name: "등심 1+로 450그램이요", turns: ["등심 1+로 450그램이요"], lines: [{ item: "sirloin", qty: 3, options: { grade: "p1" } }] },
  { name: "300 grams of brisket", turns: ["300 grams of brisket"], lines: [{ item: "brisket", qty: 2 }] },
  { name: "김치 1키로 주세요", turns: ["김치 1키로 주세요"], lines: [{ item: "kimchi", qty: 1, options: { per100: 10 } }], confident: true },
  { name: "김치 700그램이랑 깍두기 500그램이요", turns: ["김치 700그램이랑 깍두기 500그램이요"], lines: [{ item: "kimchi", qty: 1, options: { per100: 7 } }, { item: "radish", qty: 1, options: { per100: 5 } }] },
  { name: "김치 1키로 깍두기 600그램이요", turns: ["김치 1키로 깍두기 600그램이요"], lines: [{ item: "kimchi", qty: 1, options: { per100: 10 } }, { item: "radish", qty: 1, options: { per100: 6 } }] },
  { name: "김치 1키로요 → 아 2키로로 해 주세요", turns: ["김치 1키로요", "아 2키로로 해 주세요"], lines: [{ item: "kimchi", qty: 1, options: { per100: 20 } }] },
]);

notAloneTable("a weight that is no whole number of the item's weight or unit", shop, [
  { name: "차돌 200그램 주세요", turns: ["차돌 200그램 주세요"] },
  { name: "김치 250그램 주세요", turns: ["김치 250그램 주세요"] },
]);

phenomenonTable("a plus sign after a number is the word's own", shop, [
  { name: "등심 1+ 2인분, 아 잠깐만요 1++로 바꿔 주세요", turns: ["등심 1+ 2인분, 아 잠깐만요 1++로 바꿔 주세요"], lines: [{ item: "sirloin", qty: 2, options: { grade: "p2" } }] },
  { name: "등심 1++ 1인분이요", turns: ["등심 1++ 1인분이요"], lines: [{ item: "sirloin", qty: 1, options: { grade: "p2" } }], confident: true },
  { name: "등심 1+ 1인분이요", turns: ["등심 1+ 1인분이요"], lines: [{ item: "sirloin", qty: 1, options: { grade: "p1" } }], confident: true },
]);

phenomenonTable("people said of an item whose rooms say how many they hold, or that is for one", shop, [
  { name: "1시간 이용권 하나요 → 두 명이요", turns: ["1시간 이용권 하나요", "두 명이요"], lines: [{ item: "hour", qty: 1, options: { room: "small" } }] },
  { name: "1시간이요 저희 네 명이에요", turns: ["1시간이요 저희 네 명이에요"], lines: [{ item: "hour", qty: 1, options: { room: "mid" } }] },
  { name: "한 시간 여섯 명이요", turns: ["한 시간 여섯 명이요"], lines: [{ item: "hour", qty: 1, options: { room: "big" } }] },
  { name: "등심 2인분이랑 상차림 세 명이요", turns: ["등심 1+ 2인분이랑 상차림 세 명이요"], lines: [{ item: "sirloin", qty: 2, options: { grade: "p1" } }, { item: "table", qty: 3 }] },
]);

phenomenonTable("people said of nothing that takes them: the number counts nothing, as before", shop, [
  { name: "저희 세 명인데요 불고기 덮밥 하나 제육 덮밥 하나요", turns: ["저희 세 명인데요 불고기 덮밥 하나 제육 덮밥 하나요"], lines: [{ item: "bulgogi-bowl", qty: 1 }, { item: "jeyuk-bowl", qty: 1 }] },
]);

notAloneTable("people said of an item that says nothing of people", shop, [{ name: "불고기 덮밥 하나 두 명이서 먹을 거예요", turns: ["불고기 덮밥 하나 두 명이서 먹을 거예요"] }]);

phenomenonTable("a count taken back by 아 그냥 where 그냥 is also another item's choice", shop, [
  { name: "불고기 덮밥 두 개요 아 그냥 하나만 할게요", turns: ["불고기 덮밥 두 개요 아 그냥 하나만 할게요"], lines: [{ item: "bulgogi-bowl", qty: 1 }] },
  // (Guards: with 아 alone, as before; 그냥 said of the item that takes it, its choice.)
  { name: "불고기 덮밥 두 개요 아 하나만 할게요", turns: ["불고기 덮밥 두 개요 아 하나만 할게요"], lines: [{ item: "bulgogi-bowl", qty: 1 }], confident: true },
  { name: "오징어 덮밥 그냥 하나요", turns: ["오징어 덮밥 그냥 하나요"], lines: [{ item: "squid-bowl", qty: 1, options: { "squid-kind": "plain" } }] },
]);

phenomenonTable("an amount said with 어치, so much's worth", shop, [
  { name: "천원어치 코인 주세요", turns: ["천원어치 코인 주세요"], lines: [{ item: "coins", qty: 1, options: { "coin-amount": "c1" } }], confident: true },
  { name: "코인 오천원어치요", turns: ["코인 오천원어치요"], lines: [{ item: "coins", qty: 1, options: { "coin-amount": "c5" } }] },
]);

phenomenonTable("a topic word that a group's name and choices start with heads the group", shop, [
  { name: "불고기 덮밥 하나 밥은 조금만 주세요", turns: ["불고기 덮밥 하나 밥은 조금만 주세요"], lines: [{ item: "bulgogi-bowl", qty: 1, options: { "rice-amount": "less" } }] },
  { name: "불고기 덮밥 하나요 → 밥은 많이 주세요", turns: ["불고기 덮밥 하나요", "밥은 많이 주세요"], lines: [{ item: "bulgogi-bowl", qty: 1, options: { "rice-amount": "more" } }] },
  // (Guard: the choice's own name, as before.)
  { name: "불고기 덮밥 하나 밥 적게요", turns: ["불고기 덮밥 하나 밥 적게요"], lines: [{ item: "bulgogi-bowl", qty: 1, options: { "rice-amount": "less" } }] },
]);
