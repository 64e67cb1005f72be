// The screen's side of the contract: send commands, receive events, whichever way the
// Node side is reached. Inside the Electron app the preload exposes `window.kiosk`
// (IPC); in a browser (`kiosk serve`) this opens a WebSocket to the page's own origin
// at /ws and reconnects when it drops. Every event is validated on arrival; an event
// that does not match the contract is dropped and reported, never passed on.
import type { KioskBridge } from "../../shared/bridge.ts";
import type { Command, KioskEvent } from "../../shared/contract.ts";
import { parseCommand, parseEvent } from "../../shared/contract.ts";

/** "closed": not connected (lost, or close() was called); a retry moves it back to "connecting". */
export type TransportStatus = "connecting" | "open" | "closed";

export interface KioskTransport {
  readonly kind: "ipc" | "websocket";
  /** Send a command; false when it was not sent (invalid, or the connection is down). */
  send(cmd: Command): boolean;
  /** Subscribe to validated events; returns an unsubscribe function. */
  onEvent(fn: (event: KioskEvent) => void): () => void;
  /** Subscribe to status changes; called at once with the current status. */
  onStatus(fn: (status: TransportStatus) => void): () => void;
  status(): TransportStatus;
  /** Stop for good (no reconnect). */
  close(): void;
}

/** The parts of a browser WebSocket this module uses (so a Node WebSocket can stand in, in tests). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export interface ConnectOptions {
  /** The preload bridge; default `window.kiosk` when it exists. Pass null to force the WebSocket. */
  bridge?: KioskBridge | null;
  /** Default: ws(s)://<page host>/ws */
  url?: string;
  openSocket?: (url: string) => SocketLike;
  /** Waits between reconnect attempts; the last one repeats. */
  reconnectDelaysMs?: readonly number[];
  /** Where contract violations are reported (default console.error). */
  onProblem?: (message: string) => void;
}

const DEFAULT_RECONNECT_DELAYS_MS = [250, 500, 1000, 2000, 4000, 5000];
/** Commands sent before the first connection (the screen says hello at once) wait here. */
const MAX_QUEUED_COMMANDS = 64;
const WS_OPEN = 1;

declare global {
  interface Window {
    kiosk?: KioskBridge;
  }
}

export function connectKiosk(opts: ConnectOptions = {}): KioskTransport {
  const report = opts.onProblem ?? ((m: string) => console.error(`kiosk transport: ${m}`));
  const bridge = opts.bridge === undefined ? (typeof window !== "undefined" ? window.kiosk : undefined) : opts.bridge;
  return bridge ? bridgeTransport(bridge, report) : socketTransport(opts, report);
}

/** Listener sets shared by both transports: validation on the way in and out. */
function channel(report: (m: string) => void) {
  const eventListeners = new Set<(e: KioskEvent) => void>();
  const statusListeners = new Set<(s: TransportStatus) => void>();
  let status: TransportStatus = "connecting";
  return {
    deliver(raw: unknown): void {
      const parsed = parseEvent(raw);
      if (!parsed.ok) {
        report(`dropped an event that breaks the contract (${parsed.message})`);
        return;
      }
      for (const fn of [...eventListeners]) {
        try {
          fn(parsed.value);
        } catch (err) {
          report(`an event listener failed: ${(err as Error).message}`);
        }
      }
    },
    check(cmd: Command): Command | undefined {
      const parsed = parseCommand(cmd);
      if (parsed.ok) return parsed.value;
      report(`refused to send an invalid command (${parsed.message})`);
      return undefined;
    },
    setStatus(next: TransportStatus): void {
      if (next === status) return;
      status = next;
      for (const fn of [...statusListeners]) fn(next);
    },
    status: () => status,
    onEvent(fn: (e: KioskEvent) => void): () => void {
      eventListeners.add(fn);
      return () => eventListeners.delete(fn);
    },
    onStatus(fn: (s: TransportStatus) => void): () => void {
      statusListeners.add(fn);
      fn(status);
      return () => statusListeners.delete(fn);
    },
  };
}

