// The crash test's order-placing process (see crash.test.ts): places orders through
// the real store and delivery until the database holds TARGET orders, printing each
// number only after place() resolved; then waits for delivery and exits 0. The test
// kills it with SIGKILL at random moments and starts it again.
//   node bin/run-ts.js electron/core/orders/crash-child.ts DATA_DIR TARGET WEBHOOK_URL SECRET
import { writeSync } from "node:fs";
import { OrderService } from "./service.ts";
import { cartOf, testMenu } from "./test-fixtures.ts";

const [dataDir, targetText, url, secret] = process.argv.slice(2);
if (!dataDir || !targetText || !url || !secret) {
  console.error("usage: crash-child.ts DATA_DIR TARGET WEBHOOK_URL SECRET");
  process.exit(2);
}
const target = Number(targetText);
const say = (line: string) => writeSync(1, `${line}\n`); // synchronous: printed before the next step

const menu = testMenu();
const service = OrderService.open({
  dataDir,
  env: { KIOSK_WEBHOOK_URL: url, KIOSK_WEBHOOK_SECRET: secret },
  delivery: { baseDelayMs: 50, maxDelayMs: 500, attemptTimeoutMs: 2000, concurrency: 4 },
});
say(`ready ${service.store.count()}`);
let i = 0;
while (service.store.count() < target) {
  i++;
  const cart = cartOf(menu, [
    { type: "add", item: "americano", qty: 1 + (i % 3), options: { temp: i % 2 ? "iced" : "hot", shots: i % 4 } },
    ...(i % 5 === 0 ? [{ type: "add" as const, item: "cheesecake", qty: 1 }] : []),
  ]);
  const placed = await service.store.place({ cart, lang: i % 2 ? "ko" : "en", menu });
  say(`placed ${placed.number} ${placed.id}`);
  // A little pause so that kills land at many different moments of many lives.
  await new Promise((r) => setTimeout(r, Math.random() * 6));
}
say("all-placed");
const left = await service.delivery!.flush(60_000);
say(`delivered-left ${left}`);
await service.close();
process.exit(left === 0 ? 0 : 3);
