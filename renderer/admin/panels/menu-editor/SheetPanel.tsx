// Spreadsheet import and export: export the menu in use (CSV files or one XLSX), and
// import one back (or a POS export in the same columns) with a preview of what would
// be added, changed and removed, and every problem by sheet and row, before anything
// is published.
import { useState } from "react";
import type { AdminReply } from "../../../../shared/admin-contract.ts";
import type { PanelProps, ReplyOf } from "../types.ts";
import { fileToBase64 } from "./PictureField.tsx";
import type { EditorT } from "./words.ts";

function download(f: { fileName: string; mime: string; dataBase64: string }): void {
  const bytes = Uint8Array.from(atob(f.dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: f.mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = f.fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function SheetPanel({ call, w, onOpenInEditor }: Pick<PanelProps, "call"> & { w: EditorT; onOpenInEditor(menu: unknown): void }) {
  const [preview, setPreview] = useState<ReplyOf<"spreadsheetPreview"> | undefined>();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const show = (r: AdminReply) => {
    if (r.type === "error") setMessage({ ok: false, text: r.message });
  };
  const exportAs = async (format: "csv" | "xlsx") => {
    const r = await call({ type: "exportSpreadsheet", format });
    if (r.type === "spreadsheetFiles") r.files.forEach(download);
    else show(r);
  };
  const importFiles = async (list: FileList | null) => {
    if (!list?.length) return;
    setMessage(undefined);
    const files = await Promise.all([...list].slice(0, 4).map(async (f) => ({ fileName: f.name, dataBase64: await fileToBase64(f) })));
    const r = await call({ type: "previewSpreadsheet", files });
    if (r.type === "spreadsheetPreview") setPreview(r);
    else show(r);
  };
  const publish = async () => {
    if (!preview) return;
    const r = await call({ type: "publishMenu", menu: preview.menu as object, source: "spreadsheet" });
    if (r.type === "menuPublished" && r.ok) {
      setMessage({ ok: true, text: w("published", { summary: r.summary ?? "" }) });
      setPreview(undefined);
    } else if (r.type === "menuPublished") setMessage({ ok: false, text: `${w("notPublished")} ${r.problems.map((p) => `${p.where}: ${p.message}`).join("; ")}` });
    else show(r);
  };

  const d = preview?.diff;
  return (
    <div className="menu-sheet">
      <div className="admin-panel-head">
        <button type="button" className="admin-button secondary" onClick={() => void exportAs("csv")}>
          {w("exportCsv")}
        </button>
        <button type="button" className="admin-button secondary" onClick={() => void exportAs("xlsx")}>
          {w("exportXlsx")}
        </button>
        <label className="admin-button admin-file">
          {w("importSheet")}
          <input type="file" multiple accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => void importFiles(e.currentTarget.files)} />
        </label>
      </div>
      <p className="menu-hint">{w("sheetLayout")}</p>
      {message ? (
        <p className={message.ok ? "admin-message ok" : "admin-message"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      ) : null}
      {preview && d ? (
        <section className="menu-preview" aria-label={w("previewTitle")}>
          <h3>{w("previewTitle")}</h3>
          <ul className="menu-diff">
            {([["added", d.added], ["changed", d.changed], ["removed", d.removed]] as const).map(([k, list]) => (
              <li key={k}>
                <strong>{w(k, { n: list.length })}</strong>
                {list.length ? `: ${list.map((e) => `${e.name}${e.fields?.length ? ` (${e.fields.join(", ")})` : ""}`).join(", ")}` : ""}
              </li>
            ))}
          </ul>
          {preview.fileProblems.length + preview.rowProblems.length + preview.problems.length > 0 ? (
            <div className="admin-problems" role="alert">
              <p>{w("rowProblems")}</p>
              <ul>
                {preview.fileProblems.map((p, i) => (
                  <li key={`f${i}`}>{p}</li>
                ))}
                {preview.rowProblems.map((p, i) => (
                  <li key={`r${i}`}>
                    {p.sheet} {p.row}: {p.message}
                  </li>
                ))}
                {preview.problems.map((p, i) => (
                  <li key={`p${i}`}>
                    {p.where}: {p.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="admin-panel-head">
            {preview.menu ? (
              <button type="button" className="admin-button secondary" onClick={() => onOpenInEditor(preview.menu)}>
                {w("openInEditor")}
              </button>
            ) : null}
            <button type="button" className="admin-button" disabled={!preview.ok} onClick={() => void publish()}>
              {w("publishSheet")}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
