// The touchscreen: one reducer fed by the Node side's events, one dispatch for every
// customer intent, and the screen for where the customer is (attract, order type,
// ordering, read-back, order number). Idle customers are asked "are you still
// there?" and then the kiosk starts over for the next one.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { KioskState } from "../../shared/contract.ts";
import { createDispatch, type Intent } from "./actions.ts";
import type { UiConfig } from "./config.ts";
import type { KioskConnection } from "./connection.ts";
import { KioskContext, type Kiosk } from "./context.ts";
import { formatMoney, formatPriceDelta } from "./format.ts";
import { translator } from "./i18n.ts";
import { initialState, reduce, type AppState } from "./state/reducer.ts";
import type { VoiceControl } from "./voice-slot.ts";
import { useIdle } from "./hooks/useIdle.ts";
import { AttractScreen } from "./screens/AttractScreen.tsx";
import { OrderTypeScreen } from "./screens/OrderTypeScreen.tsx";
import { OrderingScreen } from "./screens/OrderingScreen.tsx";
import { ReviewScreen } from "./screens/ReviewScreen.tsx";
import { PlacedScreen } from "./screens/PlacedScreen.tsx";
import { IdleOverlay } from "./components/IdleOverlay.tsx";
import { NoticeToast } from "./components/NoticeToast.tsx";
import { SystemMessage } from "./components/SystemMessage.tsx";

export interface AppProps {
  connection: KioskConnection;
  config: UiConfig;
  voiceControl?: VoiceControl;
  /** Start from a given state (component tests render screens this way). */
  initial?: AppState;
}

export function App({ connection, config, voiceControl, initial }: AppProps) {
  const [state, apply] = useReducer(reduce, initial ?? initialState({ largeText: config.largeText, highContrast: config.highContrast }));
  const stateRef = useRef(state);
  stateRef.current = state;
  const [voiceState, setVoiceState] = useState<KioskState | null>(null);

  useEffect(() => connection.onEvent((event) => {
    if (event.type === "state") setVoiceState(null);
    apply({ type: "event", event });
  }), [connection]);
  useEffect(() => connection.onStatus((status) => {
    apply({ type: "ui/connection", status });
    // A (re)connected screen asks for the menu and cart again; the language goes along
    // only if the customer picked one (otherwise the menu's first language rules).
    const s = stateRef.current;
    if (status === "open") connection.send(s.langChosen ? { type: "hello", lang: s.lang } : { type: "hello" });
  }), [connection]);

  const dispatch = useMemo(() => createDispatch({ send: (c) => connection.send(c), apply, getState: () => stateRef.current }), [connection]);
  const kiosk = useMemo<Kiosk>(() => {
    const currency = state.cart?.currency ?? state.model?.currency ?? "KRW";
    const lang = state.lang;
    return {
      state,
      dispatch,
      t: translator(lang),
      money: (n) => formatMoney(n, currency, lang),
      moneyDelta: (n) => formatPriceDelta(n, currency, lang),
      text: (t) => (state.model ? state.model.text(t, lang) : (t?.[lang] ?? "")),
    };
  }, [state, dispatch]);

  // The whole UI scales from the root font size (rem everywhere), so large text is one switch.
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle("large-text", state.prefs.largeText);
    root.classList.toggle("high-contrast", state.prefs.highContrast);
    root.lang = state.lang;
  }, [state.prefs.largeText, state.prefs.highContrast, state.lang]);

  const startOver = useCallback(() => dispatch({ type: "startOver" } satisfies Intent), [dispatch]);
  const idle = useIdle({
    active: state.screen !== "attract" && state.screen !== "placed",
    busy: state.kioskState === "thinking" || state.kioskState === "speaking",
    idleMs: config.idleMs,
    countdownMs: config.idleCountdownMs,
    activityKey: `${state.conversation.length}|${state.cart?.itemCount ?? 0}|${state.cart?.pending.length ?? 0}|${state.screen}`,
    onTimeout: startOver,
  });

  const shownState = voiceState ?? state.kioskState;
  let body;
  if (state.menuError) body = <SystemMessage kind="error" text={kiosk.t("menuBroken")} detail={state.menuError} />;
  else if (!state.model) body = <SystemMessage kind="loading" text={state.connection === "closed" ? kiosk.t("connectionLost") : kiosk.t("menuLoading")} />;
  else {
    const voice = { Control: voiceControl, shownState, reportState: setVoiceState };
    switch (state.screen) {
      case "attract":
        body = <AttractScreen voice={voice} />;
        break;
      case "orderType":
        body = <OrderTypeScreen voice={voice} />;
        break;
      case "ordering":
        body = <OrderingScreen voice={voice} />;
        break;
      case "review":
        body = <ReviewScreen voice={voice} />;
        break;
      case "placed":
        body = <PlacedScreen doneMs={config.doneMs} />;
        break;
    }
  }

  return (
    <KioskContext.Provider value={kiosk}>
      <div className={`kiosk screen-${state.screen}`} data-screen={state.screen} data-connection={state.connection}>
        {body}
        {/* Touches cannot reach the kiosk while the connection is down: say so, over everything. */}
        {state.connection === "closed" && state.model ? (
          <div className="modal-backdrop connection-lost">
            <div className="modal connection-banner" role="alert">
              <span className="state-icon" aria-hidden="true" />
              {kiosk.t("connectionLost")}
            </div>
          </div>
        ) : null}
        {state.notice ? <NoticeToast notice={state.notice} /> : null}
        {idle.warning ? <IdleOverlay secondsLeft={idle.secondsLeft} onStay={idle.stillHere} onLeave={startOver} /> : null}
      </div>
    </KioskContext.Provider>
  );
}
