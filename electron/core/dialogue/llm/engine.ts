// The LLM order dialogue. Each turn sends the menu-built instructions, the
// conversation, the current cart and the customer's words to a chat model with
// menu-generated tools; the model's tool calls go through the cart (which refuses
// what the menu does not allow and says why, back to the model), its text streams
// to the customer a sentence at a time with unbacked prices held back, and the
// read-back of what changed and the total is built from the cart.
//
// When the model cannot be reached (timeout, 5xx after retries, refused connection,
// a stream cut off) the turn goes to the fallback engine (offline) on the same cart,
// and the reply says so in a few words. After a failure the model is left alone for
// a cool-down, so the next customers do not each wait for a timeout.
import type { CartView } from "../../../../shared/cart.ts";
import type { DialogueEngine, HandOffReceiver, TurnContext, TurnInput, TurnOutcome, Ask } from "../engine.ts";
import { MemorySlot } from "../memory.ts";
import { ChatAbortedError, type ChatMessage, type ChatModel } from "../../providers/chat.ts";
import { cartErrorMessage } from "../../../../shared/wording.ts";
import { detectLang } from "./lang.ts";
import {
  anythingElseText,
  cancelledText,
  cartText,
  changesText,
  confirmText,
  emptyCartText,
  fallbackNoticeText,
  nextQuestion,
  notUnderstoodText,
  quoteText,
  totalText,
} from "./phrases.ts";
import { cartMessage, quotesInstructions, systemPrompt } from "./prompt.ts";
import { claimsDiscount, menuPercents, priceOk, ReplyStream } from "./reply.ts";
import { cartFingerprint, emptyEffects, ToolRun, type LlmMemory, type RoundEffects, type ToolFailure } from "./tool-run.ts";
import { buildTools } from "./tools.ts";

export interface LlmEngineOptions {
  chat: ChatModel;
  /** Answers the turns the model cannot (the offline engine). */
  fallback: DialogueEngine;
  /** Model calls per turn at most (a call after refused tool calls lets the model fix them). */
  maxRounds?: number;
  /** After a failed call, turns go straight to the fallback for this long (ms). */
  cooldownMs?: number;
  /** Earlier conversation entries sent to the model at most. */
  historyEntries?: number;
  now?: () => number;
  /** Told about every failed model call (for logs and the admin screen); the turn itself falls back. */
  onModelFailure?: (err: Error) => void;
}

export const DEFAULT_MAX_ROUNDS = 4;
/**
 * Output tokens per model call: a spoken kiosk turn is a sentence or two plus tool
 * calls (an order of many items fits well under this); a runaway or injected reply is cut off.
 */
export const MAX_REPLY_TOKENS = 300;
export const DEFAULT_COOLDOWN_MS = 30_000;

interface EngineMemory extends LlmMemory {
  /** The customer was told the kiosk is in simple mode (once per outage). */
  noticeGiven?: boolean;
}

const SLOT = new MemorySlot<EngineMemory>("llm", () => ({}));

export interface LlmEngine extends DialogueEngine, HandOffReceiver {
  /** Until when (ms, options.now clock) turns skip the model; 0 when it is healthy. */
  readonly coolingDownUntilMs: number;
}

