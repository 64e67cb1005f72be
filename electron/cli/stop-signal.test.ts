// The servers' stop handling: a signal sent the moment `listening` is read must be a
// clean stop, never the signal's default (an unclean kill). CI once caught `kiosk serve`
// dying of SIGTERM because its handlers were installed just after that line.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CHILD = `
import { register } from "tsx/esm/api";
register();
const { stopSignal } = await import("./electron/cli/stop-signal.ts");
const stop = stopSignal();
setInterval(() => {}, 60_000); // stands in for the server's open socket, which keeps a real server alive
console.log("listening on test");
const signal = await stop.received;
console.error("stopped by " + signal);
process.exit(0);
`;

function runAndStopAtOnce(signal: NodeJS.Signals): Promise<{ code: number | null; killedBy: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", CHILD], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      if (d.includes("listening on")) child.kill(signal);
    });
    child.on("exit", (code, killedBy) => resolve({ code, killedBy, stderr }));
  });
}

describe("stopSignal", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("a %s sent as soon as `listening` is read is a clean stop", async (signal) => {
    for (let i = 0; i < 3; i++) {
      const r = await runAndStopAtOnce(signal);
      expect(r, r.stderr).toEqual({ code: 0, killedBy: null, stderr: `stopped by ${signal}\n` });
    }
  });
});
