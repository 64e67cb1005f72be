// The web host's transport: HTTP (or HTTPS) for the screen's files, a WebSocket at
// /ws for the contract's commands and events. Only the screen's own origin may open
// the socket, and only under a Host name we serve (which also defeats DNS
// rebinding); a client that sends no Origin (not a browser) needs the pairing token
// when the host listens beyond this machine. Each connection has a message, turn
// and byte budget (connection-limits.ts), and screens are capped in number. Every
// admitted text frame goes to the KioskHost raw; garbage is answered with an error
// event and the connection stays open.
import { timingSafeEqual } from "node:crypto";
import { createReadStream } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import type { KioskEvent } from "../../shared/contract.ts";
import { isLoopbackHost, peerAddress } from "../core/config.ts";
import { ConnectionBudget, DEFAULT_CONNECTION_LIMITS, type ConnectionLimits } from "./connection-limits.ts";
import type { KioskHost } from "./kiosk-host.ts";
import { securityHeaders } from "./security-headers.ts";
import { resolveStatic, type StaticMount } from "./static-files.ts";

export const WS_PATH = "/ws";
/** Where a non-browser client puts the pairing token (or `?token=` on the /ws URL). */
export const PAIRING_HEADER = "x-kiosk-pairing";
/** Frames beyond this are cut off by the WebSocket layer (the connection closes, code 1009). */
const WS_HARD_LIMIT_BYTES = 16 * 1024 * 1024;
/** A client this far behind on events is gone or stuck: drop it rather than buffer forever. */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;
const PING_EVERY_MS = 30_000;

/** An extra HTTP route (e.g. an admin API); returns true when it answered the request. */
export type HttpRoute = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface WebHostOptions {
  host: string;
  port: number;
  kiosk: KioskHost;
  mounts: readonly StaticMount[];
  routes?: readonly HttpRoute[];
  /** Required of clients that send no Origin; set whenever `host` is not a loopback address. */
  pairingToken?: string;
  limits?: ConnectionLimits;
  /** PEM certificate and key: serve HTTPS/WSS (the admin screen then also works from other machines). */
  tls?: { cert: string; key: string };
  log?: (line: string) => void;
}

export interface WebHost {
  /** http://HOST:PORT with the real port (when 0 was asked for). */
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const log = opts.log ?? (() => {});
  let port = opts.port;
  const allowedHost = (hostHeader: string | undefined) => isServedHost(hostHeader, opts.host, port);

  if (!isLoopbackHost(opts.host) && !opts.pairingToken) throw new Error(`listening on ${opts.host} needs a pairing token for non-browser clients`);
  const limits = opts.limits ?? DEFAULT_CONNECTION_LIMITS;
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handleHttp(req, res, opts, allowedHost).catch((err: unknown) => {
      log(`http ${req.method} ${req.url} failed: ${(err as Error).message}`);
      if (!res.headersSent) plain(res, 500, "internal error");
      else res.destroy();
    });
  };
  const server: Server = opts.tls ? createTlsServer({ cert: opts.tls.cert, key: opts.tls.key }, onRequest) : createServer(onRequest);

  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_HARD_LIMIT_BYTES });
  const perAddress = new Map<string, number>();
  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const address = peerAddress(req.socket.remoteAddress);
    const refusal =
      checkUpgrade(req, allowedHost, opts.pairingToken) ??
      (wss.clients.size >= limits.maxConnections ? "too many screens are connected" : undefined) ??
      (!isLoopbackHost(address) && (perAddress.get(address) ?? 0) >= limits.maxConnectionsPerRemoteAddress ? `too many screens from ${address}` : undefined);
    if (refusal) {
      log(`websocket refused: ${refusal}`);
      socket.end(`HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n${refusal}\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      // noServer mode does not emit "connection" by itself; without it the keep-alive
      // below never sees a pong and terminates every screen at its first ping.
      wss.emit("connection", ws, req);
      perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
      ws.once("close", () => {
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left > 0) perAddress.set(address, left);
        else perAddress.delete(address);
      });
      attachScreen(ws, opts.kiosk, new ConnectionBudget(limits), log);
    });
  });

  const alive = new WeakSet<WebSocket>();
  wss.on("connection", (ws) => {
    alive.add(ws);
    ws.on("pong", () => alive.add(ws));
  });
  const pinger = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, PING_EVERY_MS);
  pinger.unref();

  await new Promise<void>((resolveListen, rejectListen) => {
    const onError = (err: NodeJS.ErrnoException) => {
      rejectListen(
        err.code === "EADDRINUSE"
          ? new Error(`port ${opts.port} on ${opts.host} is already in use (choose another with --port, or --port 0 for any free port)`)
          : err.code === "EADDRNOTAVAIL" || err.code === "ENOTFOUND"
            ? new Error(`cannot listen on host ${opts.host}: ${err.code}`)
            : err,
      );
    };
    server.once("error", onError);
    server.listen(opts.port, opts.host, () => {
      server.off("error", onError);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;
  const hostForUrl = opts.host.includes(":") ? `[${opts.host}]` : opts.host;

  return {
    url: `${opts.tls ? "https" : "http"}://${hostForUrl}:${port}`,
    port,
    close: async () => {
      clearInterval(pinger);
      for (const ws of wss.clients) ws.close(1001, "server stopping");
      wss.close();
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      });
    },
  };
}

