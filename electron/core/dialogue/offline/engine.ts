// The offline order engine: understands Korean and English orders for any menu in
// the format, without a network. `interpret` says what a turn would do (the cart
// actions and whether the engine is sure) without applying anything, so hybrid mode
// can keep the turns the engine is sure about and hand the rest to the LLM; `turn`
// applies the same plan through the session's cart.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { CartAction } from "../../cart/cart.ts";
import type { DialogueEngine, HandOffReceiver, TurnContext, TurnInput, TurnOutcome } from "../engine.ts";
import { lexiconFor } from "./lexicon.ts";
import { handOffMemory, readMemory, writeMemory } from "./memory.ts";
import { planTurn, type Plan } from "./planner.ts";
import { say } from "./phrases.ts";

export interface Interpretation {
  /** The cart actions the turn would apply, in order, against the cart as it is now. */
  actions: CartAction[];
  /** The engine understood every word that mattered and guessed nothing. */
  confident: boolean;
  /** Something would be applied, answered or asked. */
  understood: boolean;
  reply: string;
  lang: string;
  checkout: boolean;
  cancelled: boolean;
}

export interface OfflineEngine extends DialogueEngine, HandOffReceiver {
  readonly name: "offline";
  /** What the turn would do, without touching the cart or the memory. */
  interpret(text: string, ctx: Pick<TurnContext, "cart" | "memory"> & { langHint?: string }): Interpretation;
}

export interface OfflineEngineOptions {
  /** Where a failure turn() answers as "not understood" is reported (default: stderr). */
  log?: (line: string) => void;
}

export function createOfflineEngine(menu: MenuModel, opts: OfflineEngineOptions = {}): OfflineEngine {
  const log = opts.log ?? ((line: string) => console.error(`kiosk: ${line}`));
  const lex = lexiconFor(menu); // built once per menu, reused by every turn

  const plan = (text: string, ctx: Pick<TurnContext, "cart" | "memory">, langHint?: string): Plan =>
    planTurn({ menu, lex, text: String(text ?? ""), state: ctx.cart.state(), memory: readMemory(ctx.memory), ...(langHint ? { langHint } : {}) });

  return {
    name: "offline",

    acceptHandOff(handOff, ctx) {
      const live = new Set(ctx.cart.state().lines.map((l) => l.id));
      writeMemory(ctx.memory, handOffMemory(readMemory(ctx.memory), handOff, live));
    },

    interpret(text, ctx) {
      const p = plan(text, ctx, ctx.langHint);
      return {
        actions: p.actions,
        confident: p.confident,
        understood: p.understood,
        reply: p.reply,
        lang: p.lang,
        checkout: p.checkout === true,
        cancelled: p.cancelled === true,
      };
    },

    async turn(input: TurnInput, ctx: TurnContext): Promise<TurnOutcome> {
      ctx.signal.throwIfAborted();
      let p: Plan;
      try {
        p = plan(input.text, ctx, input.langHint);
      } catch (err) {
        // A bug in understanding must not lose the cart: answer "not understood", and
        // say what broke (not the customer's words) where staff and developers look.
        log(`offline engine failed on a turn, answered "not understood": ${(err as Error)?.stack ?? String(err)}`);
        const lang = input.langHint === "en" || input.langHint === "ko" ? input.langHint : menu.defaultLanguage;
        return { reply: say.notUnderstood(lang === "en" ? "en" : "ko"), lang, understood: false, engine: "offline" };
      }
      let reply = p.reply;
      for (const action of p.actions) {
        const r = ctx.cart.apply(action);
        if (!r.ok) {
          // The cart changed under the plan (it should not: planning and applying are
          // back to back). Stop here and say so rather than report what did not happen.
          reply = p.lang === "ko" ? "죄송해요, 주문을 반영하지 못했어요. 다시 말씀해 주세요." : "Sorry, I couldn't update your order. Please say that again.";
          writeMemory(ctx.memory, { ...readMemory(ctx.memory), lang: p.lang });
          return { reply, lang: p.lang, understood: false, engine: "offline" };
        }
      }
      writeMemory(ctx.memory, p.memory);
      ctx.onReplyDelta?.(reply);
      return {
        reply,
        lang: p.lang,
        understood: p.understood,
        ...(p.checkout ? { checkout: true } : {}),
        ...(p.cancelled ? { cancelled: true } : {}),
        ...(p.ask ? { ask: p.ask } : {}),
        engine: "offline",
      };
    },
  };
}
