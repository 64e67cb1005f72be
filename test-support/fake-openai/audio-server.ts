// A loopback HTTP server carrying only the fake audio routes, for tests and the
// voice benchmark that need nothing else of the fake OpenAI server.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeAudio, type FakeAudioOptions } from "./audio.ts";

export interface RunningAudioFake {
  audio: FakeAudio;
  /** Base URL for the SDK, ending in /v1. */
  baseURL: string;
  close(): Promise<void>;
}

export async function startAudioFake(opts: FakeAudioOptions = {}): Promise<RunningAudioFake> {
  const audio = new FakeAudio(opts);
  const routes = audio.routes();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    const route = routes.find((r) => r.method === req.method && r.path === path);
    if (!route) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: `no route ${req.method} ${path}` } }));
      return;
    }
    route.handler(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(JSON.stringify({ error: { message: String(err) } }));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    audio,
    baseURL: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
