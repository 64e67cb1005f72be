// POST /v1/chat/completions for the fake server, in the real wire format: a JSON
// `chat.completion`, or with "stream": true an SSE stream of `chat.completion.chunk`
// objects ending in `data: [DONE]`. Tool calls stream the way OpenAI streams them:
// the id and name in the first delta of each call, the arguments split across later
// deltas, parallel calls one after another with their own index.
//
// Each request is answered by the next scripted step (or by a responder function):
// text, tool calls, an HTTP error (429 with retry-after, 500...), a request that
// hangs, or a stream that is cut off part-way.
import type { ServerResponse } from "node:http";
import { sendJson, type FakeServer, type RecordedRequest, type RouteContext } from "./server.ts";

export interface ScriptedToolCall {
  name: string;
  /** An object is sent as JSON; a string is sent as is (so invalid JSON can be scripted). */
  arguments: string | Record<string, unknown>;
  id?: string;
}

export interface ReplyStep {
  kind?: "reply";
  text?: string;
  toolCalls?: ScriptedToolCall[];
  /** Characters per streamed text/arguments delta (default 8). */
  chunkChars?: number;
  /** Wait before the response starts (ms). */
  delayMs?: number;
  /** Wait between streamed chunks (ms). */
  chunkDelayMs?: number;
  finishReason?: "stop" | "tool_calls" | "length" | "content_filter";
}

export type ChatStep =
  | ReplyStep
  | { kind: "error"; status: number; message?: string; headers?: Record<string, string> }
  /** Accept the request and never answer (until the client gives up). */
  | { kind: "hang" }
  /** Send the headers and `afterChunks` chunks of `reply`, then stall without ending. */
  | { kind: "stall"; afterChunks: number; reply: ReplyStep }
  /** Send `afterChunks` chunks of `reply`, then drop the connection ("destroy") or end it without finishing ("end"). */
  | { kind: "cut"; afterChunks: number; reply: ReplyStep; mode?: "destroy" | "end" };

export type ChatResponder = (req: ChatRequestRecord) => ChatStep;

export interface ChatRequestRecord {
  record: RecordedRequest;
  body: ChatRequestBody;
}

/** The parts of a chat completions request the fakes look at. */
export interface ChatRequestBody {
  model: string;
  stream?: boolean;
  messages: { role: string; content?: string | null; tool_calls?: { id: string; function: { name: string; arguments: string } }[]; tool_call_id?: string }[];
  tools?: { type: string; function: { name: string; parameters: unknown; strict?: boolean } }[];
  [k: string]: unknown;
}

export interface FakeChat {
  /** Answer the next requests with these steps, in order. */
  enqueue(...steps: ChatStep[]): void;
  /** Answer with a function once the queue is empty. */
  respondWith(responder: ChatResponder | undefined): void;
  /** The chat requests received, with their parsed bodies. */
  readonly calls: ChatRequestRecord[];
  /** Steps still waiting in the queue. */
  pending(): number;
}

const PATH = "/v1/chat/completions";

export function registerChatRoute(server: FakeServer): FakeChat {
  const queue: ChatStep[] = [];
  let responder: ChatResponder | undefined;
  const calls: ChatRequestRecord[] = [];
  let n = 0;

  server.route("POST", PATH, async (_req, res, ctx) => {
    await ctx.readBody();
    const body = ctx.record.json as ChatRequestBody | undefined;
    if (!body || typeof body.model !== "string" || !Array.isArray(body.messages)) {
      sendJson(res, 400, apiError("request body must be JSON with model and messages", "invalid_request_error"));
      return;
    }
    const call = { record: ctx.record, body };
    calls.push(call);
    const step = queue.shift() ?? responder?.(call);
    if (!step) {
      sendJson(res, 500, apiError("fake server: no scripted response left", "server_error"));
      return;
    }
    const id = `chatcmpl-fake${++n}`;
    await answer(step, body, res, ctx, id);
  });

  return {
    enqueue: (...steps) => void queue.push(...steps),
    respondWith: (r) => void (responder = r),
    calls,
    pending: () => queue.length,
  };
}

