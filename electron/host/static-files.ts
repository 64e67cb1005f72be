// Which files the screen may load, for both hosts: the web host serves them over
// HTTP, the Electron shell through its app:// protocol. A URL path maps to a file
// only inside one of the mounts below; anything that tries to step out (../, encoded
// slashes, symlinks pointing elsewhere, hidden files) is refused.
import { realpath, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import type { MenuHolder } from "../core/menu/load.ts";
import { MENU_ASSET_BASE } from "./kiosk-host.ts";

export interface StaticMount {
  /** URL path prefix, starting and ending with "/". */
  prefix: string;
  /** The folder served; a function when it can move (a reloaded menu may live elsewhere). */
  dir: string | (() => string);
  /** Lower-case extensions (with the dot) this mount serves; others are 404. Default: any known type. */
  extensions?: readonly string[];
  /** The file served for the prefix itself (e.g. index.html). */
  index?: string;
  /** Cache-Control for this mount's files (default "no-cache"). */
  cacheControl?: (relativePath: string) => string;
}

export const MIME_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".gif": "image/gif",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
  ".onnx": "application/octet-stream",
  ".mp3": "audio/mpeg",
  ".wav": "audio/wav",
  ".ogg": "audio/ogg",
  ".webm": "audio/webm",
};

export const IMAGE_EXTENSIONS = [".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif", ".avif"] as const;
export const FONT_EXTENSIONS = [".woff2", ".woff", ".ttf"] as const;

export type StaticLookup =
  | { ok: true; file: string; mime: string; size: number; cacheControl: string }
  | { ok: false; status: 400 | 404; reason: string };

const notFound = (reason: string): StaticLookup => ({ ok: false, status: 404, reason });

/** Map a URL path (the pathname, still percent-encoded) to a file inside one of the mounts. */
export async function resolveStatic(mounts: readonly StaticMount[], urlPath: string): Promise<StaticLookup> {
  if (!urlPath.startsWith("/") || urlPath.includes("\\") || urlPath.includes("\0")) return { ok: false, status: 400, reason: "malformed path" };
  const mount = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length).find((m) => urlPath.startsWith(m.prefix));
  if (!mount) return notFound("no mount");
  const rest = urlPath.slice(mount.prefix.length);
  const segments: string[] = [];
  for (const raw of rest === "" ? [] : rest.split("/")) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400, reason: "bad percent-encoding" };
    }
    // Empty segments ("//"), dot segments and hidden files never name a servable file;
    // a decoded slash, backslash or NUL means someone is trying to smuggle a path.
    if (seg === "" || seg.startsWith(".") || /[/\\\0]/.test(seg)) return notFound("refused path segment");
    segments.push(seg);
  }
  if (segments.length === 0) {
    if (!mount.index) return notFound("no index");
    segments.push(mount.index);
  }
  const rel = segments.join("/");
  const ext = extname(rel).toLowerCase();
  const mime = MIME_TYPES[ext];
  if (!mime || (mount.extensions && !mount.extensions.includes(ext))) return notFound("type not served here");

  const root = resolve(typeof mount.dir === "function" ? mount.dir() : mount.dir);
  const candidate = resolve(root, ...segments);
  if (!inside(root, candidate)) return notFound("outside the mount");
  try {
    // Symlinks are followed only when they stay inside the mount.
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!inside(realRoot, realFile)) return notFound("outside the mount");
    const st = await stat(realFile);
    if (!st.isFile()) return notFound("not a file");
    const cacheControl = mount.cacheControl?.(rel) ?? "no-cache";
    return { ok: true, file: realFile, mime, size: st.size, cacheControl };
  } catch {
    return notFound("no such file");
  }
}

function inside(root: string, file: string): boolean {
  return file.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Vite names built assets by content hash, so they never change under the same URL. */
function rendererCache(rel: string): string {
  return rel.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache";
}

export interface DefaultMountsInput {
  /** The project (or packaged app) root: where assets/ and node_modules/ are. */
  root: string;
  /** The built screen (vite output). */
  rendererDir: string;
  menu: MenuHolder;
}

/**
 * Every static mount the screen uses, in one place for both hosts. The fonts need no
 * mount: the screen imports them from @fontsource, and vite puts them in the build
 * (under /assets/). To serve more (the VAD model and onnxruntime wasm, sounds), add
 * a mount here, e.g.
 *   { prefix: "/vad/", dir: join(root, "assets/vad"), extensions: [".onnx", ".wasm", ".mjs", ".js"] }
 * and allow nothing broader than what the screen loads.
 */
export function defaultMounts({ root: _root, rendererDir, menu }: DefaultMountsInput): StaticMount[] {
  return [
    { prefix: "/", dir: rendererDir, index: "index.html", cacheControl: rendererCache },
    { prefix: MENU_ASSET_BASE, dir: () => menu.current.baseDir, extensions: IMAGE_EXTENSIONS },
  ];
}
