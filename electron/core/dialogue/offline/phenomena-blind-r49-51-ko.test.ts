// Korean first-run wrong answers alone of blind rounds 49–51, by the way of talking each
// was an example of. "소면 하나 추가해 주세요" where the item takes the one-of choice 소면 and
// the counted "소면 추가": the word, its count and the adding word spell the count's name
// (held-out r49c-010).
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const coldSoup = menuFrom({
  version: 1,
  store: { id: "ko-blind-mulhoe", name: { ko: "물횟집" }, currency: "KRW", languages: ["ko"] },
  categories: [{ id: "soup", ...ko("물회") }, { id: "side", ...ko("사이드") }],
  optionGroups: [
    { id: "carb", ...ko("밥 / 소면"), select: "one", choices: [{ id: "rice", ...ko("밥", ["밥으로"]) }, { id: "noodle", ...ko("소면", ["소면으로", "면"]) }] },
    { id: "noodle-extra", ...ko("소면 추가", ["면 추가", "사리 추가"]), select: "count", min: 0, max: 3, default: 0, unitPrice: 1000 },
  ],
  items: [
    { id: "mulhoe", category: "soup", ...ko("모둠 물회", ["물회"]), price: 16000, optionGroups: ["carb", "noodle-extra"] },
    { id: "rice", category: "side", ...ko("공기밥"), price: 1000 },
  ],
});

phenomenonTable("Korean: a choice's word, a count and 추가 spell the counted add-on", coldSoup, [
  { name: "물회 하나 밥으로요 → 소면 하나 추가해 주세요", turns: ["물회 하나 밥으로요", "소면 하나 추가해 주세요"], lines: [{ item: "mulhoe", qty: 1, options: { carb: "rice", "noodle-extra": 1 } }] },
  { name: "물회 밥으로 하나 소면 두 개 추가요", turns: ["물회 밥으로 하나 소면 두 개 추가요"], lines: [{ item: "mulhoe", qty: 1, options: { carb: "rice", "noodle-extra": 2 } }] },
  { name: "물회 하나 소면으로요 (the choice, as before)", turns: ["물회 하나 소면으로요"], lines: [{ item: "mulhoe", qty: 1, options: { carb: "noodle" } }], confident: true },
]);
