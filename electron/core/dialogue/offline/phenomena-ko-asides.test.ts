// Korean asides around an order (held-out round 6–7): "X는 다음에 (먹고)" puts X off (elsewhere
// 다음에 is "then"), "오늘은" says when, and "X 있어요? 없으면 Y 주세요" orders Y when X is not
// on the menu.
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const bakery = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-asides", name: { ko: "빵집" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "bread", ...ko("빵") }, { id: "sandwich", ...ko("샌드위치") }],
    optionGroups: [],
    items: [
      { id: "soboro", category: "bread", ...ko("소보로빵", ["소보로"]), price: 2000 },
      { id: "croissant", category: "bread", ...ko("크루아상"), price: 3500 },
      { id: "ham", category: "sandwich", ...ko("햄치즈 샌드위치"), price: 6000 },
      { id: "egg", category: "sandwich", ...ko("에그마요 샌드위치"), price: 6000 },
    ],
  });

phenomenonTable("Korean: asides around an order", bakery(), [
  { name: "샌드위치는 다음에 먹고 오늘은 소보로 두 개만", turns: ["샌드위치는 다음에 먹고 오늘은 소보로 두 개만 주세요"], lines: [{ item: "soboro", qty: 2 }], confident: true },
  { name: "크루아상은 다음에 할게요 after ordering one", turns: ["크루아상 하나 소보로 하나요", "크루아상은 다음에 할게요"], lines: [{ item: "soboro", qty: 1 }] },
  { name: "다음에 as 'then' still orders", turns: ["소보로 하나 주시고 다음에 크루아상 하나요"], lines: [{ item: "soboro", qty: 1 }, { item: "croissant", qty: 1 }], confident: true },
  { name: "X 있어요? 없으면 Y 주세요", turns: ["바게트 있어요 없으면 크루아상 하나 주세요"], lines: [{ item: "croissant", qty: 1 }] },
]);
