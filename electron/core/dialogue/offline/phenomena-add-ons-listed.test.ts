// "a channa roti with extra potato and pumpkin": "extra" said once for a list of add-ons; the
// next word of the list is the item's own add-on ("Add pumpkin"), not the pumpkin side the menu
// also sells (add-ons-listed.ts). Said with its own article, "and a pumpkin", it is an order.
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string) => ({ name: { ko, en } });
const shop = menuFrom({
  version: 1,
  store: { id: "add-ons-listed", name: { ko: "로티집", en: "Roti Shop" }, currency: "USD", languages: ["ko", "en"] },
  categories: [{ id: "roti", ...both("로티", "Roti") }, { id: "sides", ...both("사이드", "Sides") }],
  optionGroups: [
    {
      id: "extras", ...both("추가", "Add-ons"), select: "many",
      choices: [
        { id: "add-potato", ...both("감자 추가", "Extra potato"), price: 100 },
        { id: "add-pumpkin", ...both("호박 추가", "Add pumpkin"), price: 150 },
        { id: "add-egg", ...both("계란 추가", "Add egg"), price: 100 },
      ],
    },
  ],
  items: [
    { id: "roti", category: "roti", ...both("채나 로티", "Channa Roti"), price: 1000, optionGroups: ["extras"] },
    { id: "pumpkin", category: "sides", ...both("호박 반찬", "Pumpkin Talkari"), aliases: { ko: ["호박"], en: ["pumpkin"] }, price: 400 },
    { id: "egg", category: "sides", ...both("삶은 계란", "Boiled Egg"), aliases: { ko: ["계란"], en: ["egg"] }, price: 200 },
  ],
});

const roti = (extras: string[]) => ({ item: "roti", qty: 1, options: { extras } });

phenomenonTable("a list of add-ons after the word that adds, one of them also sold alone", shop, [
  { name: "a channa roti with extra potato and pumpkin", turns: ["a channa roti with extra potato and pumpkin"], lines: [roti(["add-potato", "add-pumpkin"])], confident: true },
  { name: "a channa roti with extra potato, egg and pumpkin", turns: ["a channa roti with extra potato, egg and pumpkin"], lines: [roti(["add-potato", "add-egg", "add-pumpkin"])], confident: true },
]);

// (Guard: with its own article it is an order of its own.)
phenomenonTable("an add-on, then a side with its own article", shop, [
  { name: "a channa roti with extra potato and a pumpkin", turns: ["a channa roti with extra potato and a pumpkin"], lines: [roti(["add-potato"]), { item: "pumpkin", qty: 1 }] },
]);

phenomenonTable("a list of add-ons before the word that adds, one of them also sold alone (Korean)", shop, [
  { name: "채나 로티 하나 호박이랑 감자 추가요", turns: ["채나 로티 하나 호박이랑 감자 추가요"], lines: [roti(["add-potato", "add-pumpkin"])] },
  { name: "채나 로티 하나 감자 추가랑 호박도 넣어 주세요", turns: ["채나 로티 하나 감자 추가랑 호박도 넣어 주세요"], lines: [roti(["add-potato", "add-pumpkin"])] },
]);

// Read back (add-on-said-as-item.ts): a side made from words that, without the word that adds,
// name an add-on of the line before it, which that line does not hold, is a guess.
notAloneTable("a side made from the words of an add-on of the line before it", shop, [
  { name: "a channa roti with extra potato, and pumpkin", turns: ["a channa roti with extra potato, and pumpkin"] },
  { name: "채나 로티 하나 감자 추가, 그리고 호박이요", turns: ["채나 로티 하나 감자 추가, 그리고 호박이요"] },
]);
