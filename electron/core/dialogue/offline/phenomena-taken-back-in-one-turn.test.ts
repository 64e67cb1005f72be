// "pork chop plate gravy on the side actually no gravy at all with cornbread and black eyed
// peas" (held-out r40e-012): an option said ("gravy on the side", the plate's counted extra
// gravy), then a correction word ("actually", "no wait", "I mean", "아 아니다") and a refusal
// of the thing that option named ("no gravy", the plate's removal choice). The refusal takes
// the option back: the plate has no gravy and no extra gravy, not both
// (taken-back-by-refusal.ts). Where the words between name something else too, what was
// taken back is not sure: a guess.
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (e: string, k: string, enAliases: string[] = [], koAliases: string[] = []) => ({ name: { en: e, ko: k }, aliases: { en: enAliases, ko: koAliases } });

const kitchen = menuFrom({
  version: 1,
  store: { id: "taken-back", name: { en: "Test Kitchen", ko: "테스트 키친" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "food", name: { en: "Food", ko: "음식" } }],
  optionGroups: [
    {
      id: "sides",
      ...both("Sides", "사이드", ["side", "sides"], ["사이드"]),
      select: "many",
      max: 2,
      choices: [{ id: "cornbread", ...both("Cornbread", "콘브레드", ["corn bread"]) }, { id: "peas", ...both("Black-eyed peas", "블랙아이드 피", ["black eyed peas", "peas"]) }, { id: "greens", ...both("Collard greens", "콜라드", ["greens"]) }],
    },
    { id: "extra-gravy", ...both("Extra gravy", "그레이비 추가", ["gravy", "extra gravy", "more gravy"], ["그레이비 추가", "그레이비"]), select: "count", min: 0, max: 3, default: 0 },
    {
      id: "hold",
      ...both("Hold", "빼기"),
      select: "many",
      choices: [{ id: "no-gravy", ...both("No gravy", "그레이비 빼기", ["without gravy", "hold the gravy"], ["그레이비 없이"]) }, { id: "no-onions", ...both("No onions", "양파 빼기", ["without onions"]) }],
    },
    { id: "add-ons", ...both("Add-ons", "추가"), select: "many", choices: [{ id: "bacon", ...both("Bacon", "베이컨", ["add bacon"]) }, { id: "egg", ...both("Fried egg", "계란", ["egg"]) }] },
    { id: "burger-hold", ...both("Leave off", "빼기"), select: "many", choices: [{ id: "no-bacon", ...both("No bacon", "베이컨 빼기") }, { id: "no-pickles", ...both("No pickles", "피클 빼기") }] },
  ],
  items: [
    { id: "pork-chop", category: "food", ...both("Pork Chop Plate", "포크찹 플레이트", ["pork chop", "pork chop plate"], ["포크찹"]), price: 1450, optionGroups: ["sides", "hold", "extra-gravy"] },
    { id: "burger", category: "food", ...both("Burger", "버거", ["burger"]), price: 900, optionGroups: ["add-ons", "burger-hold"] },
  ],
});

phenomenonTable("English: an option taken back by a refusal after a correction word", kitchen, [
  { name: "gravy on the side actually no gravy at all", turns: ["pork chop plate gravy on the side actually no gravy at all with cornbread and black eyed peas"], lines: [{ item: "pork-chop", qty: 1, options: { sides: ["cornbread", "peas"], hold: ["no-gravy"] } }], confident: true },
  { name: "extra gravy no wait hold the gravy", turns: ["a pork chop with extra gravy no wait hold the gravy, greens and peas"], lines: [{ item: "pork-chop", qty: 1, options: { sides: ["greens", "peas"], hold: ["no-gravy"] } }], confident: true },
  { name: "burger with bacon I mean no bacon", turns: ["a burger with bacon i mean no bacon"], lines: [{ item: "burger", qty: 1, options: { "burger-hold": ["no-bacon"] } }], confident: true },
  { name: "more gravy, sorry, without gravy", turns: ["two pork chop plates with more gravy sorry without gravy"], lines: [{ item: "pork-chop", qty: 2, options: { hold: ["no-gravy"] } }], confident: true },
]);

notAloneTable("English: the option refused was said further back, past another thing", kitchen, [
  { name: "gravy and greens, actually no gravy", turns: ["a pork chop with extra gravy and greens actually no gravy"] },
  { name: "gravy, peas and greens, no wait, hold the gravy", turns: ["a pork chop with gravy, peas and greens, no wait, hold the gravy"] },
]);

phenomenonTable("Korean: 아 아니다 and the refusal of the option just said", kitchen, [
  { name: "그레이비 추가 아 아니다 그레이비 빼기", turns: ["포크찹 플레이트 그레이비 추가 아 아니다 그레이비 빼 주세요"], lines: [{ item: "pork-chop", qty: 1, options: { hold: ["no-gravy"] } }], confident: true },
  { name: "베이컨 추가 아니 베이컨 빼기", turns: ["버거 하나 베이컨 추가 아 아니다 베이컨 빼 주세요"], lines: [{ item: "burger", qty: 1, options: { "burger-hold": ["no-bacon"] } }], confident: true },
]);
