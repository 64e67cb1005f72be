// Every conversation in fixtures/*-cases.jsonl (menus invented for this engine: a Korean
// burger/snack bar and bubble-tea shop with required choices, an English-only coffee
// shop, and the demo café) ends with the expected cart, and no reply is ever empty or
// shows a placeholder.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { converse, lineKeys, menus, type ExpectedLine, type MenuName } from "./test-helpers.ts";

interface Case {
  id: string;
  turns: string[];
  expect: { lines: ExpectedLine[]; orderOptions: Record<string, string> };
}

const dir = new URL("./fixtures/", import.meta.url);
const menuOf: Record<string, MenuName> = { bunsik: "bunsik", "coffee-en": "coffee", boba: "boba", "demo-cafe": "demo", "harbor-en": "harbor" };

const files = readdirSync(dir).filter((f) => f.endsWith(".jsonl"));
const table = files.flatMap((f) => {
  const key = Object.keys(menuOf).find((k) => f.startsWith(k))!;
  return readFileSync(new URL(f, dir), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => ({ file: f, menu: menuOf[key]!, c: JSON.parse(l) as Case }));
});

describe("fixture conversations", () => {
  it("has cases for every fixture menu", () => {
    expect(new Set(table.map((t) => t.menu))).toEqual(new Set(Object.values(menuOf)));
  });

  it.each(table.map((t) => ({ ...t, label: `${t.c.id}: ${t.c.turns.join(" / ")}` })))("$label", async ({ menu: name, c }) => {
    const menu = menus[name]();
    const { cart, outs } = await converse(menu, c.turns);
    expect(lineKeys(menu, cart.lines)).toEqual(lineKeys(menu, c.expect.lines));
    for (const [g, v] of Object.entries(c.expect.orderOptions)) expect(cart.orderOptions[g]).toBe(v);
    for (const o of outs) {
      expect(o.reply.trim().length).toBeGreaterThan(0);
      expect(o.reply).not.toMatch(/undefined|NaN|\[object|null/);
    }
  });
});
