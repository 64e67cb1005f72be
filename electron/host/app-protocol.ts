// The app:// protocol's answers (Electron-free: main.ts hands each request of the window
// here). Only the app's own host, only GET and HEAD, only files under the static mounts
// (static-files.ts decides which), always with the security headers.
import { readFile } from "node:fs/promises";
import { APP_HOST } from "./ipc-channels.ts";
import { securityHeaders } from "./security-headers.ts";
import { resolveStatic, type StaticMount } from "./static-files.ts";

export async function serveAppFile(mounts: readonly StaticMount[], request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return new Response("not found", { status: 404 });
  if (request.method !== "GET" && request.method !== "HEAD") return new Response("method not allowed", { status: 405 });
  const found = await resolveStatic(mounts, url.pathname);
  if (!found.ok) return new Response(found.status === 404 ? "not found" : "bad request", { status: found.status, headers: securityHeaders() });
  const body = await readFile(found.file);
  return new Response(request.method === "HEAD" ? null : new Uint8Array(body.buffer, body.byteOffset, body.byteLength), {
    status: 200,
    headers: { ...securityHeaders(), "Content-Type": found.mime, "Cache-Control": found.cacheControl },
  });
}
