// Settings made on the admin screen, kept in the data directory (settings.json) and
// winning over the environment. The rest of the kiosk reads one merged view,
// effectiveEnv(), shaped like process.env, so nothing else needs to know where a
// value came from. Secrets are stored only sealed by a SecretBox.
import { existsSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { privacySettingsSchema, providerSettingsSchema, type PrivacySettings, type ProviderSettings } from "../../../shared/admin-contract.ts";
import { DEFAULT_SCREEN_SETTINGS, screenSettingsSchema, type ScreenSettings } from "../../../shared/contract.ts";
import { ensurePrivateDir, writeFileAtomic } from "../orders/db.ts";
import { ConfigError, loadConfig, providerHosts } from "../config.ts";
import { DEFAULT_DAY_START } from "../orders/business-day.ts";
import type { SecretBox } from "./secrets.ts";

export const SETTINGS_FILE = "settings.json";

export const DEFAULT_PRIVACY: PrivacySettings = { keepTranscripts: false, keepAudio: false, retentionDays: 7 };

const storedSettingsSchema = z.looseObject({
  version: z.literal(1),
  adminPinHash: z.string().optional(),
  webhookUrl: z.string().optional(),
  webhookSecretSealed: z.string().optional(),
  hubUrl: z.string().optional(),
  hubSecretSealed: z.string().optional(),
  apiKeySealed: z.string().optional(),
  businessDayStart: z.string().optional(),
  provider: providerSettingsSchema.optional(),
  privacy: privacySettingsSchema.optional(),
  /** The customer screen's default mode and idle times. */
  screen: screenSettingsSchema.partial().optional(),
  /** Sold-out switches made by staff, by item id; they win over the menu file. */
  soldOut: z.record(z.string(), z.boolean()).optional(),
  /** A menu imported on the admin screen (copied into the data directory). */
  menuFile: z.string().optional(),
  /** Where that menu's images are (the folder of the menu it replaced). */
  menuBaseDir: z.string().optional(),
});
export type StoredSettings = z.infer<typeof storedSettingsSchema>;

import { PROVIDER_ENV } from "../../../shared/admin-contract.ts";
export { PROVIDER_ENV };

export type Env = Record<string, string | undefined>;

export type EffectiveEnv = { env: Env; warnings: string[]; sources: Record<string, "settings" | "environment" | "default"> };

export class SettingsStore {
  readonly file: string;
  /** Set when settings.json could not be read or no longer validated; the file was moved aside, not deleted. */
  problem: string | undefined;
  private data: StoredSettings;
  private listeners = new Set<(s: StoredSettings) => void>();

  constructor(readonly dataDir: string) {
    ensurePrivateDir(dataDir);
    this.file = join(dataDir, SETTINGS_FILE);
    const loaded = loadSettings(this.file);
    this.data = loaded.settings;
    this.problem = loaded.problem;
  }

  get(): StoredSettings {
    return this.data;
  }

  onChange(fn: (s: StoredSettings) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** What `change` would make of the settings, without saving anything. */
  preview(change: (draft: StoredSettings) => void): StoredSettings {
    const draft = structuredClone(this.data);
    change(draft);
    return storedSettingsSchema.parse(draft);
  }

  /** Change settings and write them (atomically) before anyone sees the change. */
  update(change: (draft: StoredSettings) => void): StoredSettings {
    const next = this.preview(change);
    this.replace(next);
    return next;
  }

  private replace(next: StoredSettings): void {
    writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
    this.data = next;
    for (const l of this.listeners) l(next);
  }

  /**
   * The settings file no longer makes a configuration the kiosk can start with:
   * keep it beside (renamed, never deleted), start again from the environment, and
   * say why. The staff PIN survives: without it the kiosk would fall back to the
   * documented default PIN, which anyone could then claim.
   */
  setAside(why: string): void {
    const aside = `${this.file}.set-aside-${Date.now()}`;
    let kept = `it was kept as ${aside}`;
    try {
      renameSync(this.file, aside);
    } catch (err) {
      kept = `it could not be moved aside (${(err as Error).message}) and will be overwritten by the next change`;
    }
    const pin = this.data.adminPinHash;
    this.data = { version: 1 };
    this.problem = `the saved settings were set aside because ${why}; ${kept}; the kiosk runs on its environment settings until staff set them again`;
    if (pin) this.replace({ version: 1, adminPinHash: pin });
  }

  privacy(): PrivacySettings {
    return { ...DEFAULT_PRIVACY, ...this.data.privacy };
  }

  screen(): ScreenSettings {
    return { ...DEFAULT_SCREEN_SETTINGS, ...this.data.screen };
  }

  /**
   * The environment as the kiosk should see it: `env` with every admin setting laid
   * over it. Sealed secrets are opened with `box`; one that cannot be opened is left
   * to the environment and reported in `warnings`.
   */
  effectiveEnv(env: Env, box: SecretBox | undefined): EffectiveEnv {
    return layerSettings(this.data, env, box);
  }
}

/**
 * Why these settings laid over `env` would not start the kiosk (the same check the
 * next start makes: loadConfig), or undefined when they would.
 */
export function settingsProblem(data: StoredSettings, env: Env, box: SecretBox | undefined): string | undefined {
  try {
    loadConfig(layerSettings(data, env, box).env);
    return undefined;
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.join("; ");
    throw err;
  }
}

/** `env` with the stored settings laid over it (see SettingsStore.effectiveEnv). */
export function layerSettings(data: StoredSettings, env: Env, box: SecretBox | undefined): EffectiveEnv {
  const out: Env = { ...env };
  const warnings: string[] = [];
  const sources: Record<string, "settings" | "environment" | "default"> = {};
  const set = (name: string, value: string | undefined | null) => {
    if (value !== undefined && value !== null && value !== "") {
      out[name] = value;
      sources[name] = "settings";
    } else sources[name] = env[name] ? "environment" : "default";
  };
  const s = data;
  set("KIOSK_WEBHOOK_URL", s.webhookUrl);
  set("KIOSK_HUB_URL", s.hubUrl);
  set("KIOSK_BUSINESS_DAY_START", s.businessDayStart);
  for (const [key, name] of Object.entries(PROVIDER_ENV)) set(name, s.provider?.[key as keyof ProviderSettings]);
  const open = (sealed: string | undefined, name: string, what: string) => {
    if (!sealed) return set(name, undefined);
    if (!box?.available) {
      warnings.push(`the stored ${what} cannot be opened on this host (${box?.reason ?? "no secret store"}); using the environment`);
      return set(name, undefined);
    }
    try {
      set(name, box.decrypt(sealed));
    } catch (err) {
      warnings.push(`the stored ${what} cannot be opened (${(err as Error).message}); using the environment`);
      set(name, undefined);
    }
  };
  open(s.apiKeySealed, "OPENAI_API_KEY", "API key");
  open(s.webhookSecretSealed, "KIOSK_WEBHOOK_SECRET", "webhook secret");
  open(s.hubSecretSealed, "KIOSK_HUB_SECRET", "store hub secret");
  // A key from the environment goes only where the environment sends it: a provider
  // host set on the admin screen gets no key until one is entered there for it.
  if (sources.OPENAI_API_KEY !== "settings" && out.OPENAI_API_KEY) {
    const allowed = new Set(providerHosts(env));
    const elsewhere = providerHosts(out).filter((h) => !allowed.has(h));
    if (elsewhere.length > 0) {
      delete out.OPENAI_API_KEY;
      warnings.push(`the API key from the environment is not sent to ${[...new Set(elsewhere)].join(", ")} (set on the admin screen); enter the key for that server there`);
    }
  }
  if (!out.KIOSK_BUSINESS_DAY_START) out.KIOSK_BUSINESS_DAY_START = DEFAULT_DAY_START;
  return { env: out, warnings, sources };
}

function loadSettings(file: string): { settings: StoredSettings; problem?: string } {
  const empty: StoredSettings = { version: 1 };
  if (!existsSync(file)) return { settings: empty };
  let problem: string;
  try {
    const parsed = storedSettingsSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    if (parsed.success) return { settings: parsed.data };
    const first = parsed.error.issues[0];
    problem = `${first?.path.join(".") || "(settings)"}: ${first?.message ?? "invalid"}`;
  } catch (err) {
    problem = (err as Error).message;
  }
  const aside = `${file}.broken-${Date.now()}`;
  try {
    renameSync(file, aside);
  } catch {
    // Could not move it: it stays where it is and is overwritten only by a staff change.
  }
  return { settings: empty, problem: `settings.json could not be read (${problem}); it was kept as ${aside} and defaults are in use` };
}
