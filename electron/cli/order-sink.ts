// The order store a CLI conversation places its orders in: the durable store in the
// data directory (KIOSK_DATA_DIR, else .kiosk-data in the project), delivered to the kitchen
// webhook when one is configured (admin settings win over the environment). On
// close the process waits a bounded time (KIOSK_DELIVERY_WAIT_MS, default 5000) for
// queued orders (this run's and any an earlier run left) to be delivered; whatever
// is left stays queued and goes out on the next start.
import type { MenuModel } from "../../shared/menu/model.ts";
import type { OrderSink, PlaceOrderInput, PlacedOrder } from "../core/session/orders.ts";
import { OrderService, defaultDataDir } from "../core/orders/service.ts";
import { SettingsStore } from "../core/admin/settings.ts";
import { environmentOnlySecretBox } from "../core/admin/secrets.ts";

const log = (line: string) => console.error(`kiosk: ${line}`);

export async function openOrderSinkForCli(_menu: MenuModel): Promise<{ sink: OrderSink; close: () => Promise<void> }> {
  const dataDir = defaultDataDir(process.env);
  const settings = new SettingsStore(dataDir);
  if (settings.problem) log(settings.problem);
  const { env, warnings } = settings.effectiveEnv(process.env, environmentOnlySecretBox());
  for (const w of warnings) log(w);
  // A damaged or missing database throws here: one clear line, exit 1, no order taken.
  const service = OrderService.open({ dataDir, env, log });
  const placedIds: string[] = [];
  const sink: OrderSink = {
    async place(input: PlaceOrderInput): Promise<PlacedOrder> {
      const placed = await service.store.place(input);
      placedIds.push(placed.id);
      return placed;
    },
  };
  const waitText = process.env.KIOSK_DELIVERY_WAIT_MS;
  const waitMs = waitText !== undefined && Number.isFinite(Number(waitText)) ? Math.max(0, Number(waitText)) : 5000;
  return {
    sink,
    close: async () => {
      // Wait for everything queued, also orders left undelivered by an earlier run.
      const queued = service.delivery?.pendingCount() ?? 0;
      const left = await service.close(queued > 0 ? waitMs : 0);
      if (placedIds.length > 0 && service.deliveryNote) log(`order kept in ${dataDir}; ${service.deliveryNote}`);
      if (left > 0) log(`${left} order(s) not yet delivered to the kitchen; they stay queued in ${dataDir} and are sent on the next start`);
    },
  };
}
