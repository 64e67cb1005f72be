// Listening / thinking / speaking, in words and a shape (not colour alone), so the
// customer always knows whether the kiosk is waiting for them.
import type { KioskState } from "../../../shared/contract.ts";
import { useKiosk } from "../context.ts";
import type { StringKey } from "../i18n.ts";

const labelKey: Record<KioskState, StringKey> = {
  idle: "stateIdle",
  listening: "stateListening",
  heard: "stateHeard",
  thinking: "stateThinking",
  speaking: "stateSpeaking",
  unavailable: "stateUnavailable",
};

export function StateIndicator({ state }: { state: KioskState }) {
  const { t, state: app } = useKiosk();
  const offline = app.connection !== "open";
  const shown = offline ? "unavailable" : state;
  return (
    <div className={`state-indicator state-${shown}`} role="status" data-state={shown}>
      <span className="state-icon" aria-hidden="true" />
      <span className="state-label">{offline ? t("stateOffline") : t(labelKey[state])}</span>
    </div>
  );
}