export function createLlmEngine(opts: LlmEngineOptions): LlmEngine {
  const maxRounds = opts.maxRounds ?? DEFAULT_MAX_ROUNDS;
  const cooldownMs = opts.cooldownMs ?? DEFAULT_COOLDOWN_MS;
  const historyEntries = opts.historyEntries ?? 20;
  const now = opts.now ?? (() => performance.now());
  let openUntilMs = 0;

  async function fallBack(input: TurnInput, ctx: TurnContext, lang: string, reply: ReplyStream, mem: EngineMemory): Promise<TurnOutcome> {
    const said = reply.text;
    const notice = mem.noticeGiven ? "" : fallbackNoticeText(lang);
    mem.noticeGiven = true;
    let spoken = said.length > 0;
    if (notice) {
      ctx.onReplyDelta?.(spoken ? ` ${notice}` : notice);
      spoken = true;
    }
    let first = true;
    const out = await opts.fallback.turn(input, {
      ...ctx,
      onReplyDelta: (d) => {
        ctx.onReplyDelta?.(first && spoken && !/^\s/.test(d) ? ` ${d}` : d);
        first = false;
      },
    });
    return { ...out, reply: [said, notice, out.reply].filter(Boolean).join(" "), fellBack: true };
  }

  return {
    name: "llm",
    get coolingDownUntilMs() {
      return openUntilMs > now() ? openUntilMs : 0;
    },

    /** Another engine read the order back and asked to confirm: the customer's yes may come to the model. */
    acceptHandOff(handOff, ctx) {
      const mem = ctx.memory.get(SLOT);
      if (handOff.ask?.kind === "confirm") mem.confirmAsked = { historyLength: handOff.historyLength, cart: cartFingerprint(ctx.cart.state()) };
      else delete mem.confirmAsked;
    },

    async turn(input: TurnInput, ctx: TurnContext): Promise<TurnOutcome> {
      const menu = ctx.menu;
      const mem = ctx.memory.get(SLOT);
      const lang = detectLang(input.text, menu.languages, input.langHint ?? menu.defaultLanguage);
      const startView = ctx.cart.view();
      const run = new ToolRun(menu, ctx.cart, mem, ctx.history.length);
      const allowed = () => amountsOf([startView, ctx.cart.view()], run.quotedAmounts);
      const percents = menuPercents(menu.menu);
      const reply = new ReplyStream(ctx.onReplyDelta, (s) => priceOk(s, menu.currency, allowed()) && !claimsDiscount(s, percents) && !quotesInstructions(menu, s));
      if (openUntilMs > now()) return fallBack(input, ctx, lang, reply, mem);

      const awaitingConfirm = mem.confirmAsked?.historyLength === ctx.history.length - 2;
      const messages: ChatMessage[] = [
        { role: "system", content: systemPrompt(menu) },
        ...ctx.history.slice(-historyEntries).map((t): ChatMessage => ({ role: t.role, content: t.text })),
        { role: "system", content: cartMessage(menu, startView, ctx.cart.state(), awaitingConfirm) },
        { role: "user", content: input.text },
      ];
      const all = emptyEffects();
      let unanswered: ToolFailure[] = [];
      let lastModelText = "";
      let failed = false;
      try {
        for (let round = 1; round <= maxRounds; round++) {
          const res = await opts.chat.complete({ messages, tools: buildTools(menu), maxOutputTokens: MAX_REPLY_TOKENS }, { signal: ctx.signal, onTextDelta: (d) => reply.modelDelta(d) });
          reply.endModelMessage();
          lastModelText = res.text;
          if (res.toolCalls.length === 0) {
            unanswered = [];
            break;
          }
          const fx = emptyEffects();
          messages.push({ role: "assistant", content: res.text || null, toolCalls: res.toolCalls });
          for (const call of res.toolCalls) messages.push({ role: "tool", toolCallId: call.id, content: run.execute(call, fx) });
          speakEffects(fx, ctx, lang, reply);
          merge(all, fx);
          // A refusal the engine answers itself (confirmation not given yet) needs no model round.
          unanswered = fx.failures.filter((f) => f.code !== "not-confirmed");
          if (unanswered.length === 0 || fx.placed || fx.cancelled) break;
        }
      } catch (err) {
        if (err instanceof ChatAbortedError || ctx.signal.aborted) throw err instanceof ChatAbortedError ? err : new ChatAbortedError();
        reply.discardPending();
        openUntilMs = now() + cooldownMs;
        opts.onModelFailure?.(err as Error);
        // Nothing changed yet: the fallback engine takes the whole turn. Otherwise the
        // applied changes stand and the turn ends with the cart's read-back.
        if (run.appliedCount === 0) return fallBack(input, ctx, lang, reply, mem);
        failed = true;
      }
      if (!failed) {
        openUntilMs = 0;
        mem.noticeGiven = false;
      }

      const view = ctx.cart.view();
      // Refusals the model did not get to explain (round cap, or it failed): the cart's reasons.
      if (unanswered.length > 0 && (failed || !lastModelText.trim())) {
        for (const msg of new Set(unanswered.map((f) => failureText(f, ctx, lang)))) reply.say(msg);
      }
      // A price sentence was held back: the customer still hears the real total.
      if (reply.suppressed.length > 0 && all.changes.length === 0 && view.lines.length > 0) reply.say(totalText(view, lang));

      let ask: Ask | undefined;
      const modelAsked = /[?？]/.test(reply.modelSentences.join(" "));
      const modelSpoke = reply.modelSentences.length > 0;
      if (all.checkout === "confirm" && !all.placed) ask = { kind: "confirm" };
      else if (!all.placed && !all.cancelled) {
        const q = nextQuestion(menu, view, lang);
        if (q) {
          ask = q.ask;
          if (!modelAsked) reply.say(q.text);
        } else if (all.changes.length > 0 && !modelSpoke && !failed) {
          reply.say(anythingElseText(lang));
          ask = { kind: "item" };
        }
      }
      if (failed) reply.say(fallbackNoticeText(lang));
      const understood = !reply.isEmpty || all.placed;
      if (reply.isEmpty && !all.placed) reply.say(notUnderstoodText(lang));
      return {
        reply: reply.text,
        lang,
        understood,
        engine: "llm",
        ...(all.placed ? { checkout: true } : {}),
        ...(all.cancelled ? { cancelled: true } : {}),
        ...(ask ? { ask } : {}),
        ...(failed ? { fellBack: true } : {}),
      };
    },
  };
}

