// Korean words around an order that order nothing, on a small menu written for these rows:
// - "아 갈비탕에 밥 나오는구나 공기밥은 빼 주세요": a thing found out (-구나/-군요) is a remark;
//   the rice it names is not ordered, and the refusal after it takes the rice line off (the
//   unknown word keeps the turn a guess) (clause-bounds.ts, parse.ts);
// - "아 그냥 됐어요 안 시킬게요" a turn after an order: "I won't order it", the line taken back
//   at best, a guess ("nothing more" is the other reading; "그거면 됐어요", "아니요 됐어요" stay
//   "that's all", alone, as before); "더 안 시킬게요" is "no more", alone (wont-order.ts).
// (English "oh it comes with rice" and "never mind, I won't get it" are other words, not read here.)
import { ko, menuFrom, type PhenomenonRow, phenomenonTable } from "./test-helpers.ts";

const raw = {
  version: 1,
  store: { id: "remarks-wont-order", name: { ko: "테스트 갈비집" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "main", ...ko("식사") }, { id: "side", ...ko("사이드") }],
  optionGroups: [{ id: "size", ...ko("크기"), select: "one", default: "s", choices: [{ id: "s", ...ko("소", ["소자"]) }, { id: "l", ...ko("대", ["대자"]), price: 5000 }] }],
  items: [
    { id: "soup", category: "main", ...ko("갈비탕"), description: { ko: "공기밥 포함." }, price: 13000 },
    { id: "fry", category: "side", ...ko("새우 튀김", ["새우튀김"]), price: 10000, optionGroups: ["size"] },
    { id: "rice", category: "side", ...ko("공기밥", ["밥"]), price: 1000 },
  ],
};
const menu = menuFrom(raw);

const rows: PhenomenonRow[] = [
  {
    name: "아 갈비탕에 밥 나오는구나 공기밥은 빼 주세요: the rice line goes, nothing added",
    turns: ["갈비탕 하나 공기밥 하나요", "아 갈비탕에 밥 나오는구나 공기밥은 빼 주세요"],
    lines: [{ item: "soup", qty: 1 }],
    confident: false,
  },
  { name: "아 그냥 됐어요 안 시킬게요: the fry taken back, a guess", turns: ["새우 튀김 소자 하나 주세요", "아 그냥 됐어요 안 시킬게요"], lines: [], confident: false },
  { name: "그냥 안 먹을게요 takes back only the last line", turns: ["갈비탕 하나요", "새우 튀김 하나 주세요", "아 그냥 안 먹을게요"], lines: [{ item: "soup", qty: 1 }], confident: false },
  { name: "더 안 시킬게요 is no more, not one more", turns: ["새우 튀김 소자 하나 주세요", "더 안 시킬게요"], lines: [{ item: "fry", qty: 1, options: { size: "s" } }], confident: true },
];
phenomenonTable("Korean remarks and orders taken back", menu, rows);
