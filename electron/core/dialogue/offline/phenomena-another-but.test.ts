// "another shake but chocolate" after a vanilla shake, "and another dog but with ketchup"
// after a dog with mustard, "쉐이크 하나 더 근데 초코로": a second line made as the one
// before, with what is said in its place (another-of-the-item.ts). The seventh red team found
// the first line changed instead, answered alone (issue 9). A many-choice group said anew
// takes the place of the line's own choices — most likely, so a guess where the line had
// some; "too", "추가해서", 도 add to them. (Said with no item, "하나 더 근데 초코로" and
// "같은 걸로 하나 더 초코로" were already copies of the line in hand: only the many-choice
// group said anew is new there.)
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string, koA?: string[], enA?: string[]) => ({ name: { ko, en }, ...(koA || enA ? { aliases: { ...(koA ? { ko: koA } : {}), ...(enA ? { en: enA } : {}) } } : {}) });

const stand = () =>
  menuFrom({
    version: 1,
    store: { id: "another-but", name: { ko: "매점", en: "Stand" }, currency: "KRW", languages: ["ko", "en"] },
    categories: [{ id: "food", ...both("음식", "Food") }, { id: "bowls", ...both("볼", "Bowls") }, { id: "drinks", ...both("음료", "Drinks") }],
    optionGroups: [
      { id: "flavor", ...both("맛", "Flavor"), select: "one", default: "vanilla", choices: [{ id: "vanilla", ...both("바닐라", "Vanilla") }, { id: "chocolate", ...both("초코", "Chocolate", ["초코로", "초콜릿"]) }] },
      { id: "size", ...both("사이즈", "Size"), select: "one", default: "regular", choices: [{ id: "regular", ...both("레귤러", "Regular") }, { id: "large", ...both("라지", "Large") }] },
      { id: "style", ...both("스타일", "Style"), select: "one", default: "steamed", choices: [{ id: "steamed", ...both("스팀", "Steamed") }, { id: "toasted", ...both("구운", "Toasted", ["토스트로"]) }] },
      { id: "toppings", ...both("토핑", "Toppings"), select: "many", choices: [{ id: "mustard", ...both("머스타드", "Mustard") }, { id: "ketchup", ...both("케첩", "Ketchup") }, { id: "onions", ...both("양파", "Onions") }] },
      { id: "bowl-size", ...both("볼 사이즈", "Bowl size"), select: "one", default: "medium", choices: [{ id: "small", ...both("스몰", "Small") }, { id: "medium", ...both("미디엄", "Medium") }, { id: "big", ...both("빅", "Big", undefined, ["large"]) }] },
    ],
    items: [
      { id: "shake", category: "drinks", ...both("밀크쉐이크", "Milkshake", ["쉐이크"], ["shake"]), price: 5000, optionGroups: ["flavor", "size"] },
      { id: "dog", category: "food", ...both("핫도그", "Hot dog", undefined, ["dog"]), price: 4000, optionGroups: ["style", "toppings"] },
      { id: "coconut", category: "bowls", ...both("코코넛 볼", "Coconut bowl"), price: 9000, optionGroups: ["bowl-size"] },
      { id: "berry", category: "bowls", ...both("베리 볼", "Berry bowl"), price: 9000, optionGroups: ["bowl-size"] },
    ],
  });

const shake = (flavor: string, size = "regular") => ({ item: "shake", qty: 1, options: { flavor, size } });
const dog = (style: string, toppings: string[]) => ({ item: "dog", qty: 1, options: { style, toppings } });

