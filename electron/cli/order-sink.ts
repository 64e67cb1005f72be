// The order store a CLI conversation places its orders in. Until the durable store
// (electron/core/orders) is wired in, orders are kept in memory for the run.
import type { MenuModel } from "../../shared/menu/model.ts";
import { MemoryOrderSink, type OrderSink } from "../core/session/orders.ts";

export async function openOrderSinkForCli(_menu: MenuModel): Promise<{ sink: OrderSink; close: () => Promise<void> }> {
  return { sink: new MemoryOrderSink(), close: async () => {} };
}
