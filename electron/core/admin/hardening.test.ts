// The admin screen's guards (issue 12): the default PIN opens nothing but a PIN
// change; settings are checked by the same loader the next start uses before they
// are saved; a provider host change drops the stored key; settings that would not
// start are set aside at start, and the admin screen says why.
import { afterEach, describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AdminReply } from "../../../shared/admin-contract.ts";
import { loadMenuFile, MenuHolder } from "../menu/load.ts";
import { tempDir, testMenuJson } from "../orders/test-fixtures.ts";
import { BackOffice } from "./back-office.ts";
import { environmentOnlySecretBox, type SecretBox } from "./secrets.ts";
import { SettingsStore } from "./settings.ts";
import { aesTestSecretBox } from "./test-secret-box.ts";

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function office(opts: { env?: Record<string, string | undefined>; box?: SecretBox; dataDir?: string } = {}) {
  const dir = tempDir("kiosk-harden-");
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const menuFile = join(dir, "menu.json");
  writeFileSync(menuFile, JSON.stringify(testMenuJson));
  const dataDir = opts.dataDir ?? join(dir, "data");
  const back = new BackOffice({ dataDir, baseEnv: { KIOSK_ADMIN_PIN: "2580", ...opts.env }, menu: new MenuHolder(await loadMenuFile(menuFile)), secretBox: opts.box ?? environmentOnlySecretBox() });
  cleanup.push(() => back.close(0));
  const session = back.admin.openSession();
  return { back, dataDir, send: (cmd: unknown) => session.handle(cmd) };
}
type Settings = Extract<AdminReply, { type: "settings" }>;

describe("the default PIN", () => {
  it("opens only a PIN change: no settings, no key, no orders, no tickets until staff choose their own", async () => {
    const { send, back } = await office({ env: { KIOSK_ADMIN_PIN: undefined }, box: aesTestSecretBox() });
    expect(await send({ type: "unlock", pin: "0000" })).toMatchObject({ type: "unlocked", defaultPin: true });
    const refused = [
      { type: "getSettings" },
      { type: "updateSettings", patch: { provider: { baseUrl: "https://elsewhere.example/v1" } } },
      { type: "setSecret", name: "apiKey", value: "sk-x" },
      { type: "listOrders" },
      { type: "ticket", id: "x" },
      { type: "importMenu", text: "{}" },
      { type: "stats" },
    ];
    for (const cmd of refused) expect(await send(cmd)).toMatchObject({ type: "error", code: "pin-change-required" });
    expect(back.settings.get().provider).toBeUndefined();
    // The overview (with its warning) is what the screen shows above the PIN form.
    expect(await send({ type: "overview" })).toMatchObject({ type: "overview", warnings: expect.arrayContaining([expect.stringContaining("default (0000)")]) });
    expect(await send({ type: "changePin", current: "0000", next: "0000" })).toMatchObject({ type: "error", code: "weak-pin" });
    expect(await send({ type: "changePin", current: "0000", next: "482615" })).toEqual({ type: "done", message: "PIN changed" });
    expect(await send({ type: "getSettings" })).toMatchObject({ type: "settings" });
  });
});

describe("settings are checked before they are saved", () => {
  it.each([
    ["a base URL that is not a URL", { provider: { baseUrl: "not a url" } }, /OPENAI_BASE_URL: must be an http\(s\) URL/],
    ["plain http to another machine", { provider: { llmBaseUrl: "http://203.0.113.9/v1" } }, /KIOSK_LLM_BASE_URL: must be https/],
    ["a webhook this host cannot sign (no secret)", { webhookUrl: "https://pos.example/orders" }, /KIOSK_WEBHOOK_SECRET is required/],
  ])("refuses %s with the reason and saves nothing", async (_name, patch, reason) => {
    const { send, back, dataDir } = await office();
    await send({ type: "unlock", pin: "2580" });
    const r = await send({ type: "updateSettings", patch });
    expect(r).toMatchObject({ type: "error", code: "invalid-settings", message: expect.stringMatching(reason) });
    expect(back.settings.get()).toEqual({ version: 1 });
    expect(existsSync(join(dataDir, "settings.json"))).toBe(false);
  });

  it("accepts https anywhere and http to this machine", async () => {
    const { send } = await office();
    await send({ type: "unlock", pin: "2580" });
    const r = (await send({ type: "updateSettings", patch: { provider: { baseUrl: "https://llm.example/v1", sttBaseUrl: "http://127.0.0.1:8001/v1" } } })) as Settings;
    expect(r.settings.provider).toMatchObject({ baseUrl: "https://llm.example/v1", sttBaseUrl: "http://127.0.0.1:8001/v1" });
  });
});

