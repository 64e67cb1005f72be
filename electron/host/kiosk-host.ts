// The server side of the kiosk screen, whichever transport carries it (Electron IPC
// or the web host's WebSocket). A transport calls connect() once per screen and
// feeds it whatever arrived, raw; the host validates every command (a malformed one
// is answered with an `error` event and changes nothing), runs one KioskSession per
// screen, forwards the session's events, and pushes menu reloads to every screen.
import type { Command, KioskEvent, ScreenSettings } from "../../shared/contract.ts";
import { parseCommand } from "../../shared/contract.ts";
import type { MenuModel } from "../../shared/menu/model.ts";
import type { DialogueEngine } from "../core/dialogue/engine.ts";
import type { LoadedMenu, MenuHolder } from "../core/menu/load.ts";
import type { OrderSink } from "../core/session/orders.ts";
import { KioskSession } from "../core/session/session.ts";

/**
 * The largest command accepted, in bytes of JSON. The biggest legitimate command is
 * `audio` (a speech segment, base64 WAV up to 8,000,000 characters in the contract).
 */
export const MAX_COMMAND_BYTES = 8_500_000;

/** Where the asset routes serve the menu's images; the same path on every transport. */
export const MENU_ASSET_BASE = "/menu-assets/";

export interface VoiceAvailability {
  input: boolean;
  output: boolean;
  /** Why voice is off, for staff (shown on the admin screen, not to customers). */
  reason?: string;
}

export interface SessionParts {
  menu: MenuModel;
  engine: DialogueEngine;
  orders: OrderSink;
  /** Staff-facing log lines from the session (e.g. an order store failure). */
  log?: (line: string) => void;
}

/** Builds a customer's session; with voice, one with the voice stage attached (core/voice). */
export type SessionFactory = (parts: SessionParts) => KioskSession;
/** Builds the dialogue engine for a menu (engines keep no per-customer state). */
export type EngineFactory = (menu: MenuModel) => Promise<DialogueEngine>;

export interface KioskHostOptions {
  menu: MenuHolder;
  orders: OrderSink;
  createEngine: EngineFactory;
  createSession?: SessionFactory;
  voice?: () => VoiceAvailability;
  /** The staff's settings for the customer screen (default mode, idle times), read at every menu event. */
  screen?: () => ScreenSettings;
  assetBase?: string;
  maxCommandBytes?: number;
  /** Operational log lines (stderr in `kiosk serve`). */
  log?: (line: string) => void;
}

export type EventSink = (event: KioskEvent) => void;

export interface HostConnection {
  /** Validate and handle what arrived (a JSON string or an already-decoded value). Resolves when handled. */
  receive(raw: unknown): Promise<void>;
  /** The screen went away: abort its turn, drop its session. */
  close(): void;
  /** The connection's session once it exists (for hosts that need it, e.g. a status page). */
  session(): Promise<KioskSession>;
}

const NO_VOICE: VoiceAvailability = { input: false, output: false, reason: "voice is not set up" };

export class KioskHost {
  private readonly connections = new Set<Connection>();
  private engineFor: { model: MenuModel; engine: Promise<DialogueEngine> } | undefined;
  private readonly stopWatchingMenu: () => void;
  readonly maxCommandBytes: number;
  readonly assetBase: string;

  constructor(readonly opts: KioskHostOptions) {
    this.maxCommandBytes = opts.maxCommandBytes ?? MAX_COMMAND_BYTES;
    this.assetBase = opts.assetBase ?? MENU_ASSET_BASE;
    this.stopWatchingMenu = opts.menu.onChange((loaded) => this.menuChanged(loaded));
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  connect(send: EventSink): HostConnection {
    const conn = new Connection(this, send);
    this.connections.add(conn);
    return {
      receive: (raw) => conn.receive(raw),
      close: () => {
        conn.close();
        this.connections.delete(conn);
      },
      session: () => conn.ready,
    };
  }

  /** Disconnect every screen and stop following menu reloads. */
  close(): void {
    this.stopWatchingMenu();
    for (const c of this.connections) c.close();
    this.connections.clear();
  }

  menuEvent(): KioskEvent {
    const voice = this.opts.voice?.() ?? NO_VOICE;
    const screen = this.opts.screen?.();
    return { type: "menu", menu: this.opts.menu.current.model.menu, assetBase: this.assetBase, voice, ...(screen ? { screen } : {}) };
  }

  /** One engine per menu, shared by every session (engines keep conversation state in the session). */
  engine(model: MenuModel): Promise<DialogueEngine> {
    if (this.engineFor?.model !== model) {
      const engine = this.opts.createEngine(model);
      this.engineFor = { model, engine };
      // A failed build must not stay cached: the next session (or reload) tries again.
      engine.catch(() => {
        if (this.engineFor?.engine === engine) this.engineFor = undefined;
      });
    }
    return this.engineFor.engine;
  }

  log(line: string): void {
    this.opts.log?.(line);
  }

  private menuChanged(loaded: LoadedMenu): void {
    for (const c of this.connections) void c.menuChanged(loaded.model);
  }
}

class Connection {
  readonly ready: Promise<KioskSession>;
  private closed = false;
  private settled = false;
  private session: KioskSession | undefined;
  private startError: unknown;
  private greeted = false;
  private stopListening: (() => void) | undefined;

