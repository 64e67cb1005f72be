// "a sausage with fries" → "actually just fries", "a sausage combo with a cola" → "just the
// cola", "불고기 세트" → "그냥 감자튀김만요": "just" said of a part of the one line ordered that
// the menu also sells alone keeps that part alone (just-the-part.ts). The twelfth English red
// team's probes found the line kept (the choice set again, or the part added beside it),
// answered alone. "actually just a juice" after a sausage, a thing that is no part of it, is
// the order replaced by it too.
import { menuFrom, en, ko, phenomenonTable } from "./test-helpers.ts";

const stand = () =>
  menuFrom({
    version: 1,
    store: { id: "just-part", name: { en: "Stand" }, currency: "USD", languages: ["en"] },
    categories: [{ id: "mains", ...en("Mains") }, { id: "sides", ...en("Sides") }, { id: "drinks", ...en("Drinks") }],
    optionGroups: [
      { id: "side", ...en("Served with"), select: "one", choices: [{ id: "roll", ...en("Roll") }, { id: "fries", ...en("Fries") }] },
      { id: "drink", ...en("Combo drink"), select: "one", choices: [{ id: "cola", ...en("Cola") }, { id: "lemonade", ...en("Lemonade") }] },
      { id: "picks", ...en("Picks"), select: "many", choices: [{ id: "lentils", ...en("Lentils") }, { id: "greens", ...en("Greens") }, { id: "beets", ...en("Beets") }] },
    ],
    items: [
      { id: "sausage", category: "mains", ...en("Sausage"), price: 6, optionGroups: ["side"] },
      { id: "combo", category: "mains", ...en("Sausage combo"), price: 9, optionGroups: ["drink"] },
      { id: "veg", category: "mains", ...en("Veggie plate"), price: 9, optionGroups: ["picks"] },
      { id: "fries", category: "sides", ...en("Fries"), price: 3 },
      { id: "lentils", category: "sides", ...en("Lentils"), price: 4 },
      { id: "cola", category: "drinks", ...en("Cola"), price: 2 },
      { id: "juice", category: "drinks", ...en("Juice"), price: 2 },
    ],
  });

const sausage = { item: "sausage", qty: 1, options: { side: "fries" } };

phenomenonTable("just a part of the one line: that part alone (English)", stand(), [
  { name: "actually just fries after a sausage with fries", turns: ["a sausage with fries", "actually just fries"], lines: [{ item: "fries", qty: 1 }], confident: true },
  { name: "make it just fries after a sausage with fries", turns: ["a sausage with fries", "make it just fries"], lines: [{ item: "fries", qty: 1 }], confident: true },
  { name: "just the cola after a sausage combo with a cola", turns: ["a sausage combo with a cola", "just the cola"], lines: [{ item: "cola", qty: 1 }], confident: true },
  { name: "make it just lentils after a veggie plate of three", turns: ["a veggie plate with lentils greens and beets", "make it just lentils"], lines: [{ item: "lentils", qty: 1 }], confident: true },
  { name: "actually just a juice after a sausage: the order replaced", turns: ["a sausage with fries", "actually just a juice"], lines: [{ item: "juice", qty: 1 }], confident: true },
  // (Not "just": a thing added beside.)
  { name: "and a juice after a sausage: beside", turns: ["a sausage with fries", "and a juice"], lines: [sausage, { item: "juice", qty: 1 }], confident: true },
]);

const koStand = () =>
  menuFrom({
    version: 1,
    store: { id: "just-part-ko", name: { ko: "버거집" }, currency: "KRW", languages: ["ko"] },
    categories: [{ id: "sets", ...ko("세트") }, { id: "sides", ...ko("사이드") }, { id: "drinks", ...ko("음료") }],
    optionGroups: [
      { id: "set-side", ...ko("사이드"), select: "one", choices: [{ id: "fries", ...ko("감자튀김") }, { id: "salad", ...ko("샐러드") }] },
      { id: "set-drink", ...ko("음료"), select: "one", choices: [{ id: "cola", ...ko("콜라") }, { id: "cider", ...ko("사이다") }] },
    ],
    items: [
      { id: "set", category: "sets", ...ko("불고기 세트"), price: 8000, optionGroups: ["set-side", "set-drink"] },
      { id: "fries", category: "sides", ...ko("감자튀김"), price: 2000 },
      { id: "cola", category: "drinks", ...ko("콜라"), price: 1500 },
    ],
  });

phenomenonTable("just a part of the one line: that part alone (Korean)", koStand(), [
  { name: "그냥 감자튀김만요 after a set with fries", turns: ["불고기 세트 감자튀김에 콜라로 주세요", "그냥 감자튀김만요"], lines: [{ item: "fries", qty: 1 }], confident: true },
  { name: "아 그냥 콜라만 주세요 after a set with a cola", turns: ["불고기 세트 감자튀김에 콜라로 주세요", "아 그냥 콜라만 주세요"], lines: [{ item: "cola", qty: 1 }], confident: true },
]);
