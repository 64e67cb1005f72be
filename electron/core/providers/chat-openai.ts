// The chat model over the OpenAI Chat Completions API through the `openai` SDK with a
// configurable base URL, so OpenAI, Azure, Ollama, vLLM, llama.cpp server etc. work.
//
// Retries and time limits are ours, not the SDK's: the SDK's timeout stops at the
// response headers (a stalled stream would hang forever) and it honours a
// retry-after of up to a minute. A kiosk turn cannot wait that long, so every
// call has a first-byte limit, an idle limit between chunks and a total budget,
// and a server that asks for a longer wait than the limits allow counts as down.
// Only failures before the stream starts are retried (./retry.ts decides which):
// once text has reached the customer, a second attempt would say it twice.
import OpenAI from "openai";
import type { LlmLimits } from "../config.ts";
import { ChatAbortedError, type ChatCallOptions, type ChatMessage, type ChatModel, type ChatRequest, type ChatResult } from "./chat.ts";
import { ProviderError, toProviderError, withRetries } from "./retry.ts";

/** The wait before the first retry; it doubles after that. */
const FIRST_BACKOFF_MS = 250;

export interface OpenAiChatOptions {
  apiKey: string;
  baseUrl: string | undefined;
  model: string;
  limits: LlmLimits;
  temperature?: number;
}

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
    try {
      return await withRetries((signal, attempt) => this.attempt(req, opts, signal, startedMs, deadlineMs, attempt), {
        budgetMs: this.limits.callBudgetMs,
        attemptTimeoutMs: this.limits.callBudgetMs,
        maxAttempts: this.limits.maxRetries + 1,
        backoffMs: FIRST_BACKOFF_MS,
        maxWaitMs: this.limits.retryMaxWaitMs,
        signal: opts.signal,
      });
    } catch (err) {
      if (err instanceof ChatAbortedError || opts.signal.aborted) throw new ChatAbortedError();
      throw err;
    }
  }

  /** One attempt; `signal` is the attempt's (the caller's, cut by the retry policy's deadline). */
  private async attempt(req: ChatRequest, opts: ChatCallOptions, signal: AbortSignal, startedMs: number, deadlineMs: number, attempt: number): Promise<ChatResult> {
    const ctl = new AbortController();
    let timedOut: string | undefined;
    const onParentAbort = () => ctl.abort();
    if (signal.aborted) throw new ChatAbortedError();
    signal.addEventListener("abort", onParentAbort, { once: true });
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
        // Our own first-byte limit is not retried: the turn has waited long enough.
        if (timedOut) throw failure("timeout", timedOut);
        throw toProviderError(err);
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
        if (timedOut) throw failure("timeout", timedOut);
        throw failure("stream-cut", `the stream broke off: ${(err as Error).message}`);
      }
      // The SDK ends the iteration quietly when the request is aborted; tell the reasons apart.
      if (opts.signal.aborted) throw new ChatAbortedError();
      if (timedOut) throw failure("timeout", timedOut);
      if (!finishReason) throw failure("stream-cut", "the stream ended before the model finished");
      const toolCalls = calls.filter(Boolean).map((c, i) => ({ id: c.id || `call_${i}`, name: c.name, arguments: c.arguments }));
      return { text, toolCalls, finishReason, timings: { firstByteMs, firstChunkMs, totalMs: performance.now() - startedMs, attempts: attempt } };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener("abort", onParentAbort);
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

/** A failure after the request went out that a second attempt must not repeat. */
function failure(kind: "timeout" | "stream-cut", message: string): ProviderError {
  return new ProviderError(kind, message, { retryable: false });
}
