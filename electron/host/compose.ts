// One startup for both hosts (the Electron app and `kiosk serve`): settings, the
// menu, the back office (durable orders, kitchen delivery, staff admin), the
// configuration, the dialogue engine and voice, assembled here and nowhere else.
// A host adds only its transport (IPC and a window; HTTP and a WebSocket) on top of
// the KioskHost this returns.
//
// Which engine: a `--engine` flag (kiosk serve) must start as named; otherwise the
// admin screen's engine setting, else KIOSK_ENGINE, else hybrid with an API key and
// offline without — and a model engine that cannot start falls back to the offline
// one, so a setting made on the admin screen cannot keep the kiosk from starting.
import type { MenuModel } from "../../shared/menu/model.ts";
import { BackOffice } from "../core/admin/back-office.ts";
import { loadHostMenu } from "../core/admin/menu-admin.ts";
import type { SecretBox } from "../core/admin/secrets.ts";
import { SettingsStore, type Env } from "../core/admin/settings.ts";
import { ConfigError, loadConfig } from "../core/config.ts";
import type { DialogueEngine } from "../core/dialogue/engine.ts";
import { createEngine, engineKindFromEnv, type EngineKind } from "../core/dialogue/factory.ts";
import { MenuError, MenuHolder } from "../core/menu/load.ts";
import { voiceHostDeps, type VoiceSetupOptions } from "../core/voice/setup.ts";
import { KioskHost } from "./kiosk-host.ts";

export interface ComposeOptions {
  /** The menu file to use unless staff imported one on the admin screen. */
  menuFile: string;
  /** Where orders, settings and the PIN state are kept (made 0700). */
  dataDir: string;
  /** The process environment; admin settings are laid over it. */
  baseEnv: Env;
  /** Where this host keeps API keys (Electron: the OS keychain; the web host: nowhere). */
  secretBox: SecretBox;
  /** Named on the command line: wins over settings and environment, and has to start. */
  engine?: EngineKind;
  voice?: Omit<VoiceSetupOptions, "log">;
  /** Staff may close the app from the admin screen (the Electron app; kiosk serve is stopped by its supervisor). */
  quitApp?: () => void;
  /** Settings saved on the admin screen changed the environment (e.g. the store hub link follows it). */
  onEnvChanged?: (env: Env) => void | Promise<void>;
  log: (line: string) => void;
}

export interface ComposedKiosk {
  menu: MenuHolder;
  office: BackOffice;
  host: KioskHost;
  /** The environment the kiosk runs with (settings laid over the process environment). */
  env: Env;
  engine: EngineKind;
  /** Disconnect every screen, then wait up to `waitMs` for kitchen deliveries and close the order store. */
  close(waitMs?: number): Promise<void>;
}

export async function composeKiosk(opts: ComposeOptions): Promise<ComposedKiosk> {
  const { log } = opts;
  const settings = new SettingsStore(opts.dataDir);
  // A menu imported on the admin screen wins over the host's menu file.
  const menu = new MenuHolder(await loadHostMenu(settings, opts.menuFile, log));
  // Sets aside saved settings the configuration below would refuse (the admin screen says why).
  const office = new BackOffice({ dataDir: opts.dataDir, baseEnv: opts.baseEnv, menu, secretBox: opts.secretBox, settings, log, ...(opts.quitApp ? { quitApp: opts.quitApp } : {}), ...(opts.onEnvChanged ? { onEnvChanged: opts.onEnvChanged } : {}) });
  try {
    if (!office.orders) log(`orders are kept ${office.describeOrders()}`);
    // Settings saved on the admin screen take effect at the next start (delivery settings at once).
    const env = office.effectiveEnv();
    const config = loadConfig(env);
    const engine = opts.engine ?? engineKindFromEnv(env);
    // KIOSK_ESPEAK names the offline voice's espeak-ng (else espeak-ng on PATH).
    const voice = await voiceHostDeps(config, { espeakCommand: env.KIOSK_ESPEAK, ...opts.voice, log });
    const host = new KioskHost({
      menu,
      orders: office.sink,
      createEngine: (model) => (opts.engine ? createEngine(engine, model, { env }) : engineOrOffline(engine, model, env, log)),
      // The back office watches each session (latency stats; transcripts only if the store keeps them).
      createSession: (parts) => office.observe(voice.createSession(parts)),
      voice: voice.voice,
      // The customer screen's default mode and idle times, as staff set them (read at each hello).
      screen: () => settings.screen(),
      log,
    });
    try {
      // Built now, so a broken engine fails the start, not the first customer.
      await host.engine(menu.current.model);
    } catch (err) {
      host.close();
      throw err;
    }
    return {
      menu,
      office,
      host,
      env,
      engine,
      close: async (waitMs = 2000) => {
        host.close();
        await office.close(waitMs);
      },
    };
  } catch (err) {
    await office.close(0).catch(() => {});
    throw err;
  }
}

/** The engine named, or the offline one (with a log line) when a model engine cannot start. */
async function engineOrOffline(kind: EngineKind, model: MenuModel, env: Env, log: (line: string) => void): Promise<DialogueEngine> {
  try {
    return await createEngine(kind, model, { env });
  } catch (err) {
    if (kind === "offline") throw err;
    log(`the ${kind} engine could not start (${(err as Error)?.message ?? String(err)}); answering offline`);
    return createEngine("offline", model, { env });
  }
}

/** What a host tells the operator when the kiosk cannot start (one paragraph, no stack). */
export function startFailureMessage(err: unknown): string {
  if (err instanceof MenuError) return `the menu ${err.file} is not usable:\n${err.problems.join("\n")}`;
  if (err instanceof ConfigError) return `the configuration is not usable:\n${err.problems.join("\n")}`;
  return `the kiosk could not start:\n${(err as Error)?.message ?? String(err)}`;
}
