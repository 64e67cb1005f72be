// The chat model behind the LLM dialogue engine: one streamed chat completion
// with tools per call, cancelled by the caller's AbortSignal. The implementation
// speaks the OpenAI Chat Completions API through the `openai` SDK with a
// configurable base URL, so OpenAI, Azure, Ollama, vLLM, llama.cpp server etc. work.
//
// Retries and time limits are ours, not the SDK's: the SDK's timeout stops at the
// response headers (a stalled stream would hang forever) and it honours a
// retry-after of up to a minute. A kiosk turn cannot wait that long, so every
// call has a first-byte limit, an idle limit between chunks and a total budget,
// and a server that asks for a longer wait than the budget allows counts as down.
import OpenAI from "openai";
import type { LlmLimits } from "../config.ts";

export interface ToolCall {
  id: string;
  name: string;
  /** Raw JSON text as the model wrote it (may be invalid). */
  arguments: string;
}

export type ChatMessage =
  | { role: "system"; content: string }
  | { role: "user"; content: string }
  | { role: "assistant"; content: string | null; toolCalls?: ToolCall[] }
  | { role: "tool"; toolCallId: string; content: string };

export interface ToolDef {
  name: string;
  description: string;
  /** JSON Schema of the arguments object. */
  parameters: Record<string, unknown>;
  strict: boolean;
}

export interface ChatRequest {
  messages: ChatMessage[];
  tools?: ToolDef[];
  temperature?: number;
  maxOutputTokens?: number;
}

export interface ToolCallDelta {
  index: number;
  id?: string;
  name?: string;
  argumentsDelta: string;
}

export interface ChatCallOptions {
  signal: AbortSignal;
  onTextDelta?: (delta: string) => void;
  onToolCallDelta?: (delta: ToolCallDelta) => void;
}

export interface ChatResult {
  text: string;
  toolCalls: ToolCall[];
  finishReason: string;
  timings: { firstByteMs: number; firstChunkMs: number | undefined; totalMs: number; attempts: number };
}

export interface ChatModel {
  readonly model: string;
  complete(req: ChatRequest, opts: ChatCallOptions): Promise<ChatResult>;
}

export type ChatFailureKind = "timeout" | "rate-limited" | "server-error" | "connection" | "stream-cut" | "bad-request" | "auth" | "bad-response";

/** A model call that did not produce a complete answer. The caller falls back; `aborted` calls are never errors of this kind. */
export class ChatModelError extends Error {
  constructor(
    readonly kind: ChatFailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "ChatModelError";
  }
}

/** The caller's signal fired (barge-in, new turn): not a provider failure. */
export class ChatAbortedError extends Error {
  constructor() {
    super("chat call aborted");
    this.name = "ChatAbortedError";
  }
}

export interface OpenAiChatOptions {
  apiKey: string;
  baseUrl: string | undefined;
  model: string;
  limits: LlmLimits;
  temperature?: number;
}

const RETRYABLE_STATUS = new Set([408, 409, 429]);

export class OpenAiChatModel implements ChatModel {
  readonly model: string;
  private readonly client: OpenAI;
  private readonly limits: LlmLimits;
  private readonly temperature: number | undefined;

  constructor(opts: OpenAiChatOptions) {
    this.model = opts.model;
    this.limits = opts.limits;
    this.temperature = opts.temperature;
    // maxRetries 0: retries are done here, within the turn's budget (see the top of the file).
    this.client = new OpenAI({ apiKey: opts.apiKey, baseURL: opts.baseUrl ?? null, maxRetries: 0, timeout: opts.limits.callBudgetMs });
  }

  async complete(req: ChatRequest, opts: ChatCallOptions): Promise<ChatResult> {
    const startedMs = performance.now();
    const deadlineMs = startedMs + this.limits.callBudgetMs;
    for (let attempt = 1; ; attempt++) {
      if (opts.signal.aborted) throw new ChatAbortedError();
      try {
        return await this.attempt(req, opts, startedMs, deadlineMs, attempt);
      } catch (err) {
        if (err instanceof ChatAbortedError || opts.signal.aborted) throw new ChatAbortedError();
        const failure = err instanceof RetryableBeforeStream ? err : undefined;
        if (!failure || attempt > this.limits.maxRetries) throw failure ? failure.error : err;
        const waitMs = failure.retryAfterMs ?? 250 * 2 ** (attempt - 1);
        if (waitMs > this.limits.retryMaxWaitMs || performance.now() + waitMs >= deadlineMs) throw failure.error;
        await abortableSleep(waitMs, opts.signal);
      }
    }
  }

