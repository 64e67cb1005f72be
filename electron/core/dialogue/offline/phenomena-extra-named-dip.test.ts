// "pretzel bites with extra cheese dip" (probe schnitzel-093): the bites come with one dip
// (beer cheese, also "cheese dip") and have a counted "Extra dip" with names of its own
// ("extra dip", "more dip"). The choice said after "extra" ends in a word of the count's
// names: it is that count's "extra dip" with the dip named inside, one more cup of it, not
// "extra" swallowed by the dip the line already has (extra-of-choice.ts). "extra cheese",
// which ends in no word of the count's names, may be more cheese and is left as it was.
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, enAliases: string[] = [], koAliases: string[] = []) => ({ name: { en: e, ko: k }, aliases: { en: enAliases, ko: koAliases } });

const haus = menuFrom({
  version: 1,
  store: { id: "named-extra-dip", name: { en: "Test Haus", ko: "테스트 하우스" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "food", name: { en: "Food", ko: "음식" } }],
  optionGroups: [
    {
      id: "pretzel-dip",
      ...both("Dip", "딥"),
      select: "one",
      default: "beer-cheese",
      choices: [
        { id: "beer-cheese", ...both("Beer cheese", "비어 치즈", ["cheese dip", "beer cheese dip"], ["치즈 딥"]) },
        { id: "mustard", ...both("Sweet mustard", "머스터드", ["mustard", "mustard dip"], ["머스터드 딥"]) },
      ],
    },
    { id: "extra-dip", ...both("Extra dip", "딥 추가", ["extra dip", "extra dips", "more dip"], ["딥 추가"]), select: "count", min: 0, max: 3, default: 0 },
    {
      id: "wing-sauce",
      ...both("Sauce", "소스"),
      select: "one",
      default: "ranch",
      choices: [{ id: "ranch", ...both("Ranch", "랜치", ["ranch sauce"], ["랜치 소스"]) }, { id: "bbq", ...both("BBQ", "바베큐", ["bbq sauce"], ["바베큐 소스"]) }],
    },
    { id: "extra-sauce", ...both("Extra sauce", "소스 추가", ["extra sauce", "more sauce"], ["소스 추가"]), select: "count", min: 0, max: 3, default: 0 },
  ],
  items: [
    { id: "pretzel-bites", category: "food", ...both("Pretzel bites", "프레첼 바이트", ["pretzel bite", "pretzels"], ["프레첼"]), price: 695, optionGroups: ["pretzel-dip", "extra-dip"] },
    { id: "wings", category: "food", ...both("Wings", "윙", ["chicken wings"], ["치킨 윙"]), price: 995, optionGroups: ["wing-sauce", "extra-sauce"] },
  ],
});

phenomenonTable("English: extra and a dip whose name ends in the counted extra's word", haus, [
  { name: "pretzel bites with extra cheese dip", turns: ["pretzel bites with extra cheese dip"], lines: [{ item: "pretzel-bites", qty: 1, options: { "pretzel-dip": "beer-cheese", "extra-dip": 1 } }], confident: true },
  { name: "two orders, extra beer cheese dip", turns: ["two pretzel bites with extra beer cheese dip please"], lines: [{ item: "pretzel-bites", qty: 2, options: { "pretzel-dip": "beer-cheese", "extra-dip": 1 } }], confident: true },
  { name: "wings with extra ranch sauce", turns: ["chicken wings with extra ranch sauce"], lines: [{ item: "wings", qty: 1, options: { "wing-sauce": "ranch", "extra-sauce": 1 } }], confident: true },
  { name: "extra mustard dip, another dip: a guess", turns: ["pretzel bites with extra mustard dip"], lines: [{ item: "pretzel-bites", qty: 1, options: { "pretzel-dip": "mustard", "extra-dip": 1 } }], confident: false },
]);

phenomenonTable("Korean: the dip named, then 추가", haus, [
  { name: "프레첼 치즈 딥 추가", turns: ["프레첼 바이트 치즈 딥 추가해 주세요"], lines: [{ item: "pretzel-bites", qty: 1, options: { "pretzel-dip": "beer-cheese", "extra-dip": 1 } }], confident: true },
  { name: "치킨 윙 랜치 소스 추가", turns: ["치킨 윙 하나 랜치 소스 추가요"], lines: [{ item: "wings", qty: 1, options: { "wing-sauce": "ranch", "extra-sauce": 1 } }], confident: true },
]);
