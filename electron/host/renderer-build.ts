// Finds the built screen for the web host, building it first when it is missing or
// older than its sources, so `npx kiosk serve` works on a fresh clone with no other
// step. A fresh build is reused (a stat walk of the sources, a few milliseconds).
// Two hosts starting at once do not build over each other: a lock folder makes the
// second wait for the first.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** What the screen is built from: a change to any of these makes the build stale. */
const SOURCES = ["renderer", "shared", "vite.config.ts", "package.json"];
const LOCK_WAIT_MS = 180_000;

export interface RendererBuildOptions {
  /** The project root (where vite.config.ts is). */
  root: string;
  env?: Record<string, string | undefined>;
  /** Progress lines (the web host sends them to stderr; stdout is kept for "listening on"). */
  log?: (line: string) => void;
}

export class RendererBuildError extends Error {}

/** The folder to serve the screen from; builds it when needed. */
export async function ensureRendererBuild(opts: RendererBuildOptions): Promise<string> {
  const env = opts.env ?? process.env;
  const override = env.KIOSK_RENDERER_DIR;
  if (override) {
    if (!existsSync(join(override, "index.html"))) throw new RendererBuildError(`KIOSK_RENDERER_DIR=${override} has no index.html`);
    return override;
  }
  const outDir = join(opts.root, "dist", "renderer");
  if (isFresh(opts.root, outDir)) return outDir;
  if (!existsSync(join(opts.root, "renderer", "index.html"))) {
    throw new RendererBuildError(`the screen cannot be built: ${join(opts.root, "renderer", "index.html")} is missing`);
  }
  const release = await takeLock(join(opts.root, "dist", ".renderer-build.lock"));
  try {
    // Someone else may have built it while we waited.
    if (isFresh(opts.root, outDir)) return outDir;
    opts.log?.("building the screen (vite build) ...");
    const started = performance.now();
    const { build } = await import("vite");
    // Vite takes the build's flavour from NODE_ENV: a host started under vitest
    // (NODE_ENV=test) would otherwise compile React's development JSX runtime into a
    // production bundle ("jsxDEV is not a function" in the shipped screen).
    const nodeEnvBefore = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await build({ configFile: join(opts.root, "vite.config.ts"), logLevel: "warn", mode: "production" });
    } catch (err) {
      throw new RendererBuildError(`the screen failed to build: ${(err as Error).message}`);
    } finally {
      if (nodeEnvBefore === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnvBefore;
    }
    opts.log?.(`built the screen in ${Math.round(performance.now() - started)} ms`);
    return outDir;
  } finally {
    release();
  }
}

/** The build exists and nothing it is built from changed after it. */
export function isFresh(root: string, outDir: string): boolean {
  let builtAtMs: number;
  try {
    builtAtMs = statSync(join(outDir, "index.html")).mtimeMs;
  } catch {
    return false;
  }
  return newestMtimeMs(SOURCES.map((s) => join(root, s))) <= builtAtMs;
}

function newestMtimeMs(paths: string[]): number {
  let newest = 0;
  const stack = [...paths];
  while (stack.length > 0) {
    const p = stack.pop()!;
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    newest = Math.max(newest, st.mtimeMs);
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== "node_modules" && !name.startsWith(".")) stack.push(join(p, name));
    }
  }
  return newest;
}

async function takeLock(lockDir: string): Promise<() => void> {
  const deadline = performance.now() + LOCK_WAIT_MS;
  mkdirSync(join(lockDir, ".."), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, "pid"), String(process.pid));
      return () => rmSync(lockDir, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    if (!holderAlive(lockDir)) {
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (performance.now() > deadline) throw new RendererBuildError(`another process has been building the screen for ${LOCK_WAIT_MS / 1000} s (lock ${lockDir})`);
    await sleep(250);
  }
}

function holderAlive(lockDir: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lockDir, "pid"), "utf8"));
  } catch {
    // The holder created the folder but has not written its pid yet: give it a moment.
    try {
      return Date.now() - statSync(lockDir).mtimeMs < 5_000;
    } catch {
      return false;
    }
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
