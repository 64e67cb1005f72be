// The screen's state: fed by the Node side's events (menu, cart, conversation,
// kiosk state, placed orders) and by the screen's own navigation (which screen,
// which category, which item sheet). Pure, so every transition is unit-tested.
// Prices shown for the order come only from the `cart` event's CartView.
import type { CartView } from "../../../shared/cart.ts";
import type { Ask, KioskEvent, KioskState, ScreenSettings } from "../../../shared/contract.ts";
import type { MenuModel } from "../../../shared/menu/model.ts";
import { entryOrderGroups, loadMenu, shelves } from "../menu/view.ts";

export type { Ask };
export type Screen = "attract" | "orderType" | "ordering" | "review" | "placed";
export type ConnectionStatus = "connecting" | "open" | "closed";

export interface ConversationEntry {
  key: string;
  role: "user" | "kiosk";
  turnId: string;
  text: string;
  /** A kiosk reply still streaming (replyDelta) is not done until its `reply`. */
  done: boolean;
}

export interface Notice {
  id: number;
  level: "info" | "error";
  code: string;
  message: string;
}

export interface Prefs {
  largeText: boolean;
  highContrast: boolean;
  /** Voice-guided keypad mode: a linear, announced flow (renderer/app/guide). */
  guided: boolean;
  /** Every control in the lower part of the screen (wheelchair reach). */
  lowReach: boolean;
  /** Fewer things at once, bigger pictures, plain words, a confirm step for every change. */
  easy: boolean;
}

export type Mode = "guided" | "lowReach" | "easy";
export type PrefsInput = Pick<Prefs, "largeText" | "highContrast"> & Partial<Prefs>;

export interface AppState {
  connection: ConnectionStatus;
  model: MenuModel | null;
  menuError: string | null;
  assetBase: string;
  voice: { input: boolean; output: boolean; reason?: string };
  /** The staff's settings for this screen (default mode, idle times), from the menu event. */
  screenSettings: ScreenSettings | null;
  cart: CartView | null;
  lang: string;
  /** The customer picked the language on screen (else the menu's default, or what they speak). */
  langChosen: boolean;
  kioskState: KioskState;
  conversation: ConversationEntry[];
  /** Big answer buttons for what the kiosk just asked (or a pending line the customer tapped). */
  ask: Ask | null;
  screen: Screen;
  orderTypeStep: number;
  placed: { number: number; cart: CartView } | null;
  /** An order was sent and has not yet been placed or refused: the confirm button stays disabled. */
  placing: boolean;
  notice: Notice | null;
  sheetItem: string | null;
  category: string | null;
  prefs: Prefs;
  /** Preferences a new customer starts with (from the configuration). */
  initialPrefs: Prefs;
  seq: number;
}

export type LocalAction =
  | { type: "ui/connection"; status: ConnectionStatus }
  | { type: "ui/start" }
  | { type: "ui/entryOptionChosen" }
  | { type: "ui/selectCategory"; id: string }
  | { type: "ui/openItem"; item: string }
  | { type: "ui/closeItem" }
  | { type: "ui/review" }
  | { type: "ui/backToMenu" }
  | { type: "ui/ask"; ask: Ask }
  | { type: "ui/dismissAsk" }
  | { type: "ui/dismissNotice"; id: number }
  | { type: "ui/setLang"; lang: string }
  | { type: "ui/toggleLargeText" }
  | { type: "ui/toggleHighContrast" }
  | { type: "ui/setMode"; mode: Mode; on: boolean }
  /** The staff's default mode: what every new customer starts in (and the start screen now). */
  | { type: "ui/setDefaultMode"; mode: Mode | "standard" }
  | { type: "ui/resetToAttract" }
  | { type: "ui/placing" };

export type AppAction = { type: "event"; event: KioskEvent } | LocalAction;

