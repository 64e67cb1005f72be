// The staff admin over Electron IPC, without Electron (electron/main.ts wires it):
// "kiosk:admin" carries one admin command (shared/admin-contract.ts) and answers one
// AdminReply; "kiosk:admin-print" prints an order's kitchen ticket. Both accept only
// the kiosk window's own main frame on the app origin, the same check as customer
// commands. Each page load of the window is its own admin session, starting locked;
// printing goes through that session, so it needs the PIN like everything else.
import type { AdminReply } from "../../shared/admin-contract.ts";
import type { PrintTicketResult } from "../../shared/bridge.ts";
import { adminSessions } from "../core/admin/back-office.ts";
import type { AdminService } from "../core/admin/service.ts";
import { checkIpcSender, jsonBytes, type IpcSender } from "./shell-policy.ts";

/** A picture or spreadsheet upload (the contract allows 10 M base64 characters per file) plus its JSON wrapping. */
export const MAX_ADMIN_COMMAND_BYTES = 14_000_000;
/** A printer that has not taken the ticket by then is not going to. */
export const PRINT_TIMEOUT_MS = 60_000;

export type { PrintTicketResult };

/**
 * Prints one ticket page (HTML). Rejects with an Error whose message staff can read;
 * gives up and cleans up when the signal aborts.
 */
export type TicketPrinter = (html: string, signal: AbortSignal) => Promise<void>;

export interface AdminIpcOptions {
  admin: AdminService;
  /** Undefined when this host cannot print: printTicket then says so. */
  printer?: TicketPrinter;
  printTimeoutMs?: number;
  maxCommandBytes?: number;
  log?: (line: string) => void;
}

export class AdminIpc {
  private readonly sessions;
  private readonly log: (line: string) => void;
  /** Prints run one after another: a double tap queues a second copy instead of racing for the printer. */
  private printing: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: AdminIpcOptions) {
    this.sessions = adminSessions(opts.admin);
    this.log = opts.log ?? (() => {});
  }

  /** One admin command from `connection` (the sending webContents). Never throws. */
  async command(sender: IpcSender, connection: number, payload: unknown): Promise<AdminReply> {
    const who = checkIpcSender(sender);
    if (!who.ok) {
      this.log(`refused an admin request: ${who.reason}`);
      return { type: "error", code: "forbidden", message: "admin requests are accepted only from the kiosk screen" };
    }
    const max = this.opts.maxCommandBytes ?? MAX_ADMIN_COMMAND_BYTES;
    const size = jsonBytes(payload);
    if (size === undefined) return { type: "error", code: "bad-command", message: "the command is not JSON-serialisable" };
    if (size > max) return { type: "error", code: "too-large", message: `the command is ${size} bytes; the limit is ${max}` };
    // The session validates against shared/admin-contract.ts and checks the PIN lock.
    return this.sessions.handle(connection, payload);
  }

  /** Print an order's kitchen ticket, for an unlocked admin session. Never throws. */
  async printTicket(sender: IpcSender, connection: number, orderId: unknown): Promise<PrintTicketResult> {
    const who = checkIpcSender(sender);
    if (!who.ok) {
      this.log(`refused a print request: ${who.reason}`);
      return { ok: false, message: "printing is accepted only from the kiosk screen" };
    }
    if (typeof orderId !== "string" || orderId.length === 0 || orderId.length > 64) {
      return { ok: false, message: "printTicket needs an order id (a string of 1 to 64 characters)" };
    }
    const printer = this.opts.printer;
    if (!printer) return { ok: false, message: "this kiosk cannot print tickets" };
    const reply = await this.sessions.handle(connection, { type: "ticket", id: orderId });
    if (reply.type === "locked") return { ok: false, message: "the admin screen is locked; enter the PIN first" };
    if (reply.type === "error") return { ok: false, message: reply.message };
    if (reply.type !== "ticket") return { ok: false, message: `unexpected answer to a ticket request (${reply.type})` };
    const run = this.printing.then(() => this.printOne(printer, reply.html));
    this.printing = run;
    const result = await run;
    if (!result.ok) this.log(`ticket for order ${orderId} not printed: ${result.message}`);
    return result;
  }

  /** The connection's page went away or reloaded: its admin session (and unlock) ends. */
  drop(connection: number): void {
    this.sessions.drop(connection);
  }

  private async printOne(printer: TicketPrinter, html: string): Promise<PrintTicketResult> {
    const timeoutMs = this.opts.printTimeoutMs ?? PRINT_TIMEOUT_MS;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<PrintTicketResult>((resolve) => {
      timer = setTimeout(() => {
        controller.abort(new Error("print timeout"));
        resolve({ ok: false, message: `the printer did not take the ticket within ${Math.max(1, Math.round(timeoutMs / 1000))} s` });
      }, timeoutMs);
    });
    const printed = printer(html, controller.signal).then(
      (): PrintTicketResult => ({ ok: true }),
      (err: unknown): PrintTicketResult => ({ ok: false, message: (err as Error)?.message || String(err) }),
    );
    try {
      return await Promise.race([printed, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
}
