// Starts the real kiosk web host (`node bin/kiosk.js serve --port 0 --menu FILE`) as
// a child process for a test, waits for its `listening on URL` line, and stops it.
// Each server gets its own data folder, so order numbers and stored orders start fresh.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { testEspeak } from "../../test-support/espeak/index.ts";

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DEMO_MENU = join(PROJECT_ROOT, "assets/menu/demo-cafe.menu.json");

export interface KioskServer {
  url: string;
  port: number;
  /** What the server wrote to stderr so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  menu?: string;
  env?: Record<string, string>;
  /** Default 0 (any free port); a fixed one lets a test restart "the same" kiosk. */
  port?: number;
  /** The first start may build the screen (vite), which takes a while on a small machine. */
  startTimeoutMs?: number;
}

export async function startKioskServer(opts: StartOptions = {}): Promise<KioskServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "kiosk-e2e-data-"));
  const args = [join(PROJECT_ROOT, "bin/kiosk.js"), "serve", "--port", String(opts.port ?? 0), "--menu", opts.menu ?? DEMO_MENU, "--engine", "offline"];
  // The kiosk runs as it does in a store: vitest's NODE_ENV=test would otherwise leak
  // into the screen's build (which `serve` makes when sources changed) and mix React's
  // development JSX runtime into a production bundle.
  // Its offline voice speaks with the tests' espeak-ng (the machine's, else the WebAssembly stand-in).
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", KIOSK_DATA_DIR: dataDir, KIOSK_ESPEAK: testEspeak(), ...opts.env };
  // The offline engine only: these tests must never depend on a network model.
  delete env.OPENAI_API_KEY;
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  // If the test process ends without stopping the server (a killed run, a crashed
  // hook), the server must not outlive it.
  const orphanGuard = () => child.kill("SIGKILL");
  process.once("exit", orphanGuard);

  const url = await new Promise<string>((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`kiosk serve did not start within ${opts.startTimeoutMs ?? 180_000} ms\n${stderr}`));
    }, opts.startTimeoutMs ?? 180_000);
    child.stdout!.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
      const m = /listening on (http:\/\/\S+)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!.replace(/\/?$/, "/"));
      }
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`kiosk serve exited (${code ?? signal}) before listening\n${stderr}`));
    });
  });

  return {
    url,
    port: Number(new URL(url).port),
    log: () => stderr,
    stop: async () => {
      process.off("exit", orphanGuard);
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Keep what the server said (stderr) next to the screenshots, for a failed run's post-mortem. */
export function saveServerLog(name: string, server: KioskServer | undefined): void {
  if (!server) return;
  const dir = join(PROJECT_ROOT, "e2e", "screenshots");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `server-${name}.log`), server.log());
}
