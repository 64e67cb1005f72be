// The Electron preload: the only bridge between the screen and Node. It exposes
// exactly `window.kiosk = { send, onEvent, admin, printTicket }` and nothing of
// Electron itself. It checks only the shapes of what it forwards (main validates
// every command and its sender; the screen validates every event and admin reply),
// so it stays small and has nothing worth attacking.
import { contextBridge, ipcRenderer } from "electron";
import type { ElectronKioskBridge, PrintTicketResult } from "../shared/bridge.ts";
import { IPC_ADMIN_CHANNEL, IPC_ADMIN_PRINT_CHANNEL, IPC_COMMAND_CHANNEL, IPC_EVENT_CHANNEL } from "./host/ipc-channels.ts";

const listeners = new Set<(event: unknown) => void>();
ipcRenderer.on(IPC_EVENT_CHANNEL, (_ipcEvent, event: unknown) => {
  for (const fn of [...listeners]) fn(event);
});

const bridge: ElectronKioskBridge = {
  send(command: unknown): void {
    ipcRenderer.send(IPC_COMMAND_CHANNEL, command);
  },
  onEvent(listener: (event: unknown) => void): () => void {
    if (typeof listener !== "function") return () => {};
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  async admin(cmd: unknown): Promise<unknown> {
    // An admin command is an object with a type (or its JSON text); main checks the rest.
    const shaped = typeof cmd === "string" || (typeof cmd === "object" && cmd !== null && !Array.isArray(cmd) && typeof (cmd as { type?: unknown }).type === "string");
    if (!shaped) throw new TypeError("kiosk.admin(cmd) takes an admin command object with a type");
    return ipcRenderer.invoke(IPC_ADMIN_CHANNEL, cmd);
  },
  async printTicket(orderId: string): Promise<void> {
    if (typeof orderId !== "string" || orderId.length === 0 || orderId.length > 64) {
      throw new TypeError("kiosk.printTicket(orderId) takes an order id (a string of 1 to 64 characters)");
    }
    const result = (await ipcRenderer.invoke(IPC_ADMIN_PRINT_CHANNEL, orderId)) as PrintTicketResult | undefined;
    if (!result || result.ok !== true) throw new Error(result && typeof result.message === "string" ? result.message : "the ticket was not printed");
  },
};

contextBridge.exposeInMainWorld("kiosk", bridge);
