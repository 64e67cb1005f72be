// Where a placed order goes. The durable SQLite store with kitchen delivery lives in
// electron/core/orders/; the in-memory sink here serves throw-away sessions
// (batch evaluation, tests) where nothing may be delivered anywhere.
import type { MenuModel } from "../../../shared/menu/model.ts";
import type { CartView } from "../../../shared/cart.ts";

export interface PlaceOrderInput {
  cart: CartView;
  lang: string;
  menu: MenuModel;
}

export interface PlacedOrder {
  id: string;
  /** The number shown to the customer (per business day). */
  number: number;
  cart: CartView;
}

export interface OrderSink {
  /** Resolves only once the order is durably recorded. */
  place(input: PlaceOrderInput): Promise<PlacedOrder>;
}

export class MemoryOrderSink implements OrderSink {
  readonly placed: PlacedOrder[] = [];
  private next = 1;
  async place(input: PlaceOrderInput): Promise<PlacedOrder> {
    const order = { id: `mem-${this.next}`, number: this.next++, cart: input.cart };
    this.placed.push(order);
    return order;
  }
}
