// Which item a choice goes to when the word order does not settle it (word-order.ts): each
// row is real words read by the engine and whether the reading is a guess.
import { describe, expect, it } from "vitest";
import { emptyCart } from "../../cart/cart.ts";
import { choicesBetweenItems } from "./word-order.ts";
import { utteranceSaid } from "./test-helpers.ts";
import { pizzeriaMenu } from "./test-menus.ts";

const menu = pizzeriaMenu();
const guesses = (text: string) => choicesBetweenItems(utteranceSaid(menu, text, emptyCart()), menu).filter((g) => g.includes("given to"));

describe("a choice said of one thing, carried to the next", () => {
  const rows: Array<[string, boolean]> = [
    // "with ham" said after the first pizza's name, before the second's, given to both.
    ["a small pizza with ham and a large thin crust", true],
    // Said before both: for both.
    ["two large pizzas, one with ham and one with onions", false],
    ["a pizza with ham and a burger", false],
  ];
  for (const [text, guess] of rows) it(`${guess ? "guess" : "sure"}: ${text}`, () => expect(guesses(text).length > 0).toBe(guess));
});
