// `kiosk serve`: the kiosk as a web app on 127.0.0.1 (the same screen and core as the
// Electron app), for a browser in kiosk mode and for end-to-end tests. Prints exactly
// `listening on http://HOST:PORT` on stdout when ready; everything else goes to stderr.
// Runs until SIGINT/SIGTERM. The menu file is watched: an edit reaches every screen,
// and a broken edit keeps the last good menu (SIGHUP reloads too).
import { watch, type FSWatcher } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createEngine, defaultEngineKind } from "../core/dialogue/factory.ts";
import { loadMenuFile, MenuError, MenuHolder } from "../core/menu/load.ts";
import { KioskHost, type SessionFactory, type VoiceAvailability } from "../host/kiosk-host.ts";
import { openOrderSink as defaultOpenOrderSink, type OpenOrderSink } from "../host/order-sink.ts";
import { ensureRendererBuild } from "../host/renderer-build.ts";
import { defaultMounts, type StaticMount } from "../host/static-files.ts";
import { startWebHost, type HttpRoute } from "../host/web-server.ts";
import { oneOf, parseArgs, stringFlag, UsageError } from "./args.ts";
import { loadConfig } from "../core/config.ts";
import { voiceHostDeps } from "../core/voice/setup.ts";
import { BackOffice } from "../core/admin/back-office.ts";
import { adminHttpRoute } from "../core/admin/http-route.ts";
import { loadHostMenu } from "../core/admin/menu-admin.ts";
import { environmentOnlySecretBox } from "../core/admin/secrets.ts";
import { SettingsStore } from "../core/admin/settings.ts";
import { KioskSession } from "../core/session/session.ts";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DEFAULT_MENU = join(PROJECT_ROOT, "assets/menu/demo-cafe.menu.json");
const MENU_RELOAD_DEBOUNCE_MS = 300;

/** What other parts of the kiosk plug into the web host (the durable order store, voice, admin routes). */
export interface ServeDeps {
  openOrderSink?: OpenOrderSink;
  createSession?: SessionFactory;
  voice?: () => VoiceAvailability;
  routes?: HttpRoute[];
  extraMounts?: StaticMount[];
}

const log = (line: string) => console.error(`kiosk serve: ${line}`);

export async function runServe(argv: string[], deps: ServeDeps = {}): Promise<number> {
  const args = parseArgs(argv);
  if (args.positional.length > 0) throw new UsageError(`serve takes no positional arguments (got ${args.positional.join(" ")})`);
  const host = stringFlag(args, "host") ?? "127.0.0.1";
  const port = parsePort(stringFlag(args, "port") ?? "8787");
  const kind = oneOf(args, "engine", ["offline", "llm", "hybrid"] as const) ?? defaultEngineKind(process.env);
  const menuFile = resolve(stringFlag(args, "menu") ?? process.env.KIOSK_MENU ?? DEFAULT_MENU);

  const dataDir = resolve(process.env.KIOSK_DATA_DIR ?? join(PROJECT_ROOT, ".kiosk-data"));
  // Staff settings (admin screen) win over the environment; an imported menu over --menu.
  const settings = new SettingsStore(dataDir);
  const holder = new MenuHolder(deps.openOrderSink ? await loadMenuFile(menuFile) : await loadHostMenu(settings, menuFile, log));
  const rendererDir = await ensureRendererBuild({ root: PROJECT_ROOT, log });
  // The back office (durable orders + kitchen delivery, admin API, sold-out switches)
  // unless the caller brought its own order sink.
  const office = deps.openOrderSink ? undefined : new BackOffice({ dataDir, baseEnv: process.env, menu: holder, secretBox: environmentOnlySecretBox(), settings, log });
  const env = office ? office.effectiveEnv() : process.env;
  const orders = office
    ? { sink: office.sink, description: office.describeOrders(), durable: Boolean(office.orders), close: () => office.close() }
    : await (deps.openOrderSink ?? defaultOpenOrderSink)({ env: process.env, dataDir, menu: holder.current.model });
  if (!orders.durable) log(`orders are kept ${orders.description}`);

  // Voice (speech in and out) unless the caller brought its own sessions.
  const voiceDeps = deps.createSession ? undefined : await voiceHostDeps(loadConfig(env), { log, espeakCommand: env.KIOSK_ESPEAK });
  const baseCreateSession = deps.createSession ?? voiceDeps?.createSession;
  // The back office watches each session (latency stats; transcripts only if the store keeps them).
  const createSession: SessionFactory | undefined = office
    ? (parts) => office.observe(baseCreateSession ? baseCreateSession(parts) : new KioskSession(parts))
    : baseCreateSession;
  const voice = deps.voice ?? voiceDeps?.voice;

  const kiosk = new KioskHost({
    menu: holder,
    orders: orders.sink,
    createEngine: (model) => createEngine(kind, model, { env }),
    ...(createSession ? { createSession } : {}),
    ...(voice ? { voice } : {}),
    log,
  });
  // Build the engine now, so a broken engine fails the start, not the first customer.
  await kiosk.engine(holder.current.model);

  let web;
  try {
    web = await startWebHost({
      host,
      port,
      kiosk,
      mounts: [...defaultMounts({ root: PROJECT_ROOT, rendererDir, menu: holder }), ...(deps.extraMounts ?? [])],
      routes: [...(office ? [adminHttpRoute(office.admin)] : []), ...(deps.routes ?? [])],
      log,
    });
  } catch (err) {
    kiosk.close();
    await orders.close();
    throw err;
  }
  const watcher = watchMenu(holder);
  console.log(`listening on ${web.url}`);

  const reload = () => void reloadMenu(holder);
  process.on("SIGHUP", reload);
  await new Promise<void>((done) => {
    process.once("SIGINT", () => done());
    process.once("SIGTERM", () => done());
  });
  process.off("SIGHUP", reload);
  watcher.close();
  kiosk.close();
  await web.close();
  await orders.close();
  return 0;
}

function parsePort(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535) throw new UsageError(`--port must be a number from 0 to 65535 (0 picks a free port), not "${text}"`);
  return n;
}

async function reloadMenu(holder: MenuHolder): Promise<void> {
  try {
    const loaded = await holder.reload();
    log(`menu reloaded: ${loaded.model.menu.items.length} items`);
  } catch (err) {
    const why = err instanceof MenuError ? err.problems.join("; ") : (err as Error).message;
    log(`menu reload failed, keeping the last good menu: ${why}`);
  }
}

/** Watch the menu's folder (editors and atomic writes replace the file, which a file watch would lose). */
function watchMenu(holder: MenuHolder): { close(): void } {
  const file = holder.current.file;
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dirname(file), (_event, name) => {
      if (name !== basename(file)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void reloadMenu(holder), MENU_RELOAD_DEBOUNCE_MS);
    });
    watcher.on("error", (err) => log(`menu watch stopped: ${err.message}`));
  } catch (err) {
    log(`not watching the menu file for changes: ${(err as Error).message}`);
  }
  return {
    close: () => {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
