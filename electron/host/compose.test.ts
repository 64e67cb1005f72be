// The one startup both hosts use: which engine it builds (the admin setting and
// KIOSK_ENGINE count on every host), and a kiosk that starts even when its saved
// settings no longer would.
import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir, testMenuJson } from "../core/orders/test-fixtures.ts";
import { environmentOnlySecretBox } from "../core/admin/secrets.ts";
import { composeKiosk, startFailureMessage, type ComposeOptions } from "./compose.ts";

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** A loopback address nothing listens on: engines are built, never called. */
const MODEL_SERVER = { OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: "http://127.0.0.1:9/v1" };

function place(settings?: object) {
  const dir = tempDir("kiosk-compose-");
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "menu.json"), JSON.stringify(testMenuJson));
  if (settings) {
    mkdirSync(join(dir, "data"));
    writeFileSync(join(dir, "data", "settings.json"), JSON.stringify({ version: 1, ...settings }));
  }
  return dir;
}

async function compose(dir: string, env: Record<string, string | undefined>, extra: Partial<ComposeOptions> = {}) {
  const logs: string[] = [];
  const kiosk = await composeKiosk({
    menuFile: join(dir, "menu.json"),
    dataDir: join(dir, "data"),
    baseEnv: { KIOSK_ADMIN_PIN: "2580", ...env },
    secretBox: environmentOnlySecretBox(),
    voice: { espeakCommand: "" },
    log: (l) => logs.push(l),
    ...extra,
  });
  cleanup.push(() => kiosk.close(0));
  const engine = await kiosk.host.engine(kiosk.menu.current.model);
  return { kiosk, engine, logs };
}

describe("composeKiosk: the engine", () => {
  it.each([
    ["no key: offline", {}, undefined, "offline"],
    ["a key: hybrid", MODEL_SERVER, undefined, "hybrid"],
    ["KIOSK_ENGINE=offline wins over a key", { ...MODEL_SERVER, KIOSK_ENGINE: "offline" }, undefined, "offline"],
    ["KIOSK_ENGINE=llm", { ...MODEL_SERVER, KIOSK_ENGINE: "llm" }, undefined, "llm"],
    ["the admin engine setting wins over KIOSK_ENGINE", { ...MODEL_SERVER, KIOSK_ENGINE: "hybrid" }, { provider: { engine: "offline" } }, "offline"],
    ["the admin engine setting: llm", MODEL_SERVER, { provider: { engine: "llm" } }, "llm"],
  ])("%s", async (_name, env, settings, expected) => {
    const { kiosk, engine } = await compose(place(settings), env);
    expect([kiosk.engine, engine.name]).toEqual([expected, expected]);
  });

  it("a model engine named by a setting that cannot start (no key) answers offline, and says so in the log", async () => {
    const { kiosk, engine, logs } = await compose(place({ provider: { engine: "llm" } }), {});
    expect([kiosk.engine, engine.name]).toEqual(["llm", "offline"]);
    expect(logs.join("\n")).toContain("the llm engine could not start");
  });

  it("an engine named on the command line has to start as named", async () => {
    await expect(compose(place(), {}, { engine: "llm" })).rejects.toThrow(/needs OPENAI_API_KEY/);
  });
});

describe("composeKiosk: settings that would not start", () => {
  it("starts from the environment and tells the admin screen what was set aside and why", async () => {
    const { kiosk } = await compose(place({ webhookUrl: "https://pos.example/orders", provider: { baseUrl: "not a url" } }), {});
    expect(kiosk.env.KIOSK_WEBHOOK_URL).toBeUndefined();
    expect(kiosk.office.admin.warnings().join("\n")).toMatch(/settings were set aside because OPENAI_BASE_URL: must be an http\(s\) URL/);
  });

  it("an environment that is itself wrong fails the start with a message for the operator", async () => {
    const err = await compose(place(), { OPENAI_BASE_URL: "http://203.0.113.7/v1" }).catch((e: unknown) => e);
    expect(startFailureMessage(err)).toMatch(/^the configuration is not usable:\nOPENAI_BASE_URL: must be https/);
  });
});
