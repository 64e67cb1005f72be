// The first screen a customer sees: speak, or touch anywhere to start. The whole
// area reacts to a touch; the big Start button is the same thing for keyboards and
// screen readers. A second button, low on the screen, starts the voice-guided
// keypad mode (a keypad key does the same).
import { useKiosk } from "../context.ts";
import type { VoiceWiring } from "../voice-slot.ts";
import { TopBar } from "../components/TopBar.tsx";

export function AttractScreen({ voice }: { voice: VoiceWiring }) {
  const { state, t, dispatch } = useKiosk();
  return (
    <div className="screen attract">
      <TopBar voice={voice} showStartOver={false} />
      <main className="attract-main" aria-labelledby="attract-title">
      {/* A touch anywhere starts; keyboard users have the button below. */}
      <div className="attract-touch" onClick={() => dispatch({ type: "start" })}>
        <span className="attract-wave" aria-hidden="true">
          <span />
          <span />
          <span />
        </span>
        <h1 id="attract-title" className="attract-title">
          {t("attractTitle")}
        </h1>
        <p className="attract-hint">{t("attractHint")}</p>
        <button
          type="button"
          className="button button-primary button-huge attract-start"
          onClick={(e) => {
            e.stopPropagation();
            dispatch({ type: "start" });
          }}
        >
          {t("attractStart")}
        </button>
      </div>
      {state.prefs.guided ? null : (
        <button type="button" className="button button-large attract-guide" data-mode="guided" onClick={() => dispatch({ type: "setMode", mode: "guided", on: true })}>
          <span aria-hidden="true" className="icon-keypad" /> {t("guideStart")}
        </button>
      )}
      </main>
    </div>
  );
}
