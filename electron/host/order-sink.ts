// Where the kiosk's hosts (kiosk serve, the Electron app) put placed orders. This is
// the one place to plug the durable store in: replace the body of openOrderSink (or
// pass another opener to the host) and both hosts use it. Until then orders live in
// memory for the run, and the hosts say so on startup.
import type { MenuModel } from "../../shared/menu/model.ts";
import { MemoryOrderSink, type OrderSink } from "../core/session/orders.ts";

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

export const openOrderSink: OpenOrderSink = async () => ({
  sink: new MemoryOrderSink(),
  description: "in memory (orders are lost when the kiosk stops)",
  durable: false,
  close: async () => {},
});
