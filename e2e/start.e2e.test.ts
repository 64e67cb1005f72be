// `npm start` where Electron cannot be used (not installed, or no display): one line that
// says so, then the same kiosk through the web host, its address printed, still running,
// serving the screen, and a Chromium/Chrome app window opened when a display and a
// browser exist (the browser here is a stand-in program that records how it was started).
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { testEspeak } from "../test-support/espeak/index.ts";
import { PROJECT_ROOT } from "./support/kiosk-server.ts";

const dir = mkdtempSync(join(tmpdir(), "kiosk-start-"));
const running: ChildProcess[] = [];
afterEach(() => {
  for (const c of running.splice(0)) if (c.exitCode === null) c.kill("SIGKILL");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  output(): string;
  url: string;
  exited: Promise<number | null>;
}

/** `node scripts/start.js --port 0` with Electron out of reach (an empty dist folder). */
async function start(env: Record<string, string | undefined>): Promise<Started> {
  const base = { ...process.env, DISPLAY: undefined, WAYLAND_DISPLAY: undefined, NODE_ENV: "production" };
  const child = spawn(process.execPath, ["scripts/start.js", "--port", "0"], {
    cwd: PROJECT_ROOT,
    env: { ...base, ELECTRON_OVERRIDE_DIST_PATH: join(dir, "no-electron"), KIOSK_DATA_DIR: mkdtempSync(join(dir, "data-")), KIOSK_ESPEAK: testEspeak(), OPENAI_API_KEY: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.push(child);
  let out = "";
  child.stdout!.setEncoding("utf8").on("data", (t: string) => (out += t));
  child.stderr!.setEncoding("utf8").on("data", (t: string) => (out += t));
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /start: the kiosk is at (http:\/\/\S+?)[ ;(]/.exec(out);
      if (m) {
        clearInterval(timer);
        resolve(m[1]!);
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`npm start exited ${child.exitCode}:\n${out}`));
      }
    }, 100);
  });
  return { child, output: () => out, url, exited };
}

describe("npm start without Electron", () => {
  it("says why in one line, serves the kiosk at the address it prints, keeps running, stops on Ctrl+C", async () => {
    const s = await start({});
    const lines = s.output().split("\n");
    expect(lines[0]).toBe("start: Electron is not installed (its download did not succeed; `npm run electron:fetch` tries again), so the kiosk runs in the browser instead.");
    expect(s.output()).toMatch(/no display here to open a window on/);
    const page = await (await fetch(s.url)).text();
    expect(page).toContain('<div id="root">');
    await new Promise((r) => setTimeout(r, 3000));
    expect(s.child.exitCode).toBeNull();
    s.child.kill("SIGINT");
    expect(await s.exited).toBe(0);
    expect(s.output()).not.toMatch(/\n\s+at /); // no stack trace
  }, 240_000);

  it("opens a kiosk app window on the address when there is a display and a browser", async () => {
    const record = join(dir, "browser-args.txt");
    const browser = join(dir, "fake-browser");
    // Stands in for chromium: writes its arguments, then waits like a window would.
    writeFileSync(browser, `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}'\nexec sleep 600\n`);
    chmodSync(browser, 0o755);
    const s = await start({ DISPLAY: ":99", KIOSK_BROWSER: browser });
    expect(s.output()).toContain(`opening it in ${browser}`);
    await expect.poll(() => existsSync(record), { timeout: 10_000 }).toBe(true);
    const args = readFileSync(record, "utf8").trim().split("\n");
    expect(args).toEqual(expect.arrayContaining([`--app=${s.url}`, "--kiosk", "--no-first-run"]));
    expect(args.some((a) => a.startsWith("--user-data-dir="))).toBe(true);
    s.child.kill("SIGTERM");
    expect(await s.exited).toBe(0);
  }, 240_000);

  it("with Electron installed but no display, still runs in the browser and says why", async () => {
    // A stand-in Electron binary in an override folder (as electron's ELECTRON_OVERRIDE_DIST_PATH).
    const dist = mkdtempSync(join(dir, "fake-electron-"));
    writeFileSync(join(dist, process.platform === "darwin" ? "Electron.app/Contents/MacOS/Electron" : "electron"), "#!/bin/sh\nexit 9\n", { mode: 0o755 });
    const s = await start({ ELECTRON_OVERRIDE_DIST_PATH: dist });
    expect(s.output().split("\n")[0]).toBe("start: there is no display for the Electron app (DISPLAY/WAYLAND_DISPLAY is not set), so the kiosk runs in the browser instead.");
    s.child.kill("SIGTERM");
    expect(await s.exited).toBe(0);
  }, 240_000);
});
