// Starts `kiosk serve` as a real child process (exactly as store staff run it) on a
// free port, for tests that talk to it over HTTP and WebSocket. Resolves once the
// server prints `listening on http://HOST:PORT`; stop() ends it with SIGTERM and
// resolves with its exit code.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));

export interface ServeProcess {
  url: string;
  port: number;
  /** Everything printed so far. */
  stdout(): string;
  stderr(): string;
  child: ChildProcess;
  /** SIGTERM, then the exit code (SIGKILL after a grace period). */
  stop(): Promise<number | null>;
}

export interface StartServeOptions {
  args?: string[];
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}

const LISTENING = /^listening on (https?:\/\/[^\s]+:(\d+))$/m;

export function startServe(opts: StartServeOptions = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, ["bin/kiosk.js", "serve", "--port", "0", ...(opts.args ?? [])], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (out += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (err += d));
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    // A loaded 2-core CI machine can take seconds to close a host cleanly: the
    // grace period is generous so a slow clean stop is not mistaken for a hang.
    const killer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    const code = await exited;
    clearTimeout(killer);
    return code;
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`kiosk serve did not start within ${opts.timeoutMs ?? 60_000} ms\nstdout: ${out}\nstderr: ${err}`));
    }, opts.timeoutMs ?? 60_000);
    const onData = () => {
      const m = LISTENING.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off("data", onData);
      resolve({ url: m[1]!, port: Number(m[2]), stdout: () => out, stderr: () => err, child, stop });
    };
    child.stdout!.on("data", onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`kiosk serve exited with ${code} before listening\nstdout: ${out}\nstderr: ${err}`));
    });
  });
}

/** Run `kiosk serve` expecting it to fail at startup; resolves with its exit code and output. */
export function serveFailure(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["bin/kiosk.js", "serve", ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("exit", (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr });
    });
  });
}
