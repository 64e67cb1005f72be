// Lint, including the import boundaries (README "How it fits together"):
// - the layers of lint/layers.js: each folder of electron/ and shared/ imports only
//   its own layer's folder and the layers below it (every import, type imports too);
// - only electron/main.ts and electron/preload.ts import "electron";
// - shared/ imports neither Node built-ins nor DOM-only code nor other folders;
// - renderer/ never imports Node built-ins or anything under electron/.
import tseslint from "typescript-eslint";
import globals from "globals";
import { builtinModules } from "node:module";
import { layersPlugin } from "./lint/layers.js";

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noElectron = { name: "electron", message: "Only electron/main.ts and electron/preload.ts may import electron." };

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "release/**", "assets/vad/**", "coverage/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", { paths: [noElectron] }],
    },
  },
  {
    files: ["electron/**/*.ts", "shared/**/*.ts"],
    plugins: { local: layersPlugin },
    rules: { "local/layers": "error" },
  },
  {
    files: ["electron/main.ts", "electron/preload.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["shared/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": ["error", {
        paths: [noElectron, ...nodeBuiltins.map((name) => ({ name, message: "shared/ must not import Node built-ins." }))],
        patterns: [
          { group: ["**/electron/**", "**/renderer/**", "react", "react-dom", "howler", "@ricky0123/*"], message: "shared/ imports nothing from electron/, renderer/ or DOM libraries." },
        ],
      }],
      "no-restricted-globals": ["error", "window", "document", "navigator", "process", "Buffer", "__dirname", "require"],
    },
  },
  {
    // Tests of shared/ run in Node and may read fixtures from disk; shipped shared/ code may not.
    files: ["shared/**/*.test.ts"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "no-restricted-imports": ["error", { paths: [noElectron] }], "no-restricted-globals": "off" },
  },
  {
    files: ["renderer/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "no-restricted-imports": ["error", {
        paths: [noElectron, ...nodeBuiltins.map((name) => ({ name, message: "The renderer never imports Node code." }))],
        patterns: [{ group: ["**/electron/**", "better-sqlite3", "ws", "openai"], message: "The renderer never imports Node code; talk to it through shared/contract." }],
      }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "electron/**/*.ts", "bench/**/*.ts", "e2e/**/*.ts", "scripts/**", "test-support/**", "lint/**"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The store hub's screens: plain browser modules served as they are.
    files: ["electron/hub/pages/**/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
);
