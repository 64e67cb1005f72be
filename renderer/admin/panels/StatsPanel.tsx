// How the kiosk is doing: p50/p95 latency per stage over recent turns, and orders
// per hour of the business day.
import { useCallback, useEffect, useState } from "react";
import type { PanelProps, ReplyOf } from "./types.ts";

export function StatsPanel({ call, t }: PanelProps) {
  const [stats, setStats] = useState<ReplyOf<"stats"> | undefined>();
  const load = useCallback(async () => {
    const r = await call({ type: "stats" });
    if (r.type === "stats") setStats(r);
  }, [call]);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 10_000);
    return () => clearInterval(timer);
  }, [load]);
  const max = Math.max(1, ...(stats?.ordersPerHour.map((h) => h.count) ?? []));
  return (
    <section className="admin-panel" aria-labelledby="admin-stats-title">
      <h2 id="admin-stats-title">{t("latency")}</h2>
      {stats && stats.latency.length === 0 ? <p className="admin-empty">{t("noData")}</p> : null}
      {stats && stats.latency.length > 0 ? (
        <table className="admin-table">
          <thead>
            <tr>
              <th>{t("stage")}</th>
              <th>p50</th>
              <th>p95</th>
              <th>n</th>
            </tr>
          </thead>
          <tbody>
            {stats.latency.map((s) => (
              <tr key={s.stage}>
                <td>{s.stage}</td>
                <td>{Math.round(s.p50Ms)} ms</td>
                <td>{Math.round(s.p95Ms)} ms</td>
                <td>{s.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h2>
        {t("ordersPerHour")} {stats?.businessDay ? `(${stats.businessDay})` : ""}
      </h2>
      {stats && stats.ordersPerHour.length === 0 ? <p className="admin-empty">{t("noData")}</p> : null}
      <ul className="admin-hours">
        {stats?.ordersPerHour.map((h) => (
          <li key={h.hour}>
            <span className="admin-hour">{String(h.hour).padStart(2, "0")}:00</span>
            <meter min={0} max={max} value={h.count} />
            <span>{h.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
