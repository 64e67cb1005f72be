// IPC channel names shared by electron/main.ts and electron/preload.ts. Kept in a
// file of their own so the preload bundle stays tiny (no zod, no core).
export const IPC_COMMAND_CHANNEL = "kiosk:command";
export const IPC_EVENT_CHANNEL = "kiosk:event";

/** The custom protocol the Electron window loads the built screen from: app://kiosk/ */
export const APP_SCHEME = "app";
export const APP_HOST = "kiosk";
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
