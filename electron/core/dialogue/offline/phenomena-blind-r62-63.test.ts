// Sealed rounds 62–63, run once at the end of the eighteenth session: both wrong answers
// alone were one kind, "nasi goreng shrimp, egg scrambled" / "mie goreng …, egg well done" of
// a dish with a counted "Extra egg" and an "Egg style" choice. The word "egg" also names a
// fried egg another plate takes, so it was read as a choice whose words name the dish's counted
// group, one more egg, beside the scrambled egg asked for. The read-back check of a counted
// add-on raised by its word alone right before a choice of the line (count-word-before-its-
// choice.ts, blind round 64's Korean "계란은 스크램블로요") now covers that reading too: a guess.
import { menuFrom, notAloneTable, phenomenonTable } from "./test-helpers.ts";

const en = (e: string, aliases?: string[]) => ({ name: { en: e, ko: e }, ...(aliases ? { aliases: { en: aliases } } : {}) });
const menu = menuFrom({
  version: 1,
  store: { id: "blind-r62-63", name: { en: "Test", ko: "테스트" }, currency: "USD", languages: ["en", "ko"] },
  categories: [{ id: "rice", ...en("Rice and noodles") }, { id: "plates", ...en("Plates") }],
  optionGroups: [
    { id: "protein", ...en("Protein"), select: "one", choices: [{ id: "chicken", ...en("Chicken") }, { id: "shrimp", ...en("Shrimp") }] },
    { id: "egg-style", ...en("Egg style"), select: "one", default: "sunny", choices: [{ id: "sunny", ...en("Sunny side up", ["runny"]) }, { id: "hard", ...en("Fried hard", ["over hard", "well done"]) }, { id: "scrambled", ...en("Scrambled in", ["scrambled egg"]) }] },
    { id: "extra-egg", ...en("Extra egg", ["extra egg", "another egg"]), select: "count", default: 0, min: 0, max: 3, unitPrice: 150 },
    { id: "plate-addons", ...en("Add to the plate"), select: "many", choices: [{ id: "fried-egg", ...en("Fried egg", ["egg"]), price: 150 }, { id: "tempeh", ...en("Tempeh") }] },
  ],
  items: [
    { id: "nasi-goreng", category: "rice", ...en("Nasi goreng"), description: { en: "Fried rice with a fried egg.", ko: "Fried rice with a fried egg." }, price: 1400, optionGroups: ["protein", "egg-style", "extra-egg"] },
    { id: "mie-goreng", category: "rice", ...en("Mie goreng"), description: { en: "Fried noodles with a fried egg.", ko: "Fried noodles with a fried egg." }, price: 1400, optionGroups: ["protein", "egg-style", "extra-egg"] },
    { id: "rendang", category: "plates", ...en("Rendang plate"), price: 1800, optionGroups: ["plate-addons"] },
  ],
});

notAloneTable("the dish's egg word right before its egg style: one more egg is the engine's guess", menu, [
  { name: "nasi goreng shrimp, egg scrambled", turns: ["nasi goreng shrimp, egg scrambled"] },
  { name: "mie goreng chicken, egg well done", turns: ["mie goreng chicken, egg well done"] },
]);

phenomenonTable("the egg asked for in so many words stays sure", menu, [
  { name: "nasi goreng shrimp with an extra egg", turns: ["nasi goreng shrimp with an extra egg"], lines: [{ item: "nasi-goreng", qty: 1, options: { protein: "shrimp", "extra-egg": 1 } }], confident: true },
  { name: "mie goreng chicken, scrambled egg", turns: ["mie goreng chicken, scrambled egg"], lines: [{ item: "mie-goreng", qty: 1, options: { protein: "chicken", "egg-style": "scrambled" } }], confident: true },
]);
