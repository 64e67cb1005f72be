// The cart as it crosses from the Node side to the screen (and to the CLI's JSON).
// Prices here were computed by the cart (electron/core/cart); nothing else makes them.
import { z } from "zod";
import { optionValueSchema } from "./menu/schema.ts";

/** The cart's limits (the cart enforces them; the kiosk's sentences name them). */
export const MAX_QTY_PER_LINE = 20;
export const MAX_ITEMS_PER_ORDER = 50;

export const cartErrorCodes = [
  "unknown-item",
  "sold-out",
  "unknown-option",
  "invalid-choice",
  "bad-quantity",
  "too-many",
  "order-full",
  "unknown-line",
] as const;
export type CartErrorCode = (typeof cartErrorCodes)[number];

const optionsSchema = z.record(z.string(), optionValueSchema);

export const cartViewLineSchema = z.object({
  id: z.string(),
  item: z.string(),
  qty: z.number().int(),
  options: optionsSchema,
  unitPrice: z.number().int(),
  lineTotal: z.number().int(),
});

export const pendingLineSchema = z.object({
  id: z.string(),
  item: z.string(),
  qty: z.number().int(),
  options: optionsSchema,
  missing: z.array(z.string()),
});

/**
 * A line whose item left the menu (or became sold out, or lost the options chosen)
 * while it was in the cart: kept and shown so the customer decides, never ordered.
 * Its name is the one it had, since the menu in use no longer knows it.
 */
export const unavailableLineSchema = z.object({
  id: z.string(),
  item: z.string(),
  qty: z.number().int(),
  options: optionsSchema,
  name: z.record(z.string(), z.string()),
  reason: z.enum(["removed", "sold-out", "changed"]),
});

export const cartViewSchema = z.object({
  lines: z.array(cartViewLineSchema),
  pending: z.array(pendingLineSchema),
  /** Absent when there are none. */
  unavailable: z.array(unavailableLineSchema).optional(),
  orderOptions: optionsSchema,
  missingOrderOptions: z.array(z.string()),
  total: z.number().int(),
  itemCount: z.number().int(),
  currency: z.string(),
});

export type CartViewLine = z.infer<typeof cartViewLineSchema>;
export type PendingLine = z.infer<typeof pendingLineSchema>;
export type UnavailableLine = z.infer<typeof unavailableLineSchema>;
export type CartView = z.infer<typeof cartViewSchema>;

/** The spec's cart (menu-format.md, "A cart, as the kiosk reports it"). */
export interface SpecCart {
  lines: { item: string; qty: number; options: Record<string, z.infer<typeof optionValueSchema>>; unitPrice: number; lineTotal: number }[];
  pending?: { item: string; qty: number; options: Record<string, z.infer<typeof optionValueSchema>>; missing: string[] }[];
  orderOptions: Record<string, z.infer<typeof optionValueSchema>>;
  total: number;
  currency: string;
}
