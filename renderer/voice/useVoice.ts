// React's view of the voice loop: re-renders when the microphone or playback changes.
import { useSyncExternalStore } from "react";
import type { VoiceLoop, VoiceSnapshot } from "./voice-loop.ts";

export function useVoice(loop: VoiceLoop): VoiceSnapshot {
  return useSyncExternalStore(loop.subscribe, loop.getSnapshot, loop.getSnapshot);
}
