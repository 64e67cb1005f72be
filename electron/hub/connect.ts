// One call for a host (kiosk serve, the Electron main process) to join the store hub
// when KIOSK_HUB_URL and KIOSK_HUB_SECRET are configured (environment or admin
// settings). reconfigure() follows the admin screen: a new hub URL or secret starts a
// new client at once, none stops it.
import type { BackOffice } from "../core/admin/back-office.ts";
import type { MenuHolder } from "../core/menu/load.ts";
import { existsSync, readFileSync } from "node:fs";
import { menuFileFromSettings } from "../core/admin/menu-admin.ts";
import { HubClient } from "./kiosk-client.ts";

type Env = Record<string, string | undefined>;

export interface HubConnection {
  readonly client: HubClient | undefined;
  reconfigure(env: Env): void;
  close(): void;
}

export function connectToHub(office: BackOffice, menu: MenuHolder, env: Env, log: (line: string) => void): HubConnection {
  let client: HubClient | undefined;
  let current = "";
  const stopNotes = office.admin.addWarningSource(() => client?.staffNote());
  const apply = (next: Env) => {
    const url = next.KIOSK_HUB_URL?.trim() ?? "";
    const secret = next.KIOSK_HUB_SECRET ?? "";
    const key = `${url}\u0000${secret}\u0000${next.KIOSK_NAME ?? ""}`;
    if (key === current) return;
    current = key;
    client?.close();
    client = undefined;
    if (!url) return;
    if (!secret) return log("KIOSK_HUB_URL is set but KIOSK_HUB_SECRET is not: not joining the store hub");
    const orders = office.orders;
    if (!orders) return log("not joining the store hub: the order store is not open");
    client = new HubClient({
      url,
      secret,
      dataDir: office.settings.dataDir,
      store: orders.store,
      menu,
      menuAdmin: office.menuAdmin,
      undelivered: () => orders.delivery?.pendingCount() ?? 0,
      onOnline: () => orders.delivery?.retryNow(),
      importedMenu: () => importedMenuText(office),
      ...(next.KIOSK_NAME ? { name: next.KIOSK_NAME } : {}),
      log: (line) => log(`hub: ${line}`),
    });
    client.start();
  };
  apply(env);
  return {
    get client() {
      return client;
    },
    reconfigure: apply,
    close: () => {
      stopNotes();
      client?.close();
      client = undefined;
      current = "";
    },
  };
}

/** The menu file staff imported on this kiosk's admin screen (kept in its data folder), if any. */
function importedMenuText(office: BackOffice): string | undefined {
  const imported = menuFileFromSettings(office.settings);
  if (!imported || !existsSync(imported.file)) return undefined;
  try {
    return readFileSync(imported.file, "utf8");
  } catch {
    return undefined;
  }
}
