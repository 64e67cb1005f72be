// Today's orders, newest first, with where each one is on its way to the kitchen;
// a failed delivery can be sent again, and any ticket printed.
import { useCallback, useEffect, useState } from "react";
import type { AdminOrder } from "../../../shared/admin-contract.ts";
import { formatAmount } from "../../../shared/wording.ts";
import { clockTime } from "../i18n.ts";
import type { PanelProps, ReplyOf } from "./types.ts";

export function OrdersPanel({ call, t, lang, transport }: PanelProps) {
  const [data, setData] = useState<ReplyOf<"orders"> | undefined>();
  const [note, setNote] = useState<string | undefined>();
  const load = useCallback(async () => {
    const r = await call({ type: "listOrders", lang });
    if (r.type === "orders") setData(r);
    else if (r.type === "error") setNote(r.message);
  }, [call, lang]);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 5000);
    return () => clearInterval(timer);
  }, [load]);

  const resend = async (o: AdminOrder) => {
    const r = await call({ type: "resendOrder", id: o.id });
    setNote(r.type === "done" || r.type === "error" ? r.message : undefined);
    void load();
  };
  const print = async (o: AdminOrder) => {
    if (transport.printTicket) {
      // Electron prints silently; a failure (no printer, locked, paper out) is said here.
      try {
        await transport.printTicket(o.id);
      } catch (err) {
        setNote((err as Error)?.message ?? String(err));
      }
      return;
    }
    if (transport.ticketUrl) printInFrame(transport.ticketUrl(o.id));
  };

  return (
    <section className="admin-panel" aria-labelledby="admin-orders-title">
      <div className="admin-panel-head">
        <h2 id="admin-orders-title">{data ? t("ordersOf", { day: data.day }) : t("tabOrders")}</h2>
        <button type="button" className="admin-button secondary" onClick={() => void load()}>
          {t("refresh")}
        </button>
      </div>
      {note ? <p className="admin-message">{note}</p> : null}
      {data && data.orders.length === 0 ? <p className="admin-empty">{t("noOrders")}</p> : null}
      <ul className="admin-orders">
        {data?.orders.map((o) => (
          <li key={o.id} className={`admin-order status-${o.status}`}>
            <div className="admin-order-number">#{o.number}</div>
            <div className="admin-order-body">
              <div className="admin-order-meta">
                <span>{clockTime(o.placedAtMs, lang)}</span>
                <span className={`admin-status status-${o.status}`}>{t(`status_${o.status}`)}</span>
                <span>
                  {formatAmount(o.total, o.currency, lang === "ko" ? "ko-KR" : "en-US")} {o.currency}
                </span>
                {o.orderOptions.length ? <span>{o.orderOptions.join(" · ")}</span> : null}
              </div>
              <ul className="admin-order-lines">
                {o.lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
              {o.delivery && o.delivery.state === "pending" && o.delivery.attempts > 0 ? (
                <p className="admin-order-delivery">
                  {t("attempts", { n: o.delivery.attempts })}
                  {o.delivery.lastError ? ` — ${o.delivery.lastError}` : ""} — {t("nextTry", { time: clockTime(o.delivery.nextAttemptAtMs, lang) })}
                </p>
              ) : null}
            </div>
            <div className="admin-order-actions">
              {o.delivery && o.status !== "acknowledged" ? (
                <button type="button" className="admin-button" onClick={() => void resend(o)}>
                  {t("resend")}
                </button>
              ) : null}
              {transport.printTicket || transport.ticketUrl ? (
                <button type="button" className="admin-button secondary" onClick={() => void print(o)}>
                  {t("print")}
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The web host's way to print: load the ticket page in a hidden frame and open the print dialog. */
function printInFrame(url: string): void {
  const frame = document.createElement("iframe");
  frame.className = "admin-print-frame";
  frame.src = url;
  frame.onload = () => {
    frame.contentWindow?.print();
    setTimeout(() => frame.remove(), 60_000);
  };
  document.body.appendChild(frame);
}
