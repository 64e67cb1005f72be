// Small HTTP helpers of the hub: bodies with a size limit, JSON answers, errors with
// a status, and Server-Sent Events streams.
import type { IncomingMessage, ServerResponse } from "node:http";

import { HttpError } from "../core/http.ts";

export { HttpError, readBody } from "../core/http.ts";

export function parseJsonObject(text: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new HttpError(400, "body is not JSON");
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new HttpError(400, "body is not a JSON object");
  return v as Record<string, unknown>;
}

export function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
  res.end(JSON.stringify(body));
}

export function sendBytes(res: ServerResponse, type: string, bytes: Uint8Array | string, extra: Record<string, string> = {}): void {
  res.writeHead(200, { ...SECURITY_HEADERS, "Content-Type": type, "Cache-Control": "no-store", ...extra });
  res.end(bytes);
}

/** One open Server-Sent Events stream. `send` is a no-op once the client is gone. */
export interface EventStream {
  send(event: string, data: unknown): void;
  readonly closed: boolean;
  onClose(fn: () => void): void;
  end(): void;
}

export function openEventStream(req: IncomingMessage, res: ServerResponse, keepAliveMs = 15_000): EventStream {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-store",
    Connection: "keep-alive",
    // A proxy must not hold events back.
    "X-Accel-Buffering": "no",
  });
  res.flushHeaders();
  req.socket.setNoDelay(true);
  let closed = false;
  const closers: (() => void)[] = [];
  // A ping now and then keeps idle connections (and NAT tables) open, shows the hub a
  // dead client, and lets the client notice a dead hub (a real event, since browsers
  // do not surface comment lines to EventSource listeners).
  const ping = setInterval(() => res.write("event: ping\ndata: {}\n\n"), keepAliveMs);
  ping.unref();
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(ping);
    for (const f of closers) f();
  };
  req.on("close", close);
  res.on("close", close);
  return {
    send(event, data) {
      if (closed) return;
      res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    get closed() {
      return closed;
    },
    onClose(fn) {
      if (closed) fn();
      else closers.push(fn);
    },
    end() {
      close();
      res.end();
    },
  };
}
