// The chat model behind the LLM dialogue engine as the engine sees it: one streamed
// chat completion with tools per call, cancelled by the caller's AbortSignal.
// Failures are ProviderErrors (./retry.ts); the OpenAI-compatible implementation is
// in ./chat-openai.ts.

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

/** The caller's signal fired (barge-in, new turn): not a provider failure. */
export class ChatAbortedError extends Error {
  constructor() {
    super("chat call aborted");
    this.name = "ChatAbortedError";
  }
}

