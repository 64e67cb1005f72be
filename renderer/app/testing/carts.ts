// CartViews as the Node side sends them, for the screen's unit tests. Prices here are
// what a cart would have computed; the screen must show them as they are.
import type { CartView } from "../../../shared/cart.ts";

export function cartView(partial: Partial<CartView> = {}): CartView {
  return {
    lines: [],
    pending: [],
    orderOptions: {},
    missingOrderOptions: [],
    total: 0,
    itemCount: 0,
    currency: "KRW",
    ...partial,
  };
}

export const twoIcedAmericanos = cartView({
  lines: [{ id: "l1", item: "americano", qty: 2, options: { temp: "iced", size: "regular", shots: 0, syrup: [] }, unitPrice: 4000, lineTotal: 8000 }],
  orderOptions: { dining: "here" },
  total: 8000,
  itemCount: 2,
});

export const pendingHandDrip = cartView({
  lines: twoIcedAmericanos.lines,
  pending: [{ id: "l2", item: "hand-drip", qty: 1, options: { temp: "hot" }, missing: ["bean"] }],
  orderOptions: { dining: "here" },
  total: 8000,
  itemCount: 2,
});
