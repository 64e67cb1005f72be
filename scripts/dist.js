#!/usr/bin/env node
// `npm run dist`: builds, then packages the Electron app with electron-builder.
// electron-builder rebuilds native modules (better-sqlite3) in node_modules for
// Electron's ABI, which breaks them for Node (the CLI, `kiosk serve`, the tests).
// So afterwards, whatever happened, they are rebuilt for Node again.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: "inherit" }).status ?? 1;

let code = run(npm, ["run", "build"]);
if (code === 0) code = run(npm, ["exec", "--", "electron-builder", "--config", "build/electron-builder.yml", ...process.argv.slice(2)]);
console.error("dist: rebuilding native modules for Node (electron-builder built them for Electron) ...");
if (run(npm, ["rebuild", "better-sqlite3"]) !== 0) {
  console.error("dist: could not rebuild better-sqlite3 for Node; run `npm rebuild better-sqlite3` before using the CLI or tests");
  code ||= 1;
}
process.exit(code);
