// The kiosk CLI as a user (or a script) runs it: a real child process each time.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { testMenuPath } from "../../test-support/menus/index.ts";

const root = resolve(import.meta.dirname, "../..");
const cafeMenu = testMenuPath("cafe");
const tmp = mkdtempSync(join(tmpdir(), "kiosk-cli-"));

function kiosk(args: string[], input = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = execFile(process.execPath, [join(root, "bin/kiosk.js"), ...args], { cwd: root, env: { ...process.env, OPENAI_API_KEY: "", KIOSK_DATA_DIR: tmp } }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    child.stdin!.end(input);
  });
}

function file(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}

describe("kiosk menu check", () => {
  it("says ok in one line for a good menu", async () => {
    const r = await kiosk(["menu", "check", cafeMenu]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toMatch(/^ok: test-cafe .*18 items in 5 categories/);
  });

  it("lists every problem with its JSON path and exits 1", async () => {
    const bad = JSON.parse((await import("node:fs")).readFileSync(cafeMenu, "utf8"));
    bad.items[3].optionGroups[1] = "milkk";
    bad.items[0].price = -1;
    const r = await kiosk(["menu", "check", file("bad.json", JSON.stringify(bad))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('items[3].optionGroups[1]: unknown option group "milkk"');
    expect(r.stdout).toContain("items[0].price: must not be negative");
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it.each([
    ["a missing file", () => join(tmp, "nope.json"), /cannot read: no such file/],
    ["a file that is not JSON", () => file("garbage.json", "{ not json"), /not valid JSON/],
  ])("reports %s clearly", async (_n, path, message) => {
    const r = await kiosk(["menu", "check", path()]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("kiosk converse errors", () => {
  it.each([
    ["no --menu", ["converse"], /needs --menu/],
    ["a missing menu file", ["converse", "--menu", join(tmp, "nope.json")], /^kiosk: menu .*cannot read: no such file\n$/],
    ["a broken menu", ["converse", "--menu", "BROKEN"], /^kiosk: menu .*: items: needs at least one item\n$/],
    ["an unknown engine", ["converse", "--menu", cafeMenu, "--engine", "magic"], /--engine must be one of offline, llm, hybrid/],
    ["a missing cases file", ["converse", "--menu", cafeMenu, "--cases", join(tmp, "none.jsonl"), "--json"], /cannot read cases file/],
    ["an unknown command", ["fly"], /unknown command "fly"/],
  ])("%s: one line on stderr, non-zero exit", async (_n, args, message) => {
    const broken = file("broken.json", JSON.stringify({ version: 1, store: { id: "s", name: { en: "S" }, currency: "USD", languages: ["en"] }, optionGroups: [], categories: [], items: [] }));
    const r = await kiosk(args.map((a) => (a === "BROKEN" ? broken : a)));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(r.stderr.includes("usage:") ? r.stderr.trim().split("\n").length : 1);
  });

  it("runs the other cases when one line is malformed, and exits non-zero", async () => {
    const cases = file("cases.jsonl", [
      JSON.stringify({ id: "a", lang: "ko", turns: ["치즈케이크 하나요"] }),
      "{ this is not json",
      JSON.stringify({ id: "b", turns: "not a list" }),
      JSON.stringify({ id: "c", lang: "en", turns: ["two scones please"] }),
    ].join("\n"));
    const r = await kiosk(["converse", "--menu", cafeMenu, "--cases", cases, "--engine", "offline", "--json"]);
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["a", "c"]);
    expect(out[0].cart.lines).toEqual([{ item: "cheesecake", qty: 1, options: {}, unitPrice: 6000, lineTotal: 6000 }]);
    expect(r.stderr).toMatch(/cases\.jsonl:2: not a JSON object/);
    expect(r.stderr).toMatch(/cases\.jsonl:3: case b: "turns" must be a list of strings/);
  });

  it("holds a text conversation and reports the cart as JSON at EOF", async () => {
    const r = await kiosk(["converse", "--menu", cafeMenu, "--engine", "offline", "--json"], "아이스 아메리카노 두 잔이요\n치즈케이크 하나 추가요\n");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.turns).toHaveLength(2);
    expect(out.cart.total).toBe(4000 * 2 + 6000);
    expect(out.cart.currency).toBe("KRW");
  });
});