function bridgeTransport(bridge: KioskBridge, report: (m: string) => void): KioskTransport {
  const ch = channel(report);
  const stop = bridge.onEvent((raw) => ch.deliver(raw));
  ch.setStatus("open");
  let closed = false;
  return {
    kind: "ipc",
    send(cmd) {
      const ok = !closed && ch.check(cmd);
      if (!ok) return false;
      bridge.send(ok);
      return true;
    },
    onEvent: ch.onEvent,
    onStatus: ch.onStatus,
    status: ch.status,
    close() {
      closed = true;
      stop();
      ch.setStatus("closed");
    },
  };
}

function defaultSocketUrl(): string {
  if (typeof location === "undefined") throw new Error("connectKiosk needs a url outside a browser page");
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`;
}

function socketTransport(opts: ConnectOptions, report: (m: string) => void): KioskTransport {
  const ch = channel(report);
  const url = opts.url ?? defaultSocketUrl();
  const open = opts.openSocket ?? ((u: string) => new WebSocket(u) as unknown as SocketLike);
  const delays = opts.reconnectDelaysMs?.length ? opts.reconnectDelaysMs : DEFAULT_RECONNECT_DELAYS_MS;
  let socket: SocketLike | undefined;
  let everOpened = false;
  let attempt = 0;
  let stopped = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const queue: string[] = [];
  /** The last hello: said again after a reconnect, so the screen gets menu and cart from the new session. */
  let lastHello: string | undefined;

  const connect = () => {
    if (stopped) return;
    ch.setStatus("connecting");
    let s: SocketLike;
    try {
      s = open(url);
    } catch (err) {
      report(`cannot open ${url}: ${(err as Error).message}`);
      scheduleRetry();
      return;
    }
    socket = s;
    s.onopen = () => {
      if (socket !== s) return;
      attempt = 0;
      const first = !everOpened;
      everOpened = true;
      ch.setStatus("open");
      if (first) {
        for (const text of queue.splice(0)) s.send(text);
      } else if (lastHello) {
        s.send(lastHello);
      }
    };
    s.onmessage = (ev) => {
      if (socket !== s) return;
      if (typeof ev.data !== "string") {
        report("dropped a binary frame");
        return;
      }
      let raw: unknown;
      try {
        raw = JSON.parse(ev.data);
      } catch {
        report("dropped a frame that is not JSON");
        return;
      }
      ch.deliver(raw);
    };
    s.onerror = () => {
      // The close event follows and schedules the retry.
    };
    s.onclose = () => {
      if (socket !== s) return;
      socket = undefined;
      if (stopped) return;
      ch.setStatus("closed");
      scheduleRetry();
    };
  };

  const scheduleRetry = () => {
    if (stopped) return;
    const wait = delays[Math.min(attempt, delays.length - 1)] ?? 1000;
    attempt++;
    retryTimer = setTimeout(connect, wait);
  };

  connect();

  return {
    kind: "websocket",
    send(cmd) {
      const ok = !stopped && ch.check(cmd);
      if (!ok) return false;
      const text = JSON.stringify(ok);
      if (ok.type === "hello") lastHello = text;
      if (socket && socket.readyState === WS_OPEN) {
        socket.send(text);
        return true;
      }
      // Before the first connection, commands wait; after a drop they are not replayed into
      // a new session (where they would mean something else), except the hello above.
      if (!everOpened && queue.length < MAX_QUEUED_COMMANDS) {
        queue.push(text);
        return true;
      }
      return ok.type === "hello";
    },
    onEvent: ch.onEvent,
    onStatus: ch.onStatus,
    status: ch.status,
    close() {
      stopped = true;
      clearTimeout(retryTimer);
      const s = socket;
      socket = undefined;
      s?.close(1000, "closed by the screen");
      ch.setStatus("closed");
    },
  };
}
