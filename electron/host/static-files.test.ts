import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { IMAGE_EXTENSIONS, resolveStatic, type StaticMount } from "./static-files.ts";

// A tree with a served folder and secrets next to it:
//   tmp/app/index.html, tmp/app/assets/app-123.js
//   tmp/menu/menu.json, tmp/menu/images/americano.svg, tmp/menu/.hidden.svg
//   tmp/menu/images/escape.svg -> ../../secret/key.svg (symlink out of the mount)
//   tmp/secret/key.svg, tmp/secret.txt
const tmp = mkdtempSync(join(tmpdir(), "kiosk-static-"));
const write = (rel: string, text: string) => {
  mkdirSync(join(tmp, rel, ".."), { recursive: true });
  writeFileSync(join(tmp, rel), text);
};
write("app/index.html", "<!doctype html>");
write("app/assets/app-123.js", "console.log(1)");
write("menu/menu.json", "{}");
write("menu/images/americano.svg", "<svg/>");
write("menu/images/한글 이름.svg", "<svg/>");
write("menu/.hidden.svg", "<svg/>");
write("secret/key.svg", "<svg>secret</svg>");
write("secret.txt", "secret");
symlinkSync(join(tmp, "secret/key.svg"), join(tmp, "menu/images/escape.svg"));
symlinkSync(join(tmp, "menu/images/americano.svg"), join(tmp, "menu/images/alias.svg"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const mounts: StaticMount[] = [
  { prefix: "/", dir: join(tmp, "app"), index: "index.html" },
  { prefix: "/menu-assets/", dir: () => join(tmp, "menu"), extensions: IMAGE_EXTENSIONS },
];

describe("resolveStatic", () => {
  const served: Array<[string, string]> = [
    ["/", "app/index.html"],
    ["/index.html", "app/index.html"],
    ["/assets/app-123.js", "app/assets/app-123.js"],
    ["/menu-assets/images/americano.svg", "menu/images/americano.svg"],
    ["/menu-assets/images/%ED%95%9C%EA%B8%80%20%EC%9D%B4%EB%A6%84.svg", "menu/images/한글 이름.svg"],
    // A symlink that stays inside the mount is fine.
    ["/menu-assets/images/alias.svg", "menu/images/americano.svg"],
  ];
  it.each(served)("serves %s", async (url, rel) => {
    const r = await resolveStatic(mounts, url);
    expect(r).toMatchObject({ ok: true, file: join(tmp, rel) });
  });

  const refused: Array<[string, number]> = [
    ["/menu-assets/../secret.txt", 404],
    ["/menu-assets/images/../../secret/key.svg", 404],
    ["/menu-assets/%2e%2e/secret/key.svg", 404],
    ["/menu-assets/%2E%2E%2Fsecret%2Fkey.svg", 404],
    ["/menu-assets/images%2F..%2F..%2Fsecret%2Fkey.svg", 404],
    ["/menu-assets/..%5csecret%5ckey.svg", 404],
    ["/menu-assets/images/..\\..\\secret\\key.svg", 400],
    ["/menu-assets/images/americano.svg%00.png", 404],
    ["/menu-assets/images/escape.svg", 404],
    ["/menu-assets/.hidden.svg", 404],
    ["/menu-assets//etc/passwd", 404],
    ["/menu-assets/menu.json", 404],
    ["/menu-assets/", 404],
    ["/menu-assets/%E0%A4%A", 400],
    ["/../secret.txt", 404],
    ["/assets/missing.js", 404],
    ["/assets", 404],
    ["relative/index.html", 400],
  ];
  it.each(refused)("refuses %s", async (url, status) => {
    const r = await resolveStatic(mounts, url);
    expect(r).toMatchObject({ ok: false, status });
  });

  it("gives built (hashed) assets a long cache and everything else no-cache", async () => {
    const withCache: StaticMount[] = [{ ...mounts[0]!, cacheControl: (rel) => (rel.startsWith("assets/") ? "immutable" : "no-cache") }];
    expect(await resolveStatic(withCache, "/assets/app-123.js")).toMatchObject({ ok: true, cacheControl: "immutable", mime: "text/javascript; charset=utf-8" });
    expect(await resolveStatic(withCache, "/")).toMatchObject({ ok: true, cacheControl: "no-cache", mime: "text/html; charset=utf-8" });
  });
});
