// `kiosk serve`: the kiosk as a web app on 127.0.0.1 (the same screen and core as the
// Electron app), for a browser in kiosk mode and for end-to-end tests. Prints exactly
// `listening on http://HOST:PORT` on stdout when ready; everything else goes to stderr.
// Runs until SIGINT/SIGTERM. The menu file is watched: an edit reaches every screen,
// and a broken edit keeps the last good menu (SIGHUP reloads too).
import { randomBytes } from "node:crypto";
import { readFileSync, watch, type FSWatcher } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MenuError, type MenuHolder } from "../core/menu/load.ts";
import { composeKiosk } from "../host/compose.ts";
import { connectToHub, type HubConnection } from "../hub/connect.ts";
import { ensureRendererBuild } from "../host/renderer-build.ts";
import { defaultMounts } from "../host/static-files.ts";
import { startWebHost } from "../host/web-server.ts";
import { oneOf, parseArgs, stringFlag, UsageError } from "./args.ts";
import { stopSignal } from "./stop-signal.ts";
import { adminHttpRoute } from "../core/admin/http-route.ts";
import { isLoopbackHost } from "../core/config.ts";
import { environmentOnlySecretBox } from "../core/admin/secrets.ts";

export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DEFAULT_MENU = join(PROJECT_ROOT, "assets/menu/demo-cafe.menu.json");
const MENU_RELOAD_DEBOUNCE_MS = 300;

const log = (line: string) => console.error(`kiosk serve: ${line}`);

export async function runServe(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.positional.length > 0) throw new UsageError(`serve takes no positional arguments (got ${args.positional.join(" ")})`);
  const host = stringFlag(args, "host") ?? "127.0.0.1";
  const port = parsePort(stringFlag(args, "port") ?? "8787");
  const engine = oneOf(args, "engine", ["offline", "llm", "hybrid"] as const);
  const menuFile = resolve(stringFlag(args, "menu") ?? process.env.KIOSK_MENU ?? DEFAULT_MENU);
  const dataDir = resolve(process.env.KIOSK_DATA_DIR ?? join(PROJECT_ROOT, ".kiosk-data"));
  const tls = readTls(stringFlag(args, "tls-cert"), stringFlag(args, "tls-key"));
  // Beyond this machine, a client that is not a browser (sends no Origin) must bring this token.
  const pairingToken = isLoopbackHost(host) ? undefined : (process.env.KIOSK_PAIRING_TOKEN?.trim() || randomBytes(18).toString("base64url"));
  // The same kiosk as the Electron app (host/compose.ts); this host keeps no keys.
  // The store hub link (KIOSK_HUB_URL) follows hub settings saved on the admin screen.
  const hubRef: { current?: HubConnection } = {};
  const kiosk = await composeKiosk({
    menuFile,
    dataDir,
    baseEnv: process.env,
    secretBox: environmentOnlySecretBox(),
    ...(engine ? { engine } : {}),
    onEnvChanged: (next) => hubRef.current?.reconfigure(next),
    log,
  });
  let web;
  try {
    const rendererDir = await ensureRendererBuild({ root: PROJECT_ROOT, log });
    web = await startWebHost({
      host,
      port,
      kiosk: kiosk.host,
      mounts: defaultMounts({ root: PROJECT_ROOT, rendererDir, menu: kiosk.menu }),
      routes: [adminHttpRoute(kiosk.office.admin)],
      ...(pairingToken ? { pairingToken } : {}),
      ...(tls ? { tls } : {}),
      log,
    });
  } catch (err) {
    await kiosk.close();
    throw err;
  }
  const watcher = watchMenu(kiosk.menu);
  const hub = connectToHub(kiosk.office, kiosk.menu, kiosk.env, log);
  hubRef.current = hub;
  if (pairingToken && !process.env.KIOSK_PAIRING_TOKEN) log(`listening beyond this machine: non-browser clients need the pairing token ${pairingToken} (header x-kiosk-pairing or ?token=; set KIOSK_PAIRING_TOKEN to choose it)`);
  if (!isLoopbackHost(host)) log(tls ? "the admin screen is reachable over TLS" : "the admin screen works only on this machine (serve with --tls-cert/--tls-key to reach it from others)");
  const reload = () => void reloadMenu(kiosk.menu);
  process.on("SIGHUP", reload);
  const stop = stopSignal();
  console.log(`listening on ${web.url}`);
  await stop.received;
  process.off("SIGHUP", reload);
  // Closing must not hang a supervisor's stop: past 10 s, say so and leave anyway.
  const watchdog = setTimeout(() => {
    log("could not close cleanly within 10 s: exiting anyway");
    process.exit(1);
  }, 10_000);
  watchdog.unref();
  watcher.close();
  hub.close();
  await web.close();
  await kiosk.close();
  clearTimeout(watchdog);
  return 0;
}

function readTls(certFile: string | undefined, keyFile: string | undefined): { cert: string; key: string } | undefined {
  if (!certFile && !keyFile) return undefined;
  if (!certFile || !keyFile) throw new UsageError("--tls-cert and --tls-key go together (PEM files)");
  const read = (file: string, flag: string) => {
    try {
      return readFileSync(file, "utf8");
    } catch (err) {
      throw new UsageError(`${flag} ${file}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message}`);
    }
  };
  return { cert: read(certFile, "--tls-cert"), key: read(keyFile, "--tls-key") };
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
