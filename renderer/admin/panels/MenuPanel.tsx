// The menu tab: sold-out switches (effective at once on the screen, the offline engine
// and the model's tools), reloading the menu file and importing a new one; and the
// menu editor, spreadsheet import/export and the history of published menus. A menu
// with problems changes nothing; its problems are listed.
import { useCallback, useEffect, useMemo, useState } from "react";
import { HistoryPanel } from "./menu-editor/HistoryPanel.tsx";
import { MenuEditor } from "./menu-editor/MenuEditor.tsx";
import { SheetPanel } from "./menu-editor/SheetPanel.tsx";
import { editorWords } from "./menu-editor/words.ts";
import type { PanelProps, ReplyOf } from "./types.ts";

type MenuView = "soldOut" | "edit" | "sheet" | "history";
const VIEWS: MenuView[] = ["soldOut", "edit", "sheet", "history"];
const VIEW_LABEL = { soldOut: "tabSoldOut", edit: "tabEdit", sheet: "tabSheet", history: "tabHistory" } as const;

export function MenuPanel(props: PanelProps) {
  const w = useMemo(() => editorWords(props.lang), [props.lang]);
  const [view, setView] = useState<MenuView>("soldOut");
  // A spreadsheet opened in the editor (instead of the saved draft).
  const [opened, setOpened] = useState<{ menu: unknown } | undefined>();
  return (
    <section className="admin-panel" aria-labelledby="admin-menu-title">
      <div className="admin-panel-head">
        <h2 id="admin-menu-title">{props.t("tabMenu")}</h2>
        <nav className="admin-tabs menu-views" role="tablist" aria-label={props.t("tabMenu")}>
          {VIEWS.map((v) => (
            <button key={v} type="button" role="tab" aria-selected={view === v} className={view === v ? "admin-tab selected" : "admin-tab"} onClick={() => {
              setOpened(undefined);
              setView(v);
            }}>
              {w(VIEW_LABEL[v])}
            </button>
          ))}
        </nav>
      </div>
      {view === "soldOut" ? <SoldOutView {...props} /> : null}
      {view === "edit" ? <MenuEditor call={props.call} lang={props.lang} w={w} {...(opened ? { initialDraft: opened.menu } : {})} /> : null}
      {view === "sheet" ? (
        <SheetPanel
          call={props.call}
          w={w}
          onOpenInEditor={(menu) => {
            setOpened({ menu });
            setView("edit");
          }}
        />
      ) : null}
      {view === "history" ? <HistoryPanel call={props.call} lang={props.lang} w={w} /> : null}
    </section>
  );
}

function SoldOutView({ call, t }: PanelProps) {
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
    <div>
      <div className="admin-panel-head">
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
    </div>
  );
}
