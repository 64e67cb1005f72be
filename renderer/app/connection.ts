// What the screen needs from a transport (renderer/transport: WebSocket to
// `kiosk serve`, or Electron IPC through the preload). Kept as an interface so the
// screen can be rendered and tested without either.
import type { Command, KioskEvent } from "../../shared/contract.ts";
import type { ConnectionStatus } from "./state/reducer.ts";

export interface KioskConnection {
  send(cmd: Command): void;
  /** Subscribe to validated events; returns an unsubscribe function. */
  onEvent(fn: (ev: KioskEvent) => void): () => void;
  /** Subscribe to connection status changes (called at once with the current one). */
  onStatus(fn: (status: ConnectionStatus) => void): () => void;
}
