// Several lines of one item in one turn: which words went with which line is where
// readings part ways, so such a turn is answered alone only when each line was said with
// its own words and nothing reached across them ("both", "another", a refusal, "the …
// one"), and a change or removal is answered alone only when the cart held no other,
// differently made line of that item; and "both" has to reach two.
import { describe, expect, it } from "vitest";
import { confidentAfter, menus } from "./test-helpers.ts";

const rows: { name: string; menu: "pizza" | "cafe" | "coffee"; turns: string[]; confident: boolean }[] = [
  { name: "two pizzas of one kind, each said with its own words", menu: "pizza", turns: ["a large pepperoni pizza and a regular pepperoni pizza"], confident: true },
  { name: "two pizzas of one kind with 'both' reaching across", menu: "pizza", turns: ["a large pepperoni pizza and a regular pepperoni pizza, both thin crust"], confident: false },
  { name: "'another' one made differently", menu: "pizza", turns: ["a large pepperoni pizza with bacon and another large pepperoni pizza with corn"], confident: false },
  { name: "a refusal said after two pizzas of one kind", menu: "pizza", turns: ["a large pepperoni pizza with bacon and a regular pepperoni pizza with corn no mushrooms"], confident: false },
  { name: "아아 하나 뜨아 하나: each with its own words", menu: "cafe", turns: ["아이스 아메리카노 하나 따뜻한 아메리카노 하나요"], confident: true },
  { name: "둘 다 reaching across two americanos made differently", menu: "cafe", turns: ["아이스 아메리카노 하나랑 따뜻한 아메리카노 하나요 둘 다 샷 추가"], confident: false },
  { name: "하나는 on a line of two (a part, said plainly)", menu: "cafe", turns: ["아이스 아메리카노 두 잔이요 하나는 샷 추가"], confident: true },
  { name: "one of two differently made americanos taken away", menu: "cafe", turns: ["아이스 아메리카노 하나 따뜻한 아메리카노 하나요", "따뜻한 아메리카노는 취소할게요"], confident: false },
  { name: "둘 다 reaching only the line of this turn", menu: "cafe", turns: ["아이스 아메리카노 하나요", "따뜻한 아메리카노 하나요 둘 다 샷 추가"], confident: false },
  { name: "둘 다 on one line of two", menu: "cafe", turns: ["아이스 아메리카노 두 잔이요 둘 다 샷 추가"], confident: true },
  { name: "'both' on one line of two", menu: "coffee", turns: ["two medium lattes, both iced"], confident: true },
  { name: "the only americano taken away", menu: "cafe", turns: ["아이스 아메리카노 하나랑 카페라떼 하나요", "아메리카노는 취소할게요"], confident: true },
];

describe("several lines of one item in one turn", () => {
  it.each(rows)("$name", async ({ menu, turns, confident }) => {
    expect(await confidentAfter(menus[menu](), turns)).toBe(confident);
  });
});
