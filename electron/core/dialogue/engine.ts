// What every order-dialogue engine (offline rules, LLM, hybrid) looks like to the
// session. An engine reads the customer's words, proposes cart actions through the
// CartHandle (the cart decides), and answers with a short reply in the customer's
// language. Engines keep their between-turn memory in `memory` (memory.ts: a typed
// record per engine), which the session owns and throws away with the conversation.
import type { MenuModel } from "../../../shared/menu/model.ts";
import type { CartView } from "../../../shared/cart.ts";
import type { Ask } from "../../../shared/contract.ts";
import type { CartAction, CartResult, CartState } from "../cart/cart.ts";
import type { ConversationMemory } from "./memory.ts";

export interface ChatTurn {
  role: "user" | "assistant";
  text: string;
}

/** The session's cart as an engine sees it: propose actions, read the view. */
export interface CartHandle {
  apply(action: CartAction): CartResult;
  view(): CartView;
  state(): CartState;
}

/** What the kiosk is waiting for from the customer; the screen shows it as buttons (one type, in the contract). */
export type { Ask };

export interface TurnInput {
  text: string;
  /** A store language code ("ko", "en") from the screen's language switch or STT; the engine follows what the customer speaks. */
  langHint?: string;
}

export interface TurnContext {
  menu: MenuModel;
  cart: CartHandle;
  /** Earlier turns of this conversation, oldest first (only what the customer actually heard). */
  history: readonly ChatTurn[];
  /** Engine-owned memory between turns of one conversation. */
  memory: ConversationMemory;
  signal: AbortSignal;
  /** Streamed reply text, as it is written. */
  onReplyDelta?: (delta: string) => void;
}

export interface TurnOutcome {
  reply: string;
  /** The store language code the reply is in. */
  lang: string;
  /** false when the engine did not understand (hybrid then asks the model). */
  understood: boolean;
  /** The customer confirmed the order: the session places it now. */
  checkout?: boolean;
  /** The customer asked to cancel the whole order (the cart is already cleared). */
  cancelled?: boolean;
  ask?: Ask;
  /** Which engine produced this turn (offline / llm), and whether it fell back. */
  engine: "offline" | "llm";
  fellBack?: boolean;
}

export interface DialogueEngine {
  readonly name: "offline" | "llm" | "hybrid";
  turn(input: TurnInput, ctx: TurnContext): Promise<TurnOutcome>;
}

/**
 * What another engine's turn did, for an engine that may answer the next turn of the
 * same conversation (hybrid mode): so "라지요" or "yes" after a question from either
 * engine means what the customer meant.
 */
export interface HandOff {
  /** The store language code the turn was answered in. */
  lang: string;
  /** What the turn asked the customer, if it asked in a way the screen shows. */
  ask?: Ask;
  /** Cart lines the turn added, and lines it changed (quantity or options). */
  added: string[];
  changed: string[];
  /** The conversation's history length when the turn ran (before it was recorded). */
  historyLength: number;
}

/** An engine that can pick a conversation up from another engine. */
export interface HandOffReceiver {
  /** Another engine answered a turn; update this engine's own memory to continue from it. */
  acceptHandOff(handOff: HandOff, ctx: Pick<TurnContext, "cart" | "memory">): void;
}
