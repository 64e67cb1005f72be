// The voice loop for the screen: `startVoice(connection)` once at start-up, then
// `<App voiceControl={voice.Control} />`. See voice-loop.ts for what it does.
import { Howler } from "howler";
import type { SpeechControl, VoiceControl } from "../app/voice-slot.ts";
import { HowlerOutput } from "./howler-output.ts";
import { createVoiceControl } from "./MicButton.tsx";
import { readVoiceConfig } from "./voice-config.ts";
import { defaultVoiceOptions, VoiceLoop, type VoiceConnection } from "./voice-loop.ts";

export { useVoice } from "./useVoice.ts";
export { MicButton } from "./MicButton.tsx";
export type { VoiceLoop, VoiceSnapshot } from "./voice-loop.ts";

export interface StartedVoice {
  loop: VoiceLoop;
  Control: VoiceControl;
  /** Stop and volume for the guided keypad mode. */
  speech: SpeechControl;
}

export function startVoice(connection: VoiceConnection, search = window.location.search): StartedVoice {
  const config = readVoiceConfig(search);
  const output = new HowlerOutput();
  const loop = new VoiceLoop(connection, defaultVoiceOptions(output, { mode: config.mode, mic: config.mic }));
  // For the end-to-end tests and staff diagnostics (read-only counters and state).
  (window as unknown as { __kioskVoice?: unknown }).__kioskVoice = { loop, output };
  const speech: SpeechControl = {
    stop: () => loop.bargeIn("key"),
    volume: () => Howler.volume(),
    setVolume: (v) => void Howler.volume(Math.min(1, Math.max(0.1, v))),
  };
  return { loop, Control: createVoiceControl(loop), speech };
}
