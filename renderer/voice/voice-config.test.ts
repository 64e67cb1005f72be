import { describe, expect, it } from "vitest";
import { readVoiceConfig } from "./voice-config.ts";

describe("readVoiceConfig", () => {
  it("defaults: hands-free, assets from the kiosk's own /vad/, 500 ms end of speech", () => {
    const c = readVoiceConfig("");
    expect(c.mode).toBe("hands-free");
    expect(c.mic.assetBase).toBe("/vad/");
    expect(c.mic.redemptionMs).toBe(500);
  });
  it("push-to-talk and a custom end-of-speech wait", () => {
    const c = readVoiceConfig("?voice=ptt&voiceEndMs=600");
    expect(c.mode).toBe("push-to-talk");
    expect(c.mic.redemptionMs).toBe(600);
  });
  it("refuses other origins and silly values", () => {
    const c = readVoiceConfig("?voiceAssets=https://cdn.example/vad/&voiceEndMs=5");
    expect(c.mic.assetBase).toBe("/vad/");
    expect(c.mic.redemptionMs).toBe(500);
  });
});
