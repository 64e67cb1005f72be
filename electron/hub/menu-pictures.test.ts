// A menu's pictures on their way through the hub: which paths a menu names, sending
// them, and fetching what a kiosk lacks (checked byte for byte, never outside the folder).
import { afterEach, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fetchPictures, pictureHash, picturePaths, sendPictures } from "./menu-pictures.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function folder(files: Record<string, string> = {}): string {
  const d = mkdtempSync(join(tmpdir(), "menu-pictures-"));
  dirs.push(d);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(d, rel, ".."), { recursive: true });
    writeFileSync(join(d, rel), text);
  }
  return d;
}
const bytes = (text: string) => Buffer.from(text);

const MENU = JSON.stringify({
  categories: [{ id: "coffee", image: "images/coffee.webp" }, { id: "tea" }],
  items: [
    { id: "latte", image: "images/latte.webp" },
    { id: "mocha", image: "images/latte.webp" },
    { id: "tea", image: "" },
    { id: "cake", image: "images/cake.webp" },
  ],
});

describe("picturePaths", () => {
  it("lists each picture a menu names once, categories and items", () => {
    expect(picturePaths(MENU)).toEqual(["images/coffee.webp", "images/latte.webp", "images/cake.webp"]);
    expect(picturePaths(JSON.stringify({ items: [{ id: "x" }] }))).toEqual([]);
  });
});

describe("sendPictures", () => {
  it("uploads the pictures it has and names the ones it has not", async () => {
    const dir = folder({ "images/coffee.webp": "COFFEE", "images/latte.webp": "LATTE" });
    const sent: string[] = [];
    const r = await sendPictures(MENU, dir, async (b) => {
      sent.push(b.toString());
      return pictureHash(b);
    });
    expect(sent).toEqual(["COFFEE", "LATTE"]);
    expect(r).toEqual({ pictures: { "images/coffee.webp": pictureHash(bytes("COFFEE")), "images/latte.webp": pictureHash(bytes("LATTE")) }, missing: ["images/cake.webp"] });
  });
});

describe("fetchPictures", () => {
  const hub = new Map([bytes("COFFEE"), bytes("LATTE v2"), bytes("CAKE")].map((b) => [pictureHash(b), b]));
  const asked: string[] = [];
  const download = async (hash: string) => {
    asked.push(hash);
    return hub.get(hash);
  };

  it("fetches what is missing or different, keeps what is the same", async () => {
    const dir = folder({ "images/coffee.webp": "COFFEE", "images/latte.webp": "LATTE v1" });
    asked.length = 0;
    const r = await fetchPictures(
      { "images/coffee.webp": pictureHash(bytes("COFFEE")), "images/latte.webp": pictureHash(bytes("LATTE v2")), "images/cake.webp": pictureHash(bytes("CAKE")) },
      dir,
      download,
    );
    expect(r).toEqual({ fetched: ["images/latte.webp", "images/cake.webp"], missing: [] });
    expect(asked).toHaveLength(2);
    expect(readFileSync(join(dir, "images/latte.webp"), "utf8")).toBe("LATTE v2");
    expect(readFileSync(join(dir, "images/cake.webp"), "utf8")).toBe("CAKE");
  });

  it("never writes outside its folder, nor bytes that do not match the hash, nor what the hub lacks", async () => {
    const dir = folder();
    const liar = async () => bytes("NOT THE PICTURE");
    expect(await fetchPictures({ "../escape.webp": pictureHash(bytes("CAKE")) }, dir, download)).toEqual({ fetched: [], missing: ["../escape.webp"] });
    expect(existsSync(join(dir, "..", "escape.webp"))).toBe(false);
    expect(await fetchPictures({ "images/a.webp": pictureHash(bytes("CAKE")) }, dir, liar)).toEqual({ fetched: [], missing: ["images/a.webp"] });
    expect(existsSync(join(dir, "images/a.webp"))).toBe(false);
    expect(await fetchPictures({ "images/b.webp": "0".repeat(64) }, dir, download)).toEqual({ fetched: [], missing: ["images/b.webp"] });
  });

  it("lets a hub that cannot be asked fail the whole fetch (tried again on reconnect)", async () => {
    const down = async (): Promise<Uint8Array> => {
      throw new Error("fetch failed");
    };
    await expect(fetchPictures({ "images/cake.webp": pictureHash(bytes("CAKE")) }, folder(), down)).rejects.toThrow("fetch failed");
  });
});
