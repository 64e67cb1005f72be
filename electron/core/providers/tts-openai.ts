// Text-to-speech through any OpenAI-compatible /audio/speech endpoint with the
// official SDK. The response body is read as a stream: the first byte is reported
// for latency as soon as it arrives. mp3 is the default: small, and every browser
// decodes it.
import OpenAI from "openai";
import type { SpeechAudio, SynthesizeOptions, TextToSpeech } from "./tts.ts";
import { readAudioStream } from "./tts.ts";
import { withRetries, type RetryOptions } from "./retry.ts";

export const DEFAULT_TTS_MODEL = "gpt-4o-mini-tts";
export const DEFAULT_TTS_VOICE = "alloy";

export type TtsFormat = "mp3" | "opus" | "aac" | "wav";
const MIME: Record<TtsFormat, string> = { mp3: "audio/mpeg", opus: "audio/ogg", aac: "audio/aac", wav: "audio/wav" };

export interface OpenAITtsOptions {
  apiKey: string;
  baseURL?: string;
  model?: string;
  voice?: string;
  format?: TtsFormat;
  /** Speaking style (gpt-4o-mini-tts only). */
  instructions?: string;
  retry?: Partial<Pick<RetryOptions, "budgetMs" | "attemptTimeoutMs" | "maxAttempts" | "backoffMs" | "onAttemptFailed">>;
}

export const DEFAULT_TTS_RETRY = { budgetMs: 6000, attemptTimeoutMs: 4000, maxAttempts: 2, backoffMs: 200 };

export class OpenAITextToSpeech implements TextToSpeech {
  readonly name = "openai-tts";
  readonly model: string;
  readonly voice: string;
  readonly format: TtsFormat;
  private readonly client: OpenAI;
  constructor(private readonly opts: OpenAITtsOptions) {
    this.model = opts.model || DEFAULT_TTS_MODEL;
    this.voice = opts.voice || DEFAULT_TTS_VOICE;
    this.format = opts.format ?? "mp3";
    this.client = new OpenAI({ apiKey: opts.apiKey, baseURL: opts.baseURL, maxRetries: 0, timeout: 60_000 });
  }

  async synthesize(text: string, opts: SynthesizeOptions): Promise<SpeechAudio> {
    const retry = { ...DEFAULT_TTS_RETRY, ...this.opts.retry };
    let firstByteSeen = false;
    return withRetries(
      async (signal) => {
        const res = await this.client.audio.speech.create(
          {
            model: this.model,
            voice: this.voice,
            input: text,
            response_format: this.format,
            ...(this.opts.instructions && !this.model.startsWith("tts-1") ? { instructions: this.opts.instructions } : {}),
          },
          { signal },
        );
        const audio = await readAudioStream(res.body, () => {
          if (!firstByteSeen) {
            firstByteSeen = true;
            opts.onFirstByte?.();
          }
        });
        if (audio.length === 0) throw new Error("the speech service sent no audio");
        const type = res.headers.get("content-type")?.split(";")[0]?.trim();
        return { mime: type && type.startsWith("audio/") ? type : MIME[this.format], audio, provider: this.name };
      },
      { ...retry, signal: opts.signal },
    );
  }
}