function speakEffects(fx: RoundEffects, ctx: TurnContext, lang: string, reply: ReplyStream): void {
  const menu = ctx.menu;
  const view = ctx.cart.view();
  if (fx.cancelled) reply.say(cancelledText(lang));
  else if (fx.checkout === "confirm" && !fx.placed) reply.say(confirmText(menu, view, lang));
  else if (!fx.placed) reply.say(changesText(menu, fx.changes, view, lang));
  for (const q of fx.quotes) reply.say(quoteText(menu, q.item, q.options, q.unitPrice, lang));
  if (fx.showCart && fx.checkout !== "confirm") reply.say(cartText(menu, view, lang));
  if (fx.checkout === "empty") reply.say(emptyCartText(lang));
}

function merge(into: RoundEffects, fx: RoundEffects): void {
  into.changes.push(...fx.changes);
  into.quotes.push(...fx.quotes);
  into.failures.push(...fx.failures);
  into.showCart ||= fx.showCart;
  into.placed ||= fx.placed;
  into.cancelled ||= fx.cancelled;
  if (fx.checkout) into.checkout = fx.checkout;
}

function failureText(f: ToolFailure, ctx: TurnContext, lang: string): string {
  if (f.error) return cartErrorMessage(ctx.menu, f.error, lang);
  return lang === "ko" ? "죄송해요, 그 요청은 처리하지 못했어요." : "Sorry, I couldn't do that.";
}

/** Every amount the cart shows (unit prices, line totals, total) plus this turn's quotes. An empty cart backs no amount, not even 0. */
function amountsOf(views: CartView[], quotes: ReadonlySet<number>): Set<number> {
  const out = new Set<number>(quotes);
  for (const v of views) {
    if (v.lines.length > 0) out.add(v.total);
    for (const l of v.lines) {
      out.add(l.unitPrice);
      out.add(l.lineTotal);
    }
  }
  return out;
}
