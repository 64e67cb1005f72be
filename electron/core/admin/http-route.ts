// The admin API for the web host (`kiosk serve`): POST /admin/api with one admin
// command as JSON; the answer is one AdminReply. The session travels in the
// `x-kiosk-admin-session` header (issued on the first answer), so each admin
// screen has its own lock state. Only JSON from the page's own origin is accepted
// (a cross-site form cannot send it; the web host already checked the Host header).
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AdminService, AdminSession } from "./service.ts";

export const ADMIN_API_PATH = "/admin/api";
export const ADMIN_SESSION_HEADER = "x-kiosk-admin-session";
/** GET /admin/ticket/<order id>?session=<admin session>: the kitchen ticket page, for the browser's print dialog. */
export const TICKET_PATH = "/admin/ticket/";
// A picture or spreadsheet upload (base64, up to 10 M characters per file in the contract) plus its JSON.
const MAX_BODY_BYTES = 14_000_000;
const MAX_SESSIONS = 50;

export type AdminHttpRoute = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export function adminHttpRoute(admin: AdminService): AdminHttpRoute {
  const sessions = new Map<string, { session: AdminSession; lastMs: number }>();
  return async (req, res, url) => {
    if (req.method === "GET" && url.pathname.startsWith(TICKET_PATH)) {
      await serveTicket(res, decodeURIComponent(url.pathname.slice(TICKET_PATH.length)), sessions.get(url.searchParams.get("session") ?? "")?.session);
      return true;
    }
    if (url.pathname !== ADMIN_API_PATH) return false;
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
      body = await readBody(req);
    } catch (err) {
      reply(res, 413, { type: "error", code: "too-large", message: (err as Error).message });
      return true;
    }
    const token = String(req.headers[ADMIN_SESSION_HEADER] ?? "");
    let entry = sessions.get(token);
    let id = token;
    if (!entry) {
      id = randomUUID();
      entry = { session: admin.openSession(), lastMs: Date.now() };
      sessions.set(id, entry);
      if (sessions.size > MAX_SESSIONS) {
        const oldest = [...sessions.entries()].sort((a, b) => a[1].lastMs - b[1].lastMs)[0]!;
        sessions.delete(oldest[0]);
      }
    }
    entry.lastMs = Date.now();
    const answer = await entry.session.handle(body);
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

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on("data", (c: Buffer) => {
      if (tooBig) return;
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        tooBig = true;
        reject(new Error(`body larger than ${MAX_BODY_BYTES} bytes`));
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
