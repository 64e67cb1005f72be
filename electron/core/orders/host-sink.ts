// The durable order store as the hosts' OpenOrderSink (electron/host/order-sink.ts):
// orders committed to SQLite in the data directory and delivered to the kitchen
// webhook. A host that also runs the staff admin opens a BackOffice instead
// (electron/core/admin/back-office.ts), which owns the same store; never both.
import type { OpenedOrderSink, OrderSinkContext } from "../../host/order-sink.ts";
import { SettingsStore } from "../admin/settings.ts";
import { environmentOnlySecretBox } from "../admin/secrets.ts";
import { OrderStoreError } from "./db.ts";
import { OrderService } from "./service.ts";
import { RefusingOrderSink } from "./store.ts";

/** How long a stopping host waits for queued kitchen deliveries. */
export const HOST_CLOSE_WAIT_MS = 2000;

export async function openDurableOrderSink(ctx: OrderSinkContext, log: (line: string) => void = (l) => console.error(`kiosk: ${l}`)): Promise<OpenedOrderSink> {
  const settings = new SettingsStore(ctx.dataDir);
  if (settings.problem) log(settings.problem);
  const { env, warnings } = settings.effectiveEnv(ctx.env, environmentOnlySecretBox());
  for (const w of warnings) log(w);
  let service: OrderService;
  try {
    service = OrderService.open({ dataDir: ctx.dataDir, env, log });
  } catch (err) {
    if (!(err instanceof OrderStoreError)) throw err;
    // The kiosk still starts (menu, screen) but takes no order it cannot keep.
    return { sink: new RefusingOrderSink(err), description: `nowhere: ORDERS ARE REFUSED (${err.message})`, durable: false, close: async () => {} };
  }
  return {
    sink: service.store,
    description: `in ${service.store.file}${service.deliveryNote ? ` (${service.deliveryNote})` : ", delivered to the kitchen webhook"}`,
    durable: true,
    close: async () => {
      const left = await service.close(HOST_CLOSE_WAIT_MS);
      if (left > 0) log(`${left} order(s) not yet delivered to the kitchen; they are sent on the next start`);
    },
  };
}
