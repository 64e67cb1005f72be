import { describe, expect, it } from "vitest";
import { defaultConfig, idleTimes, readConfig } from "./config.ts";

describe("readConfig", () => {
  it.each([
    ["", defaultConfig],
    ["?idleMs=3000&idleCountdownMs=2000&doneMs=1500", { ...defaultConfig, idleMs: 3000, idleCountdownMs: 2000, doneMs: 1500, presetByUrl: { mode: false, idle: true } }],
    ["?idleMs=abc&doneMs=-5", { ...defaultConfig, presetByUrl: { mode: false, idle: true } }],
    ["?doneMs=-5", defaultConfig],
    ["?largeText=1&highContrast", { ...defaultConfig, largeText: true, highContrast: true }],
    ["?largeText=0", defaultConfig],
    ["?guide=1", { ...defaultConfig, guided: true, presetByUrl: { mode: true, idle: false } }],
    ["?lowReach=1&easy=1", { ...defaultConfig, lowReach: true, easy: true, presetByUrl: { mode: true, idle: false } }],
    // "No mode" in the URL is a preset too: the staff's default mode does not apply.
    ["?guide=0&lowReach=false", { ...defaultConfig, presetByUrl: { mode: true, idle: false } }],
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
