// `kiosk hub`: the store hub (electron/hub). Prints exactly `listening on
// http://HOST:PORT` on stdout when ready; everything else goes to stderr. Runs until
// SIGINT/SIGTERM.
import { join, resolve } from "node:path";
import { ConfigError, isLoopbackHost, loadConfig } from "../core/config.ts";
import { defaultDataDir } from "../core/orders/service.ts";
import { createVoiceSetup } from "../core/voice/setup.ts";
import { HubStore } from "../hub/hub-store.ts";
import { HubServer } from "../hub/hub-server.ts";
import { PickupCaller } from "../hub/pickup-caller.ts";
import { ScreenAccess } from "../hub/screen-access.ts";
import { parseArgs, stringFlag, UsageError } from "./args.ts";
import { stopSignal } from "./stop-signal.ts";

const log = (line: string) => console.error(`kiosk hub: ${line}`);

export async function runHub(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.positional.length > 0) throw new UsageError(`hub takes no positional arguments (got ${args.positional.join(" ")})`);
  const host = stringFlag(args, "host") ?? "127.0.0.1";
  const portText = stringFlag(args, "port") ?? "8790";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535 (0 picks a free port), not "${portText}"`);
  const secret = stringFlag(args, "secret") ?? process.env.KIOSK_HUB_SECRET;
  if (!secret) throw new UsageError("the hub needs its pairing secret: --secret S or KIOSK_HUB_SECRET (every kiosk is given the same one)");
  const staffPin = stringFlag(args, "staff-pin") ?? (process.env.KIOSK_HUB_STAFF_PIN || undefined);
  if (staffPin !== undefined && !/^\S{4,64}$/.test(staffPin)) throw new UsageError("the staff PIN (--staff-pin or KIOSK_HUB_STAFF_PIN) must be 4 to 64 characters without spaces");
  // Beyond this machine, anyone on the store's network could otherwise cancel orders or flip sold-out switches.
  if (!staffPin && !isLoopbackHost(host)) throw new UsageError(`listening on ${host} lets other machines open the store screens: give them a staff PIN with --staff-pin P or KIOSK_HUB_STAFF_PIN`);
  const blockText = stringFlag(args, "block-size");
  const blockSize = blockText === undefined ? undefined : Number(blockText);
  const dataDir = resolve(stringFlag(args, "data") ?? join(defaultDataDir(process.env), "hub"));
  const kitchenLang = stringFlag(args, "lang");

  const store = new HubStore({
    dataDir,
    ...(blockSize !== undefined ? { blockSize } : {}),
    ...(process.env.KIOSK_BUSINESS_DAY_START ? { dayStart: process.env.KIOSK_BUSINESS_DAY_START } : {}),
  });
  let tts;
  try {
    // KIOSK_ESPEAK names the offline voice's espeak-ng, as on the kiosk (else espeak-ng on PATH).
    tts = (await createVoiceSetup(loadConfig(process.env), { log, espeakCommand: process.env.KIOSK_ESPEAK })).tts;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    log(`${err.message}: the pickup board shows numbers without calling them`);
  }
  if (!tts) log("no voice for the pickup board (install espeak-ng or set OPENAI_API_KEY): numbers are shown, not called");
  const screenAccess = staffPin ? new ScreenAccess({ pin: staffPin, secret, log }) : undefined;
  const hub = new HubServer({ store, secret, caller: new PickupCaller(tts), ...(kitchenLang ? { kitchenLang } : {}), ...(screenAccess ? { screenAccess } : {}), log });
  let url: string;
  try {
    url = await hub.listen(port, host);
  } catch (err) {
    store.close();
    throw new Error(`cannot listen on ${host}:${port}: ${(err as Error).message}`);
  }
  log(screenAccess ? "store screens ask for the staff PIN once each" : "store screens are open to this machine only (no staff PIN)");
  log(`${store.count()} orders and ${store.kiosks().length} paired kiosks in ${dataDir}; kitchen ${url}/kds, pickup board ${url}/board, staff ${url}/staff`);
  const stop = stopSignal();
  console.log(`listening on ${url}`);
  await stop.received;
  await hub.close();
  store.close();
  return 0;
}
