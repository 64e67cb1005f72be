// `kiosk eval` as a store owner runs it: a real child process on the demo menu, with
// case files written here. The hybrid run with a model talks to the local fake of the
// OpenAI API over HTTP (the real SDK), so hand-offs are counted as the kiosk makes them.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAI, type FakeOpenAI } from "../../test-support/fake-openai/index.ts";
import type { EvalSummary } from "./eval.ts";

const root = resolve(import.meta.dirname, "../..");
const menu = join(root, "assets/menu/demo-cafe.menu.json");
const tmp = mkdtempSync(join(tmpdir(), "kiosk-eval-"));

function kiosk(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, "bin/kiosk.js"), ...args], { cwd: root, env: { ...process.env, OPENAI_API_KEY: "", KIOSK_DATA_DIR: tmp, ...env } }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

function casesFile(name: string, lines: unknown[]): string {
  const p = join(tmp, name);
  writeFileSync(p, lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n");
  return p;
}

const americano = { id: "c1", lang: "ko", turns: ["아이스 아메리카노 두 잔 주세요"], expect: { lines: [{ item: "americano", qty: 2, options: { temp: "iced" } }] } };
const latte = { id: "c2", lang: "en", turns: ["a large latte please"], expect: { lines: [{ item: "cafe-latte", qty: 1, options: { size: "large" } }] } };
// Expects a cart no engine can reach from these words: a failure with a difference.
const wrong = { id: "c3", lang: "ko", turns: ["아메리카노 한 잔이요"], expect: { lines: [{ item: "espresso", qty: 1 }] } };

describe("kiosk eval", () => {
  it("prints each failure with its difference and the accuracy", async () => {
    const r = await kiosk(["eval", "--menu", menu, "--cases", casesFile("three.jsonl", [americano, latte, wrong]), "--engine", "offline"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("FAIL c3 [ko]");
    expect(r.stdout).toMatch(/espresso\{shots=0\}: expected 1, got 0/);
    expect(r.stdout).toMatch(/americano\{temp="hot",.*\}: expected 0, got 1/);
    expect(r.stdout).toMatch(/offline on .*three\.jsonl: 2 of 3 cases right, accuracy 66\.7%/);
    expect(r.stdout).not.toContain("FAIL c1");
  });

  it("--json prints one summary object", async () => {
    const r = await kiosk(["eval", "--menu", menu, "--cases", casesFile("json.jsonl", [americano, wrong]), "--engine", "offline", "--json"]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as EvalSummary;
    expect(s).toMatchObject({ engine: "offline", cases: 2, pass: 1, fail: 1, accuracy: 0.5 });
    expect(s.failures.map((f) => f.id)).toEqual(["c3"]);
    expect(s.hybrid).toBeUndefined();
  });

  it("--engine hybrid --no-model counts hand-offs and scores the cases answered alone", async () => {
    // Chit-chat the offline engine cannot account for goes to the model, which never acts.
    const unclear = { id: "c4", lang: "ko", turns: ["음 오늘 날씨가 참 좋네요 뭐가 맛있어요"], expect: { lines: [] } };
    const r = await kiosk(["eval", "--menu", menu, "--cases", casesFile("hybrid.jsonl", [americano, unclear, wrong]), "--engine", "hybrid", "--no-model", "--json"]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as EvalSummary;
    const h = s.hybrid!;
    expect(s.noModel).toBe(true);
    expect(h.turns).toBe(3);
    expect(h.turnsToModel).toBeGreaterThanOrEqual(1);
    expect(h.casesAlone + h.casesToModel).toBe(3);
    expect(h.casesAlone).toBe(3 - h.casesToModel);
    // Every case answered alone is scored: right ones count in passAlone, wrong ones are named.
    expect(h.passAlone + h.wrongAlone.length).toBe(h.casesAlone);
    expect(h.alone).toHaveLength(h.casesAlone);
    expect(h.alone).not.toContain("c4");
    expect(h.wrongAlone.every((id: string) => h.alone.includes(id))).toBe(true);
    expect(h.accuracyAlone).toBeCloseTo(h.passAlone / Math.max(1, h.casesAlone));
  });

  it("counts the cases that refuse something and names those whose cart kept the refused thing", async () => {
    // The refusal comes with a word nobody knows: it goes to the model, which never acts, so
    // the latte stays in the cart although the customer said no to it.
    const kept = { id: "c5", lang: "en", turns: ["a large latte please", "no latte, glorp"], expect: { lines: [] } };
    const r = await kiosk(["eval", "--menu", menu, "--cases", casesFile("refusals.jsonl", [americano, kept]), "--engine", "hybrid", "--no-model"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/FAIL c5[\s\S]*refused but kept: (cafe )?latte/);
    expect(r.stdout).toContain("refusals: 1 cases refuse something; the cart kept a refused thing in 1 (c5)");
    const j = JSON.parse((await kiosk(["eval", "--menu", menu, "--cases", casesFile("refusals.jsonl", [americano, kept]), "--engine", "hybrid", "--no-model", "--json"])).stdout) as EvalSummary;
    expect(j.refusals).toEqual({ cases: 1, kept: ["c5"] });
  });

  it("--no-model needs the hybrid engine", async () => {
    const r = await kiosk(["eval", "--menu", menu, "--cases", casesFile("one.jsonl", [americano]), "--engine", "offline", "--no-model"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kiosk: --no-model measures the hybrid engine/);
  });

  it("reports malformed lines and still scores the rest", async () => {
    const r = await kiosk(["eval", "--menu", menu, "--cases", casesFile("bad.jsonl", [americano, "{ not json", { id: "x", turns: "hi" }, { id: "y", turns: ["hi"], expect: { lines: "none" } }]), "--engine", "offline"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ERROR .*bad\.jsonl:2: not a JSON object/);
    expect(r.stdout).toMatch(/ERROR .*bad\.jsonl:3: case x: "turns" must be a list of strings/);
    expect(r.stdout).toMatch(/ERROR .*bad\.jsonl:4: case y: "expect.lines"/);
    expect(r.stdout).toMatch(/1 of 1 cases right/);
  });

  it.each([
    ["no --cases", ["eval", "--menu", menu], /eval needs --cases/],
    ["a missing cases file", ["eval", "--menu", menu, "--cases", join(tmp, "nope.jsonl")], /cannot read cases file .*no such file/],
    ["an llm engine without a key", ["eval", "--menu", menu, "--cases", "CASES", "--engine", "llm"], /needs OPENAI_API_KEY/],
  ])("fails clearly on %s", async (_n, args, message) => {
    const r = await kiosk(args.map((a) => (a === "CASES" ? casesFile("k.jsonl", [americano]) : a)));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  describe("with a model", () => {
    let fake: FakeOpenAI;
    beforeAll(async () => {
      fake = await startFakeOpenAI();
      // The model adds a cheesecake whenever it is asked, then says so.
      fake.chat.respondWith((req) => {
        const last = req.body.messages.at(-1)!;
        if (last.role === "tool") return { text: "Added a cheesecake." };
        return { toolCalls: [{ name: "add_items", arguments: { items: [{ item: "basque-cheesecake", qty: 1, options: null }] } }] };
      });
    });
    afterAll(() => fake.close());

    it("--engine hybrid counts the turns the model answered and scores its carts", async () => {
      const unclear = { id: "m1", lang: "ko", turns: ["음 오늘 날씨가 참 좋네요 뭐가 맛있어요"], expect: { lines: [{ item: "basque-cheesecake", qty: 1 }] } };
      const r = await kiosk(["eval", "--menu", menu, "--cases", casesFile("model.jsonl", [americano, unclear]), "--engine", "hybrid", "--json"], { OPENAI_API_KEY: "test", OPENAI_BASE_URL: fake.baseUrl });
      expect(r.code).toBe(0);
      const s = JSON.parse(r.stdout) as EvalSummary;
      // Each turn handed to the model starts one conversation with it (its last message is the customer's).
      const modelTurns = fake.chat.calls.filter((c) => c.body.messages.at(-1)?.role === "user").length;
      expect(modelTurns).toBeGreaterThanOrEqual(1);
      expect(s.hybrid!.turnsToModel).toBe(modelTurns);
      expect(s.failures.map((f) => f.id)).not.toContain("m1");
    });
  });
});
