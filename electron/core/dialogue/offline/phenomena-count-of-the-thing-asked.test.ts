// "whats in the revuelta" → "ok give me two of those and a bean and cheese to go": the count
// said "of those" before anything else is named is of the thing just asked about; the thing
// named after it is an order of its own (offers.ts). It used to go to the bean and cheese.
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string) => ({ name: { ko, en } });
const shop = menuFrom({
  version: 1,
  store: { id: "asked-then-counted", name: { ko: "푸푸사", en: "Pupuseria" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "pupusas", ...both("푸푸사", "Pupusas") }],
  optionGroups: [],
  items: [
    { id: "revuelta", category: "pupusas", ...both("레부엘타", "Revuelta pupusa"), price: 325, description: { en: "Pork, beans and cheese.", ko: "돼지고기, 콩, 치즈." }, aliases: { en: ["revuelta"] } },
    { id: "bean-cheese", category: "pupusas", ...both("콩 치즈", "Bean and cheese pupusa"), price: 300, aliases: { en: ["bean and cheese"] } },
  ],
});

phenomenonTable("a count of the thing just asked about, then another thing", shop, [
  { name: "two of those and a bean and cheese", turns: ["whats in the revuelta", "ok give me two of those and a bean and cheese"], lines: [{ item: "revuelta", qty: 2 }, { item: "bean-cheese", qty: 1 }] },
  // (Guards: the count said of a thing named first is that thing's.)
  { name: "a bean and cheese and two of those", turns: ["whats in the revuelta", "ok two bean and cheese"], lines: [{ item: "bean-cheese", qty: 2 }] },
  { name: "two of those", turns: ["whats in the revuelta", "two of those please"], lines: [{ item: "revuelta", qty: 2 }] },
]);
