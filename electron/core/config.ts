// The kiosk's provider configuration, read once from the environment (see
// docs/cli.md, "Configuration from the environment"). One module for
// the LLM, speech-to-text and text-to-speech services so a store can point each at
// a different OpenAI-compatible server. The API key and the webhook secret stay in
// the Node process: anything shown on a screen or written to a log goes through
// redactConfig().
import { homedir } from "node:os";
import { join } from "node:path";
import { z } from "zod";

/**
 * Default chat model: a small, non-reasoning model. A kiosk turn is a short tool
 * call over a known menu, so time to first token matters more than depth:
 * gpt-4.1-mini has strict function calling, parallel tool calls, good Korean,
 * and no hidden "thinking" tokens before it answers (the gpt-5 family reasons
 * first, which costs hundreds of milliseconds to seconds per turn).
 */
export const DEFAULT_LLM_MODEL = "gpt-4.1-mini";
export const DEFAULT_STT_MODEL = "gpt-4o-mini-transcribe";
export const DEFAULT_TTS_MODEL = "gpt-4o-mini-tts";
export const DEFAULT_TTS_VOICE = "alloy";

/**
 * Time limits of one model call, sized for a spoken turn: a customer who hears
 * nothing for ~8 s walks away, and the offline engine can answer at once instead.
 */
export const DEFAULT_LLM_LIMITS = {
  /** Until the response headers (the first byte) arrive. */
  firstByteTimeoutMs: 6000,
  /** Longest silence between two streamed chunks. */
  idleTimeoutMs: 4000,
  /** Whole call (all attempts, waits and streaming) — the turn's budget for one model round. */
  callBudgetMs: 12000,
  /** Retries of one call after 408/409/429/5xx or a refused connection (never after streaming started). */
  maxRetries: 1,
  /** A server that asks us to wait longer than this (retry-after) is treated as down. */
  retryMaxWaitMs: 2000,
} as const;

const optionalText = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string())
  .optional()
  .transform((s) => (s ? s : undefined));

const httpUrl = () =>
  optionalText.pipe(
    z
      .string()
      .refine((s) => /^https?:\/\/[^\s/]+/i.test(s) && URL.canParse(s), "must be an http(s) URL")
      .optional(),
  );

const envSchema = z.object({
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: httpUrl(),
  KIOSK_LLM_MODEL: optionalText,
  KIOSK_STT_MODEL: optionalText,
  KIOSK_TTS_MODEL: optionalText,
  KIOSK_TTS_VOICE: optionalText,
  KIOSK_LLM_BASE_URL: httpUrl(),
  KIOSK_STT_BASE_URL: httpUrl(),
  KIOSK_TTS_BASE_URL: httpUrl(),
  KIOSK_MENU: optionalText,
  KIOSK_DATA_DIR: optionalText,
  KIOSK_WEBHOOK_URL: httpUrl(),
  KIOSK_WEBHOOK_SECRET: optionalText,
});

export interface ServiceEndpoint {
  /** undefined: the SDK's default (api.openai.com). */
  baseUrl: string | undefined;
  model: string;
}

export interface LlmLimits {
  firstByteTimeoutMs: number;
  idleTimeoutMs: number;
  callBudgetMs: number;
  maxRetries: number;
  retryMaxWaitMs: number;
}

export interface KioskConfig {
  /** Secret: never leaves the Node process. */
  apiKey: string | undefined;
  llm: ServiceEndpoint & { limits: LlmLimits };
  stt: ServiceEndpoint;
  tts: ServiceEndpoint & { voice: string };
  menuFile: string | undefined;
  dataDir: string;
  webhook: { url: string; secret: string } | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`configuration: ${problems.join("; ")}`);
    this.name = "ConfigError";
  }
}

/** Reads the configuration from an environment (process.env in the app). Throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined>): KioskConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.KIOSK_WEBHOOK_URL && !e.KIOSK_WEBHOOK_SECRET) problems.push("KIOSK_WEBHOOK_SECRET is required when KIOSK_WEBHOOK_URL is set (deliveries are signed)");
  if (!e.KIOSK_WEBHOOK_URL && e.KIOSK_WEBHOOK_SECRET) problems.push("KIOSK_WEBHOOK_SECRET is set but KIOSK_WEBHOOK_URL is not");
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    apiKey: e.OPENAI_API_KEY,
    llm: { baseUrl: e.KIOSK_LLM_BASE_URL ?? e.OPENAI_BASE_URL, model: e.KIOSK_LLM_MODEL ?? DEFAULT_LLM_MODEL, limits: { ...DEFAULT_LLM_LIMITS } },
    stt: { baseUrl: e.KIOSK_STT_BASE_URL ?? e.OPENAI_BASE_URL, model: e.KIOSK_STT_MODEL ?? DEFAULT_STT_MODEL },
    tts: { baseUrl: e.KIOSK_TTS_BASE_URL ?? e.OPENAI_BASE_URL, model: e.KIOSK_TTS_MODEL ?? DEFAULT_TTS_MODEL, voice: e.KIOSK_TTS_VOICE ?? DEFAULT_TTS_VOICE },
    menuFile: e.KIOSK_MENU,
    dataDir: e.KIOSK_DATA_DIR ?? join(homedir(), ".voice-kiosk"),
    webhook: e.KIOSK_WEBHOOK_URL && e.KIOSK_WEBHOOK_SECRET ? { url: e.KIOSK_WEBHOOK_URL, secret: e.KIOSK_WEBHOOK_SECRET } : undefined,
  };
}

/** The OpenAI-backed services (LLM, STT, TTS) are on when a key is set (any value for a local server that ignores it). */
export function openAiEnabled(cfg: KioskConfig): boolean {
  return cfg.apiKey !== undefined;
}

/** A URL safe to show: no user:password, no query string (some gateways put keys there). */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    u.search = "";
    u.hash = "";
    return u.toString();
  } catch {
    return "[invalid url]";
  }
}

export interface RedactedConfig {
  apiKey: "[set]" | "[not set]";
  llm: { baseUrl: string | undefined; model: string; limits: LlmLimits };
  stt: { baseUrl: string | undefined; model: string };
  tts: { baseUrl: string | undefined; model: string; voice: string };
  menuFile: string | undefined;
  dataDir: string;
  webhook: { url: string | undefined; secret: "[set]" } | undefined;
}

/** What the admin screen and logs may see: no key, no secret, no credentials in URLs. */
export function redactConfig(cfg: KioskConfig): RedactedConfig {
  return {
    apiKey: cfg.apiKey ? "[set]" : "[not set]",
    llm: { baseUrl: redactUrl(cfg.llm.baseUrl), model: cfg.llm.model, limits: { ...cfg.llm.limits } },
    stt: { baseUrl: redactUrl(cfg.stt.baseUrl), model: cfg.stt.model },
    tts: { baseUrl: redactUrl(cfg.tts.baseUrl), model: cfg.tts.model, voice: cfg.tts.voice },
    menuFile: cfg.menuFile,
    dataDir: cfg.dataDir,
    webhook: cfg.webhook ? { url: redactUrl(cfg.webhook.url), secret: "[set]" } : undefined,
  };
}
