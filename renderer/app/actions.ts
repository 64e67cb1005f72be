// Every customer intent on the screen, in one place: `plan` maps an intent to the
// contract commands it sends and the screen-only changes it makes. Components never
// build commands themselves; they call `dispatch(intent)`.
import type { Command } from "../../shared/contract.ts";
import type { OptionValue } from "../../shared/menu/schema.ts";
import { translator } from "./i18n.ts";
import type { Ask, AppState, LocalAction, Mode } from "./state/reducer.ts";

export type Intent =
  | { type: "start" }
  | { type: "chooseEntryOption"; group: string; value: string }
  | { type: "selectCategory"; id: string }
  | { type: "openItem"; item: string }
  | { type: "closeItem" }
  | { type: "addItem"; item: string; qty: number; options: Record<string, OptionValue> }
  | { type: "setQty"; lineId: string; qty: number }
  | { type: "removeLine"; lineId: string }
  | { type: "chooseLineOption"; lineId: string; group: string; value: OptionValue }
  | { type: "chooseOrderOption"; group: string; value: OptionValue }
  | { type: "showAsk"; ask: Ask }
  | { type: "dismissAsk" }
  | { type: "say"; text: string }
  | { type: "answerConfirm"; yes: boolean }
  | { type: "setLanguage"; lang: string }
  | { type: "toggleLargeText" }
  | { type: "toggleHighContrast" }
  | { type: "setMode"; mode: Mode; on: boolean }
  | { type: "review" }
  | { type: "backToMenu" }
  | { type: "placeOrder" }
  | { type: "clearCart" }
  | { type: "startOver" }
  | { type: "dismissNotice"; id: number };

export interface Plan {
  commands: Command[];
  local: LocalAction[];
}

const touch = (action: Extract<Command, { type: "touch" }>["action"]): Command => ({ type: "touch", action });

/** What an intent does: commands for the Node side, then screen-only changes. Pure. */
export function plan(intent: Intent, state: AppState): Plan {
  const p = basePlan(intent, state);
  // A customer who touches or types while the kiosk is talking wants it to stop.
  if (state.kioskState === "speaking" && p.commands.some((c) => c.type === "touch" || c.type === "say")) {
    p.commands.unshift({ type: "bargeIn" });
  }
  return p;
}

function basePlan(intent: Intent, state: AppState): Plan {
  switch (intent.type) {
    case "start":
      return { commands: [], local: [{ type: "ui/start" }] };
    case "chooseEntryOption":
      return { commands: [touch({ type: "setOrderOption", group: intent.group, value: intent.value })], local: [{ type: "ui/entryOptionChosen" }] };
    case "selectCategory":
      return { commands: [], local: [{ type: "ui/selectCategory", id: intent.id }] };
    case "openItem": {
      const item = state.model?.item(intent.item);
      // Sold-out items cannot be opened; the cart would refuse them anyway.
      if (!item || item.soldOut) return { commands: [], local: [] };
      return { commands: [], local: [{ type: "ui/openItem", item: intent.item }] };
    }
    case "closeItem":
      return { commands: [], local: [{ type: "ui/closeItem" }] };
    case "addItem":
      return { commands: [touch({ type: "addItem", item: intent.item, qty: intent.qty, options: intent.options })], local: [{ type: "ui/closeItem" }] };
    case "setQty":
      return {
        commands: [intent.qty <= 0 ? touch({ type: "removeLine", lineId: intent.lineId }) : touch({ type: "setQty", lineId: intent.lineId, qty: intent.qty })],
        local: [],
      };
    case "removeLine":
      return { commands: [touch({ type: "removeLine", lineId: intent.lineId })], local: [] };
    case "chooseLineOption":
      return { commands: [touch({ type: "setLineOptions", lineId: intent.lineId, options: { [intent.group]: intent.value } })], local: [] };
    case "chooseOrderOption":
      return { commands: [touch({ type: "setOrderOption", group: intent.group, value: intent.value })], local: [] };
    case "showAsk":
      return { commands: [], local: [{ type: "ui/ask", ask: intent.ask }] };
    case "dismissAsk":
      return { commands: [], local: [{ type: "ui/dismissAsk" }] };
    case "say": {
      const text = intent.text.trim().slice(0, 500);
      return text ? { commands: [{ type: "say", text }], local: [] } : { commands: [], local: [] };
    }
    case "answerConfirm": {
      if (intent.yes) return state.placing ? { commands: [], local: [{ type: "ui/dismissAsk" }] } : { commands: [touch({ type: "placeOrder" })], local: [{ type: "ui/dismissAsk" }, { type: "ui/placing" }] };
      // "No" is an answer in the conversation, so the dialogue hears it too.
      return { commands: [{ type: "say", text: translator(state.lang)("sayNo") }], local: [{ type: "ui/dismissAsk" }] };
    }
    case "setLanguage":
      if (intent.lang === state.lang) return { commands: [], local: [] };
      return { commands: [{ type: "setLanguage", lang: intent.lang }], local: [{ type: "ui/setLang", lang: intent.lang }] };
    case "toggleLargeText":
      return { commands: [], local: [{ type: "ui/toggleLargeText" }] };
    case "toggleHighContrast":
      return { commands: [], local: [{ type: "ui/toggleHighContrast" }] };
    case "setMode":
      return { commands: [], local: [{ type: "ui/setMode", mode: intent.mode, on: intent.on }] };
    case "review":
      return { commands: [], local: [{ type: "ui/review" }] };
    case "backToMenu":
      return { commands: [], local: [{ type: "ui/backToMenu" }] };
    case "placeOrder":
      // One order per tap: nothing more is sent until it is placed or refused.
      return state.placing ? { commands: [], local: [] } : { commands: [touch({ type: "placeOrder" })], local: [{ type: "ui/placing" }] };
    case "clearCart":
      return { commands: [touch({ type: "clearCart" })], local: [] };
    case "startOver":
      // A new customer: the Node side forgets the cart and the conversation too.
      return { commands: [{ type: "reset" }], local: [{ type: "ui/resetToAttract" }] };
    case "dismissNotice":
      return { commands: [], local: [{ type: "ui/dismissNotice", id: intent.id }] };
  }
}

export type Dispatch = (intent: Intent) => void;

/** The one dispatch function the components get. */
export function createDispatch(deps: {
  send: (cmd: Command) => void;
  apply: (action: LocalAction) => void;
  getState: () => AppState;
}): Dispatch {
  return (intent) => {
    const p = plan(intent, deps.getState());
    for (const c of p.commands) deps.send(c);
    for (const a of p.local) deps.apply(a);
  };
}
