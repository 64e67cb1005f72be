// Real delivered orders for hub tests: placed in a real kiosk order store (the test
// menu of core/orders) and turned into the body the kiosk's outbox sends.
import { rmSync } from "node:fs";
import { webhookPayload } from "../core/orders/outbox-queue.ts";
import { OrderStore } from "../core/orders/store.ts";
import { cartOf, tempDir, testMenu } from "../core/orders/test-fixtures.ts";
import type { CartAction } from "../core/cart/cart.ts";
import { parseDeliveredOrder, type DeliveredOrder } from "./delivered-order.ts";

export interface TestKiosk {
  store: OrderStore;
  /** Place an order (default: 2 iced americanos with a shot, one cheesecake, to go) and return its delivery body. */
  order(actions?: CartAction[]): DeliveredOrder;
  close(): void;
}

export const DEFAULT_ACTIONS: CartAction[] = [
  { type: "add", item: "americano", qty: 2, options: { temp: "iced", shots: 1 } },
  { type: "add", item: "cheesecake", qty: 1 },
  { type: "setOrderOption", group: "dining", value: "togo" },
];

export function testKiosk(): TestKiosk {
  const dir = tempDir("hub-test-kiosk-");
  const store = OrderStore.open({ dataDir: dir });
  const menu = testMenu();
  return {
    store,
    order(actions = DEFAULT_ACTIONS) {
      const placed = store.placeSync({ cart: cartOf(menu, actions), lang: "ko", menu });
      const parsed = parseDeliveredOrder(JSON.parse(JSON.stringify(webhookPayload(placed, store.storeId))));
      if (!parsed.ok) throw new Error(parsed.reason);
      return parsed.order;
    },
    close() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
