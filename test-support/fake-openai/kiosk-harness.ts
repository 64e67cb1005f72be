// A kiosk session wired to the LLM (or hybrid) engine, with the real `openai` SDK
// talking to the fake server over HTTP. For the dialogue tests and benchmarks.
import { readFileSync } from "node:fs";
import type { MenuModel } from "../../shared/menu/model.ts";
import { testMenu } from "../menus/index.ts";
import type { KioskEvent } from "../../shared/contract.ts";
import { DEFAULT_LLM_LIMITS, type LlmLimits } from "../../electron/core/config.ts";
import { OpenAiChatModel } from "../../electron/core/providers/chat-openai.ts";
import { createLlmEngine, type LlmEngine } from "../../electron/core/dialogue/llm/engine.ts";
import { createHybridEngine, type HybridEngine } from "../../electron/core/dialogue/hybrid.ts";
import { createOfflineEngine, type OfflineEngine } from "../../electron/core/dialogue/offline/engine.ts";
import { KioskSession } from "../../electron/core/session/session.ts";
import { MemoryOrderSink } from "../../electron/core/session/orders.ts";
import { startFakeOpenAI, type FakeOpenAI } from "./index.ts";

export { testMenu } from "../menus/index.ts";

/** One conversation and the cart it must end with (the case format `kiosk eval` reads). */
export interface TestCase {
  id: string;
  lang: string;
  turns: string[];
  expect: { lines: { item: string; qty: number; options?: Record<string, unknown> }[]; orderOptions?: Record<string, string> };
}

/** A case file of the project's own (test-support/menus/NAME). */
export function testCases(name: string): TestCase[] {
  return readFileSync(new URL(`../menus/${name}`, import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TestCase);
}

export interface KioskHarness {
  fake: FakeOpenAI;
  menu: MenuModel;
  session: KioskSession;
  engine: LlmEngine | HybridEngine;
  llm: LlmEngine;
  events: KioskEvent[];
  /** Model call failures the engine reported. */
  failures: Error[];
  /** replyDelta texts of the last turn, in order. */
  deltas(): string[];
  say(text: string): ReturnType<KioskSession["say"]>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  menu?: MenuModel;
  kind?: "llm" | "hybrid";
  limits?: Partial<LlmLimits>;
  cooldownMs?: number;
  /** Reuse a running fake server (benchmarks); closed by its owner. */
  fake?: FakeOpenAI;
  /** Hybrid only: what hybrid sees of the offline engine (a failure test breaks its understanding). */
  hybridOffline?: (offline: OfflineEngine) => OfflineEngine;
  /** Hybrid only: where it reports a failure of the offline engine's understanding. */
  hybridLog?: (line: string) => void;
}

/** Roomy enough for a loaded test machine; failure tests pass shorter ones (FAST_FAIL_LIMITS). */
export const TEST_LIMITS: LlmLimits = { ...DEFAULT_LLM_LIMITS, firstByteTimeoutMs: 3000, idleTimeoutMs: 3000, callBudgetMs: 8000, retryMaxWaitMs: 1500 };
/** For tests of hangs and stalls: give up after 300 ms. */
export const FAST_FAIL_LIMITS: Partial<LlmLimits> = { firstByteTimeoutMs: 300, idleTimeoutMs: 300 };

export async function kioskHarness(opts: HarnessOptions = {}): Promise<KioskHarness> {
  const fake = opts.fake ?? (await startFakeOpenAI());
  const menu = opts.menu ?? testMenu("cafe");
  const chat = new OpenAiChatModel({ apiKey: "test-key", baseUrl: fake.baseUrl, model: "gpt-test", limits: { ...TEST_LIMITS, ...opts.limits } });
  const offline = await createOfflineEngine(menu);
  const failures: Error[] = [];
  const llm = createLlmEngine({ chat, fallback: offline, onModelFailure: (e) => failures.push(e), ...(opts.cooldownMs !== undefined ? { cooldownMs: opts.cooldownMs } : {}) });
  const engine = opts.kind === "hybrid" ? createHybridEngine({ offline: opts.hybridOffline?.(offline) ?? offline, llm, ...(opts.hybridLog ? { log: opts.hybridLog } : {}) }) : llm;
  const session = new KioskSession({ menu, engine, orders: new MemoryOrderSink() });
  const events: KioskEvent[] = [];
  session.on((e) => events.push(e));
  let turnStart = 0;
  return {
    fake,
    menu,
    session,
    engine,
    llm,
    events,
    failures,
    deltas: () => events.slice(turnStart).flatMap((e) => (e.type === "replyDelta" ? [e.delta] : [])),
    say(text) {
      turnStart = events.length;
      return session.say(text);
    },
    close: () => (opts.fake ? Promise.resolve() : fake.close()),
  };
}

/** Every add_items entry's options with null for each option group of the menu, as a strict-schema model writes them. */
export function fullOptions(menu: MenuModel, options: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const g of menu.groups.keys()) out[g] = null;
  return { ...out, ...options };
}
