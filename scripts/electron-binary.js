// Where the Electron binary is, and fetching it, without require("electron"): that
// require downloads the binary when it is missing, which on a machine without internet
// hangs or fails with a stack trace. Electron 45 downloads its binary on first use (no
// install script of its own), so `npm install` fetches it through our postinstall.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export function electronPackageDir() {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve("electron/package.json"));
}

export function electronVersion() {
  return JSON.parse(readFileSync(join(electronPackageDir(), "package.json"), "utf8")).version;
}

/** The binary's path when it is installed, else undefined. */
export function findElectronBinary() {
  let dir;
  try {
    dir = electronPackageDir();
  } catch {
    return undefined;
  }
  const pathFile = join(dir, "path.txt");
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  // As electron's own index.js: an override folder works without path.txt.
  if (!existsSync(pathFile) && !override) return undefined;
  const name = existsSync(pathFile) ? readFileSync(pathFile, "utf8").trim() : defaultExecutable();
  const exe = join(override ?? join(dir, "dist"), name);
  return existsSync(exe) ? exe : undefined;
}

function defaultExecutable() {
  if (process.platform === "darwin") return "Electron.app/Contents/MacOS/Electron";
  return process.platform === "win32" ? "electron.exe" : "electron";
}

/**
 * Runs Electron's own installer (node_modules/electron/install.js, which downloads the
 * zip for this platform, checks it against the package's checksums and unpacks it).
 * Resolves with { ok, reason }: never throws, never prints the installer's stack trace;
 * `reason` is one line fit for a message.
 */
export function downloadElectron({ timeoutMs = 10 * 60_000 } = {}) {
  return new Promise((resolve) => {
    let dir;
    try {
      dir = electronPackageDir();
    } catch {
      resolve({ ok: false, reason: "the electron package is not installed (run npm install)" });
      return;
    }
    const env = { ...process.env };
    // The old opt-out must not stop an explicit fetch.
    for (const name of Object.keys(env)) if (/^(npm_config_)?electron_skip_binary_download$/i.test(name)) delete env[name];
    const child = spawn(process.execPath, [join(dir, "install.js")], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (b) => (output += b));
    child.stderr.on("data", (b) => (output += b));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: err.message });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0 && findElectronBinary()) return resolve({ ok: true, reason: "" });
      if (signal) return resolve({ ok: false, reason: `the download took longer than ${Math.round(timeoutMs / 1000)} s` });
      const line = firstErrorLine(output) || `the installer exited with ${code}`;
      // undici's "fetch failed" hides its cause; ask the download host once to name it.
      if (/fetch failed/i.test(line)) void reachability().then((why) => resolve({ ok: false, reason: why ? `${line}: ${why}` : line }));
      else resolve({ ok: false, reason: line });
    });
  });
}

/** Why the download host cannot be reached ("cannot reach github.com: ENOTFOUND"), or "" when it can. */
async function reachability() {
  const url = new URL(process.env.ELECTRON_MIRROR || "https://github.com/electron/electron/releases/");
  try {
    await fetch(url, { method: "HEAD", signal: AbortSignal.timeout(10_000) });
    return "";
  } catch (err) {
    const cause = err?.cause;
    return `cannot reach ${url.host}: ${cause?.code ?? cause?.message ?? err.message}`;
  }
}

/** The most telling line of the installer's output ("Error: getaddrinfo ENOTFOUND github.com"). */
function firstErrorLine(output) {
  const lines = output.split("\n").map((l) => l.trim()).filter(Boolean);
  return (lines.find((l) => /error/i.test(l) && !/^at /.test(l)) ?? lines[0] ?? "").slice(0, 200);
}