async function answer(step: ChatStep, body: ChatRequestBody, res: ServerResponse, ctx: RouteContext, id: string): Promise<void> {
  switch (step.kind) {
    case "error":
      sendJson(res, step.status, apiError(step.message ?? `fake error ${step.status}`, step.status === 429 ? "rate_limit_exceeded" : "server_error"), step.headers);
      return;
    case "hang":
      await ctx.clientGone;
      return;
    case "stall":
    case "cut": {
      if (step.reply.delayMs) await delay(step.reply.delayMs, ctx);
      startSse(res);
      const chunks = streamChunks(step.reply, body.model, id);
      for (const c of chunks.slice(0, step.afterChunks)) res.write(sse(c));
      if (step.kind === "stall") {
        await ctx.clientGone;
        return;
      }
      if (step.mode === "end") res.end();
      else res.socket?.destroy();
      return;
    }
    case undefined:
    case "reply": {
      if (step.delayMs) await delay(step.delayMs, ctx);
      if (!body.stream) {
        sendJson(res, 200, completion(step, body.model, id));
        return;
      }
      startSse(res);
      for (const c of streamChunks(step, body.model, id)) {
        if (step.chunkDelayMs) await delay(step.chunkDelayMs, ctx);
        if (res.destroyed) return;
        res.write(sse(c));
      }
      res.end("data: [DONE]\n\n");
      return;
    }
  }
}

function startSse(res: ServerResponse): void {
  res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", connection: "keep-alive" });
  res.flushHeaders();
}

const sse = (obj: unknown) => `data: ${JSON.stringify(obj)}\n\n`;

function delay(ms: number, ctx: RouteContext): Promise<void> {
  ctx.addScriptedDelayMs(ms);
  return new Promise((r) => setTimeout(r, ms));
}

function argsText(a: ScriptedToolCall["arguments"]): string {
  return typeof a === "string" ? a : JSON.stringify(a);
}

function split(text: string, size: number): string[] {
  const out: string[] = [];
  const chars = [...text];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(""));
  return out;
}

function finishOf(step: ReplyStep): string {
  return step.finishReason ?? (step.toolCalls?.length ? "tool_calls" : "stop");
}

/** The chunk objects of a streamed reply, in order (without the final [DONE]). */
export function streamChunks(step: ReplyStep, model: string, id: string): unknown[] {
  const created = Math.floor(Date.now() / 1000);
  const size = Math.max(1, step.chunkChars ?? 8);
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
    id,
    object: "chat.completion.chunk",
    created,
    model,
    system_fingerprint: "fp_fake",
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
  });
  const out: unknown[] = [chunk({ role: "assistant", content: step.text === undefined && step.toolCalls?.length ? null : "", refusal: null })];
  for (const piece of split(step.text ?? "", size)) out.push(chunk({ content: piece }));
  (step.toolCalls ?? []).forEach((tc, index) => {
    out.push(chunk({ tool_calls: [{ index, id: tc.id ?? `call_${id.slice(-4)}_${index}`, type: "function", function: { name: tc.name, arguments: "" } }] }));
    for (const piece of split(argsText(tc.arguments), size)) out.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
  });
  out.push(chunk({}, finishOf(step)));
  return out;
}

function completion(step: ReplyStep, model: string, id: string): unknown {
  const toolCalls = (step.toolCalls ?? []).map((tc, index) => ({
    id: tc.id ?? `call_${id.slice(-4)}_${index}`,
    type: "function",
    function: { name: tc.name, arguments: argsText(tc.arguments) },
  }));
  return {
    id,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    system_fingerprint: "fp_fake",
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: step.text ?? null, refusal: null, ...(toolCalls.length ? { tool_calls: toolCalls } : {}) },
        logprobs: null,
        finish_reason: finishOf(step),
      },
    ],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
  };
}

function apiError(message: string, type: string): unknown {
  return { error: { message, type, param: null, code: type } };
}

/** The last user message of a request (what the customer just said). */
export function lastUserText(body: ChatRequestBody): string {
  for (let i = body.messages.length - 1; i >= 0; i--) {
    const m = body.messages[i]!;
    if (m.role === "user" && typeof m.content === "string") return m.content;
  }
  return "";
}

/** Every tool result in this request's messages, in order. */
export function toolResults(body: ChatRequestBody): { toolCallId: string; content: string }[] {
  return body.messages.filter((m) => m.role === "tool").map((m) => ({ toolCallId: m.tool_call_id ?? "", content: String(m.content ?? "") }));
}
