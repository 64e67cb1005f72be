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
  KIOSK_HUB_URL: httpUrl(),
  KIOSK_HUB_SECRET: optionalText,
  KIOSK_ALLOW_HTTP_PROVIDERS: optionalText,
});

/** The provider URL variables: where the API key is sent. */
export const PROVIDER_URL_VARS = ["OPENAI_BASE_URL", "KIOSK_LLM_BASE_URL", "KIOSK_STT_BASE_URL", "KIOSK_TTS_BASE_URL"] as const;
/** The OpenAI SDK's default, when no base URL is set. */
const DEFAULT_PROVIDER_HOST = "api.openai.com";

/** 127.0.0.0/8, ::1 and localhost: a server on this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** A socket's remote address as one string per machine (IPv4 clients of a dual-stack server arrive as ::ffff:a.b.c.d). */
export function peerAddress(raw: string | undefined): string {
  return (raw ?? "unknown").replace(/^::ffff:/, "");
}

/**
 * Why a provider URL may not carry the API key, or undefined when it may: the key
 * travels as a bearer token, so only over https, or plain http to this machine.
 * KIOSK_ALLOW_HTTP_PROVIDERS=1 (environment only, never an admin setting) lets a
 * store use a plain-http server on its own network.
 */
export function providerUrlProblem(url: string, allowHttp: boolean): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return "must be an http(s) URL";
  }
  if (u.protocol === "https:") return undefined;
  if (u.protocol === "http:" && (allowHttp || isLoopbackHost(u.hostname))) return undefined;
  return "must be https (plain http only to this machine: localhost, 127.0.0.1 or ::1), because the API key is sent there";
}

/** The hosts (host:port) the API key goes to with this environment, one per service. */
export function providerHosts(env: Record<string, string | undefined>): string[] {
  const hostOf = (url: string | undefined) => {
    if (!url?.trim()) return DEFAULT_PROVIDER_HOST;
    try {
      return new URL(url.trim()).host.toLowerCase();
    } catch {
      return url.trim();
    }
  };
  const base = env.OPENAI_BASE_URL;
  return [env.KIOSK_LLM_BASE_URL || base, env.KIOSK_STT_BASE_URL || base, env.KIOSK_TTS_BASE_URL || base].map(hostOf);
}

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
  /** The store hub this kiosk pairs with (orders, sold-out switches, order numbers). Secret: stays in Node. */
  hub: { url: string; secret: string } | undefined;
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
  const allowHttp = ["1", "true", "yes"].includes((e.KIOSK_ALLOW_HTTP_PROVIDERS ?? "").toLowerCase());
  for (const name of PROVIDER_URL_VARS) {
    const url = e[name];
    const problem = url ? providerUrlProblem(url, allowHttp) : undefined;
    if (problem) problems.push(`${name}: ${problem}`);
  }
  if (e.KIOSK_WEBHOOK_URL && !e.KIOSK_WEBHOOK_SECRET) problems.push("KIOSK_WEBHOOK_SECRET is required when KIOSK_WEBHOOK_URL is set (deliveries are signed)");
  if (!e.KIOSK_WEBHOOK_URL && e.KIOSK_WEBHOOK_SECRET) problems.push("KIOSK_WEBHOOK_SECRET is set but KIOSK_WEBHOOK_URL is not");
  // A hub secret alone is harmless (staff enter it before the URL on the admin screen).
  if (e.KIOSK_HUB_URL && !e.KIOSK_HUB_SECRET) problems.push("KIOSK_HUB_SECRET is required when KIOSK_HUB_URL is set (the hub's pairing secret)");
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    apiKey: e.OPENAI_API_KEY,
    llm: { baseUrl: e.KIOSK_LLM_BASE_URL ?? e.OPENAI_BASE_URL, model: e.KIOSK_LLM_MODEL ?? DEFAULT_LLM_MODEL, limits: { ...DEFAULT_LLM_LIMITS } },
    stt: { baseUrl: e.KIOSK_STT_BASE_URL ?? e.OPENAI_BASE_URL, model: e.KIOSK_STT_MODEL ?? DEFAULT_STT_MODEL },
    tts: { baseUrl: e.KIOSK_TTS_BASE_URL ?? e.OPENAI_BASE_URL, model: e.KIOSK_TTS_MODEL ?? DEFAULT_TTS_MODEL, voice: e.KIOSK_TTS_VOICE ?? DEFAULT_TTS_VOICE },
    menuFile: e.KIOSK_MENU,
    dataDir: e.KIOSK_DATA_DIR ?? join(homedir(), ".voice-kiosk"),
    webhook: e.KIOSK_WEBHOOK_URL && e.KIOSK_WEBHOOK_SECRET ? { url: e.KIOSK_WEBHOOK_URL, secret: e.KIOSK_WEBHOOK_SECRET } : undefined,
    hub: e.KIOSK_HUB_URL && e.KIOSK_HUB_SECRET ? { url: e.KIOSK_HUB_URL, secret: e.KIOSK_HUB_SECRET } : undefined,
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
  hub: { url: string | undefined; secret: "[set]" } | undefined;
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
    hub: cfg.hub ? { url: redactUrl(cfg.hub.url), secret: "[set]" } : undefined,
  };
}
