import { afterEach, describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SettingsStore } from "./settings.ts";
import { environmentOnlySecretBox } from "./secrets.ts";
import { aesTestSecretBox } from "./test-secret-box.ts";
import { tempDir } from "../orders/test-fixtures.ts";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const newDir = () => {
  const d = tempDir("kiosk-settings-");
  dirs.push(d);
  return d;
};

describe("SettingsStore", () => {
  it("lays admin settings over the environment, and falls back to it when a setting is cleared", () => {
    const dir = newDir();
    const s = new SettingsStore(dir);
    const env = { KIOSK_WEBHOOK_URL: "http://env/hook", KIOSK_LLM_MODEL: "env-model", OPENAI_API_KEY: "sk-env" };
    expect(s.effectiveEnv(env, undefined).env).toMatchObject({ ...env, KIOSK_BUSINESS_DAY_START: "04:00" });
    s.update((d) => {
      d.webhookUrl = "http://settings/hook";
      d.provider = { llmModel: "settings-model" };
      d.businessDayStart = "05:30";
    });
    const eff = new SettingsStore(dir).effectiveEnv(env, undefined);
    expect(eff.env).toMatchObject({ KIOSK_WEBHOOK_URL: "http://settings/hook", KIOSK_LLM_MODEL: "settings-model", KIOSK_BUSINESS_DAY_START: "05:30", OPENAI_API_KEY: "sk-env" });
    expect(eff.sources).toMatchObject({ KIOSK_WEBHOOK_URL: "settings", KIOSK_LLM_MODEL: "settings", OPENAI_API_KEY: "environment", KIOSK_TTS_MODEL: "default" });
    s.update((d) => {
      delete d.webhookUrl;
    });
    expect(s.effectiveEnv(env, undefined).env.KIOSK_WEBHOOK_URL).toBe("http://env/hook");
  });

  it("keeps secrets only sealed, and opens them with the same box", () => {
    const dir = newDir();
    const box = aesTestSecretBox();
    const s = new SettingsStore(dir);
    s.update((d) => {
      d.apiKeySealed = box.encrypt("sk-from-admin");
    });
    expect(readFileSync(join(dir, "settings.json"), "utf8")).not.toContain("sk-from-admin");
    expect(s.effectiveEnv({ OPENAI_API_KEY: "sk-env" }, box).env.OPENAI_API_KEY).toBe("sk-from-admin");
    // A host that cannot open it (web host, or a changed OS key) uses the environment and says so.
    const web = s.effectiveEnv({ OPENAI_API_KEY: "sk-env" }, environmentOnlySecretBox());
    expect(web.env.OPENAI_API_KEY).toBe("sk-env");
    expect(web.warnings[0]).toMatch(/stored API key cannot be opened on this host/);
    const otherKey = s.effectiveEnv({}, aesTestSecretBox());
    expect(otherKey.env.OPENAI_API_KEY).toBeUndefined();
    expect(otherKey.warnings[0]).toMatch(/cannot be opened/);
  });

  it("a broken settings file is kept aside, reported, and defaults are used", () => {
    const dir = newDir();
    writeFileSync(join(dir, "settings.json"), "{ not json");
    const s = new SettingsStore(dir);
    expect(s.problem).toMatch(/settings\.json could not be read .*kept as .*settings\.json\.broken-/);
    expect(s.get()).toEqual({ version: 1 });
    const aside = readdirSync(dir).find((f) => f.startsWith("settings.json.broken-"))!;
    expect(readFileSync(join(dir, aside), "utf8")).toBe("{ not json");
    expect(existsSync(join(dir, "settings.json"))).toBe(false);
  });

  it("keeps fields it does not know (written by a newer kiosk)", () => {
    const dir = newDir();
    writeFileSync(join(dir, "settings.json"), JSON.stringify({ version: 1, futureThing: { a: 1 } }));
    const s = new SettingsStore(dir);
    s.update((d) => {
      d.businessDayStart = "03:00";
    });
    expect(JSON.parse(readFileSync(join(dir, "settings.json"), "utf8"))).toEqual({ version: 1, futureThing: { a: 1 }, businessDayStart: "03:00" });
  });
});
