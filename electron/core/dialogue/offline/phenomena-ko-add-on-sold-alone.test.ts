// "떡만둣국 하나 만두 두 개 추가해서요": 만두 names the steamed dumplings sold alone and the soup's
// counted "만두 추가"; counted and added in the same breath right after the soup, it is the
// soup's add-on (item-or-choice.ts). Said as a thing of its own ("만두 하나랑", "만두도 하나"),
// it is still the dumplings.
import { menuFrom, phenomenonTable } from "./test-helpers.ts";

const both = (ko: string, en: string) => ({ name: { ko, en } });
const shop = menuFrom({
  version: 1,
  store: { id: "add-on-sold-alone", name: { ko: "국밥집", en: "Soup house" }, currency: "KRW", languages: ["ko", "en"] },
  categories: [{ id: "soup", ...both("탕", "Soups") }, { id: "side", ...both("사이드", "Sides") }],
  optionGroups: [{ id: "mandu-add", ...both("만두 추가", "Extra dumplings"), select: "count", default: 0, min: 0, max: 4, unitPrice: 1000, aliases: { ko: ["만두 추가", "만두 더"] } }],
  items: [
    { id: "soup", category: "soup", ...both("떡만둣국", "Dumpling soup"), price: 10000, optionGroups: ["mandu-add"], aliases: { ko: ["만둣국"] } },
    { id: "mandu", category: "side", ...both("고기 찐만두", "Steamed dumplings"), price: 7000, aliases: { ko: ["만두", "찐만두"] } },
  ],
});

phenomenonTable("an add-on of the soup, named like the dumplings sold alone (Korean)", shop, [
  { name: "떡만둣국 하나 만두 두 개 추가해서요", turns: ["떡만둣국 하나 만두 두 개 추가해서요"], lines: [{ item: "soup", qty: 1, options: { "mandu-add": 2 } }] },
  { name: "만둣국 두 그릇 만두 하나씩 추가요", turns: ["만둣국 두 그릇 만두 하나 추가요"], lines: [{ item: "soup", qty: 2, options: { "mandu-add": 1 } }] },
  // (Guards: the dumplings ordered as a thing of their own.)
  { name: "떡만둣국 하나랑 만두 하나요", turns: ["떡만둣국 하나랑 만두 하나요"], lines: [{ item: "soup", qty: 1 }, { item: "mandu", qty: 1 }] },
  { name: "찐만두 하나 추가요 (a turn later, nothing in hand takes it by that name)", turns: ["떡만둣국 하나요", "찐만두 하나 추가요"], lines: [{ item: "soup", qty: 1 }, { item: "mandu", qty: 1 }] },
]);
