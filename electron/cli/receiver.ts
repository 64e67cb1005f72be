// `kiosk receiver --secret S [--port P] [--host H] [--store FILE]`: a reference
// kitchen/POS that receives the kiosk's order deliveries, checks them, keeps each
// order once and prints a line per new order. GET /orders lists what it holds.
import { OrderReceiver, describeReceived } from "../core/orders/receiver.ts";
import { parseArgs, stringFlag, UsageError } from "./args.ts";
import { stopSignal } from "./stop-signal.ts";

export async function runReceiver(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const secret = stringFlag(args, "secret") ?? process.env.KIOSK_WEBHOOK_SECRET;
  if (!secret) throw new UsageError("receiver needs --secret S (the kiosk's KIOSK_WEBHOOK_SECRET)");
  const portText = stringFlag(args, "port") ?? "8788";
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${portText}: not a port number`);
  const host = stringFlag(args, "host") ?? "127.0.0.1";
  const storeFile = stringFlag(args, "store");
  const toleranceText = stringFlag(args, "tolerance-ms");
  const toleranceMs = toleranceText === undefined ? undefined : Number(toleranceText);
  if (toleranceMs !== undefined && !(toleranceMs > 0)) throw new UsageError("--tolerance-ms must be a positive number");

  let receiver: OrderReceiver;
  try {
    receiver = new OrderReceiver({
      secret,
      ...(storeFile ? { storeFile } : {}),
      ...(toleranceMs ? { toleranceMs } : {}),
      onOrder: (r) => console.log(describeReceived(r)),
    });
  } catch (err) {
    throw new Error(`cannot open the receiver's store ${storeFile ?? ""}: ${(err as Error).message}`);
  }
  if (receiver.skippedLines > 0) console.error(`kiosk receiver: ${receiver.skippedLines} unreadable line(s) in ${storeFile} were skipped`);
  let url: string;
  try {
    url = await receiver.listen(port, host);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(code === "EADDRINUSE" ? `port ${port} on ${host} is already in use` : `cannot listen on ${host}:${port}: ${(err as Error).message}`);
  }
  const stop = stopSignal();
  console.log(`listening on ${url}`);
  if (receiver.received.length > 0) console.log(`holding ${receiver.received.length} order(s) from ${storeFile}`);
  await stop.received;
  await receiver.close();
  return 0;
}
