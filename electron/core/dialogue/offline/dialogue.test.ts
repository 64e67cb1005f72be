// What the offline engine says: answers from the menu and the cart (never a name or a
// price the menu does not have), refusals, the checkout read-back and confirmation,
// and the customer's language.
import { describe, expect, it } from "vitest";
import { unitPriceOf } from "../../../../shared/menu/model.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import { resolveOptions } from "../../cart/cart.ts";
import { converse, menus } from "./test-helpers.ts";
import { formatPrice } from "./phrases.ts";

function price(menu: ReturnType<typeof menus.cafe>, item: string, options: Record<string, OptionValue>, lang: "ko" | "en"): string {
  const r = resolveOptions(menu, item, {}, options);
  if (!("options" in r)) throw new Error(r.error.message);
  return formatPrice(unitPriceOf(menu, item, r.options), menu.currency, lang);
}

describe("answers come from the menu and order nothing", () => {
  it("ko price of an item, from the menu's pricing rule", async () => {
    const menu = menus.cafe();
    const { outs, cart } = await converse(menu, ["아메리카노는 얼마예요?"]);
    expect(outs[0]!.reply).toContain(price(menu, "americano", {}, "ko"));
    expect(cart.lines).toEqual([]);
  });

  it("en price with the options asked about", async () => {
    const menu = menus.coffee();
    const { outs, cart } = await converse(menu, ["How much is a large latte?"]);
    expect(outs[0]!.reply).toContain(price(menu, "latte", { size: "large" }, "en"));
    expect(cart.lines).toEqual([]);
  });

  it("en the items of a category", async () => {
    const menu = menus.cafe();
    const { outs } = await converse(menu, ["What kinds of tea do you have?"]);
    for (const it of menu.menu.items.filter((i) => i.category === "tea")) expect(outs[0]!.reply).toContain(menu.itemName(it.id, "en"));
    expect(outs[0]!.understood).toBe(true);
  });

  it("en the description of an item", async () => {
    const menu = menus.coffee();
    const { outs } = await converse(menu, ["What's in a flat white?"]);
    expect(outs[0]!.reply).toContain(menu.text(menu.item("flat-white")!.description, "en"));
  });

  it("ko the menu's categories", async () => {
    const menu = menus.cafe();
    const { outs } = await converse(menu, ["안녕하세요 메뉴 뭐 있어요?"]);
    for (const c of menu.menu.categories) expect(outs[0]!.reply).toContain(menu.text(c.name, "ko"));
  });

  it("ko whether an option is possible, with its price", async () => {
    const menu = menus.cafe();
    const { outs, cart } = await converse(menu, ["디카페인도 돼요?"]);
    expect(outs[0]!.reply).toContain("디카페인");
    expect(outs[0]!.reply).toContain(formatPrice(500, "KRW", "ko"));
    expect(cart.lines).toEqual([]);
  });

  it("ko what was ordered, read back from the cart", async () => {
    const menu = menus.cafe();
    const { outs, cart } = await converse(menu, ["아이스 아메리카노 두 잔이랑 치즈케이크 하나요", "뭐 시켰죠?"]);
    const reply = outs[1]!.reply;
    expect(reply).toContain(menu.itemName("americano", "ko"));
    expect(reply).toContain(menu.itemName("cheesecake", "ko"));
    expect(reply).toContain(formatPrice(cart.total, "KRW", "ko"));
    expect(cart.lines).toHaveLength(2);
  });

  it("en do you have X: yes, and a following yes orders it", async () => {
    const menu = menus.cafe();
    const { outs, cart } = await converse(menu, ["Do you have cheesecake?", "yes please"]);
    expect(outs[0]!.reply).toContain(menu.itemName("cheesecake", "en"));
    expect(cart.lines.map((l) => [l.item, l.qty])).toEqual([["cheesecake", 1]]);
  });
});

