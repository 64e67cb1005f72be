import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureRendererBuild, isFresh, RendererBuildError } from "./renderer-build.ts";

const tmp = mkdtempSync(join(tmpdir(), "kiosk-renderer-build-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A project tree with sources and a build, with chosen modification times (seconds). */
function project(name: string, times: { source: number; build?: number }): string {
  const root = join(tmp, name);
  mkdirSync(join(root, "renderer/app"), { recursive: true });
  mkdirSync(join(root, "shared"), { recursive: true });
  const sources = ["renderer/index.html", "renderer/app/App.tsx", "shared/contract.ts", "vite.config.ts", "package.json"];
  for (const f of sources) writeFileSync(join(root, f), "x");
  for (const d of ["renderer/app", "renderer", "shared"]) utimesSync(join(root, d), 1000, 1000);
  for (const f of sources) utimesSync(join(root, f), 1000, 1000);
  utimesSync(join(root, "renderer/app/App.tsx"), times.source, times.source);
  if (times.build !== undefined) {
    mkdirSync(join(root, "dist/renderer"), { recursive: true });
    writeFileSync(join(root, "dist/renderer/index.html"), "<!doctype html>");
    utimesSync(join(root, "dist/renderer/index.html"), times.build, times.build);
  }
  return root;
}

describe("isFresh", () => {
  it.each([
    ["no build yet", { source: 2000 }, false],
    ["built after the last source change", { source: 2000, build: 3000 }, true],
    ["a source changed after the build", { source: 4000, build: 3000 }, false],
  ] as const)("%s -> %s", (name, times, fresh) => {
    const root = project(name.replace(/\W/g, "-"), times);
    expect(isFresh(root, join(root, "dist/renderer"))).toBe(fresh);
  });
});

describe("ensureRendererBuild", () => {
  it("uses a fresh build as it is, without building", async () => {
    const root = project("fresh", { source: 2000, build: 3000 });
    const logs: string[] = [];
    expect(await ensureRendererBuild({ root, env: {}, log: (l) => logs.push(l) })).toBe(join(root, "dist/renderer"));
    expect(logs).toEqual([]);
  });

  it("serves KIOSK_RENDERER_DIR when set, and refuses one without index.html", async () => {
    const dir = join(tmp, "elsewhere");
    mkdirSync(dir);
    await expect(ensureRendererBuild({ root: tmp, env: { KIOSK_RENDERER_DIR: dir } })).rejects.toThrow("has no index.html");
    writeFileSync(join(dir, "index.html"), "<!doctype html>");
    expect(await ensureRendererBuild({ root: tmp, env: { KIOSK_RENDERER_DIR: dir } })).toBe(dir);
  });

  it("says clearly when there is nothing to build from", async () => {
    const root = join(tmp, "empty");
    mkdirSync(root);
    const err = await ensureRendererBuild({ root, env: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RendererBuildError);
    expect((err as Error).message).toContain("renderer/index.html is missing");
  });
});
