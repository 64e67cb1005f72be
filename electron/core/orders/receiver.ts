// A reference order receiver: the kitchen/POS stand-in behind `kiosk receiver`.
// It checks each delivery's signature and timestamp, keeps every order once (by
// idempotency key, also across its own restarts when it has a store file), and
// answers a repeated delivery with 2xx so the kiosk stops sending it.
import { formatAmount } from "../../../shared/wording.ts";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from "node:fs";
import { HttpError, listenOn, readBody } from "../http.ts";
import { DEFAULT_TOLERANCE_MS, HEADER_IDEMPOTENCY_KEY, HEADER_SIGNATURE, HEADER_TIMESTAMP, verify } from "./signing.ts";

export interface ReceivedOrder {
  key: string;
  receivedAtMs: number;
  order: Record<string, unknown>;
}

export interface ReceiverOptions {
  secret: string;
  /** JSON lines file: orders kept across restarts (loaded at start, appended and fsynced per order). */
  storeFile?: string;
  toleranceMs?: number;
  maxBodyBytes?: number;
  now?: () => number;
  /** Called once per new order (not for duplicates). */
  onOrder?: (r: ReceivedOrder) => void;
}

export interface ReceiverStats {
  accepted: number;
  duplicates: number;
  rejected: number;
}


export class OrderReceiver {
  readonly server: Server;
  readonly received: ReceivedOrder[] = [];
  readonly stats: ReceiverStats = { accepted: 0, duplicates: 0, rejected: 0 };
  /** Lines of the store file that could not be read (e.g. torn by a crash mid-write). */
  readonly skippedLines: number;
  private readonly keys = new Set<string>();
  private readonly fd: number | undefined;
  private readonly now: () => number;

  constructor(private readonly opts: ReceiverOptions) {
    if (!opts.secret) throw new Error("the receiver needs a secret");
    this.now = opts.now ?? Date.now;
    let skipped = 0;
    if (opts.storeFile && existsSync(opts.storeFile)) {
      for (const line of readFileSync(opts.storeFile, "utf8").split("\n")) {
        if (!line.trim()) continue;
        try {
          const r = JSON.parse(line) as ReceivedOrder;
          if (typeof r.key !== "string" || this.keys.has(r.key)) continue;
          this.keys.add(r.key);
          this.received.push(r);
        } catch {
          skipped++;
        }
      }
    }
    this.skippedLines = skipped;
    // A torn last line must not glue itself to the next record.
    if (opts.storeFile) {
      this.fd = openSync(opts.storeFile, "a");
      if (skipped > 0) writeSync(this.fd, "\n");
    }
    this.server = createServer((req, res) => {
      // The Date header is the clock deliveries are checked against: a sender whose clock
      // has drifted signs with it (ReceiverClock in signing.ts).
      res.setHeader("Date", new Date(this.now()).toUTCString());
      this.handle(req, res).catch((err: unknown) => {
        const status = err instanceof HttpError ? err.status : 500;
        if (status >= 400 && status < 500) this.stats.rejected++;
        send(res, status, { ok: false, error: (err as Error).message });
      });
    });
  }

  listen(port = 0, host = "127.0.0.1"): Promise<string> {
    return listenOn(this.server, port, host);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    if (this.fd !== undefined) closeSync(this.fd);
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === "/orders") {
      send(res, 200, { orders: this.received, stats: this.stats });
      return;
    }
    if (req.method === "GET" && path === "/health") {
      send(res, 200, { ok: true });
      return;
    }
    if (req.method !== "POST" || (path !== "/" && path !== "/orders")) throw new HttpError(404, "POST / or /orders, GET /orders");
    const body = await readBody(req, this.opts.maxBodyBytes ?? 1_000_000);
    const check = verify(
      this.opts.secret,
      { signature: header(req, HEADER_SIGNATURE), timestamp: header(req, HEADER_TIMESTAMP) },
      body,
      this.now(),
      this.opts.toleranceMs ?? DEFAULT_TOLERANCE_MS,
    );
    if (!check.ok) throw new HttpError(401, `signature check failed: ${check.reason}`);
    const key = header(req, HEADER_IDEMPOTENCY_KEY);
    if (!key) throw new HttpError(400, `missing ${HEADER_IDEMPOTENCY_KEY} header`);
    let order: unknown;
    try {
      order = JSON.parse(body);
    } catch {
      throw new HttpError(400, "body is not JSON");
    }
    if (typeof order !== "object" || order === null || Array.isArray(order)) throw new HttpError(400, "body is not a JSON object");
    if ((order as { id?: unknown }).id !== key) throw new HttpError(400, "idempotency key does not match the order id");
    if (this.keys.has(key)) {
      this.stats.duplicates++;
      send(res, 200, { ok: true, duplicate: true });
      return;
    }
    const record: ReceivedOrder = { key, receivedAtMs: this.now(), order: order as Record<string, unknown> };
    if (this.fd !== undefined) {
      // On disk before the 2xx: once the kiosk hears "ok" it never sends this order again.
      writeSync(this.fd, `${JSON.stringify(record)}\n`);
      fsyncSync(this.fd);
    }
    this.keys.add(key);
    this.received.push(record);
    this.stats.accepted++;
    send(res, 200, { ok: true });
    try {
      this.opts.onOrder?.(record);
    } catch {
      // Printing must not fail a delivery that is already kept.
    }
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}


function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

/** One line for the receiver's console: "#12  2 items  9,000 KRW  (id)". */
export function describeReceived(r: ReceivedOrder): string {
  const o = r.order as { number?: unknown; itemCount?: unknown; total?: unknown; currency?: unknown; lines?: { qty?: number; name?: Record<string, string>; item?: string }[] };
  const lines = Array.isArray(o.lines) ? o.lines.map((l) => `${l.qty ?? "?"}× ${l.name ? (Object.values(l.name)[0] ?? l.item) : l.item}`).join(", ") : "";
  const total = typeof o.total === "number" ? formatAmount(o.total, typeof o.currency === "string" ? o.currency : "XXX") : "?";
  return `order #${String(o.number ?? "?")}  ${lines}  total ${total} ${String(o.currency ?? "")}  (${r.key})`;
}
