// "two ramune" then "one melon one strawberry", "라무네 두 개요" then "멜론 하나 딸기 하나요": the
// turn right after a line was ordered names its kinds by choices alone, counts that add up to
// the line's, in a group the kiosk filled in with its default: the line is split into them, no
// plain one is left beside (choice-kinds-of-the-line.ts).
import { notAloneTable, phenomenonTable } from "./test-helpers.ts";
import { skewerBarMenu } from "./test-menus.ts";

const bar = skewerBarMenu();

const ramune = (flavor: string, qty = 1) => ({ item: "ramune", qty, options: { flavor } });

phenomenonTable("the line just ordered split into the kinds said by its choices", bar, [
  { name: "two ramune → one melon one strawberry", turns: ["two ramune", "one melon one strawberry"], lines: [ramune("melon"), ramune("strawberry")], confident: true },
  { name: "three ramune → two melon and one strawberry", turns: ["three ramune", "two melon and one strawberry"], lines: [ramune("melon", 2), ramune("strawberry")], confident: true },
  { name: "two ramune and a negima → one melon one strawberry", turns: ["two ramune and a negima", "one melon one strawberry"], lines: [ramune("melon"), ramune("strawberry"), { item: "negima", qty: 1, options: { sauce: "tare" } }], confident: true },
  { name: "two negima → one salt one tare", turns: ["two negima", "one salt one tare"], lines: [{ item: "negima", qty: 1, options: { sauce: "salt" } }, { item: "negima", qty: 1, options: { sauce: "tare" } }], confident: true },
]);

// (Guard: Korean was read so before, by another path; it stays so.)
phenomenonTable("the line just ordered split into the kinds said by its choices (Korean)", bar, [
  { name: "라무네 두 개요 → 네기마 하나요 → 멜론 하나 딸기 하나요", turns: ["라무네 두 개요", "네기마 하나요", "멜론 하나 딸기 하나요"], lines: [ramune("melon"), ramune("strawberry"), { item: "negima", qty: 1, options: { sauce: "tare" } }], confident: true },
  { name: "라무네 두 개요 → 멜론 하나 딸기 하나요", turns: ["라무네 두 개요", "멜론 하나 딸기 하나요"], lines: [ramune("melon"), ramune("strawberry")], confident: true },
  { name: "네기마 두 개요 → 소금 하나 타레 하나요", turns: ["네기마 두 개요", "소금 하나 타레 하나요"], lines: [{ item: "negima", qty: 1, options: { sauce: "salt" } }, { item: "negima", qty: 1, options: { sauce: "tare" } }], confident: true },
]);

// Read back (kinds-said-again.ts): counts said with choices alone that add up to a line in hand,
// read otherwise (the line ordered a turn earlier), yet more of it made: a guess.
notAloneTable("counts of choices that add up to a line in hand, and more of it made", bar, [
  { name: "two ramune → a negima → one melon one strawberry", turns: ["two ramune", "a negima", "one melon one strawberry"] },
]);
