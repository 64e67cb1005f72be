// The bar on every customer screen: store name, the kiosk's state, the voice slot,
// the language switch, display settings and "start over".
import { useKiosk } from "../context.ts";
import { languageName } from "../format.ts";
import type { VoiceWiring } from "../voice-slot.ts";
import { StateIndicator } from "./StateIndicator.tsx";

export function TopBar({ voice, showStartOver = true }: { voice: VoiceWiring; showStartOver?: boolean }) {
  const { state, t, dispatch, text } = useKiosk();
  const model = state.model!;
  const Control = voice.Control;
  return (
    <header className="top-bar">
      <p className="store-name">{text(model.menu.store.name)}</p>
      <div className="top-bar-status">
        <StateIndicator state={voice.shownState} />
        {Control ? (
          <div className="voice-slot">
            <Control lang={state.lang} kioskState={state.kioskState} voice={state.voice} screen={state.screen} label={t("mic")} reportState={voice.reportState} />
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
        {showStartOver ? (
          <button type="button" className="button button-quiet" onClick={() => dispatch({ type: "startOver" })}>
            {t("startOver")}
          </button>
        ) : null}
      </div>
    </header>
  );
}
