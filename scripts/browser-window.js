// Opens the kiosk's address in a Chromium or Chrome app window (full screen, no address
// bar), for `npm start` when Electron is not available. Only when a browser is installed
// and there is a display to show it on.
import { spawn } from "node:child_process";
import { accessSync, constants, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

const NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge"];
const MAC_APPS = ["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "/Applications/Chromium.app/Contents/MacOS/Chromium"];
const WINDOWS_APPS = [
  join(process.env["ProgramFiles"] ?? "C:\\Program Files", "Google\\Chrome\\Application\\chrome.exe"),
  join(process.env["ProgramFiles(x86)"] ?? "C:\\Program Files (x86)", "Microsoft\\Edge\\Application\\msedge.exe"),
];

/** Is there a screen to open a window on? (Linux and BSDs need X11 or Wayland.) */
export function hasDisplay(env = process.env, platform = process.platform) {
  if (platform === "darwin" || platform === "win32") return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** An installed Chromium-family browser, or undefined. */
export function findBrowser(env = process.env) {
  if (env.KIOSK_BROWSER) return isExecutable(env.KIOSK_BROWSER) ? env.KIOSK_BROWSER : undefined;
  const candidates = process.platform === "darwin" ? MAC_APPS : process.platform === "win32" ? WINDOWS_APPS : [];
  for (const p of candidates) if (isExecutable(p)) return p;
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    for (const name of NAMES) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function isExecutable(p) {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser's command line for a kiosk window on `url`. */
export function windowArgs(url, profileDir, { root = process.getuid?.() === 0 } = {}) {
  return [
    `--app=${url}`,
    "--kiosk",
    `--user-data-dir=${profileDir}`,
    "--no-first-run",
    "--no-default-browser-check",
    // The kiosk answers out loud before anyone has tapped the page.
    "--autoplay-policy=no-user-gesture-required",
    // Chromium refuses to start as root with its sandbox on.
    ...(root ? ["--no-sandbox"] : []),
  ];
}

/** Starts the window; returns the child process (the caller ends it with the server). */
export function openWindow(browser, url) {
  const profile = join(tmpdir(), "voice-kiosk-window");
  mkdirSync(profile, { recursive: true });
  const child = spawn(browser, windowArgs(url, profile), { stdio: "ignore" });
  child.on("error", (err) => console.error(`start: could not open ${browser}: ${err.message}`));
  return child;
}
