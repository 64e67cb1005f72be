// The layers of the Node side, written down once. Each layer may import itself and
// the layers listed before it, never one after it; folders that share a layer
// (menu and cart, host and hub) are neighbours and do not import each other.
// The ESLint rule below checks every import of electron/** (type imports, re-exports
// and dynamic imports included); lint/layers.test.ts checks the folder graph for
// cycles with the same table. Model: vscode's .eslint-plugin-local/code-layering.ts.
//
//   shared ← menu, cart, config ← providers ← dialogue ← session ← voice
//          ← orders ← admin ← host, hub ← cli, main
//
// Tests and test helpers (`*.test.ts`, `test-*.ts`) may drive a folder through the
// layers above it (a dialogue test through a whole session); shipped code may not.
import { dirname, posix, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Lowest first. A "component" is a folder (or a single file) of the tree. */
export const LAYERS = [
  { layer: "shared", components: ["shared"] },
  { layer: "domain", components: ["electron/core/menu", "electron/core/cart", "electron/core/config.ts", "electron/core/http.ts"] },
  { layer: "providers", components: ["electron/core/providers"] },
  { layer: "dialogue", components: ["electron/core/dialogue"] },
  { layer: "session", components: ["electron/core/session"] },
  { layer: "voice", components: ["electron/core/voice"] },
  { layer: "orders", components: ["electron/core/orders"] },
  { layer: "admin", components: ["electron/core/admin"] },
  { layer: "host", components: ["electron/host", "electron/hub"] },
  { layer: "app", components: ["electron/cli", "electron/main.ts", "electron/preload.ts"] },
];

/** A repository-relative posix path. */
export function repoPath(file) {
  return relative(ROOT, file).split(sep).join("/");
}

/** The component and layer rank of a repository path, or undefined outside the layers. */
export function placeOf(path) {
  for (const [rank, { layer, components }] of LAYERS.entries()) {
    for (const component of components) {
      if (path === component || path.startsWith(`${component}/`)) return { component, layer, rank };
    }
  }
  return undefined;
}

export function isTestCode(path) {
  return /\.test\.tsx?$/.test(path) || /(^|\/)test-[^/]*\.tsx?$/.test(path);
}

/**
 * Why `fromPath` may not import `toPath` (both repository paths), or undefined when
 * it may. Imports of packages and of the importer's own component are always fine.
 */
export function layerViolation(fromPath, toPath) {
  const from = placeOf(fromPath);
  if (!from || isTestCode(fromPath)) return undefined;
  const to = placeOf(toPath);
  if (!to) return `${fromPath} (layer ${from.layer}) imports ${toPath}, which is outside the layers (only tests may)`;
  if (to.component === from.component) return undefined;
  if (to.rank < from.rank) return undefined;
  const where = to.rank === from.rank ? "a neighbour in the same layer" : "a higher layer";
  return `${from.component} (layer ${from.layer}) must not import ${to.component} (layer ${to.layer}): ${where} (lint/layers.js)`;
}

/** The repository path a relative specifier in `fromFile` (absolute) points to; undefined for packages. */
export function resolveSpecifier(fromFile, specifier) {
  if (!specifier.startsWith(".")) return undefined;
  return repoPath(posix.normalize(resolve(dirname(fromFile), specifier)));
}

const rule = {
  meta: {
    type: "problem",
    docs: { description: "Each layer of electron/ imports only itself and the layers below it (see lint/layers.js)." },
    schema: [],
    messages: { upward: "{{why}}" },
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const fromPath = repoPath(file);
    if (!placeOf(fromPath)) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== "string") return;
      const toPath = resolveSpecifier(file, source.value);
      if (toPath === undefined) return;
      const why = layerViolation(fromPath, toPath);
      if (why) context.report({ node, messageId: "upward", data: { why } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.argument?.type === "TSLiteralType" ? node.argument.literal : node.argument),
      TSExternalModuleReference: (node) => check(node, node.expression),
    };
  },
};

export const layersPlugin = { rules: { layers: rule } };
