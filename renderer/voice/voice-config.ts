// Voice settings the screen reads at start; the URL can override them, as the
// screen's other settings (?voice=ptt for push-to-talk, ?voiceEndMs=500 for the
// end-of-speech wait, ?voiceAssets=/vad/).
import { DEFAULT_MIC, type MicOptions } from "./mic.ts";
import type { VoiceMode } from "./voice-loop.ts";

export interface VoiceConfig {
  mode: VoiceMode;
  mic: MicOptions;
}

function num(raw: string | null, fallback: number, min: number, max: number): number {
  if (raw === null || raw.trim() === "") return fallback;
  const n = Number(raw);
  return Number.isFinite(n) && n >= min && n <= max ? n : fallback;
}

export function readVoiceConfig(search: string): VoiceConfig {
  const p = new URLSearchParams(search);
  const mode: VoiceMode = p.get("voice") === "ptt" ? "push-to-talk" : "hands-free";
  const assets = p.get("voiceAssets");
  return {
    mode,
    mic: {
      ...DEFAULT_MIC,
      // Only same-origin paths: every VAD file is served by the kiosk itself.
      assetBase: assets && /^\/[\w/-]*\/$/.test(assets) ? assets : DEFAULT_MIC.assetBase,
      redemptionMs: num(p.get("voiceEndMs"), DEFAULT_MIC.redemptionMs, 200, 3000),
      minSpeechMs: num(p.get("voiceMinMs"), DEFAULT_MIC.minSpeechMs, 60, 2000),
    },
  };
}
