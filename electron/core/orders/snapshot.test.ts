import { describe, expect, it } from "vitest";
import { buildSnapshot, OrderRejected } from "./snapshot.ts";
import { cartOf, sampleCart, testMenu } from "./test-fixtures.ts";

describe("buildSnapshot", () => {
  const menu = testMenu();

  it("freezes lines with names in every store language, chosen options and the cart's prices", () => {
    const snap = buildSnapshot(sampleCart(menu), menu, "en");
    expect(snap.store).toEqual({ id: "test-cafe", name: { ko: "테스트 카페", en: "Test Cafe" }, languages: ["ko", "en"] });
    expect(snap.lang).toBe("en");
    expect(snap.currency).toBe("KRW");
    // 4000 + iced 500 + 1 shot 500 + vanilla 300 = 5300, ×2; cheesecake 6000.
    expect(snap.lines.map((l) => [l.item, l.qty, l.unitPrice, l.lineTotal])).toEqual([
      ["americano", 2, 5300, 10600],
      ["cheesecake", 1, 6000, 6000],
    ]);
    expect(snap.total).toBe(16600);
    expect(snap.itemCount).toBe(3);
    const americano = snap.lines[0]!;
    expect(americano.name).toEqual({ ko: "아메리카노", en: "Americano" });
    expect(americano.options).toEqual([
      { group: "temp", groupName: { ko: "온도", en: "Temperature" }, select: "one", value: "iced", choices: [{ id: "iced", name: { ko: "아이스", en: "Iced" }, price: 500 }] },
      { group: "shots", groupName: { ko: "샷 추가", en: "Extra shots" }, select: "count", value: 1, choices: [], unitPrice: 500 },
      {
        group: "syrup",
        groupName: { ko: "시럽", en: "Syrup" },
        select: "many",
        value: ["vanilla"],
        choices: [{ id: "vanilla", name: { ko: "바닐라 시럽", en: "Vanilla syrup" }, price: 300 }],
      },
    ]);
    expect(snap.lines[1]!.options).toEqual([]);
    expect(snap.orderOptions).toEqual([
      { group: "dining", groupName: { ko: "식사 장소", en: "Dining" }, select: "one", value: "togo", choices: [{ id: "togo", name: { ko: "포장", en: "To go" }, price: 0 }] },
    ]);
  });

  it("is a copy: changing the menu afterwards does not change it", () => {
    const m = testMenu();
    const snap = buildSnapshot(sampleCart(m), m, "ko");
    m.menu.items[0]!.name.ko = "바뀐 이름";
    expect(snap.lines[0]!.name.ko).toBe("아메리카노");
  });

  it.each([
    ["an empty cart", [], "empty-cart"],
    ["a line missing a required choice", [{ type: "add" as const, item: "smoothie", qty: 1 }], "pending-choice"],
  ])("refuses %s", (_name, actions, code) => {
    const cart = cartOf(menu, actions);
    try {
      buildSnapshot(cart, menu, "ko");
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(OrderRejected);
      expect((err as OrderRejected).code).toBe(code);
    }
  });

  it("refuses a cart whose totals do not add up", () => {
    const cart = sampleCart(menu);
    expect(() => buildSnapshot({ ...cart, total: cart.total + 1 }, menu, "ko")).toThrow(/add up/);
    const lines = cart.lines.map((l, i) => (i === 0 ? { ...l, lineTotal: l.lineTotal - 1 } : l));
    expect(() => buildSnapshot({ ...cart, lines }, menu, "ko")).toThrow(OrderRejected);
  });
});
