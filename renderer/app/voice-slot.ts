// The slot the voice loop (renderer/voice) plugs into: a push-to-talk / mic button
// shown in the header of every customer screen. The screen owns the state indicator
// (from the session's `state` events); the voice control may report what only the
// browser knows (mic opened, speech detected) through `reportState`, which the
// indicator shows until the next session `state` event.
import type { ComponentType } from "react";
import type { KioskState } from "../../shared/contract.ts";
import type { Screen } from "./state/reducer.ts";

export interface VoiceControlProps {
  lang: string;
  kioskState: KioskState;
  /** What the Node side said about voice (from the `menu` event). */
  voice: { input: boolean; output: boolean; reason?: string };
  screen: Screen;
  /** Localised label for the button ("음성" / "Voice"). */
  label: string;
  reportState: (state: KioskState | null) => void;
  /** Why the microphone cannot be used, when it cannot (the header says so). */
  reportInputProblem?: (problem: VoiceInputProblem | null) => void;
}

export type VoiceInputProblem = "no-mic" | "denied";

/**
 * The kiosk's voice output as the guided mode needs it: any key stops what is being
 * said (a barge-in), and the volume keys change the loudness of everything it says.
 */
export interface SpeechControl {
  stop(): void;
  /** 0..1 */
  volume(): number;
  setVolume(v: number): void;
}

export type VoiceControl = ComponentType<VoiceControlProps>;

/** How a screen shows the voice slot and the state indicator. */
export interface VoiceWiring {
  Control: VoiceControl | undefined;
  /** The state to show: the voice control's report, else the session's. */
  shownState: KioskState;
  reportState: (state: KioskState | null) => void;
  reportInputProblem: (problem: VoiceInputProblem | null) => void;
  /** Voice input cannot work, and why (shown in the header). */
  problem: VoiceInputProblem | "not-configured" | null;
  /** Guided mode: read the cart and total aloud (the header's "hear my order"). */
  readCart: () => void;
}
