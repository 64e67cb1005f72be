// Timings and display preferences the screen reads at start. Defaults suit a real
// store; the URL can override them (?idleMs=3000&idleCountdownMs=3000&doneMs=2000,
// ?largeText=1&highContrast=1), which end-to-end tests and staff setups use. The
// barrier-free modes are preset the same way: ?guide=1 (voice-guided keypad mode),
// ?lowReach=1 (every control in the lower part of the screen), ?easy=1 (easy mode).

export interface UiConfig {
  /** Quiet time before asking "are you still there?" (ms). */
  idleMs: number;
  /** How long the "are you still there?" countdown lasts before starting over (ms). */
  idleCountdownMs: number;
  /** How long the order-number screen stays before starting over (ms). */
  doneMs: number;
  largeText: boolean;
  highContrast: boolean;
  guided: boolean;
  lowReach: boolean;
  easy: boolean;
  /** Idle times are this many times longer in the guided and easy modes (at least 3). */
  accessibleIdleFactor: number;
  /** What the page URL set: it wins over the staff's settings (admin screen). */
  presetByUrl: { mode: boolean; idle: boolean };
}

/** The guided and easy modes give a customer at least three times as long. */
export const MIN_ACCESSIBLE_IDLE_FACTOR = 3;

export const defaultConfig: UiConfig = {
  idleMs: 60_000,
  idleCountdownMs: 15_000,
  doneMs: 10_000,
  largeText: false,
  highContrast: false,
  guided: false,
  lowReach: false,
  easy: false,
  accessibleIdleFactor: MIN_ACCESSIBLE_IDLE_FACTOR,
  presetByUrl: { mode: false, idle: false },
};

function ms(raw: string | null, fallback: number): number {
  if (raw === null || raw.trim() === "") return fallback;
  const n = Number(raw);
  // Anything below 500 ms would make the screen unusable; treat it as a typo.
  return Number.isFinite(n) && n >= 500 && n <= 3_600_000 ? Math.round(n) : fallback;
}

function flag(raw: string | null, fallback: boolean): boolean {
  if (raw === null) return fallback;
  return raw === "" || raw === "1" || raw === "true" || raw === "on";
}

function factor(raw: string | null): number {
  const n = raw === null ? NaN : Number(raw);
  // Never below 3 (the customer's right), never absurd.
  return Number.isFinite(n) && n >= MIN_ACCESSIBLE_IDLE_FACTOR && n <= 20 ? n : MIN_ACCESSIBLE_IDLE_FACTOR;
}

/** Idle and countdown lengths for the modes in use: longer in the guided and easy modes. */
export function idleTimes(config: Pick<UiConfig, "idleMs" | "idleCountdownMs" | "accessibleIdleFactor">, modes: { guided: boolean; easy: boolean }): { idleMs: number; countdownMs: number } {
  const f = modes.guided || modes.easy ? Math.max(MIN_ACCESSIBLE_IDLE_FACTOR, config.accessibleIdleFactor) : 1;
  return { idleMs: config.idleMs * f, countdownMs: config.idleCountdownMs * f };
}

export function readConfig(search: string): UiConfig {
  const p = new URLSearchParams(search);
  return {
    idleMs: ms(p.get("idleMs"), defaultConfig.idleMs),
    idleCountdownMs: ms(p.get("idleCountdownMs"), defaultConfig.idleCountdownMs),
    doneMs: ms(p.get("doneMs"), defaultConfig.doneMs),
    largeText: flag(p.get("largeText"), defaultConfig.largeText),
    highContrast: flag(p.get("highContrast"), defaultConfig.highContrast),
    guided: flag(p.get("guide"), defaultConfig.guided),
    lowReach: flag(p.get("lowReach"), defaultConfig.lowReach),
    easy: flag(p.get("easy"), defaultConfig.easy),
    accessibleIdleFactor: factor(p.get("accessibleIdleFactor")),
    presetByUrl: { mode: ["guide", "lowReach", "easy"].some((k) => p.has(k)), idle: p.has("idleMs") || p.has("idleCountdownMs") },
  };
}
