import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { unpackTar } from "./tar.ts";

/** One tar entry (ustar header + body padded to 512). */
function entry(name: string, body: string, type = "0", mode = 0o644): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, "utf8");
  h.write(mode.toString(8).padStart(7, "0"), 100);
  h.write(Buffer.byteLength(body).toString(8).padStart(11, "0"), 124);
  h.write(type, 156);
  h.write("ustar\0", 257);
  const data = Buffer.alloc(Math.ceil(Buffer.byteLength(body) / 512) * 512);
  data.write(body);
  return Buffer.concat([h, data]);
}
const end = Buffer.alloc(1024);

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("unpackTar", () => {
  it("writes files and folders with their modes, skipping pax headers, and long names", () => {
    dir = mkdtempSync(join(tmpdir(), "tar-"));
    const long = "a/".repeat(60) + "deep.txt";
    const tar = Buffer.concat([
      entry("lib/", "", "5"),
      entry("lib/x.so", "elf", "0", 0o755),
      entry("PaxHeader", "30 mtime=1700000000.0\n", "x"),
      entry("././@LongLink", long, "L"),
      entry("ignored", "long body"),
      end,
    ]);
    expect(unpackTar(tar, dir)).toEqual([join(dir, "lib/x.so"), join(dir, long)]);
    expect(readFileSync(join(dir, "lib/x.so"), "utf8")).toBe("elf");
    expect(statSync(join(dir, "lib/x.so")).mode & 0o777).toBe(0o755);
    expect(readFileSync(join(dir, long), "utf8")).toBe("long body");
    expect(existsSync(join(dir, "PaxHeader"))).toBe(false);
  });

  it.each([["../escape.txt"], ["lib/../../escape.txt"]])("refuses %s, which would land outside the folder", (name) => {
    dir = mkdtempSync(join(tmpdir(), "tar-"));
    expect(() => unpackTar(Buffer.concat([entry(name, "x"), end]), join(dir, "in"))).toThrow(/outside/);
    expect(existsSync(join(dir, "escape.txt"))).toBe(false);
  });

  it("refuses a header with a size that is not a number", () => {
    dir = mkdtempSync(join(tmpdir(), "tar-"));
    const bad = entry("f", "x");
    bad.write("zzzzzzzzzzz", 124);
    expect(() => unpackTar(Buffer.concat([bad, end]), dir)).toThrow(/bad size/);
  });
});
