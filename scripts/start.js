#!/usr/bin/env node
// `npm start`: builds the screen and the Electron shell, then starts the kiosk app.
// When the Electron binary is not installed (npm install skips it), says how to get
// it and how to run the same kiosk in a browser instead, and exits non-zero.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { build as viteBuild } from "vite";
import { buildElectron } from "./build-electron.js";
import { findElectronBinary } from "./electron-binary.js";

const root = fileURLToPath(new URL("..", import.meta.url));

try {
  await viteBuild({ configFile: `${root}/vite.config.ts`, logLevel: "warn" });
  await buildElectron();
} catch (err) {
  console.error(`start: the build failed: ${err.message}`);
  process.exit(1);
}

const electron = findElectronBinary();
if (!electron) {
  console.error(`
The Electron binary is not installed (npm install skips the download on purpose).
  - get it with:  npm run electron:fetch
  - or run the same kiosk in a browser:  npm run serve   (then open http://127.0.0.1:8787)`);
  process.exit(1);
}

const child = spawn(electron, [root, ...process.argv.slice(2)], { stdio: "inherit" });
const forward = (signal) => child.kill(signal);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
