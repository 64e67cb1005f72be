// What keeps the Electron kiosk on screen, as pure decisions (electron/main.ts only
// wires them to Electron's events, and cannot run here without the binary):
//   - packaged builds always run in kiosk mode, on every OS;
//   - the window does not close (Alt+F4, a stray gesture) unless staff quit from
//     the admin screen or the OS is shutting down;
//   - a renderer that crashes or hangs is reloaded, waiting longer each time, and
//     past a limit the whole app relaunches itself (the OS supervisor — systemd, or
//     the Windows task in README — starts it again if even that fails);
//   - an exception nobody caught in the main process relaunches the app (its state
//     is unknown); a stray rejected promise is logged, and only a flood of them
//     relaunches.

/** Full-screen kiosk mode: always for a packaged (store) build; in development KIOSK_FULLSCREEN=1 or `--kiosk`. */
export function kioskModeWanted(env: Record<string, string | undefined>, argv: readonly string[], packaged = false): boolean {
  if (packaged) return true;
  const v = env.KIOSK_FULLSCREEN?.trim().toLowerCase();
  if (v === "0" || v === "false" || v === "no") return false;
  return v === "1" || v === "true" || v === "yes" || argv.includes("--kiosk");
}

/** Whether the kiosk window may close now. */
export function mayClose(state: { staffQuit: boolean; systemShutdown: boolean; packaged: boolean }): boolean {
  // A development run closes like any window; a store build only when staff or the OS say so.
  return state.staffQuit || state.systemShutdown || !state.packaged;
}

export interface RecoveryLimits {
  /** Wait before the first reload; each further one waits twice as long. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** This many renderer failures within `windowMs` and the app relaunches instead. */
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_RECOVERY: RecoveryLimits = { firstDelayMs: 1_000, maxDelayMs: 30_000, maxFailures: 5, windowMs: 10 * 60_000 };

export type Recovery = { action: "reload"; delayMs: number } | { action: "relaunch"; reason: string };

/** Renderer crashes and hangs: reload with backoff, then relaunch. */
export class RendererRecovery {
  private failures: number[] = [];

  constructor(
    private readonly limits: RecoveryLimits = DEFAULT_RECOVERY,
    private readonly now: () => number = Date.now,
  ) {}

  /** The renderer crashed or stopped answering: what to do now. */
  failed(why: string): Recovery {
    const now = this.now();
    this.failures = this.failures.filter((t) => now - t < this.limits.windowMs);
    this.failures.push(now);
    const n = this.failures.length;
    if (n >= this.limits.maxFailures) {
      this.failures = [];
      return { action: "relaunch", reason: `${n} screen failures within ${Math.round(this.limits.windowMs / 60_000)} minutes (last: ${why})` };
    }
    return { action: "reload", delayMs: Math.min(this.limits.maxDelayMs, this.limits.firstDelayMs * 2 ** (n - 1)) };
  }
}

/** Exit codes the OS supervisor acts on: staff quit stays closed; anything else is restarted. */
export const EXIT_STAFF_QUIT = 0;
export const EXIT_RESTART_ME = 75;

/**
 * How to start again. Under a supervisor (the systemd unit or the Windows task sets
 * KIOSK_SUPERVISED=1) the app exits and the supervisor starts it: a child started by
 * app.relaunch() would be killed with the service's process group. Alone, it
 * relaunches itself.
 */
export function restartPlan(env: Record<string, string | undefined>): { kind: "exit"; code: number } | { kind: "relaunch" } {
  return env.KIOSK_SUPERVISED === "1" ? { kind: "exit", code: EXIT_RESTART_ME } : { kind: "relaunch" };
}

/** How long a hung renderer gets to answer again before it is reloaded. */
export const UNRESPONSIVE_GRACE_MS = 10_000;

export type ProcessFault = "uncaughtException" | "unhandledRejection";

/** Main-process faults nobody caught. */
export class FaultPolicy {
  private rejections: number[] = [];

  constructor(
    private readonly maxRejectionsPerMinute = 20,
    private readonly now: () => number = Date.now,
  ) {}

  decide(kind: ProcessFault): "log" | "relaunch" {
    // After an uncaught exception the process's state is unknown: start clean.
    if (kind === "uncaughtException") return "relaunch";
    const now = this.now();
    this.rejections = this.rejections.filter((t) => now - t < 60_000);
    this.rejections.push(now);
    return this.rejections.length > this.maxRejectionsPerMinute ? "relaunch" : "log";
  }
}
