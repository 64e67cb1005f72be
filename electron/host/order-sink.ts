// Where the kiosk's hosts (kiosk serve, the Electron app) put placed orders: the
// durable order store in the data directory, delivered to the kitchen webhook
// (electron/core/orders). A host may pass another opener (e.g. the in-memory one).
import type { MenuModel } from "../../shared/menu/model.ts";
import { MemoryOrderSink, type OrderSink } from "../core/session/orders.ts";
import { openDurableOrderSink } from "../core/orders/host-sink.ts";

export interface OrderSinkContext {
  env: Record<string, string | undefined>;
  /** Where the kiosk keeps its data (KIOSK_DATA_DIR, or the Electron user-data folder). */
  dataDir: string;
  menu: MenuModel;
}

export interface OpenedOrderSink {
  sink: OrderSink;
  /** One line for the startup log: where orders go. */
  description: string;
  /** False when orders do not survive a restart (the host warns). */
  durable: boolean;
  close(): Promise<void>;
}

export type OpenOrderSink = (ctx: OrderSinkContext) => Promise<OpenedOrderSink>;

/** The durable store (SQLite in dataDir + kitchen webhook delivery), see electron/core/orders/host-sink.ts. */
export const openOrderSink: OpenOrderSink = (ctx) => openDurableOrderSink(ctx);

/** Orders in memory for the run (tests that must not touch disk). */
export const openMemoryOrderSink: OpenOrderSink = async () => ({
  sink: new MemoryOrderSink(),
  description: "in memory (orders are lost when the kiosk stops)",
  durable: false,
  close: async () => {},
});
