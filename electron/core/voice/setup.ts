// Which voice the kiosk has, from the provider configuration (electron/core/config.ts):
//   key set      → speech input through the STT service; replies through the TTS
//                  service, with espeak-ng behind it when that fails;
//   no key       → no speech input ("voice needs setup"), but replies are still
//                  spoken offline with espeak-ng when it is installed;
//   neither      → a touch-only kiosk.
import { OpenAISpeechToText } from "../providers/stt-openai.ts";
import { OpenAITextToSpeech, type TtsFormat } from "../providers/tts-openai.ts";
import { EspeakTextToSpeech, espeakAvailable } from "../providers/tts-espeak.ts";
import { FallbackTextToSpeech } from "../providers/tts-fallback.ts";
import type { SpeechToText } from "../providers/stt.ts";
import type { TextToSpeech } from "../providers/tts.ts";
import { describeError } from "../providers/retry.ts";
import { createVoiceSession, type VoiceOptions } from "./voice-session.ts";
import type { KioskSession, SessionOptions } from "../session/session.ts";

/** The part of KioskConfig (config.ts) the voice needs. */
export interface VoiceProviderConfig {
  apiKey: string | undefined;
  stt: { baseUrl: string | undefined; model: string };
  tts: { baseUrl: string | undefined; model: string; voice: string };
}

export interface VoiceAvailability {
  input: boolean;
  output: boolean;
  /** Why voice is (partly) off, for staff. */
  reason?: string;
}

export interface VoiceSetup {
  stt: SpeechToText | undefined;
  tts: TextToSpeech | undefined;
  availability: VoiceAvailability;
}

export interface VoiceSetupOptions {
  /** espeak-ng executable (KIOSK_ESPEAK; default espeak-ng on PATH; "" turns the offline voice off). */
  espeakCommand?: string;
  /** Cloud TTS audio format (default mp3). */
  ttsFormat?: TtsFormat;
  /** Send the session language to STT (default on). */
  sttLanguageHint?: boolean;
  log?: (line: string) => void;
}

export async function createVoiceSetup(cfg: VoiceProviderConfig, opts: VoiceSetupOptions = {}): Promise<VoiceSetup> {
  const espeakCmd = opts.espeakCommand ?? "espeak-ng";
  const offline = espeakCmd && (await espeakAvailable(espeakCmd)) ? new EspeakTextToSpeech({ command: espeakCmd }) : undefined;
  if (!cfg.apiKey) {
    return {
      stt: undefined,
      tts: offline,
      availability: {
        input: false,
        output: offline !== undefined,
        reason: `voice needs setup: speech input needs OPENAI_API_KEY (and KIOSK_STT_BASE_URL for a local server)${offline ? "" : "; no offline voice (install espeak-ng)"}`,
      },
    };
  }
  const stt = new OpenAISpeechToText({ apiKey: cfg.apiKey, baseURL: cfg.stt.baseUrl, model: cfg.stt.model, languageHint: opts.sttLanguageHint });
  const cloud = new OpenAITextToSpeech({ apiKey: cfg.apiKey, baseURL: cfg.tts.baseUrl, model: cfg.tts.model, voice: cfg.tts.voice, format: opts.ttsFormat });
  const tts = offline ? new FallbackTextToSpeech(cloud, offline, (err) => opts.log?.(`cloud voice failed, speaking offline: ${describeError(err)}`)) : cloud;
  return { stt, tts, availability: { input: true, output: true } };
}

/** A session factory for the hosts (KioskHostOptions.createSession). */
export function voiceSessionFactory(setup: VoiceSetup, extra: Omit<VoiceOptions, "stt" | "tts"> = {}): (parts: SessionOptions) => KioskSession {
  return (parts) => createVoiceSession({ ...parts, voice: { ...extra, stt: setup.stt, tts: setup.tts } });
}

/**
 * What a host (`kiosk serve`, the Electron main process) plugs in for voice: the
 * session factory and the availability the `menu` event reports. `cfg` is the
 * provider configuration (loadConfig(process.env) from config.ts).
 */
export async function voiceHostDeps(
  cfg: VoiceProviderConfig,
  opts: VoiceSetupOptions = {},
): Promise<{ createSession: (parts: SessionOptions) => KioskSession; voice: () => VoiceAvailability; setup: VoiceSetup }> {
  const setup = await createVoiceSetup(cfg, opts);
  if (setup.availability.reason) opts.log?.(setup.availability.reason);
  return { createSession: voiceSessionFactory(setup, { log: opts.log }), voice: () => setup.availability, setup };
}
