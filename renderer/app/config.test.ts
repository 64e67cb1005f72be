import { describe, expect, it } from "vitest";
import { defaultConfig, idleTimes, readConfig } from "./config.ts";

describe("readConfig", () => {
  it.each([
    ["", defaultConfig],
    ["?idleMs=3000&idleCountdownMs=2000&doneMs=1500", { ...defaultConfig, idleMs: 3000, idleCountdownMs: 2000, doneMs: 1500 }],
    ["?idleMs=abc&doneMs=-5", defaultConfig],
    ["?idleMs=10", defaultConfig],
    ["?largeText=1&highContrast", { ...defaultConfig, largeText: true, highContrast: true }],
    ["?largeText=0", defaultConfig],
    ["?guide=1", { ...defaultConfig, guided: true }],
    ["?lowReach=1&easy=1", { ...defaultConfig, lowReach: true, easy: true }],
    ["?guide=0&lowReach=false", defaultConfig],
    ["?accessibleIdleFactor=5", { ...defaultConfig, accessibleIdleFactor: 5 }],
    // Never less than three times as long for the guided and easy modes.
    ["?accessibleIdleFactor=1", defaultConfig],
    ["?accessibleIdleFactor=x", defaultConfig],
  ])("%s", (search, want) => {
    expect(readConfig(search)).toEqual(want);
  });
});

describe("idleTimes", () => {
  const cfg = { idleMs: 60_000, idleCountdownMs: 15_000, accessibleIdleFactor: 3 };
  it.each([
    [{ guided: false, easy: false }, { idleMs: 60_000, countdownMs: 15_000 }],
    [{ guided: true, easy: false }, { idleMs: 180_000, countdownMs: 45_000 }],
    [{ guided: false, easy: true }, { idleMs: 180_000, countdownMs: 45_000 }],
  ])("%j", (modes, want) => expect(idleTimes(cfg, modes)).toEqual(want));
  it("a factor below 3 is raised to 3", () => {
    expect(idleTimes({ ...cfg, accessibleIdleFactor: 1 }, { guided: true, easy: false }).idleMs).toBe(180_000);
  });
});
