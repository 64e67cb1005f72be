// The bar on every customer screen: store name, the kiosk's state (and why voice
// input is unavailable, when it is), the voice slot, the language switch, display
// settings, the barrier-free modes and "start over".
import { useKiosk } from "../context.ts";
import { languageName } from "../format.ts";
import type { VoiceWiring } from "../voice-slot.ts";
import type { StringKey } from "../i18n.ts";
import type { Mode } from "../state/reducer.ts";
import { StateIndicator } from "./StateIndicator.tsx";

const MODES: { mode: Mode; label: StringKey }[] = [
  { mode: "guided", label: "guideMode" },
  { mode: "lowReach", label: "lowReach" },
  { mode: "easy", label: "easyMode" },
];

const PROBLEM_TEXT: Record<NonNullable<VoiceWiring["problem"]>, StringKey> = {
  "not-configured": "voiceOffNotConfigured",
  "no-mic": "voiceOffNoMic",
  denied: "voiceOffDenied",
};

export function TopBar({ voice, showStartOver = true }: { voice: VoiceWiring; showStartOver?: boolean }) {
  const { state, t, dispatch, text } = useKiosk();
  const model = state.model!;
  const Control = voice.Control;
  return (
    <header className="top-bar">
      <p className="store-name">{text(model.menu.store.name)}</p>
      <div className="top-bar-status">
        <StateIndicator state={voice.shownState} />
        {voice.problem ? (
          <p className="voice-problem" data-problem={voice.problem}>
            <strong>{t("voiceOff")}</strong>: {t(PROBLEM_TEXT[voice.problem])}
          </p>
        ) : null}
        {Control ? (
          <div className="voice-slot">
            <Control lang={state.lang} kioskState={state.kioskState} voice={state.voice} screen={state.screen} label={t("mic")} reportState={voice.reportState} reportInputProblem={voice.reportInputProblem} />
          </div>
        ) : null}
      </div>
      <div className="top-bar-controls">
        {model.languages.length > 1 ? (
          <div className="segmented" role="group" aria-label={t("language")}>
            {model.languages.map((code) => (
              <button
                key={code}
                type="button"
                lang={code}
                className="seg-button"
                aria-pressed={state.lang === code}
                onClick={() => dispatch({ type: "setLanguage", lang: code })}
              >
                {languageName(code)}
              </button>
            ))}
          </div>
        ) : null}
        <div className="segmented" role="group" aria-label={t("accessibility")}>
          <button type="button" className="seg-button" aria-pressed={state.prefs.largeText} onClick={() => dispatch({ type: "toggleLargeText" })}>
            <span aria-hidden="true" className="icon-text">{t("largeTextIcon")}</span> {t("largeText")}
          </button>
          <button type="button" className="seg-button" aria-pressed={state.prefs.highContrast} onClick={() => dispatch({ type: "toggleHighContrast" })}>
            <span aria-hidden="true" className="icon-contrast" /> {t("highContrast")}
          </button>
        </div>
        <div className="segmented" role="group" aria-label={t("modes")}>
          {MODES.map((m) => (
            <button
              key={m.mode}
              type="button"
              className="seg-button"
              data-mode={m.mode}
              aria-pressed={state.prefs[m.mode]}
              onClick={() => dispatch({ type: "setMode", mode: m.mode, on: !state.prefs[m.mode] })}
            >
              {t(m.label)}
            </button>
          ))}
        </div>
        {state.prefs.guided ? (
          <button type="button" className="button button-quiet read-cart" onClick={voice.readCart}>
            {t("readCart")}
          </button>
        ) : null}
        {showStartOver ? (
          <button type="button" className="button button-quiet" onClick={() => dispatch({ type: "startOver" })}>
            {t("startOver")}
          </button>
        ) : null}
      </div>
    </header>
  );
}
