// The first screen a customer sees: speak, or touch anywhere to start. The whole
// area reacts to a touch; the big Start button is the same thing for keyboards and
// screen readers. Below it, low on the screen, buttons start the barrier-free modes
// (voice-guided keypad, low reach, easy); a keypad key also starts the guided mode.
import { useKiosk } from "../context.ts";
import type { VoiceWiring } from "../voice-slot.ts";
import { TopBar } from "../components/TopBar.tsx";
import type { StringKey } from "../i18n.ts";
import type { Mode } from "../state/reducer.ts";

const ATTRACT_MODES: { mode: Mode; label: StringKey }[] = [
  { mode: "guided", label: "guideStart" },
  { mode: "lowReach", label: "lowReachStart" },
  { mode: "easy", label: "easyStart" },
];

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
      {/* Low on the screen on purpose: reachable from a wheelchair, and findable by touch. */}
      <div className="attract-modes" role="group" aria-label={t("modes")}>
        {ATTRACT_MODES.filter((m) => !state.prefs[m.mode]).map((m) => (
          <button key={m.mode} type="button" className="button button-large attract-mode" data-mode={m.mode} onClick={() => dispatch({ type: "setMode", mode: m.mode, on: true })}>
            {m.mode === "guided" ? <span aria-hidden="true" className="icon-keypad" /> : null} {t(m.label)}
          </button>
        ))}
      </div>
      </main>
    </div>
  );
}
