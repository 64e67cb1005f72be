// Hybrid dialogue: the offline engine answers the turns it is sure about at once
// (no network, a few milliseconds), the rest go to the LLM engine with the same
// cart, history and memory. The offline engine's interpret() says what a turn would
// do without applying anything, so an unsure guess never touches the cart before
// the model gets the turn. The LLM engine itself falls back to the offline engine
// when the model cannot be reached.
//
// The two engines keep separate memories (ctx.memory.offline, ctx.memory.llm); after
// each turn the other engine is told what it needs to continue the conversation:
// which lines were just touched and what the kiosk asked (so "라지요" or "yes"
// after a question from either engine means what the customer meant). A question
// only the model knows the meaning of ("바닐라라떼 추천해요, 드릴까요?" — free text,
// no structured ask) keeps the next turn with the model.
import type { CartState } from "../cart/cart.ts";
import type { DialogueEngine, TurnContext, TurnInput, TurnOutcome } from "./engine.ts";
import type { OfflineEngine } from "./offline/engine.ts";
import { readMemory, writeMemory } from "./offline/memory.ts";
import { cartFingerprint, type LlmMemory } from "./llm/tool-run.ts";

export interface HybridOptions {
  offline: OfflineEngine;
  llm: DialogueEngine;
}

export interface HybridEngine extends DialogueEngine {
  /** Turns answered by each side since the engine was made (benchmarks, logs). */
  readonly stats: { offline: number; llm: number };
}

export function createHybridEngine(opts: HybridOptions): HybridEngine {
  const stats = { offline: 0, llm: 0 };
  return {
    name: "hybrid",
    stats,
    async turn(input: TurnInput, ctx: TurnContext): Promise<TurnOutcome> {
      const modelThread = ctx.memory.hybridModelThread === true;
      delete ctx.memory.hybridModelThread;
      const guess = modelThread ? undefined : opts.offline.interpret(input.text, { cart: ctx.cart, memory: ctx.memory, ...(input.langHint ? { langHint: input.langHint } : {}) });
      if (guess?.confident) {
        stats.offline++;
        const out = await opts.offline.turn(input, ctx);
        tellLlm(ctx, out);
        return out;
      }
      stats.llm++;
      const before = ctx.cart.state();
      const out = await opts.llm.turn(input, ctx);
      if (out.engine === "llm") {
        tellOffline(ctx, before, out);
        if (!out.ask && /[?？]/.test(out.reply)) ctx.memory.hybridModelThread = true;
      }
      return out;
    },
  };
}

/** After an offline turn: a read-back the offline engine asked to confirm is one the model may confirm next turn. */
function tellLlm(ctx: TurnContext, out: TurnOutcome): void {
  const mem = (ctx.memory.llm ??= {}) as LlmMemory;
  if (out.ask?.kind === "confirm") mem.confirmAsked = { historyLength: ctx.history.length, cart: cartFingerprint(ctx.cart.state()) };
  else delete mem.confirmAsked;
}

/**
 * After a model turn: the offline engine's pending question and "prompted for more"
 * state belong to a turn that is over; the lines the model added or changed are the
 * ones "make it iced" now points at, and the kiosk's new question is the model's.
 */
function tellOffline(ctx: TurnContext, before: CartState, out: TurnOutcome): void {
  const mem = readMemory(ctx.memory);
  const after = ctx.cart.state();
  const old = new Map(before.lines.map((l) => [l.id, JSON.stringify([l.qty, l.options])]));
  const added = after.lines.filter((l) => !old.has(l.id)).map((l) => l.id);
  const changed = after.lines.filter((l) => old.has(l.id) && old.get(l.id) !== JSON.stringify([l.qty, l.options])).map((l) => l.id);
  const live = new Set(after.lines.map((l) => l.id));
  const touched = [...changed, ...added];
  writeMemory(ctx.memory, {
    ...mem,
    lang: out.lang === "ko" || out.lang === "en" ? out.lang : mem.lang,
    focus: [...mem.focus.filter((id) => live.has(id) && !touched.includes(id)), ...touched],
    lastAdded: added.length > 0 ? added : mem.lastAdded.filter((id) => live.has(id)),
    ask: out.ask,
    awaitingConfirm: out.ask?.kind === "confirm",
    checkoutRequested: false,
    offer: undefined,
    promptedMore: out.ask?.kind === "item",
  });
}
