// A fake OpenAI-compatible server for tests and benchmarks (see server.ts): chat
// completions are registered here; other modules register their routes on
// `fake.server` (e.g. the voice module's /v1/audio/transcriptions and /v1/audio/speech).
import { registerChatRoute, type FakeChat } from "./chat.ts";
import { startFakeServer, type FakeServer } from "./server.ts";

export * from "./server.ts";
export * from "./chat.ts";

export interface FakeOpenAI {
  server: FakeServer;
  chat: FakeChat;
  /** What the SDK takes as baseURL, e.g. http://127.0.0.1:PORT/v1 */
  baseUrl: string;
  close(): Promise<void>;
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const server = await startFakeServer();
  const chat = registerChatRoute(server);
  return { server, chat, baseUrl: server.baseUrl, close: () => server.close() };
}
