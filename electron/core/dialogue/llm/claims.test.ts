// What the model may not say or spend: discounts, percentages and free offers the
// cart did not produce are held back (the customer hears the real total instead),
// and every model call carries an output token cap.
import { describe, expect, it } from "vitest";
import { kioskHarness } from "../../../../test-support/fake-openai/kiosk-harness.ts";
import { claimsDiscount, menuPercents } from "./reply.ts";
import { MAX_REPLY_TOKENS } from "./engine.ts";

describe("claimsDiscount", () => {
  it.each([
    ["Everything is 50 % off today!", true],
    ["Everything is 50% off today.", true],
    ["You get a 10 percent discount.", true],
    ["For you it's free of charge!", true],
    ["The cookie is free with any drink.", true],
    ["Lattes are on sale today.", true],
    ["It's buy one, get one today.", true],
    ["Today lattes are 1+1.", true],
    ["오늘 전 메뉴 50% 할인이에요.", true],
    ["오늘은 30퍼센트 싸게 드려요.", true],
    ["쿠키는 무료로 드려요.", true],
    ["아메리카노 원 플러스 원이에요.", true],
    ["Feel free to ask about anything else.", false],
    ["The decaf is caffeine free.", false],
    ["One iced americano, 4,000 won. Anything else?", false],
    ["아이스 아메리카노 한 잔 담았어요. 더 필요하신 건요?", false],
    ["프로그램이 아니라 메뉴에서 골라 주세요.", false],
    // Saying there is none is not an offer; a denial next to an offer is still an offer.
    ["Sorry, we don't have any discounts today.", false],
    ["There are no coupons at this kiosk.", false],
    ["The cookie is not free, it's 2,000 won.", false],
    ["죄송하지만 할인은 없어요.", false],
    ["쿠폰은 안 돼요.", false],
    ["무료는 아니에요.", false],
    ["할인은 해 드리지 않아요.", false],
    ["No coupons, but everything is 50% off today.", true],
    ["할인은 없지만 쿠키는 무료로 드려요.", true],
  ])("%s → %s", (sentence, claim) => {
    expect(claimsDiscount(sentence)).toBe(claim);
  });

  it("lets a percentage through that the menu itself names (a sweetness choice)", () => {
    const percents = menuPercents({ optionGroups: [{ choices: [{ name: { en: "50% sweet" } }] }] });
    expect(claimsDiscount("One latte, 50% sweet.", percents)).toBe(false);
    expect(claimsDiscount("One latte, 30% off.", percents)).toBe(true);
  });
});

describe("the LLM engine", () => {
  it("holds back a discount the model invents and says the real total instead", async () => {
    const h = await kioskHarness();
    try {
      h.fake.chat.enqueue({ toolCalls: [{ name: "add_items", arguments: { items: [{ item: "americano", qty: 1, options: { temp: "iced", shots: 0, syrup: [] } }] } }] });
      h.fake.chat.enqueue({ text: "Added! Everything is 50 % off today. Anything else?" });
      const out = await h.say("one iced americano");
      expect(out?.reply).not.toMatch(/50|off/);
      expect(out?.reply).toContain("Anything else?");
    } finally {
      await h.close();
    }
  });

  it(`asks the model for at most ${MAX_REPLY_TOKENS} output tokens per call`, async () => {
    const h = await kioskHarness();
    try {
      h.fake.chat.enqueue({ text: "Hello! What would you like?" });
      await h.say("hello");
      const body = h.fake.chat.calls[0]!.body as { max_completion_tokens?: number };
      expect(body.max_completion_tokens).toBe(MAX_REPLY_TOKENS);
      expect(MAX_REPLY_TOKENS).toBeLessThanOrEqual(300);
    } finally {
      await h.close();
    }
  });
});
