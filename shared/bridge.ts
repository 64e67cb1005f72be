// What the Electron preload exposes to the screen as `window.kiosk`: the whole IPC
// surface, nothing more. Payloads are `unknown` on purpose: main validates every
// command and the renderer validates every event (see contract.ts).
export interface KioskBridge {
  send(command: unknown): void;
  /** Returns a function that stops the listener. */
  onEvent(listener: (event: unknown) => void): () => void;
}
