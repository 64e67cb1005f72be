// Every published menu, newest first: when, who, from where, what changed; one button
// puts an earlier one back (as a new version, so the rollback is in the history too).
import { useCallback, useEffect, useState } from "react";
import type { MenuVersionView } from "../../../../shared/admin-contract.ts";
import type { PanelProps } from "../types.ts";
import type { EditorT, EditorWordKey } from "./words.ts";

export function HistoryPanel({ call, lang, w }: Pick<PanelProps, "call" | "lang"> & { w: EditorT }) {
  const [versions, setVersions] = useState<{ list: MenuVersionView[]; currentId: number | null } | undefined>();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const load = useCallback(async () => {
    const r = await call({ type: "menuHistory" });
    if (r.type === "menuHistory") setVersions({ list: r.versions, currentId: r.currentId });
    else if (r.type === "error") setMessage({ ok: false, text: r.message });
  }, [call]);
  useEffect(() => void load(), [load]);

  const restore = async (id: number) => {
    const r = await call({ type: "restoreMenuVersion", id });
    if (r.type === "menuPublished" && r.ok) {
      setMessage({ ok: true, text: w("restored", { summary: r.summary ?? "" }) });
    } else if (r.type === "menuPublished") setMessage({ ok: false, text: r.problems.map((p) => `${p.where}: ${p.message}`).join("; ") });
    else if (r.type === "error") setMessage({ ok: false, text: r.message });
    await load();
  };

  const when = (ms: number) => new Date(ms).toLocaleString(lang === "ko" ? "ko-KR" : "en-GB", { dateStyle: "short", timeStyle: "short" });
  return (
    <div className="menu-history">
      <h3>{w("historyTitle")}</h3>
      {message ? (
        <p className={message.ok ? "admin-message ok" : "admin-message"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      ) : null}
      <ol className="menu-versions">
        {versions?.list.map((v) => (
          <li key={v.id} className="menu-card" aria-label={`#${v.id}`}>
            <div>
              <strong>#{v.id}</strong> {when(v.publishedAtMs)} · {w(`src_${v.source}` as EditorWordKey)} · {w("by", { by: v.by })}
              {v.note ? ` · ${v.note}` : ""}
            </div>
            <div>{v.changes}</div>
            {v.id === versions.currentId ? (
              <span className="admin-badge">{w("current")}</span>
            ) : (
              <button type="button" className="admin-button secondary" onClick={() => void restore(v.id)}>
                {w("restore")}
              </button>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
