// The touchscreen: one reducer fed by the Node side's events, one dispatch for every
// customer intent, and the screen for where the customer is (attract, order type,
// ordering, read-back, order number). Idle customers are asked "are you still
// there?" and then the kiosk starts over for the next one.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { Command, KioskState } from "../../shared/contract.ts";
import { createDispatch, type Intent } from "./actions.ts";
import { idleTimes, type UiConfig } from "./config.ts";
import type { KioskConnection } from "./connection.ts";
import { KioskContext, type Kiosk } from "./context.ts";
import { formatMoney, formatPriceDelta } from "./format.ts";
import { translator } from "./i18n.ts";
import { initialState, reduce, type AppState } from "./state/reducer.ts";
import type { SpeechControl, VoiceControl, VoiceInputProblem } from "./voice-slot.ts";
import { useIdle } from "./hooks/useIdle.ts";
import { AttractScreen } from "./screens/AttractScreen.tsx";
import { OrderTypeScreen } from "./screens/OrderTypeScreen.tsx";
import { OrderingScreen } from "./screens/OrderingScreen.tsx";
import { ReviewScreen } from "./screens/ReviewScreen.tsx";
import { PlacedScreen } from "./screens/PlacedScreen.tsx";
import { IdleOverlay } from "./components/IdleOverlay.tsx";
import { NoticeToast } from "./components/NoticeToast.tsx";
import { SystemMessage } from "./components/SystemMessage.tsx";
import { ConfirmDialog } from "./components/ConfirmDialog.tsx";
import { GuideCaption, ReachTop } from "./components/ModeFrames.tsx";
import { useGuide } from "./guide/useGuide.ts";
import { confirmQuestion } from "./easy/confirm.ts";

export interface AppProps {
  connection: KioskConnection;
  config: UiConfig;
  voiceControl?: VoiceControl;
  /** The kiosk's voice output (stop, volume) for the guided keypad mode. */
  speech?: SpeechControl;
  /** Start from a given state (component tests render screens this way). */
  initial?: AppState;
}

export function App({ connection, config, voiceControl, speech, initial }: AppProps) {
  const [state, apply] = useReducer(
    reduce,
    initial ?? initialState({ largeText: config.largeText, highContrast: config.highContrast, guided: config.guided, lowReach: config.lowReach, easy: config.easy }),
  );
  const stateRef = useRef(state);
  stateRef.current = state;
  const rootRef = useRef<HTMLDivElement>(null);
  const [voiceState, setVoiceState] = useState<KioskState | null>(null);
  const [micProblem, setMicProblem] = useState<VoiceInputProblem | null>(null);
  /** Easy mode: the change waiting for the customer's yes. */
  const [pending, setPending] = useState<{ intent: Intent; question: string } | null>(null);
  /** The customer turned the time limit off (until the next customer). */
  const [noTimeLimit, setNoTimeLimit] = useState(false);

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

  const send = useCallback((c: Command) => connection.send(c), [connection]);
  const direct = useMemo(() => createDispatch({ send, apply, getState: () => stateRef.current }), [send]);
  // Easy mode: every change to the order is asked first ("… 담을까요?").
  const dispatch = useCallback(
    (intent: Intent) => {
      const s = stateRef.current;
      const question = s.prefs.easy ? confirmQuestion(intent, s) : undefined;
      if (question) setPending({ intent, question });
      else direct(intent);
    },
    [direct],
  );
  const kiosk = useMemo<Kiosk>(() => {
    const currency = state.cart?.currency ?? state.model?.currency ?? "KRW";
    const lang = state.lang;
    return {
      state,
      dispatch,
      t: translator(lang, { easy: state.prefs.easy }),
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
    root.classList.toggle("low-reach", state.prefs.lowReach);
    root.classList.toggle("easy", state.prefs.easy);
    root.classList.toggle("guided", state.prefs.guided);
    root.lang = state.lang;
  }, [state.prefs.largeText, state.prefs.highContrast, state.prefs.lowReach, state.prefs.easy, state.prefs.guided, state.lang]);

  const startOver = useCallback(() => direct({ type: "startOver" } satisfies Intent), [direct]);
  useEffect(() => {
    if (state.screen === "attract") {
      setNoTimeLimit(false);
      setPending(null);
    }
  }, [state.screen]);
  // Idle times: the URL's, else the staff's (admin screen), else the defaults.
  const staff = state.screenSettings;
  const idleBase = staff && !config.presetByUrl.idle ? { ...config, idleMs: staff.idleSeconds * 1000, idleCountdownMs: staff.idleCountdownSeconds * 1000 } : config;
  const times = idleTimes(idleBase, state.prefs);
  const staffMode = staff?.defaultMode;
  useEffect(() => {
    if (staffMode && !config.presetByUrl.mode) apply({ type: "ui/setDefaultMode", mode: staffMode });
  }, [staffMode, config.presetByUrl.mode]);
  const idle = useIdle({
    active: state.screen !== "attract" && state.screen !== "placed" && !noTimeLimit,
    busy: state.kioskState === "thinking" || state.kioskState === "speaking" || pending !== null,
    idleMs: times.idleMs,
    countdownMs: times.countdownMs,
    activityKey: `${state.conversation.length}|${state.cart?.itemCount ?? 0}|${state.cart?.pending.length ?? 0}|${state.screen}`,
    onTimeout: startOver,
  });

  // Voice input that cannot work says so, and why (never "getting ready" forever).
  const voiceProblem: VoiceInputProblem | "not-configured" | null = state.model && !state.voice.input ? "not-configured" : micProblem;
  const guide = useGuide({ kiosk, send, speech, rootRef, idle, voiceProblem });

  const shownState = voiceProblem ? "unavailable" : (voiceState ?? state.kioskState);
  let body;
  if (state.menuError) body = <SystemMessage kind="error" text={kiosk.t("menuBroken")} detail={state.menuError} />;
  else if (!state.model) body = <SystemMessage kind="loading" text={state.connection === "closed" ? kiosk.t("connectionLost") : kiosk.t("menuLoading")} />;
  else {
    const voice = { Control: voiceControl, shownState, reportState: setVoiceState, reportInputProblem: setMicProblem, problem: voiceProblem, readCart: guide.readCart };
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
        // The order number stays as much longer as the idle times are.
        body = <PlacedScreen doneMs={Math.round(config.doneMs * (times.idleMs / idleBase.idleMs))} />;
        break;
    }
  }

  return (
    <KioskContext.Provider value={kiosk}>
      <div
        ref={rootRef}
        className={`kiosk screen-${state.screen}${state.prefs.guided ? " mode-guided" : ""}${state.prefs.lowReach ? " mode-low-reach" : ""}${state.prefs.easy ? " mode-easy" : ""}`}
        data-screen={state.screen}
        data-connection={state.connection}
      >
        {state.prefs.lowReach && state.model ? <ReachTop caption={guide.caption} /> : state.prefs.guided ? <GuideCaption text={guide.caption} /> : null}
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
        {pending ? (
          <ConfirmDialog
            question={pending.question}
            onYes={() => {
              setPending(null);
              direct(pending.intent);
            }}
            onNo={() => setPending(null)}
          />
        ) : null}
        {idle.warning ? (
          <IdleOverlay
            secondsLeft={idle.secondsLeft}
            onStay={idle.stillHere}
            onLeave={startOver}
            onNoLimit={() => {
              setNoTimeLimit(true);
              idle.stillHere();
            }}
          />
        ) : null}
      </div>
    </KioskContext.Provider>
  );
}
