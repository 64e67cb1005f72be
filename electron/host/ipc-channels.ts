// IPC channel names shared by electron/main.ts and electron/preload.ts. Kept in a
// file of their own so the preload bundle stays tiny (no zod, no core).
export const IPC_COMMAND_CHANNEL = "kiosk:command";
export const IPC_EVENT_CHANNEL = "kiosk:event";
/** Staff admin: one admin command in, one AdminReply out (ipcRenderer.invoke). */
export const IPC_ADMIN_CHANNEL = "kiosk:admin";
/** Staff admin: print an order's kitchen ticket (ipcRenderer.invoke), answers PrintTicketResult. */
export const IPC_ADMIN_PRINT_CHANNEL = "kiosk:admin-print";

/** The custom protocol the Electron window loads the built screen from: app://kiosk/ */
export const APP_SCHEME = "app";
export const APP_HOST = "kiosk";
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