export function initialState(input: PrefsInput, lang = "ko"): AppState {
  const prefs: Prefs = { guided: false, lowReach: false, easy: false, ...input };
  return {
    connection: "connecting",
    model: null,
    menuError: null,
    assetBase: "",
    voice: { input: false, output: false },
    screenSettings: null,
    cart: null,
    lang,
    langChosen: false,
    kioskState: "idle",
    conversation: [],
    ask: null,
    screen: "attract",
    orderTypeStep: 0,
    placed: null,
    placing: false,
    notice: null,
    sheetItem: null,
    category: null,
    prefs: { ...prefs },
    initialPrefs: { ...prefs },
    seq: 0,
  };
}

export function reduce(state: AppState, action: AppAction): AppState {
  if (action.type === "event") return onEvent(state, action.event);
  return onLocal(state, action);
}

function onEvent(state: AppState, ev: KioskEvent): AppState {
  switch (ev.type) {
    case "menu": {
      const r = loadMenu(ev.menu);
      if (!r.ok) return { ...state, menuError: r.message };
      const model = r.model;
      const cats = shelves(model).map((s) => s.category.id);
      return {
        ...state,
        model,
        menuError: null,
        assetBase: ev.assetBase,
        voice: ev.voice,
        screenSettings: ev.screen ?? null,
        lang: state.langChosen && model.languages.includes(state.lang) ? state.lang : model.defaultLanguage,
        category: state.category && cats.includes(state.category) ? state.category : (cats[0] ?? null),
        sheetItem: state.sheetItem && model.item(state.sheetItem) ? state.sheetItem : null,
      };
    }
    case "cart":
      return { ...state, cart: ev.cart, ask: askStillOpen(state.ask, state.cart, ev.cart) };
    case "lang":
      return { ...state, lang: ev.lang };
    case "state":
      return { ...state, kioskState: ev.state };
    case "user": {
      const seq = state.seq + 1;
      const entry: ConversationEntry = { key: `u${seq}`, role: "user", turnId: ev.turnId, text: ev.text, done: true };
      // A customer who speaks at the attract screen has started ordering.
      const screen = state.screen === "attract" || state.screen === "orderType" ? "ordering" : state.screen;
      return { ...state, seq, conversation: [...state.conversation, entry], ask: null, screen };
    }
    case "replyDelta": {
      const i = openReplyIndex(state.conversation, ev.turnId);
      if (i >= 0) {
        const conversation = state.conversation.slice();
        const e = conversation[i]!;
        conversation[i] = { ...e, text: e.text + ev.delta };
        return { ...state, conversation };
      }
      const seq = state.seq + 1;
      return { ...state, seq, conversation: [...state.conversation, { key: `k${seq}`, role: "kiosk", turnId: ev.turnId, text: ev.delta, done: false }] };
    }
    case "reply": {
      const i = openReplyIndex(state.conversation, ev.turnId);
      let conversation: ConversationEntry[];
      let seq = state.seq;
      if (i >= 0) {
        conversation = state.conversation.slice();
        conversation[i] = { ...conversation[i]!, text: ev.text, done: true };
      } else {
        seq += 1;
        conversation = [...state.conversation, { key: `k${seq}`, role: "kiosk", turnId: ev.turnId, text: ev.text, done: true }];
      }
      const screen = state.screen === "attract" ? "ordering" : state.screen;
      return { ...state, seq, conversation, ask: ev.ask && ev.ask.kind !== "item" ? ev.ask : null, screen };
    }
    case "orderPlaced":
      return { ...state, placed: { number: ev.number, cart: ev.cart }, placing: false, screen: "placed", sheetItem: null, ask: null };
    case "notice":
    case "error": {
      const seq = state.seq + 1;
      const level = ev.type === "notice" ? ev.level : "error";
      // A refusal ends the wait for the order (an "in progress" notice does not).
      const placing = state.placing && level !== "error";
      return { ...state, seq, placing, notice: { id: seq, level, code: ev.code, message: ev.message } };
    }
    default:
      // audio / audioEnd / stopAudio / latency and anything added later: playback and
      // timing belong to the voice loop (renderer/voice); the screen shows `state`.
      return state;
  }
}