describe("the API key follows its host", () => {
  it("a stored key is dropped when a provider's host changes; staff enter it again for the new host", async () => {
    const { send, back } = await office({ box: aesTestSecretBox() });
    await send({ type: "unlock", pin: "2580" });
    await send({ type: "updateSettings", patch: { provider: { baseUrl: "https://llm-a.example/v1" } } });
    await send({ type: "setSecret", name: "apiKey", value: "sk-for-a" });
    expect(back.effectiveEnv().OPENAI_API_KEY).toBe("sk-for-a");
    // Same host, another model: the key stays.
    await send({ type: "updateSettings", patch: { provider: { llmModel: "m2", baseUrl: "https://llm-a.example/v2" } } });
    expect(back.effectiveEnv().OPENAI_API_KEY).toBe("sk-for-a");
    const moved = (await send({ type: "updateSettings", patch: { provider: { ttsBaseUrl: "https://attacker.example/v1" } } })) as Settings;
    expect(moved.settings.apiKey).toBe("none");
    expect(back.settings.get().apiKeySealed).toBeUndefined();
    expect(back.effectiveEnv().OPENAI_API_KEY).toBeUndefined();
  });

  it("a key from the environment is not sent to a host set on the admin screen", async () => {
    const { send, back } = await office({ env: { OPENAI_API_KEY: "sk-env", OPENAI_BASE_URL: "https://llm.store.example/v1" } });
    await send({ type: "unlock", pin: "2580" });
    expect(back.effectiveEnv().OPENAI_API_KEY).toBe("sk-env");
    await send({ type: "updateSettings", patch: { provider: { llmBaseUrl: "https://attacker.example/v1" } } });
    expect(back.effectiveEnv().OPENAI_API_KEY).toBeUndefined();
    const o = (await send({ type: "overview" })) as Extract<AdminReply, { type: "overview" }>;
    expect(o.warnings.join("\n")).toContain("not sent to attacker.example");
  });
});

describe("settings that no longer start the kiosk", () => {
  it("are set aside at start (kept, renamed), the kiosk runs on its environment, and the admin screen says why", async () => {
    const dir = tempDir("kiosk-aside-");
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const dataDir = join(dir, "data");
    // As an older version saved them, unchecked: a webhook with no secret on a host that cannot store one.
    const saved = new SettingsStore(dataDir);
    saved.update((s) => {
      s.webhookUrl = "https://pos.example/orders";
      s.provider = { baseUrl: "not a url" };
      s.adminPinHash = "scrypt$00$00";
    });
    const { back, send } = await office({ dataDir });
    expect(back.settings.get()).toEqual({ version: 1, adminPinHash: "scrypt$00$00" });
    expect(back.effectiveEnv().KIOSK_WEBHOOK_URL).toBeUndefined();
    const asideFiles = readdirSync(dataDir).filter((f) => f.startsWith("settings.json.set-aside-"));
    expect(asideFiles).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dataDir, asideFiles[0]!), "utf8"))).toMatchObject({ webhookUrl: "https://pos.example/orders" });
    expect(back.admin.warnings().join("\n")).toMatch(/settings were set aside because .*OPENAI_BASE_URL.*kept as .*set-aside/);
    await send({ type: "unlock", pin: "2580" });
  });

  it("are not set aside when the environment alone would not start either (the host reports that to the operator)", async () => {
    const dir = tempDir("kiosk-aside-env-");
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const dataDir = join(dir, "data");
    new SettingsStore(dataDir).update((s) => {
      s.provider = { llmModel: "kept" };
    });
    const { back } = await office({ dataDir, env: { OPENAI_BASE_URL: "http://203.0.113.9/v1" } });
    expect(back.settings.get().provider).toEqual({ llmModel: "kept" });
    expect(back.settings.problem).toBeUndefined();
  });
});

describe("the data folder", () => {
  it.skipIf(process.platform === "win32")("is 0700 and its files 0600 (the PIN hash and lock state are not for other users)", async () => {
    const { send, dataDir } = await office();
    await send({ type: "unlock", pin: "2580" });
    await send({ type: "changePin", current: "2580", next: "482615" });
    await send({ type: "unlock", pin: "1111" });
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    for (const f of ["settings.json", "admin-lock.json", "orders.sqlite", "orders.sqlite-wal", "orders.sqlite.id"]) expect([f, statSync(join(dataDir, f)).mode & 0o777]).toEqual([f, 0o600]);
  });
});
