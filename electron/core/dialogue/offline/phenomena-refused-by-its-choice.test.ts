// Refusals that name a line by its choice rather than its item, where reading the word as an
// item would order the refused thing or keep it:
// - "간장은 취소할게요" with a 로제 and a 간장 찜닭: the 간장 one goes (취소 of a choice that picks
//   out some of the lines; "얼음은 빼" stays no ice);
// - "수프 말고 샐러드 세트로" after a 수프 세트, where 수프 is also the soup sold alone: the set is
//   changed (choice-word-refused.ts), not a soup ordered in the omurice's place;
// - "… a scoop of ice cream and caramel actually no caramel just the ice cream", the scoop also
//   sold alone: one scoop on the pie, no caramel, not an ice cream instead of the pie.
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string) => ({ name: { ko, en } });
const shop = menuFrom({
  version: 1,
  store: { id: "refused-choice", name: { ko: "식당", en: "Diner" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "main", ...both("식사", "Mains") }, { id: "side", ...both("사이드", "Sides") }],
  optionGroups: [
    { id: "flavor", ...both("맛", "Flavor"), select: "one", choices: [{ id: "soy", ...both("간장", "soy") }, { id: "rose", ...both("로제", "rose") }] },
    { id: "combo", ...both("세트", "Set"), select: "one", default: "none", choices: [{ id: "none", ...both("단품", "no set") }, { id: "soup-set", ...both("수프 세트", "soup set") }, { id: "salad-set", ...both("샐러드 세트", "salad set") }] },
    { id: "ice", ...both("얼음", "Ice"), select: "one", default: "regular", choices: [{ id: "regular", ...both("얼음 보통", "regular ice") }, { id: "none", ...both("얼음 빼기", "no ice") }] },
    { id: "scoops", ...both("아이스크림 추가", "ice cream"), select: "count", default: 0, min: 0, max: 3, unitPrice: 1000, aliases: { en: ["scoop", "scoop of ice cream", "ice cream", "a la mode"] } },
    { id: "topping", ...both("토핑", "Toppings"), select: "many", choices: [{ id: "caramel", ...both("카라멜", "caramel"), price: 500 }, { id: "nuts", ...both("견과", "nuts"), price: 500 }] },
  ],
  items: [
    { id: "jjimdak", category: "main", ...both("찜닭", "Braised chicken"), price: 20000, optionGroups: ["flavor"] },
    { id: "omurice", category: "main", ...both("오므라이스", "Omurice"), price: 9000, optionGroups: ["combo"] },
    { id: "soup", category: "side", ...both("콘수프", "Corn soup"), price: 3000, aliases: { ko: ["수프"], en: ["soup", "corn soup"] } },
    { id: "tea", category: "side", ...both("아이스티", "Iced tea"), price: 3000, optionGroups: ["ice"] },
    { id: "pie", category: "main", ...both("파이", "Pie"), price: 5000, optionGroups: ["scoops", "topping"], aliases: { en: ["pie", "slice of pie"] } },
    { id: "scoop", category: "side", ...both("아이스크림", "Scoop of ice cream"), price: 2000, aliases: { en: ["ice cream", "scoop of ice cream"] } },
  ],
});

phenomenonTable("a line refused by its choice goes; the refused word is not ordered", shop, [
  { name: "간장은 취소할게요 (로제 and 간장 ordered)", turns: ["로제 찜닭 하나 간장 찜닭 하나요", "간장은 취소할게요"], lines: [{ item: "jjimdak", qty: 1, options: { flavor: "rose" } }] },
  { name: "수프 말고 샐러드 세트로 변경할게요", turns: ["오므라이스 수프 세트 하나", "수프 말고 샐러드 세트로 변경할게요"], lines: [{ item: "omurice", qty: 1, options: { combo: "salad-set" } }] },
  { name: "the salad set instead of the soup", turns: ["an omurice soup set", "the salad set instead of the soup"], lines: [{ item: "omurice", qty: 1, options: { combo: "salad-set" } }] },
  { name: "… caramel actually no caramel just the ice cream", turns: ["a pie with a scoop of ice cream and caramel actually no caramel just the ice cream"], lines: [{ item: "pie", qty: 1, options: { scoops: 1, topping: [] } }] },
]);

