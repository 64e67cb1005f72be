// One customer's session at the kiosk: the cart, the conversation, and the turn in
// flight. Touch actions and dialogue turns both come through here, so the screen
// and the voice always see one cart. Each turn owns one AbortController; a new turn
// or a barge-in aborts the old one, and the per-turn object is then thrown away.
import type { MenuModel } from "../../../shared/menu/model.ts";
import type { CartView } from "../../../shared/cart.ts";
import type { Command, KioskEvent, KioskState, TouchAction } from "../../../shared/contract.ts";
import type { CartAction, CartResult, CartState } from "../cart/cart.ts";
import { applyCartAction, carryCart, emptyCart, viewCart } from "../cart/cart.ts";
import type { CartHandle, ChatTurn, DialogueEngine, TurnOutcome } from "../dialogue/engine.ts";
import { ConversationMemory } from "../dialogue/memory.ts";
import { cartErrorMessage, orderBlockedMessage, orderPlacedMessage } from "../../../shared/wording.ts";
import type { OrderSink, PlacedOrder } from "./orders.ts";

export type SessionListener = (event: KioskEvent) => void;

/**
 * A stage around the session (the voice loop is one: core/voice): it takes the
 * commands that are its own, sees every event on its way to the screen, and hears
 * when the session cancels its turn or starts over. The session knows nothing of
 * what a stage does.
 */
export interface SessionStage {
  /** Takes a command (returns its promise) or leaves it to the session (returns undefined). */
  command?(cmd: Command): Promise<void> | undefined;
  /** Sees an event before the stages after it and the listeners; passes it on with `next`, or holds it back. */
  event?(event: KioskEvent, next: (event: KioskEvent) => void): void;
  /** The session is about to cancel its turn (barge-in, a new turn, reset). */
  cancellingTurn?(): void;
  /** The session started over for a new customer. */
  wasReset?(): void;
}

export interface SessionOptions {
  menu: MenuModel;
  engine: DialogueEngine;
  orders: OrderSink;
  lang?: string;
  /** Milliseconds clock, injectable for tests and benchmarks. */
  now?: () => number;
  /** Operational log (staff, not customers): e.g. why an order could not be stored. */
  log?: (line: string) => void;
}

/** Everything that belongs to one turn; dropped when the turn ends or is aborted. */
export class Turn {
  readonly controller = new AbortController();
  readonly marks: Record<string, number> = {};
  constructor(
    readonly id: string,
    readonly startedAtMs: number,
  ) {}
  get signal(): AbortSignal {
    return this.controller.signal;
  }
}

export class KioskSession {
  menu: MenuModel;
  engine: DialogueEngine;
  readonly orders: OrderSink;
  lang: string;
  private cartState: CartState = emptyCart();
  private history: ChatTurn[] = [];
  private memory = new ConversationMemory();
  private current: Turn | undefined;
  private turnNo = 0;
  private listeners = new Set<SessionListener>();
  private readonly stages: SessionStage[] = [];
  private readonly now: () => number;
  private readonly log: (line: string) => void;
  /** The order being stored: a second placeOrder meanwhile (a double tap) gets a notice, not an order. */
  private placing: Promise<PlacedOrder | { error: string; message: string }> | undefined;
  lastOrder: PlacedOrder | undefined;

  constructor(opts: SessionOptions) {
    this.menu = opts.menu;
    this.engine = opts.engine;
    this.orders = opts.orders;
    this.lang = opts.lang ?? opts.menu.defaultLanguage;
    this.now = opts.now ?? (() => performance.now());
    this.log = opts.log ?? (() => {});
  }

