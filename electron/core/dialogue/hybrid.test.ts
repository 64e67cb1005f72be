// Hybrid mode: sure turns answered offline without the model, the rest by the model on
// the same cart, the model's failures answered offline, and each engine picking up
// the conversation where the other left it. Real SDK against the fake server.
import { afterEach, describe, expect, it } from "vitest";
import { testMenu, fullOptions, kioskHarness, type KioskHarness } from "../../../test-support/fake-openai/kiosk-harness.ts";
import { TOOL } from "./llm/tools.ts";

const cafe = testMenu("cafe");
const pizza = testMenu("pizza");
let h: KioskHarness;
afterEach(async () => h?.close());

const lines = () => h.session.cart().lines.map((l) => [l.item, l.qty, l.options.temp ?? l.options["pizza-size"] ?? null]);
/** Sends a turn and reports which side answered and how many model calls it took. */
async function turn(text: string) {
  const before = h.fake.chat.calls.length;
  const out = await h.say(text);
  return { out, modelCalls: h.fake.chat.calls.length - before };
}

describe("hybrid engine", () => {
  it("answers a turn the offline engine is sure about without calling the model", async () => {
    h = await kioskHarness({ kind: "hybrid" });
    const { out, modelCalls } = await turn("아이스 아메리카노 두 잔 주세요");
    expect(modelCalls).toBe(0);
    expect(out?.engine).toBe("offline");
    expect(lines()).toEqual([["americano", 2, "iced"]]);
  });

  it("sends an unsure turn to the model, and the offline guess never reaches the cart", async () => {
    h = await kioskHarness({ kind: "hybrid" });
    await turn("치즈케이크 하나요");
    h.fake.chat.enqueue({ toolCalls: [{ name: TOOL.addItems, arguments: { items: [{ item: "cafe-latte", qty: 1, options: fullOptions(cafe, { temp: "iced" }) }] } }] });
    const { out, modelCalls } = await turn("우리 애가 먹을 건데 안 뜨거운 걸로 라떼 하나");
    expect(modelCalls).toBe(1);
    expect(out?.engine).toBe("llm");
    expect(lines()).toEqual([
      ["cheesecake", 1, null],
      ["cafe-latte", 1, "iced"],
    ]);
    // The model saw the conversation so far and the cart the offline engine built.
    const body = h.fake.chat.calls[0]!.body;
    expect(body.messages.map((m) => m.role)).toEqual(["system", "user", "assistant", "system", "user"]);
    expect(String(body.messages[3]!.content)).toContain("L1: cheesecake x1");
  });

  it("answers offline when the model is down, with the cart kept and the outage said", async () => {
    h = await kioskHarness({ kind: "hybrid" });
    await turn("치즈케이크 하나요");
    h.fake.chat.enqueue({ kind: "error", status: 503 }, { kind: "error", status: 503 });
    const { out } = await turn("우리 애가 먹을 건데 안 뜨거운 걸로 라떼 하나");
    expect(out?.fellBack).toBe(true);
    expect(out?.engine).toBe("offline");
    expect(out?.reply.startsWith("연결이 불안정해서")).toBe(true);
    expect(h.session.cart().lines.map((l) => l.item)).toEqual(["cheesecake", "cafe-latte"]);
  });

  it("hands the turn to the model when the offline engine's understanding breaks", async () => {
    const logged: string[] = [];
    h = await kioskHarness({
      kind: "hybrid",
      hybridOffline: (offline) => ({ ...offline, interpret: () => { throw new Error("planner bug"); } }),
      hybridLog: (l) => logged.push(l),
    });
    h.fake.chat.enqueue({ toolCalls: [{ name: TOOL.addItems, arguments: { items: [{ item: "americano", qty: 1, options: fullOptions(cafe, { temp: "iced" }) }] } }] });
    const { out, modelCalls } = await turn("아이스 아메리카노 하나요");
    expect(modelCalls).toBe(1);
    expect(out?.engine).toBe("llm");
    expect(lines()).toEqual([["americano", 1, "iced"]]);
    expect(logged).toEqual([expect.stringContaining("planner bug")]);
    expect(logged[0]).not.toContain("아메리카노");
  });

  it("keeps the turn after a free-text question of the model with the model", async () => {
    h = await kioskHarness({ kind: "hybrid" });
    h.fake.chat.enqueue({ text: "달콤한 바닐라라떼를 추천해요. 드릴까요?" });
    const offer = await turn("뭐가 맛있어요?");
    expect(offer.modelCalls).toBe(1);
    h.fake.chat.enqueue({ toolCalls: [{ name: TOOL.addItems, arguments: { items: [{ item: "vanilla-latte", qty: 1, options: fullOptions(cafe, { temp: "iced" }) }] } }] });
    const yes = await turn("네 그걸로 아이스로요");
    expect(yes.modelCalls).toBe(1);
    expect(lines()).toEqual([["vanilla-latte", 1, "iced"]]);
    // Back to the offline engine once the thread is over.
    const next = await turn("치즈케이크 하나요");
    expect(next.modelCalls).toBe(0);
  });

  it("lets the offline engine take the customer's yes to the model's read-back", async () => {
    h = await kioskHarness({ kind: "hybrid" });
    await turn("아이스 아메리카노 하나요");
    h.fake.chat.enqueue({ toolCalls: [{ name: TOOL.checkout, arguments: {} }] });
    const read = await turn("음 이제 계산은 어디서 하면 되나요");
    expect(read.modelCalls).toBe(1);
    expect(read.out?.ask).toEqual({ kind: "confirm" });
    const yes = await turn("네");
    expect(yes.modelCalls).toBe(0);
    expect(yes.out?.checkout).toBe(true);
    expect(h.session.lastOrder?.cart.lines.map((l) => l.item)).toEqual(["americano"]);
  });

  it("lets the offline engine answer the choice the model's turn asked for", async () => {
    h = await kioskHarness({ kind: "hybrid", menu: pizza });
    h.fake.chat.enqueue({ toolCalls: [{ name: TOOL.addItems, arguments: { items: [{ item: "pepperoni", qty: 1, options: fullOptions(pizza) }] } }] });
    const first = await turn("애들이랑 먹을 페퍼로니 피자 한 판이요 맛있게 부탁해요");
    expect(first.modelCalls).toBe(1);
    expect(first.out?.ask).toMatchObject({ kind: "choice", group: "pizza-size" });
    const size = await turn("라지요");
    expect(size.modelCalls).toBe(0);
    expect(lines()).toEqual([["pepperoni", 1, "large"]]);
  });

  it("lets the model confirm the offline engine's read-back", async () => {
    h = await kioskHarness({ kind: "hybrid" });
    await turn("아이스 아메리카노 하나요");
    const read = await turn("그게 다예요");
    expect(read.modelCalls).toBe(0);
    expect(read.out?.ask).toEqual({ kind: "confirm" });
    h.fake.chat.enqueue({ toolCalls: [{ name: TOOL.confirmOrder, arguments: {} }] });
    const yes = await turn("음 그걸로 확정이요 영수증도 같이 주세요");
    expect(yes.modelCalls).toBe(1);
    expect(yes.out?.checkout).toBe(true);
    expect(h.session.lastOrder).toBeDefined();
  });
});
