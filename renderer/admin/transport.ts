// How the admin screen reaches the Node side. Separate from the customer transport:
// a request/reply channel for the admin contract (shared/admin-contract.ts). Every
// reply is validated on arrival; a reply that breaks the contract becomes an error.
import { parseAdminReply, type AdminReply, type AdminRequest } from "../../shared/admin-contract.ts";

export interface AdminTransport {
  /** Send one command, get its one reply (never rejects: failures are `error` replies). */
  request(cmd: AdminRequest): Promise<AdminReply>;
  /** Print an order's kitchen ticket, when the host can (Electron: silently, to the receipt printer). */
  printTicket?(orderId: string): Promise<void>;
  /** A URL the ticket can be loaded from for the browser's print dialog (web host). */
  ticketUrl?(orderId: string): string;
}

/** What the Electron preload would add next to send/onEvent: `window.kiosk.admin(cmd)` (ipcRenderer.invoke). */
export interface AdminBridge {
  admin(cmd: unknown): Promise<unknown>;
  printTicket?(orderId: string): Promise<unknown>;
}

function validated(raw: unknown): AdminReply {
  const r = parseAdminReply(raw);
  return r.ok ? r.value : { type: "error", code: "bad-reply", message: `the kiosk answered something unexpected (${r.message})` };
}

export function bridgeAdminTransport(bridge: AdminBridge): AdminTransport {
  return {
    async request(cmd) {
      try {
        return validated(await bridge.admin(cmd));
      } catch (err) {
        return { type: "error", code: "transport", message: (err as Error).message };
      }
    },
    ...(bridge.printTicket
      ? {
          async printTicket(id: string) {
            await bridge.printTicket!(id);
          },
        }
      : {}),
  };
}

export const ADMIN_API_PATH = "/admin/api";
export const ADMIN_SESSION_HEADER = "x-kiosk-admin-session";

/** The web host's admin API (POST /admin/api), keeping this screen's session id. */
export function httpAdminTransport(base = "", fetchFn: typeof fetch = (...a) => fetch(...a)): AdminTransport {
  let session = "";
  return {
    async request(cmd) {
      try {
        const res = await fetchFn(`${base}${ADMIN_API_PATH}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(session ? { [ADMIN_SESSION_HEADER]: session } : {}) },
          body: JSON.stringify(cmd),
        });
        session = res.headers.get(ADMIN_SESSION_HEADER) ?? session;
        return validated(await res.json());
      } catch (err) {
        return { type: "error", code: "transport", message: `cannot reach the kiosk (${(err as Error).message})` };
      }
    },
    ticketUrl: (id) => `${base}/admin/ticket/${encodeURIComponent(id)}?session=${encodeURIComponent(session)}`,
  };
}

/** The right transport for where the screen runs: Electron's bridge if it has admin, else the web host. */
export function adminTransport(): AdminTransport {
  const bridge = (globalThis as { kiosk?: Partial<AdminBridge> }).kiosk;
  if (bridge && typeof bridge.admin === "function") return bridgeAdminTransport(bridge as AdminBridge);
  return httpAdminTransport();
}