  on(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Puts a stage around the session; stages see events in the order they were added. */
  addStage(stage: SessionStage): void {
    this.stages.push(stage);
  }

  /** Sends an event to the screen, through the stages. */
  emit(event: KioskEvent): void {
    this.pass(event, 0);
  }

  private pass(event: KioskEvent, from: number): void {
    for (let i = from; i < this.stages.length; i++) {
      const stage = this.stages[i]!;
      if (stage.event) return stage.event(event, (e) => this.pass(e, i + 1));
    }
    for (const l of this.listeners) l(event);
  }

  cart(): CartView {
    return viewCart(this.menu, this.cartState);
  }

  conversation(): readonly ChatTurn[] {
    return this.history;
  }

  /**
   * Voice: the customer interrupted a spoken reply, so history keeps only what was
   * heard of it (`heard`; empty drops the assistant message). Only the latest
   * assistant message is touched, and only when it is still `fullReply`.
   */
  trimLastReply(fullReply: string, heard: string): boolean {
    const i = this.history.length - 1;
    const last = this.history[i];
    if (!last || last.role !== "assistant" || last.text !== fullReply) return false;
    if (heard.trim()) this.history[i] = { role: "assistant", text: heard.trim() };
    else this.history.splice(i, 1);
    return true;
  }

  get turnInFlight(): Turn | undefined {
    return this.current;
  }

  /** The one entry point for commands from the screen (already validated by the transport). */
  async handle(cmd: Command): Promise<void> {
    // No await before a stage takes a command: commands keep their order of arrival.
    for (const stage of this.stages) {
      const taken = stage.command?.(cmd);
      if (taken) return taken;
    }
    switch (cmd.type) {
      case "hello":
        if (cmd.lang) this.setLanguage(cmd.lang);
        this.emit({ type: "lang", lang: this.lang });
        this.emit({ type: "cart", cart: this.cart() });
        return;
      case "touch":
        await this.touch(cmd.action);
        return;
      case "say":
        await this.say(cmd.text);
        return;
      case "bargeIn":
        this.cancelTurn();
        return;
      case "setLanguage":
        this.setLanguage(cmd.lang);
        return;
      case "reset":
        this.reset();
        return;
      case "announce":
        // A session without a voice has nothing to speak with (the menu event says so).
        return;
      case "audio":
      case "played":
      case "playing":
        // The voice stage's commands (core/voice), when no voice stage is attached.
        this.emit({ type: "notice", level: "error", code: "voice-unavailable", message: "voice input is not set up" });
        return;
      default: {
        // Every command of the contract is handled above; a new one fails to compile here.
        const unhandled: never = cmd;
        throw new Error(`unhandled command ${JSON.stringify(unhandled)}`);
      }
    }
  }

  setLanguage(lang: string): void {
    if (!this.menu.languages.includes(lang)) return;
    this.lang = lang;
    this.emit({ type: "lang", lang });
  }

  /** A touch action from the screen. It changes the cart beside a turn in flight, without interrupting it or the kiosk's speech. */
  async touch(action: TouchAction): Promise<void> {
    if (action.type === "placeOrder") {
      await this.placeOrder();
      return;
    }
    const cartAction = touchToCartAction(action);
    this.applyAndReport(cartAction);
  }

  private applyAndReport(action: CartAction): CartResult {
    const r = applyCartAction(this.menu, this.cartState, action);
    if (r.ok) {
      this.cartState = r.state;
      this.emit({ type: "cart", cart: this.cart() });
    } else {
      this.emit({ type: "notice", level: "error", code: r.error.code, message: cartErrorMessage(this.menu, r.error, this.lang) });
    }
    return r;
  }

  private cartHandle(): CartHandle {
    return {
      apply: (action) => {
        const r = applyCartAction(this.menu, this.cartState, action);
        if (r.ok) this.cartState = r.state;
        return r;
      },
      view: () => this.cart(),
      state: () => this.cartState,
    };
  }

  /** Start a new turn, aborting the one in flight (a customer who speaks again wins). */
  beginTurn(): Turn {
    this.cancelTurn();
    const turn = new Turn(`t${++this.turnNo}`, this.now());
    this.current = turn;
    return turn;
  }

  cancelTurn(): void {
    for (const stage of this.stages) stage.cancellingTurn?.();
    if (!this.current) return;
    this.current.controller.abort(new Error("turn cancelled"));
    this.current = undefined;
    this.emit({ type: "stopAudio" });
    this.setState("listening");
  }

  endTurn(turn: Turn): void {
    if (this.current === turn) this.current = undefined;
  }

  setState(state: KioskState): void {
    this.emit({ type: "state", state });
  }

  /** The customer's words (typed, or transcribed): one dialogue turn. */
  async say(text: string, given?: Turn): Promise<TurnOutcome | undefined> {
    const clean = text.trim();
    // Nothing said: the turn in flight (if any) goes on; a turn begun for these words ends.
    if (!clean) {
      if (given) this.endTurn(given);
      return undefined;
    }
    const turn = given ?? this.beginTurn();
    this.emit({ type: "user", turnId: turn.id, text: clean });
    this.setState("thinking");
    const before = JSON.stringify(this.cartState);
    let outcome: TurnOutcome;
    try {
      outcome = await this.engine.turn(
        { text: clean, langHint: this.lang },
        {
          menu: this.menu,
          cart: this.cartHandle(),
          history: this.history,
          memory: this.memory,
          signal: turn.signal,
          onReplyDelta: (delta) => {
            if (!turn.signal.aborted) this.emit({ type: "replyDelta", turnId: turn.id, delta });
          },
        },
      );
    } catch (err) {
      // Whatever the engine applied before it failed or was cut off still stands: show it.
      this.reportCartIfChanged(before);
      if (turn.signal.aborted) return undefined;
      throw err;
    }
    if (turn.signal.aborted) {
      this.reportCartIfChanged(before);
      return undefined;
    }
    if (outcome.lang !== this.lang && this.menu.languages.includes(outcome.lang)) this.setLanguage(outcome.lang);
    let reply = outcome.reply;
    if (outcome.checkout) {
      const placed = await this.placeOrder({ announce: false });
      const extra = "number" in placed ? orderPlacedMessage(placed.number, this.lang) : placed.message;
      reply = reply ? `${reply} ${extra}` : extra;
      this.emit({ type: "replyDelta", turnId: turn.id, delta: (outcome.reply ? " " : "") + extra });
    }
    this.reportCartIfChanged(before);
    this.history.push({ role: "user", text: clean }, { role: "assistant", text: reply });
    this.emit({ type: "reply", turnId: turn.id, text: reply, engine: outcome.engine, ...(outcome.ask ? { ask: outcome.ask } : {}) });
    this.endTurn(turn);
    this.setState("listening");
    return { ...outcome, reply };
  }

  private reportCartIfChanged(before: string): void {
    if (JSON.stringify(this.cartState) !== before) this.emit({ type: "cart", cart: this.cart() });
  }

  /**
   * Place the order in the cart: stored (and numbered) before the customer sees the
   * number. One order at a time per session: while one is being stored, another
   * request is refused with a notice (the cart is the same cart, so it would be a
   * second order for it).
   */
  async placeOrder(opts: { announce?: boolean } = {}): Promise<PlacedOrder | { error: string; message: string }> {
    if (this.placing) {
      const message = this.lang === "ko" ? "주문을 접수하고 있어요. 잠시만 기다려 주세요." : "Your order is being placed. One moment, please.";
      if (opts.announce !== false) this.emit({ type: "notice", level: "info", code: "order-in-progress", message });
      return { error: "order-in-progress", message };
    }
    const placing = this.placeNow(opts);
    this.placing = placing;
    try {
      return await placing;
    } finally {
      this.placing = undefined;
    }
  }

  private async placeNow(opts: { announce?: boolean }): Promise<PlacedOrder | { error: string; message: string }> {
    const view = this.cart();
    const blocked = orderBlockedMessage(this.menu, view, this.lang);
    if (blocked) {
      if (opts.announce !== false) this.emit({ type: "notice", level: "error", code: blocked.code, message: blocked.message });
      return { error: blocked.code, message: blocked.message };
    }
    let placed: PlacedOrder;
    try {
      placed = await this.orders.place({ cart: view, lang: this.lang, menu: this.menu });
    } catch (err) {
      // The details (a database path, an SQLite code) are for staff: the log, never the customer or the model.
      this.log(`order could not be stored: ${(err as Error)?.message ?? String(err)}`);
      const message = this.lang === "ko" ? "주문을 저장하지 못했어요. 직원을 불러 주세요." : "The order could not be saved. Please ask a member of staff.";
      this.emit({ type: "notice", level: "error", code: "order-store", message });
      return { error: "order-store", message };
    }
    this.lastOrder = placed;
    this.emit({ type: "orderPlaced", number: placed.number, cart: placed.cart });
    this.cartState = emptyCart();
    this.memory = new ConversationMemory();
    this.emit({ type: "cart", cart: this.cart() });
    return placed;
  }

  /** A new customer: nothing of the last conversation is kept. */
  reset(): void {
    this.cancelTurn();
    this.cartState = emptyCart();
    this.history = [];
    this.memory = new ConversationMemory();
    this.lang = this.menu.defaultLanguage;
    this.emit({ type: "lang", lang: this.lang });
    this.emit({ type: "cart", cart: this.cart() });
    this.setState("idle");
    for (const stage of this.stages) stage.wasReset?.();
  }

  /**
   * A new menu (published, reloaded, a sold-out switch): lines it still takes are kept
   * (re-priced); lines it does not take stay in the cart, flagged, until the customer
   * removes them (an order is refused while any are there).
   */
  replaceMenu(menu: MenuModel): { unavailable: number } {
    const oldMenu = this.menu;
    this.menu = menu;
    this.cartState = carryCart(oldMenu, menu, this.cartState);
    this.emit({ type: "cart", cart: this.cart() });
    return { unavailable: this.cartState.lines.filter((l) => l.unavailable).length };
  }
}

export function touchToCartAction(action: Exclude<TouchAction, { type: "placeOrder" }>): CartAction {
  switch (action.type) {
    case "addItem":
      return { type: "add", item: action.item, qty: action.qty, options: action.options ?? {} };
    case "removeLine":
      return { type: "remove", lineId: action.lineId };
    case "setQty":
      return { type: "setQty", lineId: action.lineId, qty: action.qty };
    case "setLineOptions":
      return { type: "setOptions", lineId: action.lineId, options: action.options };
    case "setOrderOption":
      return { type: "setOrderOption", group: action.group, value: action.value };
    case "clearCart":
      return { type: "clear" };
  }
}
