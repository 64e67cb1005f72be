import { describe, expect, it } from "vitest";
import { defaultConfig, readConfig } from "./config.ts";

describe("readConfig", () => {
  it.each([
    ["", defaultConfig],
    ["?idleMs=3000&idleCountdownMs=2000&doneMs=1500", { ...defaultConfig, idleMs: 3000, idleCountdownMs: 2000, doneMs: 1500 }],
    ["?idleMs=abc&doneMs=-5", defaultConfig],
    ["?idleMs=10", defaultConfig],
    ["?largeText=1&highContrast", { ...defaultConfig, largeText: true, highContrast: true }],
    ["?largeText=0", defaultConfig],
  ])("%s", (search, want) => {
    expect(readConfig(search)).toEqual(want);
  });
});
