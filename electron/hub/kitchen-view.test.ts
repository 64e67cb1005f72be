import { afterEach, describe, expect, it } from "vitest";
import { kitchenView, pickupCall } from "./kitchen-view.ts";
import { testKiosk, type TestKiosk } from "./test-orders.ts";

let k: TestKiosk | undefined;
afterEach(() => k?.close());

describe("kitchen view", () => {
  it("puts order options first, merges identical lines and keeps lines of one item together", () => {
    k = testKiosk();
    const order = k.order([
      { type: "add", item: "americano", qty: 1, options: { temp: "iced" } },
      { type: "add", item: "cheesecake", qty: 1 },
      { type: "add", item: "americano", qty: 1, options: { temp: "hot", shots: 2 } },
      { type: "add", item: "americano", qty: 2, options: { temp: "iced" } },
      { type: "setOrderOption", group: "dining", value: "togo" },
    ]);
    expect(kitchenView(order, "ko")).toEqual({
      notes: ["포장"],
      lines: [
        { qty: 3, name: "아메리카노", options: ["아이스"] },
        { qty: 1, name: "아메리카노", options: ["따뜻하게", "샷 추가 ×2"] },
        { qty: 1, name: "치즈케이크", options: [] },
      ],
    });
    expect(kitchenView(order, "en").notes).toEqual(["To go"]);
  });

  it.each([
    [102, "ko", "102번 고객님, 주문하신 메뉴가 나왔습니다."],
    [102, "en", "Order number 102, your order is ready."],
  ])("calls %i in %s", (n, lang, text) => {
    expect(pickupCall(n, lang)).toBe(text);
  });
});
