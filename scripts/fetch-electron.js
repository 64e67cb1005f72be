#!/usr/bin/env node
// `npm run electron:fetch`: downloads the Electron binary that `npm install` skipped
// (see .npmrc). Needs access to Electron's download host (or ELECTRON_MIRROR, or a
// zip already in the Electron cache); says clearly what to do when it cannot.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { electronPackageDir, findElectronBinary } from "./electron-binary.js";

const already = findElectronBinary();
if (already) {
  console.log(`Electron is already installed: ${already}`);
  process.exit(0);
}

const env = { ...process.env };
for (const name of Object.keys(env)) {
  if (/^(npm_config_)?electron_skip_binary_download$/i.test(name)) delete env[name];
}

console.log("Fetching the Electron binary ...");
const result = spawnSync(process.execPath, [join(electronPackageDir(), "install.js")], { env, stdio: "inherit" });
const installed = findElectronBinary();
if (result.status === 0 && installed) {
  console.log(`Electron is installed: ${installed}`);
  process.exit(0);
}

const { version } = JSON.parse(readFileSync(join(electronPackageDir(), "package.json"), "utf8"));
console.error(`
Could not fetch the Electron binary (install.js exited with ${result.status ?? result.signal}).
This machine probably cannot reach Electron's download server. Options:
  - set ELECTRON_MIRROR to a mirror you can reach and run \`npm run electron:fetch\` again;
  - or copy electron-v${version}-${process.platform}-${process.arch}.zip into the Electron cache
    (electron_config_cache) and run it again;
  - or run the same kiosk in a browser instead: \`npm run serve\` (http://127.0.0.1:8787).`);
process.exit(1);
