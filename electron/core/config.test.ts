import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_LLM_MODEL, providerHosts, DEFAULT_STT_MODEL, DEFAULT_TTS_MODEL, loadConfig, openAiEnabled, redactConfig } from "./config.ts";

describe("configuration from the environment", () => {
  it("uses defaults when nothing is set, with the OpenAI services off", () => {
    const cfg = loadConfig({});
    expect(openAiEnabled(cfg)).toBe(false);
    expect(cfg.llm).toMatchObject({ baseUrl: undefined, model: DEFAULT_LLM_MODEL });
    expect(cfg.stt.model).toBe(DEFAULT_STT_MODEL);
    expect(cfg.tts.model).toBe(DEFAULT_TTS_MODEL);
    expect(cfg.webhook).toBeUndefined();
    expect(cfg.dataDir.length).toBeGreaterThan(0);
  });

  it("lets each service override OPENAI_BASE_URL, so a store can mix providers", () => {
    const cfg = loadConfig({
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: "https://gpu-box:8000/v1",
      KIOSK_STT_BASE_URL: "http://127.0.0.1:8001/v1",
      KIOSK_LLM_MODEL: "qwen2.5-7b-instruct",
      KIOSK_TTS_VOICE: "nova",
      KIOSK_MENU: "menu.json",
      KIOSK_DATA_DIR: "/var/kiosk",
      KIOSK_WEBHOOK_URL: "https://pos.example/orders",
      KIOSK_WEBHOOK_SECRET: "s3cret",
    });
    expect(openAiEnabled(cfg)).toBe(true);
    expect(cfg.llm.baseUrl).toBe("https://gpu-box:8000/v1");
    expect(cfg.tts.baseUrl).toBe("https://gpu-box:8000/v1");
    expect(cfg.stt.baseUrl).toBe("http://127.0.0.1:8001/v1");
    expect(cfg.llm.model).toBe("qwen2.5-7b-instruct");
    expect(cfg.tts.voice).toBe("nova");
    expect(cfg.menuFile).toBe("menu.json");
    expect(cfg.dataDir).toBe("/var/kiosk");
    expect(cfg.webhook).toEqual({ url: "https://pos.example/orders", secret: "s3cret" });
  });

  it("treats blank values as unset", () => {
    const cfg = loadConfig({ OPENAI_API_KEY: "  ", KIOSK_LLM_MODEL: "" });
    expect(openAiEnabled(cfg)).toBe(false);
    expect(cfg.llm.model).toBe(DEFAULT_LLM_MODEL);
  });

  it.each([
    [{ OPENAI_BASE_URL: "localhost:11434" }, "OPENAI_BASE_URL: must be an http(s) URL"],
    [{ KIOSK_TTS_BASE_URL: "ftp://x" }, "KIOSK_TTS_BASE_URL: must be an http(s) URL"],
    [{ KIOSK_WEBHOOK_URL: "https://pos.example/orders" }, "KIOSK_WEBHOOK_SECRET is required"],
    [{ KIOSK_WEBHOOK_SECRET: "s" }, "KIOSK_WEBHOOK_URL is not"],
    [{ KIOSK_HUB_URL: "http://counter:8790" }, "KIOSK_HUB_SECRET is required"],
    [{ KIOSK_HUB_URL: "counter:8790", KIOSK_HUB_SECRET: "s" }, "KIOSK_HUB_URL: must be an http(s) URL"],
  ])("refuses %j with a clear message", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("never shows the key, the webhook secret or credentials in URLs", () => {
    const cfg = loadConfig({
      OPENAI_API_KEY: "sk-very-secret",
      OPENAI_BASE_URL: "https://user:pass@gateway.example/v1?api-key=sk-very-secret",
      KIOSK_WEBHOOK_URL: "https://pos.example/orders?token=abc",
      KIOSK_WEBHOOK_SECRET: "hmac-secret",
    });
    const shown = JSON.stringify(redactConfig(cfg));
    expect(shown).not.toContain("sk-very-secret");
    expect(shown).not.toContain("hmac-secret");
    expect(shown).not.toContain("pass");
    expect(shown).not.toContain("token=abc");
    expect(redactConfig(cfg)).toMatchObject({ apiKey: "[set]", llm: { baseUrl: "https://gateway.example/v1" }, webhook: { secret: "[set]" } });
  });
});

describe("where the API key may be sent", () => {
  it.each([
    ["https anywhere", "https://llm.example.com/v1", true],
    ["http to localhost", "http://localhost:11434/v1", true],
    ["http to 127.0.0.1", "http://127.0.0.1:8000/v1", true],
    ["http to ::1", "http://[::1]:8000/v1", true],
    ["http to a LAN box", "http://192.168.0.20:8000/v1", false],
    ["http to a name", "http://attacker.example/v1", false],
    ["ftp", "ftp://files.example/v1", false],
  ])("%s", (_name, url, ok) => {
    for (const name of ["OPENAI_BASE_URL", "KIOSK_LLM_BASE_URL", "KIOSK_STT_BASE_URL", "KIOSK_TTS_BASE_URL"]) {
      const load = () => loadConfig({ OPENAI_API_KEY: "sk-x", [name]: url });
      if (ok) expect(load).not.toThrow();
      else expect(load).toThrow(new RegExp(`${name}: must be (https|an http)`));
    }
  });

  it("lets the environment (never an admin setting) allow plain http on the store's network", () => {
    expect(() => loadConfig({ OPENAI_BASE_URL: "http://192.168.0.20:8000/v1", KIOSK_ALLOW_HTTP_PROVIDERS: "1" })).not.toThrow();
  });

  it("names the host each service sends the key to", () => {
    expect(providerHosts({})).toEqual(["api.openai.com", "api.openai.com", "api.openai.com"]);
    expect(providerHosts({ OPENAI_BASE_URL: "https://a.example/v1", KIOSK_STT_BASE_URL: "http://127.0.0.1:9/v1" })).toEqual(["a.example", "127.0.0.1:9", "a.example"]);
  });
});
