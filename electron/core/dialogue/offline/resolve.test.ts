// Words lost on the way (resolve.ts lostOnTheWay): a menu word or an unknown one that the
// reading steps neither kept (alone or inside a wider reading) nor said they consumed or
// could not place must come back as unaccounted for, so the turn is never answered alone.
import { describe, expect, it } from "vitest";
import { lostOnTheWay } from "./resolve.ts";
import type { Atom } from "./scan.ts";

const span = (start: number, text: string) => ({ start, end: start + text.length, tok0: start, tok1: start, text });
const menuWord = (start: number, text: string): Atom => ({ ...span(start, text), kind: "menu", refs: [{ kind: "item", item: text, partial: false }], fuzzy: false, partial: false, flags: {} });
const unknown = (start: number, text: string): Atom => ({ ...span(start, text), kind: "unknown", flags: {} });
const keyword = (start: number, text: string): Atom => ({ ...span(start, text), kind: "kw", keywords: ["filler"], flags: {} });
const num = (start: number, text: string, value: number): Atom => ({ ...span(start, text), kind: "num", value, times: false, counted: false, article: false, flags: {} });

const latte = menuWord(4, "latte");
const two = num(0, "two", 2);
const purple = unknown(10, "purple");
const please = keyword(17, "please");
const said = [two, latte, purple, please];

describe("words lost on the way", () => {
  it.each<{ name: string; read: Atom[]; accounted?: Atom[]; lost: string[] }>([
    { name: "every word kept", read: said, lost: [] },
    { name: "a menu word dropped by a step", read: [two, purple, please], lost: ["latte"] },
    { name: "an unknown word dropped by a step", read: [two, latte, please], lost: ["purple"] },
    { name: "a menu word read into a wider one", read: [two, menuWord(4, "latte purple"), please], lost: [] },
    { name: "a menu word a step said it consumed (a measure word)", read: [two, purple, please], accounted: [latte], lost: [] },
    { name: "a word a step could not place is already unaccounted for, not lost twice", read: [two, latte, please], accounted: [purple], lost: [] },
    { name: "numbers and keywords dropped: other checks account for them", read: [latte, purple], lost: [] },
  ])("$name", ({ read, accounted = [], lost }) => {
    expect(lostOnTheWay(said, read, accounted).map((a) => a.text)).toEqual(lost);
  });
});
