// The hub's store screens are plain HTML + JavaScript modules in ./pages, served as
// they are (no build step): the kitchen display (/kds), the pickup board (/board)
// and the staff view (/staff).
import type { ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const PAGES_DIR = fileURLToPath(new URL("./pages/", import.meta.url));

const ROUTES: Record<string, string> = {
  "/": "index.html",
  "/kds": "kds.html",
  "/board": "board.html",
  "/staff": "staff.html",
};

/** The store screens' page paths. */
export const SCREEN_PATHS: readonly string[] = Object.keys(ROUTES);

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
};

const ASSET = /^\/hub-assets\/([a-z-]+\.(js|css))$/;

/** The pages' scripts and styles: no store data in them, so no login needed. */
export function isPageAsset(path: string): boolean {
  return ASSET.test(path);
}

/** Answers a page or asset request; false when `path` is none of them. */
export function servePage(path: string, res: ServerResponse): boolean {
  const asset = ASSET.exec(path);
  const file = ROUTES[path] ?? asset?.[1];
  if (!file) return false;
  let text: string;
  try {
    text = readFileSync(join(PAGES_DIR, file), "utf8");
  } catch {
    return false;
  }
  res.writeHead(200, {
    "Content-Type": TYPES[file.split(".").pop()!]!,
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'self'; media-src 'self' blob:; style-src 'self'; script-src 'self'; connect-src 'self'",
  });
  res.end(text);
  return true;
}
