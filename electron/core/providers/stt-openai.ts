// Speech-to-text through any OpenAI-compatible /audio/transcriptions endpoint
// (OpenAI, Azure, Speaches, a local whisper server) with the official SDK. Retries
// of timeouts/429/5xx stay inside one budget per utterance; a customer would
// rather be asked to repeat than wait.
import OpenAI, { toFile } from "openai";
import type { SpeechToText, TranscribeOptions, Transcript } from "./stt.ts";
import { withRetries, type RetryOptions } from "./retry.ts";

export const DEFAULT_STT_MODEL = "gpt-4o-mini-transcribe";

export interface OpenAISttOptions {
  apiKey: string;
  baseURL?: string;
  model?: string;
  /** Send the session language as `language` (off: let the model detect it). */
  languageHint?: boolean;
  retry?: Partial<Pick<RetryOptions, "budgetMs" | "attemptTimeoutMs" | "maxAttempts" | "backoffMs" | "onAttemptFailed">>;
}

export const DEFAULT_STT_RETRY = { budgetMs: 8000, attemptTimeoutMs: 4000, maxAttempts: 3, backoffMs: 250 };

const LANGUAGE_NAMES: Record<string, string> = { korean: "ko", english: "en", japanese: "ja", chinese: "zh" };

export class OpenAISpeechToText implements SpeechToText {
  readonly name = "openai-stt";
  readonly model: string;
  private readonly client: OpenAI;
  constructor(private readonly opts: OpenAISttOptions) {
    this.model = opts.model || DEFAULT_STT_MODEL;
    // The SDK's own retries are off: ours know the turn's budget.
    this.client = new OpenAI({ apiKey: opts.apiKey, baseURL: opts.baseURL, maxRetries: 0, timeout: 60_000 });
  }

  async transcribe(wav: Uint8Array, opts: TranscribeOptions): Promise<Transcript> {
    // whisper-1 reports the language it heard only in verbose_json; the gpt-4o models only do json/text.
    const verbose = this.model.startsWith("whisper");
    const retry = { ...DEFAULT_STT_RETRY, ...this.opts.retry };
    const res = await withRetries(
      async (signal) => {
        const file = await toFile(wav, "speech.wav", { type: "audio/wav" });
        return this.client.audio.transcriptions.create(
          {
            file,
            model: this.model,
            response_format: verbose ? "verbose_json" : "json",
            ...(opts.lang && this.opts.languageHint !== false ? { language: opts.lang } : {}),
            ...(opts.prompt ? { prompt: opts.prompt } : {}),
          },
          { signal },
        );
      },
      { ...retry, signal: opts.signal },
    );
    const body = res as { text?: unknown; language?: unknown };
    const text = typeof body.text === "string" ? body.text : "";
    const heard = typeof body.language === "string" ? body.language.toLowerCase() : undefined;
    const lang = heard ? (LANGUAGE_NAMES[heard] ?? (heard.length === 2 ? heard : undefined)) : undefined;
    return lang ? { text, lang } : { text };
  }
}
