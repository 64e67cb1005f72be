// The Electron preload: the only bridge between the screen and Node. It exposes
// exactly `window.kiosk = { send, onEvent }` and nothing of Electron itself. It does
// not validate (main validates every command and its sender; the screen validates
// every event), so it stays small and has nothing worth attacking.
import { contextBridge, ipcRenderer } from "electron";
import type { KioskBridge } from "../shared/bridge.ts";
import { IPC_COMMAND_CHANNEL, IPC_EVENT_CHANNEL } from "./host/ipc-channels.ts";

const listeners = new Set<(event: unknown) => void>();
ipcRenderer.on(IPC_EVENT_CHANNEL, (_ipcEvent, event: unknown) => {
  for (const fn of [...listeners]) fn(event);
});

const bridge: KioskBridge = {
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
};

contextBridge.exposeInMainWorld("kiosk", bridge);
