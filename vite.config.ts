// Builds the touchscreen (renderer/) into dist/renderer, served by both hosts: the
// Electron shell (app://kiosk/) and `kiosk serve` (http://127.0.0.1:PORT/). The
// output must run under the strict CSP in electron/host/security-headers.ts: no
// inline scripts or styles, no eval, every asset a same-origin file.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { vadAssetsPlugin } from "./electron/core/voice/vad-assets.ts";

const root = fileURLToPath(new URL("./renderer", import.meta.url));
const outDir = fileURLToPath(new URL("./dist/renderer", import.meta.url));

export default defineConfig(({ command }) => ({
  root,
  base: "/",
  // vadAssetsPlugin: the voice-activity model and onnxruntime wasm, served from /vad/ (never a CDN).
  plugins: [react(), vadAssetsPlugin(fileURLToPath(new URL(".", import.meta.url)))],
  // Files under renderer/public (if any) are copied as they are.
  publicDir: "public",
  build: {
    outDir,
    emptyOutDir: true,
    target: "es2022",
    // Never inline assets as data: URLs; every asset is a file the CSP allows as 'self'.
    assetsInlineLimit: 0,
    sourcemap: true,
    reportCompressedSize: false,
    // The screen loads from the kiosk itself, never over a network: big chunks cost nothing.
    chunkSizeWarningLimit: 4096,
    // Keep `kiosk serve`'s stderr for real problems (this only reports build timings).
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  // A screen build is a production build (React without its development checks), also
  // when the build starts inside a test run, where NODE_ENV=test would otherwise win.
  ...(command === "build" ? { define: { "process.env.NODE_ENV": JSON.stringify("production") } } : {}),
  server: {
    // The screen imports the contract from ../shared.
    fs: { allow: [fileURLToPath(new URL(".", import.meta.url))] },
  },
}));