describe("questions about an item with options", () => {
  it("ko the item takes the option: offered with it", async () => {
    const menu = menus.cafe();
    const { outs, cart } = await converse(menu, ["카푸치노 아이스로 돼요?", "네"]);
    expect(outs[0]!.reply).toContain(menu.itemName("cappuccino", "ko"));
    expect(cart.lines.map((l) => [l.item, l.options.temp])).toEqual([["cappuccino", "iced"]]);
  });

  it("ko the item does not take it", async () => {
    const menu = menus.cafe();
    const { outs, cart } = await converse(menu, ["치즈케이크 따뜻하게 돼요?"]);
    expect(outs[0]!.reply).toContain("할 수 없어요");
    expect(cart.lines).toEqual([]);
  });

  it("ko an option and a category in one word is a product the menu lacks (아이스티)", async () => {
    const menu = menus.cafe();
    const { outs, cart } = await converse(menu, ["아이스티 하나요"]);
    expect(outs[0]!.reply).toContain("없어요");
    expect(cart.lines).toEqual([]);
  });
});

describe("availability questions lead to orders", () => {
  it("ko can a topping be added? yes adds it to the line in hand", async () => {
    const menu = menus.boba();
    const { outs, cart } = await converse(menu, ["딸기 스무디 하나요", "푸딩 추가 돼요?", "네"]);
    expect(outs[1]!.reply).toContain(menu.choiceName("topping", "pudding", "ko"));
    expect(cart.lines.map((l) => [l.item, l.options.topping])).toEqual([["strawberry-sm", ["pudding"]]]);
  });

  it("en yes to 'anything else?' keeps the conversation going", async () => {
    const { outs, cart } = await converse(menus.coffee(), ["a latte", "yes", "a muffin"]);
    expect(outs[1]!.understood).toBe(true);
    expect(cart.lines.map((l) => l.item)).toEqual(["latte", "muffin"]);
  });
});

