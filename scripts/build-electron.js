#!/usr/bin/env node
// Bundles the Electron main process and preload into dist/electron/*.cjs with esbuild.
// electron itself and native modules (better-sqlite3, sharp) stay external: Electron
// provides the first, and the others must be loaded from node_modules (unpacked from the asar).
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
/** Modules that must not be bundled: Electron's own, and packages with native code. */
export const EXTERNAL = ["electron", "better-sqlite3", "sharp", "bufferutil", "utf-8-validate", "fsevents"];

export async function buildElectron({ quiet = false } = {}) {
  const started = performance.now();
  const common = {
    bundle: true,
    platform: "node",
    format: "cjs",
    // Electron 45 runs Node 22 and Chromium 140.
    target: "node22",
    external: EXTERNAL,
    sourcemap: true,
    logLevel: "warning",
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, "electron/main.ts")],
      outfile: join(root, "dist/electron/main.cjs"),
      // ESM sources may use import.meta.url; in a CJS bundle it must come from __filename.
      define: { "import.meta.url": "__kioskImportMetaUrl" },
      banner: { js: 'const __kioskImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    }),
    // The sandboxed preload may require only "electron": everything else is bundled in.
    build({ ...common, entryPoints: [join(root, "electron/preload.ts")], outfile: join(root, "dist/electron/preload.cjs") }),
  ]);
  if (!quiet) console.error(`built dist/electron/main.cjs and preload.cjs in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildElectron().catch((err) => {
    console.error(`build-electron: ${err.message}`);
    process.exit(1);
  });
}
