// Hybrid dialogue: the offline engine answers the turns it is sure about at once
// (no network, a few milliseconds), the rest go to the LLM engine with the same
// cart, history and memory. The offline engine's interpret() says what a turn would
// do without applying anything, so an unsure guess never touches the cart before
// the model gets the turn. The LLM engine itself falls back to the offline engine
// when the model cannot be reached.
//
// Each engine keeps its own typed memory (memory.ts); after each turn the other
// engine is handed what it needs to continue the conversation (a HandOff: which
// lines were just touched and what the kiosk asked), and updates its own memory. A
// question only the model knows the meaning of ("바닐라라떼 추천해요, 드릴까요?" —
// free text, no structured ask) keeps the next turn with the model.
import type { CartState } from "../cart/cart.ts";
import type { DialogueEngine, HandOff, HandOffReceiver, TurnContext, TurnInput, TurnOutcome } from "./engine.ts";
import { MemorySlot } from "./memory.ts";
import type { OfflineEngine } from "./offline/engine.ts";

export interface HybridOptions {
  offline: OfflineEngine;
  llm: DialogueEngine & HandOffReceiver;
  /** Where a failure of the offline engine's understanding is reported (default: stderr). */
  log?: (line: string) => void;
}

export interface HybridEngine extends DialogueEngine {
  /** Turns answered by each side since the engine was made (benchmarks, logs). */
  readonly stats: { offline: number; llm: number };
}

/** The model asked a free-text question last turn: its answer goes to the model. */
const SLOT = new MemorySlot<{ modelThread: boolean }>("hybrid", () => ({ modelThread: false }));

export function createHybridEngine(opts: HybridOptions): HybridEngine {
  const stats = { offline: 0, llm: 0 };
  const log = opts.log ?? ((line: string) => console.error(`kiosk: ${line}`));
  // A bug in the offline engine's understanding must not lose the customer's turn: the
  // model gets it, as it gets every turn the offline engine is unsure of.
  const interpret = (input: TurnInput, ctx: TurnContext) => {
    try {
      return opts.offline.interpret(input.text, { cart: ctx.cart, memory: ctx.memory, ...(input.langHint ? { langHint: input.langHint } : {}) });
    } catch (err) {
      log(`offline engine failed to interpret a turn, handed it to the model: ${(err as Error)?.stack ?? String(err)}`);
      return undefined;
    }
  };
  return {
    name: "hybrid",
    stats,
    async turn(input: TurnInput, ctx: TurnContext): Promise<TurnOutcome> {
      const thread = ctx.memory.get(SLOT);
      const modelThread = thread.modelThread;
      thread.modelThread = false;
      const before = ctx.cart.state();
      const historyLength = ctx.history.length;
      const guess = modelThread ? undefined : interpret(input, ctx);
      if (guess?.confident) {
        stats.offline++;
        const out = await opts.offline.turn(input, ctx);
        opts.llm.acceptHandOff(handOff(before, ctx.cart.state(), out, historyLength), ctx);
        return out;
      }
      stats.llm++;
      const out = await opts.llm.turn(input, ctx);
      if (out.engine === "llm") {
        opts.offline.acceptHandOff(handOff(before, ctx.cart.state(), out, historyLength), ctx);
        if (!out.ask && /[?？]/.test(out.reply)) thread.modelThread = true;
      }
      return out;
    },
  };
}

/** What a turn did to the cart and asked, from the cart before and after it. */
export function handOff(before: CartState, after: CartState, out: TurnOutcome, historyLength: number): HandOff {
  const key = (l: CartState["lines"][number]) => JSON.stringify([l.qty, l.options]);
  const old = new Map(before.lines.map((l) => [l.id, key(l)]));
  return {
    lang: out.lang,
    ...(out.ask ? { ask: out.ask } : {}),
    added: after.lines.filter((l) => !old.has(l.id)).map((l) => l.id),
    changed: after.lines.filter((l) => old.has(l.id) && old.get(l.id) !== key(l)).map((l) => l.id),
    historyLength,
  };
}
