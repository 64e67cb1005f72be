// Menu files are bounded (size, counts, text lengths): the whole menu goes into every model prompt.
import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { MENU_LIMITS } from "../../../shared/menu/limits.ts";
import { validateMenu } from "../../../shared/menu/validate.ts";
import { loadMenuFile, MenuError, parseMenuText } from "./load.ts";

const demo = () => JSON.parse(readFileSync(new URL("../../../assets/menu/demo-cafe.menu.json", import.meta.url), "utf8"));

describe("menu limits", () => {
  it("the demo menu is well inside every limit", () => {
    expect(validateMenu(demo()).ok).toBe(true);
  });

  it.each<[string, (m: ReturnType<typeof demo>) => void, RegExp]>([
    [
      "too many items",
      (m) => {
        const first = m.items[0];
        m.items = Array.from({ length: MENU_LIMITS.items + 1 }, (_, i) => ({ ...first, id: `item-${i}` }));
      },
      /^items: 501 items; a menu may have at most 500$/,
    ],
    ["a name too long", (m) => (m.items[0].name.en = "x".repeat(101)), /^items\[0\]\.name\.en: 101 characters; at most 100$/],
    ["a description too long", (m) => (m.items[0].description = { ko: "설명", en: "y".repeat(501) }), /^items\[0\]\.description\.en: 501 characters; at most 500$/],
    ["too many aliases", (m) => (m.items[0].aliases = { ko: Array.from({ length: 51 }, (_, i) => `별칭${i}`) }), /^items\[0\]\.aliases\.ko: 51 aliases; at most 50 per language$/],
    ["an alias too long", (m) => (m.items[0].aliases = { en: ["z".repeat(101)] }), /^items\[0\]\.aliases\.en\[0\]: 101 characters; at most 100$/],
    ["too many choices", (m) => (m.optionGroups[0].choices = Array.from({ length: 101 }, (_, i) => ({ id: `c${i}`, name: { ko: "c", en: "c" } }))), /^optionGroups\[0\]\.choices: 101 choices; at most 100$/],
  ])("refuses %s, naming the limit", (_name, spoil, problem) => {
    const m = demo();
    spoil(m);
    const r = validateMenu(m);
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => problem.test(p))).toBe(true);
  });

  it("refuses a file larger than the limit before parsing it, from text or from disk", async () => {
    const big = JSON.stringify({ ...demo(), pad: "x".repeat(MENU_LIMITS.fileBytes) });
    expect(() => parseMenuText(big, "big.json")).toThrow(/the file is \d+ bytes; a menu file may be at most 1000000 bytes/);
    const dir = mkdtempSync(join(tmpdir(), "kiosk-menu-limits-"));
    try {
      writeFileSync(join(dir, "big.json"), big);
      const err = await loadMenuFile(join(dir, "big.json")).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(MenuError);
      expect((err as MenuError).problems[0]).toMatch(/at most 1000000 bytes/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
