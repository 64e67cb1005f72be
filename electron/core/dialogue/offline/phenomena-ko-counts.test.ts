// Korean counts and adds said around other words (held-out rounds 5–7): a count said again
// at once after 아/아니 ("콜라 세 캔 아 두 캔만"), the group talked about before the count of
// a part ("두 판이요 엣지는 하나만 치즈크러스트로"), an adverb of how generously before a
// count ("넉넉히 세 개"), and an add word that belongs to the thing before it, not to the
// group after it ("소면 넣어서 파는 빼 주세요").
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const shop = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-counts", name: { ko: "가게" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "main", ...ko("메인") }, { id: "drink", ...ko("음료") }, { id: "extra", ...ko("소스") }],
    optionGroups: [
      { id: "edge", ...ko("엣지"), select: "one", default: "basic", choices: [{ id: "basic", ...ko("기본 엣지") }, { id: "cheese", ...ko("치즈크러스트"), price: 3000 }] },
      { id: "scallion", ...ko("파"), select: "one", default: "normal", choices: [{ id: "normal", ...ko("파 보통") }, { id: "extra", ...ko("파 많이", ["파 추가"]), price: 500 }, { id: "none", ...ko("파 빼기", ["파 빼고"]) }] },
      { id: "sari", ...ko("사리 추가"), select: "many", choices: [{ id: "somyeon", ...ko("소면사리", ["소면"]), price: 1000 }] },
    ],
    items: [
      { id: "pizza", category: "main", ...ko("콤비네이션 피자", ["콤비"]), price: 18000, optionGroups: ["edge"] },
      { id: "gukbap", category: "main", ...ko("콩나물국밥"), price: 7000, optionGroups: ["scallion", "sari"] },
      { id: "cola", category: "drink", ...ko("콜라"), price: 2000 },
      { id: "cider", category: "drink", ...ko("사이다"), price: 2000 },
      { id: "hot-sauce", category: "extra", ...ko("핫소스"), price: 0 },
    ],
  });

phenomenonTable("Korean: counts and adds around other words", shop(), [
  { name: "콜라 세 캔 아 두 캔만", turns: ["콜라 세 캔 아 두 캔만 주세요 그리고 사이다 하나"], lines: [{ item: "cola", qty: 2 }, { item: "cider", qty: 1 }], confident: true },
  { name: "콜라 두 개 아니 세 개요", turns: ["콜라 두 개 아니 세 개요"], lines: [{ item: "cola", qty: 3 }] },
  { name: "콜라 두 개 사이다 한 개: two counts of two things stay", turns: ["콜라 두 개 사이다 한 개요"], lines: [{ item: "cola", qty: 2 }, { item: "cider", qty: 1 }], confident: true },
  { name: "엣지는 하나만 치즈크러스트로", turns: ["콤비 두 판이요 엣지는 하나만 치즈크러스트로 해주세요"], lines: [{ item: "pizza", qty: 1 }, { item: "pizza", qty: 1, options: { edge: "cheese" } }] },
  { name: "엣지는 치즈크러스트로 (all of them)", turns: ["콤비 두 판이요 엣지는 치즈크러스트로 해주세요"], lines: [{ item: "pizza", qty: 2, options: { edge: "cheese" } }] },
  { name: "핫소스 좀 넉넉히 세 개", turns: ["핫소스 좀 넉넉히 세 개 주세요"], lines: [{ item: "hot-sauce", qty: 3 }], confident: true },
  { name: "소면 넣어서 파는 빼 주세요", turns: ["콩나물국밥 하나 소면 넣어서 파는 빼 주세요"], lines: [{ item: "gukbap", qty: 1, options: { scallion: "none", sari: ["somyeon"] } }] },
  { name: "파 추가해서 (the add word after the group still adds)", turns: ["콩나물국밥 하나 파 추가해서 주세요"], lines: [{ item: "gukbap", qty: 1, options: { scallion: "extra" } }] },
]);
