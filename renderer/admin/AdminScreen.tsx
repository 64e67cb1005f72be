// The staff admin screen: PIN pad first, then orders, menu (sold out), settings and
// stats. It talks to the Node side only through its AdminTransport (the admin
// contract); whenever the Node side answers "locked" (idle timeout, lockout) it
// returns to the PIN pad.
import { useCallback, useEffect, useMemo, useState } from "react";
import type { AdminReply, AdminRequest } from "../../shared/admin-contract.ts";
import { adminTranslator, clockTime, type AdminT } from "./i18n.ts";
import { PinPad } from "./PinPad.tsx";
import { MenuPanel } from "./panels/MenuPanel.tsx";
import { OrdersPanel } from "./panels/OrdersPanel.tsx";
import { PinChange, SettingsPanel } from "./panels/SettingsPanel.tsx";
import { StatsPanel } from "./panels/StatsPanel.tsx";
import type { PanelProps, ReplyOf } from "./panels/types.ts";
import type { AdminTransport } from "./transport.ts";

export interface AdminScreenProps {
  transport: AdminTransport;
  /** Leave the admin screen (back to the customer screen). */
  onExit(): void;
  /** Staff language (default Korean). */
  lang?: string;
  /** Start on a given tab (tests). */
  initialTab?: Tab;
}

export type Tab = "orders" | "menu" | "settings" | "stats";
const TABS: Tab[] = ["orders", "menu", "settings", "stats"];
const TAB_LABEL = { orders: "tabOrders", menu: "tabMenu", settings: "tabSettings", stats: "tabStats" } as const;

/** The PIN pad's message for a "locked" answer. */
export function lockMessage(r: ReplyOf<"locked">, t: AdminT, lang: string): string | undefined {
  switch (r.reason) {
    case "wrong-pin":
      return t("wrongPin", { n: r.attemptsLeft ?? 0 });
    case "locked-out":
      return t("lockedOut", { time: clockTime(r.lockedUntilMs ?? Date.now(), lang) });
    case "timeout":
      return t("lockedTimeout");
    default:
      return undefined;
  }
}

export function AdminScreen({ transport, onExit, lang = "ko", initialTab = "orders" }: AdminScreenProps) {
  const t = useMemo(() => adminTranslator(lang), [lang]);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const [lockedUntilMs, setLockedUntilMs] = useState<number | undefined>();
  const [tab, setTab] = useState<Tab>(initialTab);
  const [overview, setOverview] = useState<ReplyOf<"overview"> | undefined>();
  /** Unlocked with the default PIN: the Node side refuses everything but a PIN change. */
  const [mustChangePin, setMustChangePin] = useState(false);
  const [note, setNote] = useState<string | undefined>();

  const call = useCallback(
    async (cmd: AdminRequest): Promise<AdminReply> => {
      const r = await transport.request(cmd);
      if (r.type === "locked") {
        setOpen(false);
        setMessage(lockMessage(r, t, lang));
        setLockedUntilMs(r.reason === "locked-out" ? r.lockedUntilMs : undefined);
      }
      return r;
    },
    [transport, t, lang],
  );

  // Keys stay disabled until a lockout ends.
  useEffect(() => {
    if (lockedUntilMs === undefined) return;
    const timer = setTimeout(() => setLockedUntilMs(undefined), Math.max(0, lockedUntilMs - Date.now()));
    return () => clearTimeout(timer);
  }, [lockedUntilMs]);

  const refreshOverview = useCallback(async () => {
    const r = await call({ type: "overview" });
    if (r.type === "overview") setOverview(r);
  }, [call]);

  const unlock = async (pin: string) => {
    setBusy(true);
    try {
      const r = await call({ type: "unlock", pin });
      if (r.type === "unlocked") {
        setOpen(true);
        setMustChangePin(r.defaultPin);
        setMessage(undefined);
        void refreshOverview();
      } else if (r.type === "error") setMessage(r.message);
    } finally {
      setBusy(false);
    }
  };

  const exit = () => {
    void transport.request({ type: "lock" });
    onExit();
  };

  if (!open) {
    return (
      <div className="admin-screen" lang={lang}>
        <PinPad t={t} {...(message ? { message } : {})} busy={busy} disabled={lockedUntilMs !== undefined} onSubmit={(p) => void unlock(p)} onExit={onExit} />
      </div>
    );
  }

  if (mustChangePin) {
    return (
      <div className="admin-screen" lang={lang}>
        <main className="admin-main">
          <p className="admin-message" role="alert">
            {t("choosePinFirst")}
          </p>
          {message ? (
            <p className="admin-message" role="status">
              {message}
            </p>
          ) : null}
          <PinChange
            t={t}
            onSave={(current, next) =>
              void call({ type: "changePin", current, next }).then((r) => {
                if (r.type === "done") {
                  setMustChangePin(false);
                  setMessage(undefined);
                  void refreshOverview();
                } else if (r.type === "error") setMessage(r.message);
              })
            }
          />
          <button type="button" className="admin-button secondary" onClick={exit}>
            {t("lock")}
          </button>
        </main>
      </div>
    );
  }

  const panel: PanelProps = { call, t, lang, transport };
  return (
    <div className="admin-screen" lang={lang}>
      <header className="admin-header">
        <h1>
          {t("title")}
          {overview ? ` — ${overview.storeName}` : ""}
        </h1>
        {overview && overview.undelivered > 0 ? <span className="admin-badge">{t("undelivered", { n: overview.undelivered })}</span> : null}
        <nav className="admin-tabs" role="tablist">
          {TABS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={tab === id}
              className={tab === id ? "admin-tab selected" : "admin-tab"}
              onClick={() => {
                setTab(id);
                void refreshOverview();
              }}
            >
              {t(TAB_LABEL[id])}
            </button>
          ))}
        </nav>
        <button type="button" className="admin-button secondary" onClick={exit}>
          {t("lock")}
        </button>
        <button
          type="button"
          className="admin-button secondary"
          onClick={() =>
            void call({ type: "quitApp" }).then((r) => {
              if (r.type === "error" || r.type === "done") setNote(r.message);
            })
          }
        >
          {t("quitApp")}
        </button>
      </header>
      {note ? (
        <p className="admin-message" role="status">
          {note}
        </p>
      ) : null}
      {overview && overview.warnings.length > 0 ? (
        <div className="admin-warnings" role="alert">
          <strong>{t("warnings")}</strong>
          <ul>
            {overview.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <main className="admin-main" role="tabpanel">
        {tab === "orders" ? <OrdersPanel {...panel} /> : null}
        {tab === "menu" ? <MenuPanel {...panel} /> : null}
        {tab === "settings" ? <SettingsPanel {...panel} /> : null}
        {tab === "stats" ? <StatsPanel {...panel} /> : null}
      </main>
    </div>
  );
}
