// The kitchen ticket: a receipt-width (80 mm) HTML page rendered from the order's
// snapshot, for a thermal printer (Electron webContents.print with pageSize
// { width: 80000, height: <content height in µm> }, or the browser's print dialog
// from the admin screen). Only what was frozen at order time is used.
import { codeMoney, formatAmount } from "../../../shared/wording.ts";
import type { SnapshotOption } from "./snapshot.ts";
import type { StoredOrder } from "./store.ts";
import { wallClock } from "./business-day.ts";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const pick = (names: Record<string, string>, lang: string) => names[lang] ?? Object.values(names)[0] ?? "";


/** "Iced", "Extra shot ×2", "Toppings: Onion, Olive"; empty for nothing chosen. */
export function optionText(o: SnapshotOption, lang: string): string {
  if (o.select === "count") {
    const n = typeof o.value === "number" ? o.value : 0;
    return n > 0 ? `${pick(o.groupName, lang)} ×${n}` : "";
  }
  const chosen = o.choices.map((c) => pick(c.name, lang));
  if (chosen.length === 0) return "";
  return o.select === "many" ? `${pick(o.groupName, lang)}: ${chosen.join(", ")}` : chosen.join(", ");
}

export interface TicketOptions {
  /** Language of item names on the ticket (default: the store's first language). */
  lang?: string;
  timeZone?: string;
}

export function renderKitchenTicket(order: StoredOrder, opts: TicketOptions = {}): string {
  const lang = opts.lang && order.store.languages.includes(opts.lang) ? opts.lang : (order.store.languages[0] ?? order.lang);
  const w = wallClock(order.placedAtMs, opts.timeZone);
  const time = `${order.businessDay} ${String(w.hour).padStart(2, "0")}:${String(w.minute).padStart(2, "0")}`;
  const orderOpts = order.orderOptions.map((o) => optionText(o, lang)).filter(Boolean);
  const lines = order.lines
    .map((l) => {
      const opts = l.options.map((o) => optionText(o, lang)).filter(Boolean);
      return `<tr class="line"><td class="qty">${l.qty}×</td><td class="name">${escapeHtml(pick(l.name, lang))}${
        opts.length ? `<div class="opts">${opts.map((o) => `<div>- ${escapeHtml(o)}</div>`).join("")}</div>` : ""
      }</td><td class="price">${escapeHtml(formatAmount(l.lineTotal, order.currency))}</td></tr>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">
<title>#${order.number}</title>
<style>
  /* Width comes from the body; the printer (Electron pageSize width 80000 µm) sets the roll. */
  @page { margin: 0; }
  html, body { margin: 0; padding: 0; }
  body { width: 72mm; padding: 3mm 4mm; font: 12pt/1.3 "Noto Sans KR", "Noto Sans CJK KR", sans-serif; color: #000; }
  .store { text-align: center; font-size: 11pt; }
  .number { text-align: center; font-size: 40pt; font-weight: 800; line-height: 1.1; margin: 2mm 0; }
  .meta { text-align: center; font-size: 10pt; }
  .orderopts { text-align: center; font-size: 16pt; font-weight: 700; margin: 2mm 0; border: 2px solid #000; padding: 1mm; }
  table { width: 100%; border-collapse: collapse; margin-top: 2mm; border-top: 1px dashed #000; }
  td { vertical-align: top; padding: 1.5mm 0; border-bottom: 1px dashed #000; }
  .qty { width: 10mm; font-size: 14pt; font-weight: 700; }
  .name { font-size: 13pt; font-weight: 600; }
  .opts { font-size: 11pt; font-weight: 400; }
  .price { text-align: right; white-space: nowrap; font-size: 10pt; }
  .total { display: flex; justify-content: space-between; font-size: 13pt; font-weight: 700; margin-top: 2mm; }
  .id { text-align: center; font-size: 8pt; margin-top: 3mm; word-break: break-all; }
</style></head>
<body>
  <div class="store">${escapeHtml(pick(order.store.name, lang))}</div>
  <div class="number">#${order.number}</div>
  <div class="meta">${escapeHtml(time)} · ${order.itemCount} ${order.itemCount === 1 ? "item" : "items"}</div>
  ${orderOpts.length ? `<div class="orderopts">${orderOpts.map(escapeHtml).join(" · ")}</div>` : ""}
  <table>
${lines}
  </table>
  <div class="total"><span>${lang === "ko" ? "합계" : "Total"}</span><span>${escapeHtml(codeMoney(order.total, order.currency))}</span></div>
  <div class="id">${escapeHtml(order.id)}</div>
</body></html>
`;
}