function openReplyIndex(conv: ConversationEntry[], turnId: string): number {
  for (let i = conv.length - 1; i >= 0; i--) {
    const e = conv[i]!;
    if (e.role === "kiosk" && e.turnId === turnId && !e.done) return i;
  }
  return -1;
}

/** An ask stays on screen only while what it asks for is still open in the cart. */
function askStillOpen(ask: Ask | null, before: CartView | null, after: CartView): Ask | null {
  if (!ask) return null;
  switch (ask.kind) {
    case "choice":
      return after.pending.some((p) => p.id === ask.lineId && p.missing.includes(ask.group)) ? ask : null;
    case "orderOption": {
      const changed = JSON.stringify(before?.orderOptions[ask.group]) !== JSON.stringify(after.orderOptions[ask.group]);
      return changed ? null : ask;
    }
    case "confirm":
      return after.lines.length > 0 ? ask : null;
    case "item":
      return null;
  }
}

function onLocal(state: AppState, a: LocalAction): AppState {
  switch (a.type) {
    case "ui/connection":
      // A lost connection never answers the order in flight: let the customer try again.
      return { ...state, connection: a.status, placing: a.status === "open" ? state.placing : false };
    case "ui/placing":
      return { ...state, placing: true };
    case "ui/start": {
      const steps = state.model ? entryOrderGroups(state.model).length : 0;
      return { ...state, screen: steps > 0 ? "orderType" : "ordering", orderTypeStep: 0 };
    }
    case "ui/entryOptionChosen": {
      const steps = state.model ? entryOrderGroups(state.model).length : 0;
      const next = state.orderTypeStep + 1;
      return next >= steps ? { ...state, screen: "ordering", orderTypeStep: 0 } : { ...state, orderTypeStep: next };
    }
    case "ui/selectCategory":
      return { ...state, category: a.id };
    case "ui/openItem":
      return { ...state, sheetItem: a.item };
    case "ui/closeItem":
      return { ...state, sheetItem: null };
    case "ui/review":
      return { ...state, screen: "review", sheetItem: null };
    case "ui/backToMenu":
      return { ...state, screen: "ordering" };
    case "ui/ask":
      return { ...state, ask: a.ask };
    case "ui/dismissAsk":
      return { ...state, ask: null };
    case "ui/dismissNotice":
      return state.notice?.id === a.id ? { ...state, notice: null } : state;
    case "ui/setLang":
      return state.model && !state.model.languages.includes(a.lang) ? state : { ...state, lang: a.lang, langChosen: true };
    case "ui/toggleLargeText":
      return { ...state, prefs: { ...state.prefs, largeText: !state.prefs.largeText } };
    case "ui/toggleHighContrast":
      return { ...state, prefs: { ...state.prefs, highContrast: !state.prefs.highContrast } };
    case "ui/setDefaultMode": {
      const modes = { guided: a.mode === "guided", lowReach: a.mode === "lowReach", easy: a.mode === "easy" };
      const initialPrefs = { ...state.initialPrefs, ...modes };
      return { ...state, initialPrefs, prefs: state.screen === "attract" ? { ...state.prefs, ...modes } : state.prefs };
    }
    case "ui/setMode":
      return state.prefs[a.mode] === a.on ? state : { ...state, prefs: { ...state.prefs, [a.mode]: a.on } };
    case "ui/resetToAttract": {
      const first = state.model ? (shelves(state.model)[0]?.category.id ?? null) : null;
      return {
        ...state,
        screen: "attract",
        orderTypeStep: 0,
        conversation: [],
        ask: null,
        placed: null,
        placing: false,
        notice: null,
        sheetItem: null,
        category: first,
        prefs: { ...state.initialPrefs },
        lang: state.model?.defaultLanguage ?? state.lang,
        langChosen: false,
      };
    }
  }
}
