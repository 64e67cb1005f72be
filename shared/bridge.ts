// What the Electron preload exposes to the screen as `window.kiosk`: the whole IPC
// surface, nothing more. Payloads are `unknown` on purpose: main validates every
// command and the renderer validates every event and admin reply (see contract.ts,
// admin-contract.ts).
export interface KioskBridge {
  send(command: unknown): void;
  /** Returns a function that stops the listener. */
  onEvent(listener: (event: unknown) => void): () => void;
  /**
   * Staff admin: one admin command (admin-contract.ts) in, its AdminReply out, to be
   * validated by the caller. Only the Electron preload has it (the web host uses HTTP).
   */
  admin?(cmd: unknown): Promise<unknown>;
  /** Staff admin: print an order's kitchen ticket; rejects with a message staff can read. Electron only. */
  printTicket?(orderId: string): Promise<void>;
}

/** The Electron preload's bridge: customer and admin surface alike. */
export type ElectronKioskBridge = Required<KioskBridge>;

/** What main answers on the print channel; the preload turns a failure into a rejection. */
export type PrintTicketResult = { ok: true } | { ok: false; message: string };
