// The planner reports what it did as outcomes, and a turn is confident only when none of
// them is a doubt (accounting.ts). One row per kind of outcome a customer's words lead
// to, in both languages, with the doubts that send the turn to the model.
import { describe, expect, it } from "vitest";
import { applyCartAction, emptyCart, type CartState } from "../../cart/cart.ts";
import { doubtsIn } from "./accounting.ts";
import { lexiconFor } from "./lexicon.ts";
import { planTurn } from "./planner.ts";
import { pizzeriaMenu } from "./test-menus.ts";

const menu = pizzeriaMenu();
const lex = lexiconFor(menu);

function plan(text: string, state: CartState = emptyCart()) {
  return planTurn({ menu, lex, text, state, memory: { focus: [], lastAdded: [] } });
}

const rows: Array<{ text: string; kinds: string[]; doubts: string[] }> = [
  { text: "a supreme pizza and a burger", kinds: ["acted-on", "line-added", "acted-on", "line-added", "anything-else"], doubts: [] },
  { text: "콜라 두 잔이랑 피자 하나요", kinds: ["acted-on", "line-added", "acted-on", "line-added", "anything-else"], doubts: [] },
  { text: "a large with ham", kinds: ["acted-on", "plain-item-meant", "line-added", "anything-else"], doubts: [] },
  { text: "a large", kinds: ["acted-on", "item-guessed", "line-added", "anything-else"], doubts: ["item-guessed"] },
  { text: "a piza with ham", kinds: ["part-of-a-name", "acted-on", "line-added", "anything-else"], doubts: ["part-of-a-name"] },
  { text: "a burger with olives", kinds: ["acted-on", "line-added", "acted-on", "option-fits-no-line", "anything-else"], doubts: ["option-fits-no-line"] },
  { text: "콜라에 양파 추가요", kinds: ["acted-on", "line-added", "acted-on", "option-fits-no-line", "anything-else"], doubts: ["option-fits-no-line"] },
  { text: "a pizza with ham and unicorn sprinkles", kinds: ["acted-on", "line-added", "unknown-option", "anything-else"], doubts: ["unknown-option"] },
  { text: "유니콘 버거 하나요", kinds: ["unknown-name", "not-on-menu"], doubts: ["not-on-menu"] },
  { text: "99 cokes", kinds: ["acted-on", "cart-refused"], doubts: ["cart-refused"] },
  { text: "버거 빼 주세요", kinds: ["acted-on", "not-in-order"], doubts: [] },
  { text: "피자 뭐 있어요?", kinds: ["answered"], doubts: [] },
  { text: "cancel everything", kinds: ["nothing-to-cancel", "acted-on"], doubts: [] },
];

describe("planner outcomes", () => {
  for (const r of rows) {
    it(`${r.text} → ${r.doubts.length ? r.doubts.join(", ") : "no doubts"}`, () => {
      const p = plan(r.text);
      expect(p.outcomes.map((o) => o.kind)).toEqual(r.kinds);
      expect(doubtsIn(p.outcomes).map((o) => o.kind)).toEqual(r.doubts);
      expect(p.confident).toBe(r.doubts.length === 0);
    });
  }

  it("a line removed is reported with its label and the turn stays confident", () => {
    const added = applyCartAction(menu, emptyCart(), { type: "add", item: "burger", qty: 2, options: {} });
    if (!added.ok) throw new Error(added.error.code);
    const p = plan("remove the burger", added.state);
    expect(p.outcomes.filter((o) => o.kind === "line-removed")).toEqual([{ kind: "line-removed", label: expect.stringContaining("House burger") }]);
    expect(p.actions).toEqual([{ type: "remove", lineId: added.lineId }]);
    expect(p.confident).toBe(true);
  });

  it("nothing in the words: no outcomes, not understood", () => {
    const p = plan("음...");
    expect(p.outcomes).toEqual([]);
    expect(p.understood).toBe(false);
  });
});
