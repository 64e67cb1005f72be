// The admin API for the web host (`kiosk serve`): POST /admin/api with one admin
// command as JSON; the answer is one AdminReply. The session travels in the
// `x-kiosk-admin-session` header (issued on the first answer), so each admin
// screen has its own lock state. Only JSON from the page's own origin is accepted
// (a cross-site form cannot send it; the web host already checked the Host header),
// and only from this machine (the PIN and session token would otherwise cross the
// network in clear) unless the web host runs TLS.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { isLoopbackHost, peerAddress } from "../config.ts";
import { readBody } from "../http.ts";
import { AdminSessionTable, DEFAULT_SESSION_LIMITS, type SessionLimits } from "./http-sessions.ts";
import type { AdminService, AdminSession } from "./service.ts";

export const ADMIN_API_PATH = "/admin/api";
export const ADMIN_SESSION_HEADER = "x-kiosk-admin-session";
/** GET /admin/ticket/<order id>?session=<admin session>: the kitchen ticket page, for the browser's print dialog. */
export const TICKET_PATH = "/admin/ticket/";
// A picture or spreadsheet upload (base64, up to 10 M characters per file in the contract) plus its JSON.
const MAX_BODY_BYTES = 14_000_000;

export type AdminHttpRoute = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

/** The client's address, as the PIN lockout and session limits count it. */
function clientOf(req: IncomingMessage): string {
  return peerAddress(req.socket.remoteAddress);
}

/** Admin traffic only from this machine, or over TLS. */
export function adminReachable(req: IncomingMessage): boolean {
  return isLoopbackHost(clientOf(req)) || Boolean((req.socket as TLSSocket).encrypted);
}

export function adminHttpRoute(admin: AdminService, limits: SessionLimits = DEFAULT_SESSION_LIMITS): AdminHttpRoute {
  const sessions = new AdminSessionTable(admin, limits);
  return async (req, res, url) => {
    const isTicket = req.method === "GET" && url.pathname.startsWith(TICKET_PATH);
    if (!isTicket && url.pathname !== ADMIN_API_PATH) return false;
    if (!adminReachable(req)) {
      reply(res, 403, { type: "error", code: "not-local", message: "the admin screen works only on the kiosk itself (or over TLS)" });
      return true;
    }
    if (isTicket) {
      let id: string;
      try {
        id = decodeURIComponent(url.pathname.slice(TICKET_PATH.length));
      } catch {
        reply(res, 400, { type: "error", code: "bad-request", message: "the order id in the path is not valid percent-encoding" });
        return true;
      }
      await serveTicket(res, id, sessions.get(url.searchParams.get("session") ?? ""));
      return true;
    }
    if (req.method !== "POST") {
      reply(res, 405, { type: "error", code: "method", message: "POST only" });
      return true;
    }
    const origin = req.headers.origin;
    if (origin && origin !== `http://${req.headers.host}` && origin !== `https://${req.headers.host}`) {
      reply(res, 403, { type: "error", code: "origin", message: "admin commands come only from the kiosk's own page" });
      return true;
    }
    if (!String(req.headers["content-type"] ?? "").startsWith("application/json")) {
      reply(res, 415, { type: "error", code: "content-type", message: "send application/json" });
      return true;
    }
    let body: string;
    try {
      body = await readBody(req, MAX_BODY_BYTES);
    } catch (err) {
      reply(res, 413, { type: "error", code: "too-large", message: (err as Error).message });
      return true;
    }
    let id = String(req.headers[ADMIN_SESSION_HEADER] ?? "");
    let session = sessions.get(id);
    if (!session) {
      const opened = sessions.open(clientOf(req));
      if (!opened.ok) {
        reply(res, opened.status, { type: "error", code: "too-many-sessions", message: opened.message });
        return true;
      }
      id = opened.id;
      session = opened.session;
    }
    const answer = await session.handle(body);
    reply(res, answer.type === "error" && answer.code === "bad-command" ? 400 : 200, answer, id);
    return true;
  };
}

async function serveTicket(res: ServerResponse, id: string, session: AdminSession | undefined): Promise<void> {
  const r = session ? await session.handle({ type: "ticket", id }) : undefined;
  if (!r || r.type !== "ticket") {
    const status = !r || r.type === "locked" ? 403 : 404;
    res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    res.end(!r || r.type === "locked" ? "unlock the admin screen first" : "no such order");
    return;
  }
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    // The ticket is self-contained: its own inline style, nothing else, framed only by the kiosk's page.
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; frame-ancestors 'self'",
    "x-content-type-options": "nosniff",
    "cross-origin-resource-policy": "same-origin",
    "cross-origin-embedder-policy": "require-corp",
  });
  res.end(r.html);
}

function reply(res: ServerResponse, status: number, body: unknown, session?: string): void {
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    ...(session ? { [ADMIN_SESSION_HEADER]: session } : {}),
  });
  res.end(JSON.stringify(body));
}