function attachScreen(ws: WebSocket, kiosk: KioskHost, budget: ConnectionBudget, log: (line: string) => void): void {
  const send = (event: KioskEvent) => {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      log("websocket client is not reading its events; closing it");
      ws.terminate();
      return;
    }
    ws.send(JSON.stringify(event));
  };
  const conn = kiosk.connect(send);
  ws.on("message", (data, isBinary) => {
    if (isBinary) {
      send({ type: "error", code: "bad-command", message: "binary frames are not accepted; send a JSON command as text" });
      return;
    }
    const text = Buffer.isBuffer(data) ? data.toString("utf8") : Array.isArray(data) ? Buffer.concat(data).toString("utf8") : Buffer.from(data).toString("utf8");
    const admitted = budget.admit(text);
    if (!admitted.ok) {
      send({ type: "error", code: "rate-limited", message: admitted.reason });
      return;
    }
    void conn.receive(text);
  });
  ws.on("close", () => conn.close());
  ws.on("error", (err) => {
    log(`websocket error: ${err.message}`);
    conn.close();
  });
}

/** Why an upgrade is refused, or undefined when it may proceed. */
export function checkUpgrade(req: IncomingMessage, allowedHost: (host: string | undefined) => boolean, pairingToken?: string): string | undefined {
  const url = new URL(req.url ?? "/", "http://placeholder");
  if (url.pathname !== WS_PATH) return `no websocket at ${url.pathname}`;
  if (!allowedHost(req.headers.host)) return `unexpected Host ${req.headers.host}`;
  const origin = req.headers.origin;
  // Browsers always send Origin; a page from anywhere else must not drive the kiosk.
  if (origin !== undefined) {
    return origin === `http://${req.headers.host}` || origin === `https://${req.headers.host}` ? undefined : `cross-origin websocket from ${origin}`;
  }
  // Non-browser clients send none: on loopback (tests, tools on this machine) they are
  // let in; beyond it only with the pairing token.
  if (pairingToken === undefined) return undefined;
  const given = String(req.headers[PAIRING_HEADER] ?? url.searchParams.get("token") ?? "");
  return sameSecret(given, pairingToken) ? undefined : "a client without an Origin needs the pairing token";
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The Host header names this server: its bind address or a loopback name, with its port. */
export function isServedHost(hostHeader: string | undefined, bindHost: string, port: number): boolean {
  if (!hostHeader) return false;
  let u: URL;
  try {
    u = new URL(`http://${hostHeader}`);
  } catch {
    return false;
  }
  if (u.host !== hostHeader.toLowerCase() || u.pathname !== "/") return false;
  const hostPort = u.port === "" ? 80 : Number(u.port);
  if (hostPort !== port) return false;
  const name = u.hostname.replace(/^\[|\]$/g, "");
  const loopback = ["127.0.0.1", "localhost", "::1"];
  if (loopback.includes(name) || name === bindHost) return true;
  // Listening on every interface (a screen on another device): accept IP literals,
  // which a rebinding attack cannot use (it needs a DNS name).
  const wildcard = bindHost === "0.0.0.0" || bindHost === "::";
  return wildcard && (/^\d{1,3}(\.\d{1,3}){3}$/.test(name) || name.includes(":"));
}

async function handleHttp(req: IncomingMessage, res: ServerResponse, opts: WebHostOptions, allowedHost: (h: string | undefined) => boolean): Promise<void> {
  if (!allowedHost(req.headers.host)) return plain(res, 421, "unexpected Host header");
  const url = new URL(req.url ?? "/", "http://placeholder");
  for (const route of opts.routes ?? []) if (await route(req, res, url)) return;
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return plain(res, 405, "method not allowed");
  }
  if (url.pathname === "/health") return json(res, 200, { ok: true, screens: opts.kiosk.connectionCount });
  const found = await resolveStatic(opts.mounts, url.pathname);
  // Browsers ask for a favicon on their own; a 404 would put an error in every screen's console.
  if (!found.ok && url.pathname === "/favicon.ico") return void res.writeHead(204, securityHeaders()).end();
  if (!found.ok) return plain(res, found.status, found.status === 404 ? "not found" : "bad request");
  res.writeHead(200, {
    ...securityHeaders(),
    "Content-Type": found.mime,
    "Content-Length": String(found.size),
    "Cache-Control": found.cacheControl,
  });
  if (req.method === "HEAD") return void res.end();
  const stream = createReadStream(found.file);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...securityHeaders(), "Content-Type": "text/plain; charset=utf-8" });
  res.end(`${text}\n`);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...securityHeaders(), "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
  res.end(JSON.stringify(body));
}
