// Korean: a menu may call a group of choices by a word that is also one of the language's
// counters ("그릇" for the bowl a bibimbap comes in). "비빔밥 두 그릇이요" used to read 그릇 as
// that group, so the two counted nothing: one bowl, or the turn handed off. Right after a
// number the word is the counter (counter-nouns.ts: groupNamesCounting); said elsewhere
// ("그릇은 돌솥으로") it still names the group. (English counts are not said with a noun of
// the menu after them in this way, so the shape has no English form.)
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const shop = () =>
  menuFrom({
    version: 1,
    store: { id: "ko-counter-group", name: { ko: "비빔밥집" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "rice", ...ko("밥") }],
    optionGroups: [
      { id: "bowl", ...ko("그릇"), select: "one", default: "regular", choices: [{ id: "regular", ...ko("일반") }, { id: "stone", ...ko("돌솥", ["돌솥으로"]), price: 2000 }] },
      { id: "topping", ...ko("토핑"), select: "many", choices: [{ id: "egg", ...ko("계란 추가", ["계란"]) }] },
    ],
    items: [{ id: "bibimbap", category: "rice", ...ko("비빔밥"), price: 9000, optionGroups: ["bowl", "topping"] }],
  });

phenomenonTable("Korean: a counter after a number, where a group of choices is called by it", shop(), [
  { name: "비빔밥 두 그릇이요", turns: ["비빔밥 두 그릇이요"], lines: [{ item: "bibimbap", qty: 2 }], confident: true },
  { name: "비빔밥 세 그릇 주세요", turns: ["비빔밥 세 그릇 주세요"], lines: [{ item: "bibimbap", qty: 3 }], confident: true },
  { name: "비빔밥 두 그릇이요 그 중에 하나만 계란 추가해 주세요", turns: ["비빔밥 두 그릇이요 그 중에 하나만 계란 추가해 주세요"], lines: [{ item: "bibimbap", qty: 1 }, { item: "bibimbap", qty: 1, options: { topping: ["egg"] } }], confident: true },
  { name: "비빔밥 하나 그릇은 돌솥으로 (the group's name, still)", turns: ["비빔밥 하나 그릇은 돌솥으로"], lines: [{ item: "bibimbap", qty: 1, options: { bowl: "stone" } }], confident: true },
]);
