// Timings and display preferences the screen reads at start. Defaults suit a real
// store; the URL can override them (?idleMs=3000&idleCountdownMs=3000&doneMs=2000,
// ?largeText=1&highContrast=1), which end-to-end tests and staff setups use.

export interface UiConfig {
  /** Quiet time before asking "are you still there?" (ms). */
  idleMs: number;
  /** How long the "are you still there?" countdown lasts before starting over (ms). */
  idleCountdownMs: number;
  /** How long the order-number screen stays before starting over (ms). */
  doneMs: number;
  largeText: boolean;
  highContrast: boolean;
}

export const defaultConfig: UiConfig = {
  idleMs: 60_000,
  idleCountdownMs: 15_000,
  doneMs: 10_000,
  largeText: false,
  highContrast: false,
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

export function readConfig(search: string): UiConfig {
  const p = new URLSearchParams(search);
  return {
    idleMs: ms(p.get("idleMs"), defaultConfig.idleMs),
    idleCountdownMs: ms(p.get("idleCountdownMs"), defaultConfig.idleCountdownMs),
    doneMs: ms(p.get("doneMs"), defaultConfig.doneMs),
    largeText: flag(p.get("largeText"), defaultConfig.largeText),
    highContrast: flag(p.get("highContrast"), defaultConfig.highContrast),
  };
}
