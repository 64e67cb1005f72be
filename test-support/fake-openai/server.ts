// A local HTTP server for tests and benchmarks that stands in for an
// OpenAI-compatible API at the network boundary: the real `openai` SDK talks to it
// over real HTTP. Routes are registered per path, so each provider's fake (chat
// completions here, audio in the voice module) plugs into the same server:
//
//   const fake = await startFakeServer();
//   fake.route("POST", "/v1/audio/speech", (req, res, ctx) => { ... });
//   new OpenAI({ baseURL: fake.baseUrl, apiKey: "test" });
//
// Every request is recorded (headers, timings, whether the client closed the
// connection before the response was complete, and the body with its parsed JSON
// once the handler reads it through ctx.readBody()). Handlers that read the request
// stream themselves, like the audio routes, work too; their bodies are not recorded here.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  /** 1-based, in arrival order. */
  seq: number;
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Empty until the handler reads the body through ctx.readBody(). */
  body: Buffer;
  /** The body parsed as JSON when it is JSON, else undefined. */
  json: unknown;
  /** When the request arrived, or once read, when its whole body had arrived (performance.now(), ms). */
  receivedAtMs: number;
  /** When the response was fully written, if it was. */
  finishedAtMs?: number;
  /** Server-side time spent answering, excluding scripted delays (ms). */
  serverMs?: number;
  /** The client closed the connection before the response was complete (abort, timeout). */
  clientClosedEarly: boolean;
  /** Settles when the exchange is over (response finished or connection closed). */
  done: Promise<void>;
}

export interface RouteContext {
  record: RecordedRequest;
  /** Reads (once) and records the request body; also parses it when it is JSON. */
  readBody(): Promise<Buffer>;
  /** Add time the handler spent waiting on purpose (scripted delays), so serverMs excludes it. */
  addScriptedDelayMs(ms: number): void;
  /** Resolves when the client goes away before the response is complete. */
  clientGone: Promise<void>;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, ctx: RouteContext) => void | Promise<void>;

export interface FakeServer {
  /** e.g. http://127.0.0.1:34567/v1 — what the SDK takes as baseURL. */
  readonly baseUrl: string;
  readonly origin: string;
  readonly requests: RecordedRequest[];
  route(method: string, path: string, handler: RouteHandler): void;
  /** Requests to one path, in order. */
  requestsTo(path: string): RecordedRequest[];
  /** Waits until `predicate` holds for some recorded request (or rejects after timeoutMs). */
  waitFor(predicate: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export async function startFakeServer(): Promise<FakeServer> {
  const routes = new Map<string, RouteHandler>();
  const requests: RecordedRequest[] = [];
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const w of [...waiters]) w();
  };

  const server: Server = createServer((req, res) => void handle(req, res));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0]!;
    let resolveDone!: () => void;
    const done = new Promise<void>((r) => (resolveDone = r));
    let resolveGone!: () => void;
    const clientGone = new Promise<void>((r) => (resolveGone = r));
    const record: RecordedRequest = {
      seq: requests.length + 1,
      method: req.method ?? "GET",
      path,
      headers: { ...req.headers },
      body: Buffer.alloc(0),
      json: undefined,
      receivedAtMs: performance.now(),
      clientClosedEarly: false,
      done,
    };
    requests.push(record);
    let scriptedDelayMs = 0;
    res.on("finish", () => {
      record.finishedAtMs = performance.now();
      record.serverMs = record.finishedAtMs - record.receivedAtMs - scriptedDelayMs;
      resolveDone();
      notify();
    });
    res.on("close", () => {
      if (!res.writableFinished) {
        record.clientClosedEarly = true;
        resolveGone();
      }
      resolveDone();
      notify();
    });
    notify();
    const handler = routes.get(`${record.method} ${path}`);
    if (!handler) {
      sendJson(res, 404, { error: { message: `fake server: no route for ${record.method} ${path}`, type: "invalid_request_error", code: null, param: null } });
      return;
    }
    let bodyRead: Promise<Buffer> | undefined;
    const readBody = () =>
      (bodyRead ??= new Promise<Buffer>((resolve, reject) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("error", reject);
        req.on("end", () => {
          record.body = Buffer.concat(chunks);
          record.receivedAtMs = performance.now();
          if (String(req.headers["content-type"] ?? "").includes("application/json")) {
            try {
              record.json = JSON.parse(record.body.toString("utf8"));
            } catch {
              record.json = undefined;
            }
          }
          resolve(record.body);
          notify();
        });
      }));
    try {
      await handler(req, res, { record, readBody, clientGone, addScriptedDelayMs: (ms) => (scriptedDelayMs += ms) });
    } catch (err) {
      if (!res.headersSent) sendJson(res, 500, { error: { message: `fake server handler failed: ${(err as Error).message}`, type: "server_error", code: null, param: null } });
      else res.destroy();
    }
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    baseUrl: `${origin}/v1`,
    origin,
    requests,
    route(method, path, handler) {
      routes.set(`${method.toUpperCase()} ${path}`, handler);
    },
    requestsTo(path) {
      return requests.filter((r) => r.path === path);
    },
    waitFor(predicate, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = requests.find(predicate);
          if (!hit) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(hit);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`fake server: nothing matched within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close() {
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}
