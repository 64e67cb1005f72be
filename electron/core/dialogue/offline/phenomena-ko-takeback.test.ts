// Korean ways of taking back or pointing at an option (held-out rounds 5–6): what cannot be
// eaten is not wanted ("매운 건 못 먹어서요"), "X 추가, 아 그거 말고 Y로" takes X back, and a
// choice said with 에는 that one of two lines has picks that line ("특 하나 보통 하나 근데
// 특에는 다대기 많이요").
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const shop = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-takeback", name: { ko: "분식국밥" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "main", ...ko("메인") }],
    optionGroups: [
      { id: "spice", ...ko("맵기"), select: "one", default: "normal", choices: [{ id: "mild", ...ko("순한맛") }, { id: "normal", ...ko("보통맛") }, { id: "hot", ...ko("매운맛", ["매운"]) }] },
      { id: "sari", ...ko("사리 추가"), select: "many", choices: [{ id: "ramen", ...ko("라면사리"), price: 1000 }, { id: "jjol", ...ko("쫄면사리"), price: 1000 }] },
      { id: "size", ...ko("크기"), select: "one", default: "regular", choices: [{ id: "regular", ...ko("보통") }, { id: "special", ...ko("특"), price: 2000 }] },
      { id: "paste", ...ko("다대기"), select: "one", default: "normal", choices: [{ id: "normal", ...ko("다대기 보통") }, { id: "more", ...ko("다대기 많이") }] },
    ],
    items: [
      { id: "tteokbokki", category: "main", ...ko("떡볶이"), price: 4000, optionGroups: ["spice", "sari"] },
      { id: "gukbap", category: "main", ...ko("돼지국밥"), price: 9000, optionGroups: ["size", "paste"] },
    ],
  });

phenomenonTable("Korean: taking back and pointing at options", shop(), [
  { name: "매운 건 못 먹어서요 ... 순한맛", turns: ["매운 건 못 먹어서요 떡볶이 순한맛 1인분이요"], lines: [{ item: "tteokbokki", qty: 1, options: { spice: "mild" } }], confident: true },
  { name: "매운 건 못 먹어요 with nothing else said", turns: ["떡볶이 하나요 매운 건 못 먹어요"], lines: [{ item: "tteokbokki", qty: 1 }] },
  { name: "라면사리 추가, 아 그거 말고 쫄면사리로요", turns: ["떡볶이 1인분에 라면사리 추가, 아 그거 말고 쫄면사리로요"], lines: [{ item: "tteokbokki", qty: 1, options: { sari: ["jjol"] } }] },
  { name: "라면사리 추가, 쫄면사리도요 (both kept)", turns: ["떡볶이 1인분에 라면사리 추가, 쫄면사리도요"], lines: [{ item: "tteokbokki", qty: 1, options: { sari: ["ramen", "jjol"] } }] },
  { name: "특 하나 보통 하나 근데 특에는 다대기 많이요", turns: ["돼지국밥 특 하나 보통 하나 근데 특에는 다대기 많이요"], lines: [{ item: "gukbap", qty: 1, options: { size: "special", paste: "more" } }, { item: "gukbap", qty: 1 }], confident: true },
  { name: "보통에는 다대기 많이요 picks the other", turns: ["돼지국밥 특 하나 보통 하나 보통에는 다대기 많이요"], lines: [{ item: "gukbap", qty: 1, options: { size: "special" } }, { item: "gukbap", qty: 1, options: { paste: "more" } }] },
]);
