// Confidence that means something: interpret().confident only when the whole utterance
// is accounted for (accounting.ts). One row per reason a turn must go to the model, and
// rows the engine must keep, in both languages.
import { describe, expect, it } from "vitest";
import { pizzeriaMenu } from "./test-menus.ts";
import { createOfflineEngine } from "./engine.ts";
import { cartHandle, menuFrom } from "./test-helpers.ts";
import { ConversationMemory } from "../memory.ts";

const menu = pizzeriaMenu;


const rows: Array<{ text: string; confident: boolean; why: string }> = [
  { text: "a large pizza with ham and a coke", confident: true, why: "every word has a role" },
  { text: "can i get two pizzas with ham please", confident: true, why: "request words and fillers are known" },
  { text: "a pizza with ham but no onions", confident: true, why: "the refusal has its target" },
  { text: "can you please get me a water", confident: true, why: "'can you' asks; it is not the can a drink comes in" },
  { text: "햄 피자 하나 양파 빼고 주세요", confident: true, why: "ko: the refusal has its target" },
  { text: "콜라 두 잔이랑 피자 하나요", confident: true, why: "ko: counters and particles" },
  { text: "a pizza with ham and unicorn sprinkles", confident: false, why: "an unknown word" },
  { text: "a pizza with ham and i don't want it on the thin", confident: false, why: "a refusal with nothing to refuse" },
  { text: "a piza with ham", confident: false, why: "spelling tolerance was needed" },
  { text: "a large with ham", confident: true, why: "options with no item, settled: the one item that takes them with nothing built in" },
  { text: "a large", confident: false, why: "options with no item that two plain items take: the head is guessed" },
  { text: "a coke with onions", confident: false, why: "an option the item does not take" },
  { text: "a pizza small large", confident: false, why: "two choices for one slot" },
  { text: "small large with ham", confident: false, why: "two choices for one slot, no item named" },
  { text: "a burger with it all", confident: false, why: "'with it all' where nothing on the menu is called that" },
  { text: "피자 하나 유니콘 추가요", confident: false, why: "ko: an unknown option" },
  { text: "a small pizza with pepperoni and ham but leave off the mushrooms", confident: true, why: "a refusal said apart with one thing ordered can only be said of it" },
  { text: "a pizza with ham and a burger but leave off the onions", confident: false, why: "a refusal said apart with two things ordered that take it: whose?" },
];

describe("interpret().confident", () => {
  const m = menu();
  const engine = createOfflineEngine(m);
  for (const r of rows) {
    it(`${r.confident ? "sure" : "hands over"}: ${r.text} (${r.why})`, () => {
      const out = engine.interpret(r.text, { cart: cartHandle(m), memory: new ConversationMemory() });
      expect(out.confident).toBe(r.confident);
    });
  }
});

// Items the menu calls by a number ("the one" for the Number 1 combo): said as a bare
// number word, a count or "that one" as often as the item.
describe("an item called by a number word", () => {
  const m = menuFrom({
    version: 1,
    store: { id: "combos", name: { en: "Combos", ko: "콤보" }, currency: "USD", languages: ["en", "ko"] },
    categories: [{ id: "main", name: { en: "Combos", ko: "콤보" } }],
    optionGroups: [{ id: "drink", name: { en: "Drink", ko: "음료" }, select: "one", default: "coke", choices: [{ id: "coke", name: { en: "Coke", ko: "콜라" } }, { id: "lemonade", name: { en: "Lemonade", ko: "레모네이드" } }] }],
    items: [
      { id: "combo-1", category: "main", name: { en: "Number 1 Double Stack Combo", ko: "1번 더블스택 세트" }, aliases: { en: ["number one", "the one", "#1"], ko: ["일번", "하나"] }, price: 900, optionGroups: ["drink"] },
      { id: "combo-2", category: "main", name: { en: "#2 Chicken Combo", ko: "2번 치킨 세트" }, aliases: { en: ["number two", "the two", "#2"], ko: ["이번"] }, price: 800, optionGroups: ["drink"] },
    ],
  });
  const engine = createOfflineEngine(m);
  it.each([
    { text: "a number one with a lemonade", confident: true },
    { text: "#2 with a coke", confident: true },
    { text: "the two and the one", confident: false },
    { text: "make one of those with a lemonade", confident: false },
    { text: "하나 주세요", confident: false },
  ])("$text: confident $confident", ({ text, confident }) => {
    const out = engine.interpret(text, { cart: cartHandle(m), memory: new ConversationMemory() });
    expect(out.confident).toBe(confident);
  });
});
