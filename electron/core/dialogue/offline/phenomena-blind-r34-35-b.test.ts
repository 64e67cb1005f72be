// English shapes of the blind rounds 34-35 (the dosa, pupusa and jerk stores) the engine
// handed to the model or read wrongly, in both languages where the shape exists in both:
// - "four idli" where the menu sells "Idli (1 pc)" beside "Idli Plate (3 pcs)": one piece an
//   order, the name without its bracket is the item's whole name (name-forms.ts). Two or
//   more pieces an order stays a guess ("six dumplings" of "Dumplings (2 pc)").
// - "a curry plate with roti and two extra paratha" where the plate takes the bread Paratha
//   or Roti and the count "Extra paratha": the count's own name said whole is the count, not
//   a second bread (mods.ts, options.ts, accounting.ts, word-order.ts).
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (en: string, ko: string, aliases?: { en?: string[]; ko?: string[] }) => ({ name: { en, ko }, ...(aliases ? { aliases } : {}) });

const shop = () =>
  menuFrom({
    version: 1,
    store: { id: "r34-35-b", name: { en: "Tiffin House", ko: "티핀 하우스" }, currency: "USD", languages: ["en", "ko"] },
    categories: [{ id: "snacks", ...both("Snacks", "간식") }, { id: "meals", ...both("Meals", "식사") }],
    optionGroups: [
      { id: "bread", ...both("Bread", "빵"), select: "one", default: "paratha", choices: [{ id: "paratha", ...both("Paratha", "파라타") }, { id: "roti", ...both("Roti", "로티") }] },
      { id: "extra-paratha", ...both("Extra paratha", "파라타 추가"), select: "count", default: 0, min: 0, max: 4, unitPrice: 150 },
      { id: "spice", ...both("Spice", "맵기"), select: "one", default: "medium", choices: [{ id: "mild", ...both("Mild", "순한 맛") }, { id: "medium", ...both("Medium", "보통") }] },
    ],
    items: [
      { id: "bao", category: "snacks", ...both("Bao (1 pc)", "바오 (1개)"), price: 250 },
      { id: "bao-basket", category: "snacks", ...both("Bao Basket (4 pcs)", "바오 바스켓 (4개)", { en: ["bao basket"] }), price: 900 },
      { id: "bao-combo", category: "snacks", ...both("Bao Samosa Combo", "바오 사모사 콤보"), price: 700 },
      { id: "samosa", category: "snacks", ...both("Samosa (1 pc)", "사모사 (1개)"), price: 200 },
      { id: "dumplings", category: "snacks", ...both("Dumplings (2 pc)", "만두 (2개)"), price: 500 },
      { id: "curry-plate", category: "meals", ...both("Curry Plate", "커리 플레이트"), price: 1400, optionGroups: ["bread", "extra-paratha", "spice"] },
    ],
  });

const plate = (o: Record<string, unknown> = {}) => ({ item: "curry-plate", qty: 1, options: { bread: "paratha", "extra-paratha": 0, spice: "medium", ...o } });

phenomenonTable("an item sold by the single piece, said without its '(1 pc)'", shop(), [
  { name: "four bao", turns: ["four bao"], lines: [{ item: "bao", qty: 4 }], confident: true },
  { name: "two bao baskets and one samosa", turns: ["two bao baskets and one samosa"], lines: [{ item: "bao-basket", qty: 2 }, { item: "samosa", qty: 1 }], confident: true },
  { name: "four samosa", turns: ["four samosa"], lines: [{ item: "samosa", qty: 4 }], confident: true },
  { name: "four samosa, then make the samosa five", turns: ["four samosa", "make the samosa five"], lines: [{ item: "samosa", qty: 5 }], confident: true },
  { name: "바오 세 개랑 사모사 하나", turns: ["바오 세 개랑 사모사 하나"], lines: [{ item: "bao", qty: 3 }, { item: "samosa", qty: 1 }], confident: true },
]);
notAloneTable("two or more pieces an order: how many orders is a guess", shop(), [{ name: "six dumplings", turns: ["six dumplings"] }]);

phenomenonTable("a count named '<extra> <choice>' said whole is the count, not the choice", shop(), [
  { name: "a curry plate with roti and two extra paratha", turns: ["a curry plate with roti and two extra paratha"], lines: [plate({ bread: "roti", "extra-paratha": 2 })], confident: true },
  { name: "curry plate make it mild and one extra paratha", turns: ["curry plate make it mild and one extra paratha"], lines: [plate({ spice: "mild", "extra-paratha": 1 })], confident: true },
  { name: "커리 플레이트 로티로 파라타 추가 두 개", turns: ["커리 플레이트 로티로 파라타 추가 두 개"], lines: [plate({ bread: "roti", "extra-paratha": 2 })], confident: true },
]);
