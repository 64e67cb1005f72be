// Replays café conversations (the project's own cases, test-support/menus/) with the tool
// calls a good model makes for them (written by hand, keyed by what the customer said),
// through the real SDK, the LLM engine and the cart, then scores each final cart with
// `kiosk eval`'s scorer (lines as a multiset with every option resolved, the total by the
// menu's prices, the named order options).
import { describe, afterAll, beforeAll, expect, it } from "vitest";
import { toSpecCart } from "../../cart/cart.ts";
import { fullOptions, kioskHarness, testCases, testMenu, type TestCase } from "../../../../test-support/fake-openai/kiosk-harness.ts";
import { lastUserText, startFakeOpenAI, type ChatStep, type FakeOpenAI, type ScriptedToolCall } from "../../../../test-support/fake-openai/index.ts";
import { cartDifferences, type ExpectedCart } from "../../cart/score.ts";
import { TOOL } from "./tools.ts";

const cafe = testMenu("cafe");
const add = (item: string, qty: number, options: Record<string, unknown> = {}) => ({ item, qty, options: fullOptions(cafe, options) });
const addItems = (...items: ReturnType<typeof add>[]): ScriptedToolCall => ({ name: TOOL.addItems, arguments: { items } });
const change = (line: string, options: Record<string, unknown>, qty: number | null = null): ScriptedToolCall => ({
  name: TOOL.changeLine,
  arguments: { line, qty, options: fullOptions(cafe, options), apply_to: null },
});
const call = (name: string, args: Record<string, unknown> = {}): ScriptedToolCall => ({ name, arguments: args });

/** What the model answers to each customer sentence; a list when the engine calls it again after refused calls. */
const scripts: Record<string, Record<string, ChatStep[]>> = {
  "ko-size-shot": { "아이스 아메리카노 라지로 하고 샷 하나 추가요": [{ toolCalls: [addItems(add("americano", 1, { temp: "iced", size: "large", shots: 1 }))] }] },
  "ko-warm-one": { "스콘 두 개요 그중 하나는 데워 주세요": [{ toolCalls: [addItems(add("scone", 1, { warmup: "yes" }), add("scone", 1))] }] },
  "ko-drop-syrup": {
    "아메리카노 아이스 하나 바닐라 시럽 추가해서요": [{ toolCalls: [addItems(add("americano", 1, { temp: "iced", syrup: ["vanilla"] }))] }],
    "시럽은 빼고 큰 사이즈로 바꿔 주세요": [{ toolCalls: [change("L1", { syrup: [], size: "large" })] }],
  },
  "ko-fewer": {
    "아이스 라떼 두 잔하고 아이스 아메리카노 한 잔이요": [{ toolCalls: [addItems(add("cafe-latte", 2, { temp: "iced" }), add("americano", 1, { temp: "iced" }))] }],
    "라떼는 한 잔으로 줄여 주세요": [{ toolCalls: [change("L1", {}, 1)] }],
  },
  "ko-togo-done": {
    "아이스 아메리카노 한 잔 아이스 라떼 한 잔이요": [{ toolCalls: [addItems(add("americano", 1, { temp: "iced" }), add("cafe-latte", 1, { temp: "iced" }))] }],
    "가져갈게요": [{ toolCalls: [call(TOOL.setOrderOption, { group: "dining", choice: "togo" })] }],
    "네 이게 전부예요": [{ toolCalls: [call(TOOL.checkout)] }],
  },
  "ko-sold-out-swap": {
    "딸기 스무디 하나하고 아이스 아메리카노 하나요": [
      { toolCalls: [addItems(add("strawberry-smoothie", 1), add("americano", 1, { temp: "iced" }))] },
      { text: "딸기 스무디는 오늘 품절이에요. 다른 음료로 드릴까요?" },
    ],
    "그러면 스무디 말고 자몽에이드 주세요": [{ toolCalls: [addItems(add("grapefruit-ade", 1))] }],
  },
  "ko-cancel-restart": {
    "따뜻한 라떼 하나랑 스콘 하나요": [{ toolCalls: [addItems(add("cafe-latte", 1, { temp: "hot" }), add("scone", 1))] }],
    "아니다 다 취소해 주세요": [{ toolCalls: [call(TOOL.cancelOrder)] }],
    "아이스 아메리카노 한 잔만 할게요": [{ toolCalls: [addItems(add("americano", 1, { temp: "iced" }))] }],
  },
  "en-oat-one": {
    "Two iced lattes, make one of them oat, and a cheesecake": [
      { toolCalls: [addItems(add("cafe-latte", 1, { temp: "iced", milk: "oat" }), add("cafe-latte", 1, { temp: "iced" }), add("cheesecake", 1))] },
    ],
  },
  "en-asked-temp": {
    "Could I get a caramel macchiato": [{ toolCalls: [addItems(add("caramel-macchiato", 1))], text: "Hot or iced?" }],
    "Iced, please": [{ toolCalls: [change("L1", { temp: "iced" })] }],
    "Takeaway": [{ toolCalls: [call(TOOL.setOrderOption, { group: "dining", choice: "togo" })] }],
  },
  "en-sold-out": {
    "A strawberry smoothie and one lemonade": [
      { toolCalls: [addItems(add("strawberry-smoothie", 1)), addItems(add("lemonade", 1))] },
      { text: "Sorry, the strawberry smoothie is sold out today. Would you like something else?" },
    ],
    "Alright, only the lemonade then": [{ text: "Great, just the lemonade." }],
  },
};

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => {
  await fake.close();
});

describe("replayed café cases", () => {
  const cases = testCases("cafe-replay-cases.jsonl");

  it("has a scripted model run for every case and a case for every script", () => {
    expect(cases.map((c) => c.id).sort()).toEqual(Object.keys(scripts).sort());
  });

  it.each(cases.map((c) => [c.id, c] as const))("%s ends with the expected cart", async (_id, c) => {
    const cart = await runCase(c);
    expect(cartDifferences(cafe, c.expect as ExpectedCart, cart)).toEqual([]);
  });
});

async function runCase(c: TestCase): Promise<ReturnType<typeof toSpecCart>> {
  const script = scripts[c.id]!;
  const queues = new Map(Object.entries(script).map(([k, v]) => [k, [...v]]));
  const before = fake.chat.calls.length;
  fake.chat.respondWith((req) => {
    const step = queues.get(lastUserText(req.body))?.shift();
    if (!step) throw new Error(`case ${c.id}: no scripted answer for "${lastUserText(req.body)}"`);
    return step;
  });
  const h = await kioskHarness({ fake });
  for (const t of c.turns) {
    const out = await h.say(t);
    expect(out?.engine, `${c.id}: "${t}" answered by the model`).toBe("llm");
  }
  // Every scripted answer was asked for: the engine called the model exactly as a good model run needs.
  expect([...queues.values()].every((q) => q.length === 0), `${c.id}: unused scripted answers`).toBe(true);
  expect(fake.chat.calls.length - before).toBe(Object.values(script).reduce((n, steps) => n + steps.length, 0));
  fake.chat.respondWith(undefined);
  return toSpecCart(h.session.cart());
}
