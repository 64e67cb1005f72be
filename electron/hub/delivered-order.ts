// The order body kiosks deliver (electron/core/orders/outbox-queue.ts webhookPayload),
// as the hub reads it. Checked on arrival: a body that is not an order is refused with
// the reason and never stored.
import { z } from "zod";

const names = z.record(z.string(), z.string());
const option = z.looseObject({
  group: z.string(),
  groupName: names,
  select: z.enum(["one", "many", "count"]),
  value: z.unknown(),
  choices: z.array(z.looseObject({ id: z.string(), name: names, price: z.number() })),
});
const line = z.looseObject({
  lineId: z.string(),
  item: z.string(),
  name: names,
  qty: z.number().int().positive(),
  unitPrice: z.number(),
  lineTotal: z.number(),
  options: z.array(option),
});

export const deliveredOrderSchema = z.looseObject({
  event: z.literal("order.placed"),
  version: z.literal(1),
  id: z.string().min(1).max(100),
  kioskId: z.string().min(1).max(100).optional(),
  number: z.number().int().positive(),
  businessDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  placedAtMs: z.number().int(),
  lang: z.string(),
  store: z.looseObject({ id: z.string(), name: names, languages: z.array(z.string()) }),
  currency: z.string(),
  total: z.number(),
  itemCount: z.number().int(),
  lines: z.array(line).min(1),
  orderOptions: z.array(option),
});

export type DeliveredOrder = z.infer<typeof deliveredOrderSchema>;
export type DeliveredOption = z.infer<typeof option>;
export type DeliveredLine = z.infer<typeof line>;

export function parseDeliveredOrder(raw: unknown): { ok: true; order: DeliveredOrder } | { ok: false; reason: string } {
  const r = deliveredOrderSchema.safeParse(raw);
  if (r.success) return { ok: true, order: r.data };
  const i = r.error.issues[0]!;
  return { ok: false, reason: `not an order: ${i.path.join(".") || "(body)"}: ${i.message}` };
}
