// Replays public café cases with the tool calls a good model makes for them (written
// by hand, keyed by what the customer said), through the real SDK, the LLM engine and
// the cart, then scores the final carts with the eval's own score.mjs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toSpecCart } from "../../cart/cart.ts";
import { evalCases, evalMenu, evalPath, fullOptions, kioskHarness, type EvalCase } from "../../../../test-support/fake-openai/kiosk-harness.ts";
import { lastUserText, startFakeOpenAI, type ChatStep, type FakeOpenAI, type ScriptedToolCall } from "../../../../test-support/fake-openai/index.ts";
import { TOOL } from "./tools.ts";

const cafe = evalMenu("cafe.menu.json");
const add = (item: string, qty: number, options: Record<string, unknown> = {}) => ({ item, qty, options: fullOptions(cafe, options) });
const addItems = (...items: ReturnType<typeof add>[]): ScriptedToolCall => ({ name: TOOL.addItems, arguments: { items } });
const change = (line: string, options: Record<string, unknown>, qty: number | null = null): ScriptedToolCall => ({
  name: TOOL.changeLine,
  arguments: { line, qty, options: fullOptions(cafe, options), apply_to: null },
});
const call = (name: string, args: Record<string, unknown> = {}): ScriptedToolCall => ({ name, arguments: args });

/** What the model answers to each customer sentence; a list when the engine calls it again after refused calls. */
const scripts: Record<string, Record<string, ChatStep[]>> = {
  "ko-008": { "아이스 아메리카노 사이즈업 하고 샷 추가해 주세요": [{ toolCalls: [addItems(add("americano", 1, { temp: "iced", size: "large", shots: 1 }))] }] },
  "ko-014": { "스콘 두 개 주시고요 하나만 따뜻하게 데워 주세요": [{ toolCalls: [addItems(add("scone", 1, { warmup: "yes" }), add("scone", 1))] }] },
  "ko-017": {
    "아메리까노 아이스로 하나 바닐라 시럽 넣어서요": [{ toolCalls: [addItems(add("americano", 1, { temp: "iced", syrup: ["vanilla"] }))] }],
    "아 시럽은 빼 주시고 사이즈만 큰 걸로 해 주세요": [{ toolCalls: [change("L1", { syrup: [], size: "large" })] }],
  },
  "ko-021": {
    "아이스 카페라떼 두 잔이랑 아이스 아메리카노 한 잔 주세요": [{ toolCalls: [addItems(add("cafe-latte", 2, { temp: "iced" }), add("americano", 1, { temp: "iced" }))] }],
    "라떼는 한 잔만 할게요": [{ toolCalls: [change("L1", {}, 1)] }],
  },
  "ko-026": {
    "아이스 아메리카노 하나 아이스 카페라떼 하나요": [{ toolCalls: [addItems(add("americano", 1, { temp: "iced" }), add("cafe-latte", 1, { temp: "iced" }))] }],
    "포장이요": [{ toolCalls: [call(TOOL.setOrderOption, { group: "dining", choice: "togo" })] }],
    "네 그게 다예요": [{ toolCalls: [call(TOOL.checkout)] }],
  },
  "ko-034": {
    "딸기스무디 하나랑 아이스 아메리카노 하나요": [
      { toolCalls: [addItems(add("strawberry-smoothie", 1), add("americano", 1, { temp: "iced" }))] },
      { text: "딸기 스무디는 오늘 품절이에요. 다른 음료로 드릴까요?" },
    ],
    "아 그럼 스무디 대신 자몽에이드로 주세요": [{ toolCalls: [addItems(add("grapefruit-ade", 1))] }],
  },
  "ko-039": {
    "따뜻한 카페라떼 하나랑 스콘 하나요": [{ toolCalls: [addItems(add("cafe-latte", 1, { temp: "hot" }), add("scone", 1))] }],
    "음 그냥 전부 취소할게요": [{ toolCalls: [call(TOOL.cancelOrder)] }],
    "아이스 아메리카노 한 잔만 주세요": [{ toolCalls: [addItems(add("americano", 1, { temp: "iced" }))] }],
  },
  "en-002": {
    "Two iced lattes, one with oat milk, and a cheesecake.": [
      { toolCalls: [addItems(add("cafe-latte", 1, { temp: "iced", milk: "oat" }), add("cafe-latte", 1, { temp: "iced" }), add("cheesecake", 1))] },
    ],
  },
  "en-010": {
    "A caramel macchiato please": [{ toolCalls: [addItems(add("caramel-macchiato", 1))], text: "Hot or iced?" }],
    Iced: [{ toolCalls: [change("L1", { temp: "iced" })] }],
    "To go": [{ toolCalls: [call(TOOL.setOrderOption, { group: "dining", choice: "togo" })] }],
  },
  "en-012": {
    "One strawberry smoothie and a lemonade please": [
      { toolCalls: [addItems(add("strawberry-smoothie", 1)), addItems(add("lemonade", 1))] },
      { text: "Sorry, the strawberry smoothie is sold out today. Would you like something else?" },
    ],
    "Oh okay, just the lemonade then": [{ text: "Great, just the lemonade." }],
  },
};

let fake: FakeOpenAI;
let dir: string;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  dir = mkdtempSync(join(tmpdir(), "llm-replay-"));
});
afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("replayed public cases", () => {
  it("ends each case with the expected cart, by score.mjs", async () => {
    const cases = evalCases("public-cases.jsonl").filter((c) => c.id in scripts);
    expect(cases).toHaveLength(Object.keys(scripts).length);
    const results: { id: string; cart: unknown }[] = [];
    for (const c of cases) results.push({ id: c.id, cart: await runCase(c) });
    const casesFile = join(dir, "cases.jsonl");
    const resultsFile = join(dir, "results.jsonl");
    writeFileSync(casesFile, cases.map((c) => JSON.stringify(c)).join("\n") + "\n");
    writeFileSync(resultsFile, results.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const out = execFileSync(process.execPath, [evalPath("score.mjs"), "--menu", evalPath("cafe.menu.json"), "--cases", casesFile, "--results", resultsFile, "--json"], { encoding: "utf8" });
    const score = JSON.parse(out) as { pass: number; fail: number; failures: unknown[] };
    expect(score.failures).toEqual([]);
    expect(score.pass).toBe(cases.length);
  });
});

async function runCase(c: EvalCase): Promise<unknown> {
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
