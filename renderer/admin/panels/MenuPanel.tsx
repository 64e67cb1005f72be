// Sold-out switches (effective at once on the screen, the offline engine and the
// model's tools), reloading the menu file, and importing a new one. A menu with
// problems changes nothing; its problems are listed.
import { useCallback, useEffect, useState } from "react";
import type { PanelProps, ReplyOf } from "./types.ts";

export function MenuPanel({ call, t }: PanelProps) {
  const [menu, setMenu] = useState<ReplyOf<"menuItems"> | undefined>();
  const [result, setResult] = useState<ReplyOf<"menuResult"> | { type: "error"; message: string } | undefined>();
  const load = useCallback(async () => {
    const r = await call({ type: "menuItems" });
    if (r.type === "menuItems") setMenu(r);
  }, [call]);
  useEffect(() => void load(), [load]);

  const show = (r: Awaited<ReturnType<PanelProps["call"]>>) => {
    if (r.type === "menuResult") setResult(r);
    else if (r.type === "error") setResult({ type: "error", message: r.message });
    void load();
  };
  const toggle = async (id: string, soldOut: boolean) => show(await call({ type: "setSoldOut", item: id, soldOut }));
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    show(await call({ type: "importMenu", text: await file.text(), fileName: file.name }));
  };

  return (
    <section className="admin-panel" aria-labelledby="admin-menu-title">
      <div className="admin-panel-head">
        <h2 id="admin-menu-title">{t("tabMenu")}</h2>
        <button type="button" className="admin-button secondary" onClick={async () => show(await call({ type: "reloadMenu" }))}>
          {t("reloadMenu")}
        </button>
        <label className="admin-button secondary admin-file">
          {t("importMenu")}
          <input type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
      </div>
      {result?.type === "menuResult" && result.ok ? <p className="admin-message ok">{result.summary}</p> : null}
      {result && (result.type === "error" || !result.ok) ? (
        <div className="admin-problems" role="alert">
          <p>{t("menuProblems")}</p>
          <ul>
            {(result.type === "error" ? [result.message] : result.problems).map((p, i) => (
              <li key={i}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {menu?.categories.map((c) => (
        <div key={c.id} className="admin-category">
          <h3>{c.name}</h3>
          <ul className="admin-items">
            {menu.items
              .filter((i) => i.category === c.id)
              .map((i) => (
                <li key={i.id} className={i.soldOut ? "admin-item sold-out" : "admin-item"}>
                  <span className="admin-item-name">{i.name}</span>
                  <button type="button" role="switch" aria-checked={i.soldOut} className="admin-switch" onClick={() => void toggle(i.id, !i.soldOut)}>
                    {i.soldOut ? t("soldOut") : t("available")}
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
