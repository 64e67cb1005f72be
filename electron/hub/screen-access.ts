// Who may open the hub's store screens (kitchen display, pickup board, staff view) and
// use their actions. With a staff PIN set, a screen is let in once: staff type the PIN on
// it (GET/POST /login) and it keeps a signed cookie. The cookie is an HMAC over the time
// it was issued and the PIN, keyed with the pairing secret, so it survives a hub restart
// (a kitchen screen is not logged out by a reboot) and changing the PIN or the secret
// logs every screen out. Without a PIN the screens are open — `kiosk hub` allows that
// only while it listens on this machine alone.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { HttpError, readBody } from "./http-util.ts";

export const SCREEN_COOKIE = "hub_screen";
/** A screen stays let in for a year (browsers cap cookie lifetimes at about 400 days). */
const SESSION_MS = 365 * 24 * 3600_000;
/** Wrong PINs from one address before it must wait, and how long it waits. */
const TRIES_BEFORE_WAIT = 5;
const WAIT_MS = 60_000;
/** Addresses remembered for throttling (oldest forgotten first). */
const MAX_TRACKED = 1_000;

export interface ScreenAccessOptions {
  pin: string;
  secret: string;
  now?: () => number;
  log?: (line: string) => void;
}

export type LoginResult =
  | { ok: true; cookie: string }
  | { ok: false; status: 401 | 429; message: string };

export class ScreenAccess {
  private readonly failures = new Map<string, { count: number; untilMs: number }>();
  private readonly now: () => number;

  constructor(private readonly opts: ScreenAccessOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** A Set-Cookie value for a screen that was just let in. */
  issue(): string {
    const issued = String(this.now());
    return `${SCREEN_COOKIE}=${issued}.${this.mac(issued)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MS / 1000}`;
  }

  /** Whether the request carries a screen cookie this hub issued, under the current PIN, not expired. */
  allows(req: IncomingMessage): boolean {
    const value = readCookie(req.headers.cookie, SCREEN_COOKIE);
    const m = value ? /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(value) : null;
    if (!m) return false;
    const issued = Number(m[1]);
    const age = this.now() - issued;
    if (age < -60_000 || age > SESSION_MS) return false;
    const want = Buffer.from(this.mac(m[1]!));
    const got = Buffer.from(m[2]!);
    return want.length === got.length && timingSafeEqual(want, got);
  }

  /** Check a typed PIN; an address that keeps getting it wrong must wait a minute. */
  login(pin: string, address: string): LoginResult {
    const now = this.now();
    const record = this.failures.get(address);
    if (record && record.untilMs > now) {
      return { ok: false, status: 429, message: `Too many wrong PINs: try again in ${Math.ceil((record.untilMs - now) / 1000)} s.` };
    }
    const want = Buffer.from(this.opts.pin);
    const got = Buffer.from(pin);
    if (want.length === got.length && timingSafeEqual(want, got)) {
      this.failures.delete(address);
      this.opts.log?.(`a store screen at ${address} was let in with the staff PIN`);
      return { ok: true, cookie: this.issue() };
    }
    const count = (record?.count ?? 0) + 1;
    const untilMs = count >= TRIES_BEFORE_WAIT ? now + WAIT_MS : 0;
    this.failures.delete(address);
    this.failures.set(address, { count: untilMs ? 0 : count, untilMs });
    if (this.failures.size > MAX_TRACKED) this.failures.delete(this.failures.keys().next().value!);
    if (untilMs) this.opts.log?.(`${TRIES_BEFORE_WAIT} wrong staff PINs from ${address}: it waits ${WAIT_MS / 1000} s`);
    return { ok: false, status: 401, message: "That PIN is not right." };
  }

  private mac(issued: string): string {
    return createHmac("sha256", this.opts.secret).update(`store-screen|${issued}|${this.opts.pin}`).digest("base64url");
  }
}

/** GET /login (the PIN form) and POST /login (a form post: pin, next). */
export async function handleLogin(access: ScreenAccess, req: IncomingMessage, res: ServerResponse, url: URL, screens: readonly string[]): Promise<void> {
  if (req.method === "GET") return sendLoginPage(res, 200, safeNext(url.searchParams.get("next"), screens));
  if (req.method !== "POST") throw new HttpError(405, "GET or POST /login");
  if (!String(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) throw new HttpError(415, "send the login form");
  const origin = req.headers.origin;
  if (origin && origin !== `http://${req.headers.host}` && origin !== `https://${req.headers.host}`) throw new HttpError(403, "log in on the hub's own page");
  const form = new URLSearchParams(await readBody(req, 2_000));
  const next = safeNext(form.get("next"), screens);
  const result = access.login(form.get("pin") ?? "", req.socket.remoteAddress ?? "unknown");
  if (!result.ok) return sendLoginPage(res, result.status, next, result.message);
  res.writeHead(303, { Location: next, "Set-Cookie": result.cookie, "Cache-Control": "no-store" });
  res.end();
}

/** Where a screen that is not let in goes: the login page, then back to `path`. */
export function redirectToLogin(res: ServerResponse, path: string): void {
  res.writeHead(303, { Location: `/login?next=${encodeURIComponent(path)}`, "Cache-Control": "no-store" });
  res.end();
}

/** Only the hub's own screen paths (with their query): a login link can never send a screen elsewhere. */
function safeNext(next: string | null, screens: readonly string[]): string {
  if (!next?.startsWith("/")) return "/";
  const u = new URL(next, "http://hub");
  return u.origin === "http://hub" && screens.includes(u.pathname) ? u.pathname + u.search : "/";
}

function sendLoginPage(res: ServerResponse, status: number, next: string, message?: string): void {
  res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'self'; style-src 'self'; script-src 'none'; form-action 'self'",
  });
  res.end(`<!doctype html>
<html lang="ko">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Store hub: staff PIN</title><link rel="stylesheet" href="/hub-assets/hub.css"></head>
<body class="index login">
<h1>매장 화면 / Store screen</h1>
<form method="post" action="/login">
<label for="pin">직원 PIN / Staff PIN</label>
<input id="pin" name="pin" type="password" inputmode="numeric" autocomplete="current-password" required autofocus>
<input type="hidden" name="next" value="${escapeHtml(next)}">
<button type="submit">열기 / Open</button>
${message ? `<p id="error" class="error" role="alert">${escapeHtml(message)}</p>` : ""}
</form>
</body></html>`);
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
