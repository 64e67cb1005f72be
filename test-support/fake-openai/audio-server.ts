// The fake OpenAI server (server.ts) with the audio routes registered, for tests that
// need only speech-to-text and text-to-speech.
import { registerAudioRoutes, type FakeAudio, type FakeAudioOptions } from "./audio.ts";
import { startFakeServer, type FakeServer } from "./server.ts";

export interface RunningAudioFake {
  audio: FakeAudio;
  server: FakeServer;
  /** Base URL for the SDK, ending in /v1. */
  baseURL: string;
  close(): Promise<void>;
}

export async function startAudioFake(opts: FakeAudioOptions = {}): Promise<RunningAudioFake> {
  const server = await startFakeServer();
  const audio = registerAudioRoutes(server, opts);
  return { audio, server, baseURL: server.baseUrl, close: () => server.close() };
}
