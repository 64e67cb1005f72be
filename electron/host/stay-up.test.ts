import { describe, expect, it } from "vitest";
import { EXIT_RESTART_ME, FaultPolicy, kioskModeWanted, mayClose, RendererRecovery, restartPlan } from "./stay-up.ts";

describe("kioskModeWanted", () => {
  it.each<[string, Record<string, string>, string[], boolean, boolean]>([
    ["a packaged build, nothing set", {}, [], true, true],
    ["a packaged build cannot be talked out of it", { KIOSK_FULLSCREEN: "0" }, [], true, true],
    ["development, nothing set", {}, [], false, false],
    ["development with --kiosk", {}, ["--kiosk"], false, true],
    ["development with KIOSK_FULLSCREEN=1", { KIOSK_FULLSCREEN: "1" }, [], false, true],
    ["development with KIOSK_FULLSCREEN=0 and --kiosk", { KIOSK_FULLSCREEN: "0" }, ["--kiosk"], false, false],
    ["development with KIOSK_FULLSCREEN=true", { KIOSK_FULLSCREEN: "true" }, [], false, true],
    ["development with KIOSK_FULLSCREEN=YES", { KIOSK_FULLSCREEN: "YES" }, [], false, true],
    ["development with KIOSK_FULLSCREEN=maybe", { KIOSK_FULLSCREEN: "maybe" }, [], false, false],
  ])("%s", (_name, env, argv, packaged, expected) => {
    expect(kioskModeWanted(env, argv, packaged)).toBe(expected);
  });
});

describe("mayClose", () => {
  it.each([
    [{ staffQuit: false, systemShutdown: false, packaged: true }, false],
    [{ staffQuit: true, systemShutdown: false, packaged: true }, true],
    [{ staffQuit: false, systemShutdown: true, packaged: true }, true],
    [{ staffQuit: false, systemShutdown: false, packaged: false }, true],
  ])("%o → %s", (state, expected) => {
    expect(mayClose(state)).toBe(expected);
  });
});

describe("RendererRecovery", () => {
  it("reloads with a doubling wait, then relaunches the app past the limit, and starts over after", () => {
    const clock = { now: 0 };
    const r = new RendererRecovery({ firstDelayMs: 1000, maxDelayMs: 5000, maxFailures: 5, windowMs: 600_000 }, () => clock.now);
    const seen = [1, 2, 3, 4, 5].map(() => {
      clock.now += 1000;
      return r.failed("crashed");
    });
    expect(seen).toEqual([
      { action: "reload", delayMs: 1000 },
      { action: "reload", delayMs: 2000 },
      { action: "reload", delayMs: 4000 },
      { action: "reload", delayMs: 5000 },
      { action: "relaunch", reason: "5 screen failures within 10 minutes (last: crashed)" },
    ]);
    expect(r.failed("hung")).toEqual({ action: "reload", delayMs: 1000 });
  });

  it("forgets failures older than the window: an occasional crash never relaunches", () => {
    const clock = { now: 0 };
    const r = new RendererRecovery({ firstDelayMs: 1000, maxDelayMs: 30_000, maxFailures: 3, windowMs: 60_000 }, () => clock.now);
    for (let i = 0; i < 20; i++) {
      clock.now += 61_000;
      expect(r.failed("crashed")).toEqual({ action: "reload", delayMs: 1000 });
    }
  });
});

describe("FaultPolicy", () => {
  it("relaunches after an uncaught exception; logs stray rejections unless they flood", () => {
    const clock = { now: 0 };
    const p = new FaultPolicy(3, () => clock.now);
    expect(p.decide("uncaughtException")).toBe("relaunch");
    expect([1, 2, 3].map(() => p.decide("unhandledRejection"))).toEqual(["log", "log", "log"]);
    expect(p.decide("unhandledRejection")).toBe("relaunch");
    clock.now += 60_000;
    expect(p.decide("unhandledRejection")).toBe("log");
  });
});

describe("restartPlan", () => {
  it("exits for the supervisor to restart when supervised, relaunches itself otherwise", () => {
    expect(restartPlan({ KIOSK_SUPERVISED: "1" })).toEqual({ kind: "exit", code: EXIT_RESTART_ME });
    expect(EXIT_RESTART_ME).not.toBe(0);
    expect(restartPlan({})).toEqual({ kind: "relaunch" });
  });
});
