// Small HTTP server helpers shared by the Node side's servers (the admin API, the
// reference order receiver, the store hub): request bodies read with a size limit,
// errors that carry their status, and listening on a port with the address back.
import type { IncomingMessage, Server } from "node:http";
import type { AddressInfo } from "node:net";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The whole body as UTF-8; past `max` bytes it rejects with a 413 and drains the rest unread. */
export function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on("data", (c: Buffer) => {
      if (tooBig) return;
      size += c.length;
      if (size > max) {
        tooBig = true;
        chunks.length = 0;
        reject(new HttpError(413, `body larger than ${max} bytes`));
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Listens on host:port (0: any free port) and resolves with the server's base URL. */
export async function listenOn(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const a = server.address() as AddressInfo;
  return `http://${host.includes(":") ? `[${host}]` : host}:${a.port}`;
}
