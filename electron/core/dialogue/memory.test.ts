// Each engine's memory is its own typed record; what one engine's turn did reaches
// the other as a HandOff, which each engine turns into its own memory.
import { describe, expect, it } from "vitest";
import { ConversationMemory, MemorySlot } from "./memory.ts";
import { handOff } from "./hybrid.ts";
import { handOffMemory, type OfflineMemory } from "./offline/memory.ts";
import type { CartState } from "../cart/cart.ts";
import type { TurnOutcome } from "./engine.ts";

describe("ConversationMemory", () => {
  it("keeps one record per slot, created fresh on first use", () => {
    const a = new MemorySlot("a", () => ({ n: 0 }));
    const b = new MemorySlot("b", () => ({ s: "" }));
    const m = new ConversationMemory();
    expect(m.peek(a)).toBeUndefined();
    m.get(a).n = 2;
    m.set(b, { s: "x" });
    expect([m.get(a), m.get(b), m.slotNames]).toEqual([{ n: 2 }, { s: "x" }, ["a", "b"]]);
  });

  it("two slots of the same name are still two records (only the holder of a slot reaches it)", () => {
    const mine = new MemorySlot("llm", () => ({ v: 1 }));
    const impostor = new MemorySlot("llm", () => ({ v: 2 }));
    const m = new ConversationMemory();
    m.get(mine).v = 10;
    expect(m.get(impostor).v).toBe(2);
  });
});

const line = (id: string, qty: number, options: Record<string, string> = {}) => ({ id, item: "latte", qty, options });
const state = (...lines: ReturnType<typeof line>[]): CartState => ({ lines, orderOptions: {}, nextLineNo: lines.length + 1 }) as unknown as CartState;
const outcome = (extra: Partial<TurnOutcome> = {}): TurnOutcome => ({ reply: "ok", lang: "ko", understood: true, engine: "llm", ...extra });

describe("handOff", () => {
  it.each([
    ["an added line", state(line("L1", 1)), state(line("L1", 1), line("L2", 1)), { added: ["L2"], changed: [] }],
    ["a changed quantity", state(line("L1", 1)), state(line("L1", 2)), { added: [], changed: ["L1"] }],
    ["changed options", state(line("L1", 1, { temp: "hot" })), state(line("L1", 1, { temp: "iced" })), { added: [], changed: ["L1"] }],
    ["a removed line only", state(line("L1", 1)), state(), { added: [], changed: [] }],
  ])("%s", (_name, before, after, want) => {
    expect(handOff(before, after, outcome({ ask: { kind: "confirm" } }), 4)).toEqual({ lang: "ko", ask: { kind: "confirm" }, historyLength: 4, ...want });
  });
});

describe("the offline engine's memory after a model turn", () => {
  const mem: OfflineMemory = { lang: "en", focus: ["L1", "L2"], lastAdded: ["L2"], ask: { kind: "item" }, promptedMore: true, checkoutRequested: true, offer: { item: "x", options: {} } };

  it("points at what the model touched and takes its question", () => {
    const next = handOffMemory(mem, { lang: "ko", ask: { kind: "choice", lineId: "L3", item: "latte", group: "size" }, added: ["L3"], changed: ["L1"], historyLength: 2 }, new Set(["L1", "L2", "L3"]));
    expect(next).toEqual({
      lang: "ko",
      focus: ["L2", "L1", "L3"],
      lastAdded: ["L3"],
      // The lines the model's turn talked about are the ones "하나 더" may mean.
      lastTouched: ["L1", "L3"],
      ask: { kind: "choice", lineId: "L3", item: "latte", group: "size" },
      awaitingConfirm: false,
      checkoutRequested: false,
      offer: undefined,
      promptedMore: false,
    });
  });

  it("forgets lines that are gone and keeps the language for a store language it has no words in", () => {
    const next = handOffMemory(mem, { lang: "ja", added: [], changed: [], historyLength: 2 }, new Set(["L1"]));
    expect([next.lang, next.focus, next.lastAdded, next.ask]).toEqual(["en", ["L1"], [], undefined]);
  });
});
