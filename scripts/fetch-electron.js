#!/usr/bin/env node
// `npm run electron:fetch` (also run by `npm install`, as postinstall with --quiet-fail):
// downloads the Electron binary. Needs access to Electron's download host (or
// ELECTRON_MIRROR, or a zip already in the Electron cache). When it cannot, it says so
// in a few lines; with --quiet-fail (npm install) in one line, exiting 0, because the
// kiosk runs without Electron too (`npm start` then uses the browser).
import { downloadElectron, electronVersion, findElectronBinary } from "./electron-binary.js";

const quietFail = process.argv.includes("--quiet-fail");

const already = findElectronBinary();
if (already) {
  if (!quietFail) console.log(`Electron is already installed: ${already}`);
  process.exit(0);
}
if (quietFail && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log("electron: download skipped (ELECTRON_SKIP_BINARY_DOWNLOAD); `npm start` will run the kiosk in the browser.");
  process.exit(0);
}

let version = "?";
try {
  version = electronVersion();
} catch {
  // reported by downloadElectron below
}
if (!quietFail) console.log(`Fetching the Electron ${version} binary ...`);
const result = await downloadElectron();
if (result.ok) {
  console.log(`electron: Electron ${version} is installed (${findElectronBinary()}).`);
  process.exit(0);
}

if (quietFail) {
  console.log(`electron: could not download Electron ${version} (${result.reason}); \`npm start\` will run the kiosk in the browser instead, and \`npm run electron:fetch\` tries the download again.`);
  process.exit(0);
}
console.error(`
Could not fetch the Electron binary: ${result.reason}
This machine probably cannot reach Electron's download server. Options:
  - set ELECTRON_MIRROR to a mirror you can reach and run \`npm run electron:fetch\` again;
  - or copy electron-v${version}-${process.platform}-${process.arch}.zip into the Electron cache
    (electron_config_cache) and run it again;
  - or run the same kiosk in a browser instead: \`npm start\` does that by itself.`);
process.exit(1);