  constructor(
    private readonly host: KioskHost,
    private readonly sendRaw: EventSink,
  ) {
    this.ready = this.start();
    // A failure is reported to the screen when it next sends a command.
    this.ready.then(
      (session) => {
        this.session = session;
        this.settled = true;
      },
      (err: unknown) => {
        this.startError = err;
        this.settled = true;
      },
    );
  }

  private async start(): Promise<KioskSession> {
    const model = this.host.opts.menu.current.model;
    const engine = await this.host.engine(model);
    const parts: SessionParts = { menu: model, engine, orders: this.host.opts.orders, log: (line) => this.host.log(line) };
    const session = this.host.opts.createSession ? this.host.opts.createSession(parts) : new KioskSession(parts);
    this.stopListening = session.on((event) => this.send(event));
    if (this.closed) this.stopListening();
    return session;
  }

  private send(event: KioskEvent): void {
    if (!this.closed) this.sendRaw(event);
  }

  private refuse(code: string, message: string): void {
    this.send({ type: "error", code, message });
  }

  async receive(raw: unknown): Promise<void> {
    // While the session is being built, valid commands wait for it; refusals wait too,
    // so the screen gets answers in the order it sent its commands.
    if (!this.settled) await this.ready.catch(() => {});
    if (this.closed) return;
    const size = sizeOf(raw);
    if (size === undefined) return this.refuse("bad-command", "the command is not JSON-serialisable");
    if (size > this.host.maxCommandBytes) {
      return this.refuse("too-large", `the command is ${size} bytes; the limit is ${this.host.maxCommandBytes}`);
    }
    const parsed = parseCommand(raw);
    if (!parsed.ok) return this.refuse("bad-command", parsed.message);
    await this.dispatch(parsed.value);
  }

  private async dispatch(cmd: Command): Promise<void> {
    // No await before session.handle(): commands reach the session in arrival order.
    const session = this.session;
    if (!session) {
      const err = this.startError;
      this.host.log(`kiosk session could not start: ${(err as Error)?.message ?? String(err)}`);
      this.send({ type: "state", state: "unavailable" });
      this.send({ type: "notice", level: "error", code: "unavailable", message: "The kiosk is not available right now. Please order at the counter." });
      return;
    }
    if (this.closed) return;
    if (cmd.type === "hello") {
      this.greeted = true;
      this.send(this.host.menuEvent());
    }
    try {
      await session.handle(cmd);
    } catch (err) {
      // A failed turn must not leave the screen "thinking": end it and tell the customer.
      this.host.log(`command ${cmd.type} failed: ${(err as Error).stack ?? String(err)}`);
      session.cancelTurn();
      const ko = session.lang === "ko";
      this.send({
        type: "notice",
        level: "error",
        code: "internal",
        message: ko ? "문제가 생겼어요. 다시 한 번 말씀해 주세요." : "Something went wrong. Please try again.",
      });
    }
  }

  /** A reloaded menu (new prices, sold-out items): the screen gets it first, then the re-checked cart. */
  async menuChanged(model: MenuModel): Promise<void> {
    let session: KioskSession;
    try {
      session = await this.ready;
    } catch {
      return;
    }
    if (this.closed) return;
    if (this.greeted) this.send(this.host.menuEvent());
    const { unavailable } = session.replaceMenu(model);
    if (unavailable > 0) this.host.log(`the new menu no longer offers ${unavailable} cart line(s); they stay flagged for the customer`);
    try {
      const engine = await this.host.engine(model);
      if (session.menu === model) session.engine = engine;
    } catch (err) {
      this.host.log(`dialogue engine for the reloaded menu failed; keeping the previous one: ${(err as Error).message}`);
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.stopListening?.();
    // Abort whatever the session is doing (an LLM call, speech synthesis) for a screen that left.
    this.ready.then((s) => s.cancelTurn()).catch(() => {});
  }
}

/** Bytes of JSON a command occupies, or undefined when it cannot be JSON at all. */
function sizeOf(raw: unknown): number | undefined {
  if (typeof raw === "string") return Buffer.byteLength(raw, "utf8");
  try {
    const text = JSON.stringify(raw);
    return text === undefined ? 0 : Buffer.byteLength(text, "utf8");
  } catch {
    return undefined;
  }
}
