import { describe, expect, it } from "vitest";
import { engineKindFromEnv } from "./factory.ts";

describe("engineKindFromEnv", () => {
  it.each([
    ["nothing set: offline", {}, "offline"],
    ["an API key: hybrid", { OPENAI_API_KEY: "k" }, "hybrid"],
    ["KIOSK_ENGINE wins over the default", { OPENAI_API_KEY: "k", KIOSK_ENGINE: "offline" }, "offline"],
    ["KIOSK_ENGINE=llm", { OPENAI_API_KEY: "k", KIOSK_ENGINE: "llm" }, "llm"],
    ["KIOSK_ENGINE with spaces", { KIOSK_ENGINE: " hybrid " }, "hybrid"],
    ["an unknown KIOSK_ENGINE falls back to the default", { OPENAI_API_KEY: "k", KIOSK_ENGINE: "gpt" }, "hybrid"],
    ["an empty KIOSK_ENGINE falls back to the default", { KIOSK_ENGINE: "" }, "offline"],
  ] as Array<[string, Record<string, string>, string]>)("%s", (_name, env, kind) => {
    expect(engineKindFromEnv(env)).toBe(kind);
  });
});
