// The files the screen's voice-activity detection loads at run time: the Silero v5
// model, vad-web's audio worklet, and onnxruntime-web's WebAssembly. They are copied
// from node_modules into the built screen under /vad/ (a vite plugin), so the kiosk
// serves them itself — never from a CDN — in the web host and in Electron alike.
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { createRequire } from "node:module";
import type { Plugin } from "vite";

/** URL folder of the VAD files in the built screen (renderer/voice/mic.ts loads from here). */
export const VAD_URL_DIR = "vad";

const FILES: readonly (readonly [pkg: string, file: string])[] = [
  ["@ricky0123/vad-web", "dist/silero_vad_v5.onnx"],
  ["@ricky0123/vad-web", "dist/vad.worklet.bundle.min.js"],
  ["onnxruntime-web", "dist/ort-wasm-simd-threaded.wasm"],
  ["onnxruntime-web", "dist/ort-wasm-simd-threaded.mjs"],
];

/** Absolute paths of the VAD files, looked up the way Node finds packages (nearest node_modules up). */
export function vadAssetFiles(fromDir: string): { name: string; path: string }[] {
  const require = createRequire(join(fromDir, "package.json"));
  return FILES.map(([pkg, file]) => {
    // Some packages' "exports" hide package.json, so search node_modules folders directly.
    const dirs = require.resolve.paths(pkg) ?? [];
    const path = dirs.map((d) => join(d, pkg, file)).find((p) => existsSync(p));
    if (!path) throw new Error(`voice detection file ${pkg}/${file} is missing: run npm install`);
    return { name: basename(file), path };
  });
}

/** Vite plugin: emit the VAD files into the build as vad/<file>. */
export function vadAssetsPlugin(projectRoot: string): Plugin {
  return {
    name: "kiosk-vad-assets",
    apply: "build",
    generateBundle() {
      for (const f of vadAssetFiles(projectRoot)) {
        this.emitFile({ type: "asset", fileName: `${VAD_URL_DIR}/${f.name}`, source: readFileSync(f.path) });
      }
    },
  };
}