  private async attempt(req: ChatRequest, opts: ChatCallOptions, startedMs: number, deadlineMs: number, attempt: number): Promise<ChatResult> {
    const ctl = new AbortController();
    let timedOut: string | undefined;
    const onParentAbort = () => ctl.abort();
    opts.signal.addEventListener("abort", onParentAbort, { once: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = (ms: number, why: string) => {
      clearTimeout(timer);
      const left = Math.max(0, Math.min(ms, deadlineMs - performance.now()));
      timer = setTimeout(() => {
        timedOut = left < ms ? "the call's time budget ran out" : why;
        ctl.abort();
      }, left);
    };
    arm(this.limits.firstByteTimeoutMs, `no response within ${this.limits.firstByteTimeoutMs} ms`);
    let firstChunkMs: number | undefined;
    try {
      let stream;
      try {
        stream = await this.client.chat.completions.create(this.body(req), { signal: ctl.signal, maxRetries: 0 });
      } catch (err) {
        if (opts.signal.aborted) throw new ChatAbortedError();
        if (timedOut) throw new ChatModelError("timeout", timedOut);
        throw classifyBeforeStream(err);
      }
      const firstByteMs = performance.now() - startedMs;
      arm(this.limits.idleTimeoutMs, `the stream stalled for ${this.limits.idleTimeoutMs} ms`);
      let text = "";
      let finishReason: string | undefined;
      const calls: { id: string; name: string; arguments: string }[] = [];
      try {
        for await (const chunk of stream) {
          arm(this.limits.idleTimeoutMs, `the stream stalled for ${this.limits.idleTimeoutMs} ms`);
          firstChunkMs ??= performance.now() - startedMs;
          const choice = chunk.choices?.[0];
          if (!choice) continue;
          const delta = choice.delta ?? {};
          if (typeof delta.content === "string" && delta.content) {
            text += delta.content;
            opts.onTextDelta?.(delta.content);
          }
          for (const tc of delta.tool_calls ?? []) {
            const idx = tc.index ?? calls.length;
            const call = (calls[idx] ??= { id: "", name: "", arguments: "" });
            if (tc.id) call.id = tc.id;
            if (tc.function?.name) call.name += tc.function.name;
            const argsDelta = tc.function?.arguments ?? "";
            call.arguments += argsDelta;
            opts.onToolCallDelta?.({ index: idx, ...(tc.id ? { id: tc.id } : {}), ...(tc.function?.name ? { name: tc.function.name } : {}), argumentsDelta: argsDelta });
          }
          if (choice.finish_reason) finishReason = choice.finish_reason;
        }
      } catch (err) {
        if (opts.signal.aborted) throw new ChatAbortedError();
        if (timedOut) throw new ChatModelError("timeout", timedOut);
        throw new ChatModelError("stream-cut", `the stream broke off: ${(err as Error).message}`);
      }
      // The SDK ends the iteration quietly when the request is aborted; tell the reasons apart.
      if (opts.signal.aborted) throw new ChatAbortedError();
      if (timedOut) throw new ChatModelError("timeout", timedOut);
      if (!finishReason) throw new ChatModelError("stream-cut", "the stream ended before the model finished");
      const toolCalls = calls.filter(Boolean).map((c, i) => ({ id: c.id || `call_${i}`, name: c.name, arguments: c.arguments }));
      return { text, toolCalls, finishReason, timings: { firstByteMs, firstChunkMs, totalMs: performance.now() - startedMs, attempts: attempt } };
    } finally {
      clearTimeout(timer);
      opts.signal.removeEventListener("abort", onParentAbort);
    }
  }

  private body(req: ChatRequest): OpenAI.Chat.Completions.ChatCompletionCreateParamsStreaming {
    const tools = req.tools ?? [];
    const temperature = req.temperature ?? this.temperature;
    return {
      model: this.model,
      stream: true,
      messages: req.messages.map(toOpenAiMessage),
      ...(tools.length > 0
        ? {
            tools: tools.map((t) => ({ type: "function" as const, function: { name: t.name, description: t.description, parameters: t.parameters, strict: t.strict } })),
            tool_choice: "auto" as const,
            parallel_tool_calls: true,
          }
        : {}),
      ...(temperature !== undefined ? { temperature } : {}),
      ...(req.maxOutputTokens ? { max_completion_tokens: req.maxOutputTokens } : {}),
    };
  }
}

function toOpenAiMessage(m: ChatMessage): OpenAI.Chat.Completions.ChatCompletionMessageParam {
  switch (m.role) {
    case "system":
    case "user":
      return { role: m.role, content: m.content };
    case "assistant":
      return {
        role: "assistant",
        content: m.content,
        ...(m.toolCalls && m.toolCalls.length > 0
          ? { tool_calls: m.toolCalls.map((c) => ({ id: c.id, type: "function" as const, function: { name: c.name, arguments: c.arguments } })) }
          : {}),
      };
    case "tool":
      return { role: "tool", tool_call_id: m.toolCallId, content: m.content };
  }
}

/** A failure before any chunk arrived, which may be retried. */
class RetryableBeforeStream extends Error {
  constructor(
    readonly error: ChatModelError,
    readonly retryAfterMs: number | undefined,
  ) {
    super(error.message);
  }
}

function classifyBeforeStream(err: unknown): Error {
  if (err instanceof OpenAI.APIConnectionTimeoutError) return new RetryableBeforeStream(new ChatModelError("timeout", "the request timed out"), undefined);
  if (err instanceof OpenAI.APIConnectionError) {
    return new RetryableBeforeStream(new ChatModelError("connection", `cannot reach the model server: ${err.message}`), undefined);
  }
  if (err instanceof OpenAI.APIError && typeof err.status === "number") {
    const status = err.status;
    const retryAfterMs = retryAfter(err.headers);
    if (status === 429) return new RetryableBeforeStream(new ChatModelError("rate-limited", `rate limited (429): ${err.message}`, status), retryAfterMs);
    if (status >= 500 || RETRYABLE_STATUS.has(status)) {
      return new RetryableBeforeStream(new ChatModelError("server-error", `server error ${status}: ${err.message}`, status), retryAfterMs);
    }
    if (status === 401 || status === 403) return new ChatModelError("auth", `the model server refused the key (${status})`, status);
    return new ChatModelError("bad-request", `the model server refused the request (${status}): ${err.message}`, status);
  }
  return new ChatModelError("bad-response", `unexpected failure: ${(err as Error)?.message ?? String(err)}`);
}

function retryAfter(headers: Headers | undefined): number | undefined {
  const ms = Number.parseFloat(headers?.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers?.get("retry-after");
  if (!raw) return undefined;
  const s = Number.parseFloat(raw);
  if (Number.isFinite(s) && s >= 0) return s * 1000;
  const at = Date.parse(raw);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new ChatAbortedError());
    const onAbort = () => {
      clearTimeout(t);
      reject(new ChatAbortedError());
    };
    const t = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
