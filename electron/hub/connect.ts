// One call for a host (kiosk serve, the Electron main process) to join the store hub
// when KIOSK_HUB_URL and KIOSK_HUB_SECRET are configured; nothing happens otherwise.
import type { BackOffice } from "../core/admin/back-office.ts";
import type { MenuHolder } from "../core/menu/load.ts";
import { HubClient } from "./kiosk-client.ts";

export function connectToHub(
  office: BackOffice,
  menu: MenuHolder,
  env: Record<string, string | undefined>,
  log: (line: string) => void,
): HubClient | undefined {
  const url = env.KIOSK_HUB_URL?.trim();
  const secret = env.KIOSK_HUB_SECRET;
  if (!url) return undefined;
  if (!secret) {
    log("KIOSK_HUB_URL is set but KIOSK_HUB_SECRET is not: not joining the store hub");
    return undefined;
  }
  const orders = office.orders;
  if (!orders) {
    log("not joining the store hub: the order store is not open");
    return undefined;
  }
  const client = new HubClient({
    url,
    secret,
    dataDir: office.settings.dataDir,
    store: orders.store,
    menu,
    menuAdmin: office.menuAdmin,
    undelivered: () => orders.delivery?.pendingCount() ?? 0,
    ...(env.KIOSK_NAME ? { name: env.KIOSK_NAME } : {}),
    log: (line) => log(`hub: ${line}`),
  });
  client.start();
  return client;
}