describe("refusals", () => {
  it("ko not on the menu: says so without naming it, suggests what exists", async () => {
    const menu = menus.cafe();
    const { outs, cart } = await converse(menu, ["햄버거 하나 주세요"]);
    expect(outs[0]!.reply).not.toContain("햄버거");
    expect(outs[0]!.reply).toContain("없어요");
    expect(outs[0]!.understood).toBe(false);
    expect(cart.lines).toEqual([]);
  });

  it("en not on the menu: suggestions are menu items", async () => {
    const menu = menus.cafe();
    const { outs } = await converse(menu, ["Do you have bagels?"]);
    expect(outs[0]!.reply).toMatch(/don't have/);
    expect(outs[0]!.reply).not.toMatch(/bagel/i);
  });

  it("ko sold out: names the item, offers others of its category", async () => {
    const menu = menus.cafe();
    const { outs, cart } = await converse(menu, ["딸기 스무디 두 잔 주세요"]);
    expect(outs[0]!.reply).toContain(menu.itemName("strawberry-smoothie", "ko"));
    expect(outs[0]!.reply).toContain("품절");
    expect(outs[0]!.reply).toContain(menu.itemName("lemonade", "ko"));
    expect(cart.lines).toEqual([]);
  });

  it("the cart's limit is explained, nothing is added", async () => {
    const menu = menus.cafe();
    const { outs, cart } = await converse(menu, ["아메리카노 30잔 주세요"]);
    expect(cart.lines).toEqual([]);
    expect(outs[0]!.reply.length).toBeGreaterThan(0);
  });

  it("en removing something not ordered", async () => {
    const menu = menus.coffee();
    const { outs, cart } = await converse(menu, ["a latte", "remove the muffin"]);
    expect(outs[1]!.reply).toContain(menu.itemName("muffin", "en"));
    expect(cart.lines.map((l) => l.item)).toEqual(["latte"]);
  });
});

describe("checkout", () => {
  it("ko: read back from the cart, confirm, place", async () => {
    const menu = menus.cafe();
    const { outs, orders } = await converse(menu, ["아이스 아메리카노 두 잔이요", "주문할게요", "네"]);
    const readback = outs[1]!;
    expect(readback.ask).toEqual({ kind: "confirm" });
    expect(readback.checkout).toBeUndefined();
    expect(readback.reply).toContain(menu.itemName("americano", "ko"));
    expect(readback.reply).toContain(menu.choiceName("temp", "iced", "ko"));
    expect(readback.reply).toContain(formatPrice(2 * unitPriceOf(menu, "americano", { temp: "iced", size: "regular", shots: 0, caffeine: "regular", syrup: [] }), "KRW", "ko"));
    expect(outs[2]!.checkout).toBe(true);
    expect(orders.placed).toHaveLength(1);
    expect(orders.placed[0]!.cart.lines.map((l) => [l.item, l.qty])).toEqual([["americano", 2]]);
  });

  it("en: that's all, yes", async () => {
    const menu = menus.coffee();
    const { outs, orders } = await converse(menu, ["a latte", "that's all", "yes"]);
    expect(outs[1]!.ask).toEqual({ kind: "confirm" });
    expect(outs[2]!.checkout).toBe(true);
    expect(orders.placed).toHaveLength(1);
  });

  it("asks for a missing required choice and order option before the read-back", async () => {
    const menu = menus.pizza();
    const { outs, orders } = await converse(menu, ["페퍼로니 피자 하나요", "그게 다예요", "라지요", "포장이요", "네"]);
    expect(outs[0]!.ask).toMatchObject({ kind: "choice", item: "pepperoni", group: "pizza-size" });
    expect(outs[1]!.ask).toMatchObject({ kind: "choice", group: "pizza-size" });
    expect(outs[2]!.ask).toEqual({ kind: "orderOption", group: "fulfillment" });
    expect(outs[3]!.ask).toEqual({ kind: "confirm" });
    expect(outs[4]!.checkout).toBe(true);
    expect(orders.placed[0]!.cart.orderOptions).toMatchObject({ fulfillment: "takeout" });
  });

  it("no at the confirmation keeps the order open", async () => {
    const menu = menus.cafe();
    const { outs, orders, cart } = await converse(menu, ["라떼 하나요", "결제할게요", "아니요"]);
    expect(outs[2]!.checkout).toBeUndefined();
    expect(orders.placed).toHaveLength(0);
    expect(cart.lines).toHaveLength(1);
  });

  it("no to 'anything else?' means that's all", async () => {
    const menu = menus.coffee();
    const { outs } = await converse(menu, ["a mocha", "no"]);
    expect(outs[1]!.ask).toEqual({ kind: "confirm" });
  });

  it("an empty order is not read back", async () => {
    const menu = menus.cafe();
    const { outs, orders } = await converse(menu, ["주문할게요", "네"]);
    expect(outs[0]!.ask).toBeUndefined();
    expect(orders.placed).toHaveLength(0);
  });
});

describe("language follows the customer", () => {
  it.each([
    { text: "아메리카노 하나요", lang: "ko" },
    { text: "one americano", lang: "en" },
  ])("$text → $lang", async ({ text, lang }) => {
    const { outs } = await converse(menus.cafe(), [text]);
    expect(outs[0]!.lang).toBe(lang);
    expect(/[\uac00-\ud7a3]/.test(outs[0]!.reply)).toBe(lang === "ko");
  });

  it("switches when the customer does", async () => {
    const { outs } = await converse(menus.cafe(), ["라떼 하나요", "and a scone please"]);
    expect(outs.map((o) => o.lang)).toEqual(["ko", "en"]);
  });

  it("an English-only menu answers in English", async () => {
    const { outs } = await converse(menus.coffee(), ["라떼 하나요"]);
    expect(outs[0]!.lang).toBe("en");
  });
});
