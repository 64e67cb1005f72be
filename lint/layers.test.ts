// The layer rule fails on imports that go up (in every form an import can take), and
// the folders of electron/ and shared/ import each other without cycles.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { isTestCode, layerViolation, placeOf, resolveSpecifier, ROOT } from "./layers.js";

describe("layerViolation", () => {
  it.each([
    ["electron/core/dialogue/hybrid.ts", "electron/core/cart/cart.ts", false],
    ["electron/core/dialogue/hybrid.ts", "electron/core/dialogue/llm/tools.ts", false],
    ["electron/core/dialogue/hybrid.ts", "shared/contract.ts", false],
    ["electron/core/cart/cart.ts", "electron/core/session/session.ts", true],
    ["electron/core/cart/cart.ts", "electron/core/menu/load.ts", true], // neighbours
    ["electron/core/orders/store.ts", "electron/core/admin/settings.ts", true],
    ["electron/core/admin/service.ts", "electron/core/orders/store.ts", false],
    ["electron/host/kiosk-host.ts", "electron/hub/hub.ts", true],
    ["electron/cli/serve.ts", "electron/host/kiosk-host.ts", false],
    ["shared/contract.ts", "electron/core/cart/cart.ts", true],
    ["electron/core/voice/wav.ts", "renderer/voice/wav-encode.ts", true], // outside the layers
    ["electron/core/voice/wav.test.ts", "renderer/voice/wav-encode.ts", false], // tests may
    ["electron/core/dialogue/offline/test-helpers.ts", "electron/core/session/session.ts", false],
  ])("%s → %s: refused %s", (from, to, refused) => {
    expect(layerViolation(from, to) !== undefined).toBe(refused);
  });
});

describe("the lint rule in eslint.config.js", () => {
  const eslint = new ESLint({ cwd: ROOT });
  const lint = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
    return result!.messages.filter((m) => m.ruleId === "local/layers").map((m) => m.message);
  };

  it.each([
    ["a value import", `import { KioskSession } from "../session/session.ts";\nexport const s = KioskSession;\n`],
    ["a type import", `import type { KioskSession } from "../session/session.ts";\nexport type S = KioskSession;\n`],
    ["an inline type import", `export type S = import("../session/session.ts").KioskSession;\n`],
    ["a re-export", `export { KioskSession } from "../session/session.ts";\n`],
    ["a re-export of everything", `export * from "../../host/kiosk-host.ts";\n`],
    ["a dynamic import", `export const load = () => import("../voice/voice-session.ts");\n`],
  ])("refuses %s from cart into a higher layer", async (_name, code) => {
    const messages = await lint("electron/core/cart/planted.ts", code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/electron\/core\/cart \(layer domain\) must not import/);
  });

  it("lets a layer import the ones below it", async () => {
    expect(await lint("electron/core/session/planted.ts", `import type { CartState } from "../cart/cart.ts";\nexport type C = CartState;\n`)).toEqual([]);
  });
});

/** Every shipped source file of the layered folders, repository-relative. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") && !isTestCode(path)) out.push(path);
  }
  return out;
}

/** component → the components it imports (relative imports of every kind, types included). */
function componentGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of [...sourceFiles("electron"), ...sourceFiles("shared")]) {
    const from = placeOf(file)?.component;
    if (!from) continue;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), "utf8"), true, true);
    for (const { fileName } of importedFiles) {
      const target = resolveSpecifier(join(ROOT, file), fileName);
      const to = target === undefined ? undefined : placeOf(target)?.component;
      if (to && to !== from) edges.add(to);
    }
  }
  return graph;
}

/** One cycle of the graph as a path (first = last), or undefined. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === "done") return undefined;
    if (state.get(node) === "open") return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, "done");
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

describe("folder cycles", () => {
  it("finds a planted cycle", () => {
    const g = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["a"])],
    ]);
    expect(findCycle(g)).toEqual(["a", "b", "c", "a"]);
  });

  it("the folders of electron/ and shared/ import each other without a cycle", () => {
    const graph = componentGraph();
    expect(graph.get("electron/core/dialogue")).toContain("electron/core/cart"); // the graph sees real imports
    expect(findCycle(graph)).toBeUndefined();
  });
});
