// Red team ko5 (dakgalbi): "볶음밥 두 개 치즈 넣어서요" — an add-in said to go into the item
// just named, where the menu sells an item named exactly the add-in plus that item
// (치즈 + 볶음밥 = 치즈볶음밥), names that item (add-in-names-item.ts). English "fried rice with
// cheese" has no add-in verb to read and goes to the model.
import { ko, menuFrom, phenomenonTable } from "./test-helpers.ts";

const rice = () =>
  menuFrom({
    version: 1,
    store: { id: "add-in-names", name: { ko: "철판" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "main", ...ko("메인") }, { id: "add", ...ko("사리") }, { id: "rice", ...ko("밥") }],
    optionGroups: [],
    items: [
      { id: "stew", category: "main", ...ko("찌개"), price: 8000 },
      { id: "cheese", category: "add", ...ko("치즈사리", ["치즈", "치즈추가"]), price: 2000 },
      { id: "egg", category: "add", ...ko("계란"), price: 1000 },
      { id: "rice", category: "rice", ...ko("볶음밥"), price: 3000 },
      { id: "cheese-rice", category: "rice", ...ko("치즈볶음밥"), price: 4000 },
    ],
  });

phenomenonTable("an add-in put into an item, where the menu sells the two as one item", rice(), [
  { name: "볶음밥 두 개 치즈 넣어서요", turns: ["볶음밥 두 개 치즈 넣어서요"], lines: [{ item: "cheese-rice", qty: 2 }], confident: true },
  { name: "볶음밥에 치즈 올려서 하나요 (the count after)", turns: ["볶음밥에 치즈 올려서 하나요"], lines: [{ item: "cheese-rice", qty: 1 }], confident: true },
  { name: "볶음밥 치즈 추가해서 두 개요 (the adding word in the add-in's alias)", turns: ["볶음밥 치즈 추가해서 두 개요"], lines: [{ item: "cheese-rice", qty: 2 }], confident: true },
  { name: "찌개 하나랑 볶음밥 하나 치즈 넣어서요", turns: ["찌개 하나랑 볶음밥 하나 치즈 넣어서요"], lines: [{ item: "stew", qty: 1 }, { item: "cheese-rice", qty: 1 }], confident: true },
]);
