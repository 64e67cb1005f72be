#!/usr/bin/env node
// `npm start`: shows the kiosk.
// - With the Electron binary installed (npm install fetches it where it can) and a
//   display: builds the screen and the Electron shell, then opens the kiosk app.
// - Otherwise: says why in one line and runs the same kiosk through the web host
//   (`kiosk serve`, which builds the screen itself when needed), prints its address, and
//   opens it in a Chromium/Chrome app window when one is installed and there is a display.
//   It keeps running until stopped (Ctrl+C). Arguments go to `kiosk serve` in that case
//   (e.g. `npm start -- --port 8790`).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { findBrowser, hasDisplay, openWindow } from "./browser-window.js";
import { findElectronBinary } from "./electron-binary.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);

const electron = findElectronBinary();
const display = hasDisplay();
if (electron && display) await runElectron(electron);
else {
  const why = !electron
    ? "Electron is not installed (its download did not succeed; `npm run electron:fetch` tries again)"
    : "there is no display for the Electron app (DISPLAY/WAYLAND_DISPLAY is not set)";
  console.log(`start: ${why}, so the kiosk runs in the browser instead.`);
  runWebHost();
}

async function runElectron(exe) {
  try {
    const [{ build: viteBuild }, { buildElectron }] = await Promise.all([import("vite"), import("./build-electron.js")]);
    await viteBuild({ configFile: `${root}/vite.config.ts`, logLevel: "warn" });
    await buildElectron();
  } catch (err) {
    console.error(`start: the build failed: ${err.message}`);
    process.exit(1);
  }
  const child = spawn(exe, [root, ...args], { stdio: "inherit" });
  forwardSignals(child);
  child.on("error", (err) => {
    console.error(`start: could not start Electron (${exe}): ${err.message}`);
    process.exit(1);
  });
  child.on("exit", (code, signal) => {
    if (code) console.error(`start: the Electron app exited with ${code}.`);
    process.exit(code ?? (signal ? 1 : 0));
  });
}

function runWebHost() {
  const server = spawn(process.execPath, [`${root}/bin/kiosk.js`, "serve", ...args], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  let window;
  let out = "";
  server.stdout.setEncoding("utf8").on("data", (text) => {
    process.stdout.write(text);
    if (window !== undefined) return;
    out += text;
    const m = /listening on (http:\/\/\S+)/.exec(out);
    if (!m) return;
    const url = m[1];
    const browser = display ? findBrowser() : undefined;
    if (browser) {
      console.log(`start: the kiosk is at ${url}; opening it in ${browser}. Ctrl+C stops it.`);
      window = openWindow(browser, url);
    } else {
      window = null;
      const hint = display ? "no Chromium or Chrome is installed to open it in" : "no display here to open a window on";
      console.log(`start: the kiosk is at ${url} (${hint}; open it in Chromium or Chrome, e.g. \`chromium --kiosk --app=${url}\`). Ctrl+C stops it.`);
    }
  });
  forwardSignals(server);
  server.on("error", (err) => {
    console.error(`start: could not start the web host: ${err.message}`);
    process.exit(1);
  });
  server.on("exit", (code) => {
    window?.kill();
    if (code) console.error(`start: the kiosk's web host stopped (exit ${code}).`);
    // Stopped by a signal (Ctrl+C) is a normal end.
    process.exit(code ?? 0);
  });
}

function forwardSignals(child) {
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}