// Rows whose last turn is a refusal once the cart has lines expect it handed on
// (confident: false), the cart kept: risky-shapes.ts.
phenomenonTable("another <item> but <option>: a second line made as the first (English)", stand(), [
  { name: "another shake but chocolate", turns: ["a vanilla shake", "another shake but chocolate"], lines: [shake("vanilla"), shake("chocolate")], confident: true },
  { name: "another shake but chocolate (the size carried over)", turns: ["a large vanilla shake", "and another shake but chocolate"], lines: [shake("vanilla", "large"), shake("chocolate", "large")], confident: true },
  { name: "one more shake but chocolate (the size carried over)", turns: ["a large vanilla shake", "one more shake but chocolate"], lines: [shake("vanilla", "large"), shake("chocolate", "large")], confident: true },
  // With no "but" the item is named with its own options, as an order: large too? a guess.
  { name: "another chocolate shake (large too? a guess)", turns: ["a large vanilla shake", "another chocolate shake"], lines: [shake("vanilla", "large"), shake("chocolate")], confident: false },
  { name: "another chocolate shake after a plain vanilla one", turns: ["a vanilla shake", "another chocolate shake"], lines: [shake("vanilla"), shake("chocolate")], confident: true },
  { name: "in one breath: a vanilla shake and another shake but chocolate", turns: ["a vanilla shake and another shake but chocolate"], lines: [shake("vanilla"), shake("chocolate")], confident: true },
  { name: "another dog but toasted (its toppings kept)", turns: ["a hot dog with mustard", "another dog but toasted"], lines: [dog("steamed", ["mustard"]), dog("toasted", ["mustard"])], confident: true },
  { name: "another dog but with ketchup, none before", turns: ["a toasted hot dog", "and another dog but with ketchup"], lines: [dog("toasted", []), dog("toasted", ["ketchup"])], confident: true },
  { name: "another dog but with ketchup after mustard: in its place, a guess", turns: ["a hot dog with mustard", "and another dog but with ketchup"], lines: [dog("steamed", ["mustard"]), dog("steamed", ["ketchup"])], confident: false },
  { name: "another dog but with ketchup too", turns: ["a hot dog with mustard", "and another dog but with ketchup too"], lines: [dog("steamed", ["mustard"]), dog("steamed", ["mustard", "ketchup"])], confident: true },
  { name: "another dog but no mustard", turns: ["a toasted hot dog with mustard and onions", "another dog but no mustard"], lines: [dog("toasted", ["mustard", "onions"]), dog("toasted", ["onions"])], confident: false },
  { name: "another dog with ketchup (no but: as said; toasted, mustard too? a guess)", turns: ["a toasted hot dog with mustard", "another dog with ketchup"], lines: [dog("toasted", ["mustard"]), dog("steamed", ["ketchup"])], confident: false },
  { name: "another dog with ketchup too (no but: a copy)", turns: ["a toasted hot dog with mustard", "another dog with ketchup too"], lines: [dog("toasted", ["mustard"]), dog("toasted", ["mustard", "ketchup"])], confident: true },
  { name: "another bowl but big (the kind's word)", turns: ["a small coconut bowl", "and another bowl but big"], lines: [{ item: "coconut", qty: 1, options: { "bowl-size": "small" } }, { item: "coconut", qty: 1, options: { "bowl-size": "big" } }], confident: true },
  { name: "one more bowl but big (the kind's word)", turns: ["a small coconut bowl", "one more bowl but big"], lines: [{ item: "coconut", qty: 1, options: { "bowl-size": "small" } }, { item: "coconut", qty: 1, options: { "bowl-size": "big" } }] },
]);

phenomenonTable("하나 더 with a change: a second line made as the first (Korean)", stand(), [
  { name: "쉐이크 하나 더 근데 초코로요 (the size carried over)", turns: ["바닐라 쉐이크 라지로 하나", "쉐이크 하나 더 근데 초코로요"], lines: [shake("vanilla", "large"), shake("chocolate", "large")], confident: true },
  { name: "하나 더 근데 케첩으로 after mustard: in its place, a guess", turns: ["핫도그 머스타드 토스트로 하나", "하나 더 근데 케첩으로"], lines: [dog("toasted", ["mustard"]), dog("toasted", ["ketchup"])], confident: false },
  { name: "핫도그 하나 더 근데 케첩으로 after mustard: in its place, a guess", turns: ["핫도그 머스타드 토스트로 하나", "핫도그 하나 더 근데 케첩으로"], lines: [dog("toasted", ["mustard"]), dog("toasted", ["ketchup"])], confident: false },
  { name: "핫도그 하나 더 케첩 추가해서", turns: ["핫도그 머스타드 토스트로 하나", "핫도그 하나 더 케첩 추가해서"], lines: [dog("toasted", ["mustard"]), dog("toasted", ["mustard", "ketchup"])], confident: true },
]);