// (Guards: these read as before.)
phenomenonTable("the soup or the option itself, where that is what was said", shop, [
  { name: "얼음은 빼 주세요 is no ice", turns: ["아이스티 두 잔이요", "얼음은 빼 주세요"], lines: [{ item: "tea", qty: 2, options: { ice: "none" } }] },
  { name: "a pie and just an ice cream", turns: ["a pie and an ice cream"], lines: [{ item: "pie", qty: 1 }, { item: "scoop", qty: 1 }] },
]);

// (A soup sold alone in the cart too: the set or the soup line? Never answered alone.)
notAloneTable("a refused word that names a line and another line's choice", shop, [
  { name: "수프 말고 샐러드 세트로 with a soup ordered too", turns: ["오므라이스 수프 세트 하나 콘수프 하나요", "수프 말고 샐러드 세트로 변경할게요"] },
]);

// "no wait no ice cream azuki instead" a turn after ice cream was put at the bottom, the ice
// cream also sold alone (not in the cart): the line's choice is refused (item-or-choice.ts).
const bowl = menuFrom({
  version: 1,
  store: { id: "refused-bottom", name: { ko: "빙수", en: "Shave ice" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "ice", ...both("빙수", "Shave ice") }],
  optionGroups: [{ id: "bottom", ...both("바닥", "At the bottom"), select: "many", max: 2, choices: [{ id: "ice-cream", ...both("아이스크림", "ice cream"), price: 500 }, { id: "azuki", ...both("팥", "azuki"), price: 500 }] }],
  items: [
    { id: "shave-ice", category: "ice", ...both("빙수", "Shave ice"), price: 6000, optionGroups: ["bottom"] },
    { id: "cup", category: "ice", ...both("아이스크림", "Ice cream"), price: 3000, aliases: { ko: ["아이스크림 컵"], en: ["ice cream cup"] } },
  ],
});

phenomenonTable("a choice the line holds, refused, where an item is so named too", bowl, [
  { name: "no wait no ice cream azuki instead", turns: ["a shave ice with ice cream on the bottom", "no wait no ice cream azuki instead"], lines: [{ item: "shave-ice", qty: 1, options: { bottom: ["azuki"] } }] },
  { name: "아이스크림 빼고 팥으로 해 주세요", turns: ["빙수 아이스크림 추가해서 하나요", "아이스크림 빼고 팥으로 해 주세요"], lines: [{ item: "shave-ice", qty: 1, options: { bottom: ["azuki"] } }] },
  { name: "(guard) and an ice cream", turns: ["a shave ice with azuki", "and an ice cream"], lines: [{ item: "shave-ice", qty: 1, options: { bottom: ["azuki"] } }, { item: "cup", qty: 1 }] },
]);

// "세트 말고 그냥 단품으로" where the set is an item of its own, named "연어솥밥 세트" and "장어솥밥
// 세트" with its main choice: of a set with salmon, its 단품 is 연어솥밥 (upgrades.ts), not the set
// taken off with nothing in its place, nor a choice of two.
const pot = menuFrom({
  version: 1,
  store: { id: "refused-set", name: { ko: "솥밥", en: "Pot rice" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "rice", ...both("솥밥", "Pot rice") }, { id: "set", ...both("세트", "Sets") }],
  optionGroups: [{ id: "set-main", ...both("솥밥 선택", "Main"), select: "one", choices: [{ id: "salmon", ...both("연어솥밥", "salmon") }, { id: "eel", ...both("장어솥밥", "eel") }] }],
  items: [
    { id: "salmon", category: "rice", ...both("연어솥밥", "Salmon pot rice"), price: 16000 },
    { id: "eel", category: "rice", ...both("장어솥밥", "Eel pot rice"), price: 19000 },
    {
      id: "set", category: "set", ...both("솥밥 세트", "Pot rice set"), price: 17000, optionGroups: ["set-main"],
      aliases: { ko: ["세트", { text: "연어솥밥 세트", options: { "set-main": "salmon" } }, { text: "장어솥밥 세트", options: { "set-main": "eel" } }] },
    },
  ],
});

phenomenonTable("the set said 단품 instead: the pot rice it was made with", pot, [
  { name: "세트 말고 그냥 단품으로 주세요", turns: ["장어솥밥 세트 하나요", "세트 말고 그냥 단품으로 주세요"], lines: [{ item: "eel", qty: 1 }] },
  { name: "아 세트 말고 그냥 연어솥밥 단품으로 주세요", turns: ["연어솥밥 세트 하나요", "아 세트 말고 그냥 연어솥밥 단품으로 주세요"], lines: [{ item: "salmon", qty: 1 }] },
]);
