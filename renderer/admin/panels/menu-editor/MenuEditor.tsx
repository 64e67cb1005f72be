// The menu editor: a draft of the whole menu, kept on the kiosk as it is edited (so a
// half-finished change survives leaving the screen), checked on every change by the
// menu file's own validator with each problem next to its field, and published as
// one step. Publishing re-checks on the kiosk; a menu with problems changes nothing.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import "./menu-editor.css";
import { explainProblems, type FieldProblem } from "../../../../shared/menu-editor/problems.ts";
import type { Menu } from "../../../../shared/menu/schema.ts";
import { validateMenu } from "../../../../shared/menu/validate.ts";
import { clockTime } from "../../i18n.ts";
import type { PanelProps } from "../types.ts";
import { CategoriesEditor } from "./CategoriesEditor.tsx";
import { emptyDraft, fromMenu, type Draft } from "./draft.ts";
import { GroupsEditor } from "./GroupsEditor.tsx";
import { ItemsEditor } from "./ItemsEditor.tsx";
import { StoreEditor } from "./StoreEditor.tsx";
import type { EditorPartProps } from "./types.ts";
import type { EditorT } from "./words.ts";

type Part = "store" | "categories" | "items" | "optionGroups" | "orderOptions";
const PARTS: Part[] = ["store", "categories", "items", "optionGroups", "orderOptions"];
const PART_LABEL = { store: "store", categories: "categories", items: "items", optionGroups: "groups", orderOptions: "orderOptions" } as const;
const AUTOSAVE_MS = 600;

export function MenuEditor({ call, lang, w, initialDraft }: Pick<PanelProps, "call" | "lang"> & { w: EditorT; initialDraft?: unknown }) {
  const [draft, setDraft] = useState<Draft | undefined>();
  const [savedAtMs, setSavedAtMs] = useState<number | null>(null);
  const [dirty, setDirty] = useState(false);
  const [part, setPart] = useState<Part>("items");
  const [by, setBy] = useState("");
  const [result, setResult] = useState<{ ok: boolean; text: string; problems?: FieldProblem[]; missing?: string[] } | undefined>();
  const [busy, setBusy] = useState(false);
  const published = useRef<Menu | undefined>(undefined);

  useEffect(() => {
    void (async () => {
      const r = await call({ type: "menuDraft" });
      if (r.type !== "menuDraft") return;
      published.current = r.published;
      if (initialDraft !== undefined) {
        setDraft(initialDraft as Draft);
        setDirty(true);
      } else setDraft(r.draft ? (r.draft as Draft) : fromMenu(r.published));
      setSavedAtMs(r.savedAtMs);
    })();
  }, [call, initialDraft]);

  const change = useCallback((fn: (d: Draft) => Draft) => {
    setDraft((d) => (d ? fn(d) : d));
    setDirty(true);
    setResult(undefined);
  }, []);

  // Keep the draft on the kiosk a moment after the last change.
  useEffect(() => {
    if (!dirty || !draft) return;
    const timer = setTimeout(async () => {
      const r = await call({ type: "saveMenuDraft", menu: draft });
      if (r.type === "menuDraftSaved") {
        setSavedAtMs(r.savedAtMs);
        setDirty(false);
      }
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [draft, dirty, call]);

  const storeLang = draft?.store.languages[0] ?? lang;
  const problems = useMemo(() => {
    if (!draft) return [];
    const check = validateMenu(draft);
    return check.ok ? [] : explainProblems(check.problems, draft, storeLang, lang);
  }, [draft, storeLang, lang]);

  if (!draft) return <div aria-busy="true" />;

  const publish = async () => {
    setBusy(true);
    try {
      const r = await call({ type: "publishMenu", menu: draft, ...(by.trim() ? { by: by.trim() } : {}) });
      if (r.type === "menuPublished" && r.ok) {
        setResult({ ok: true, text: w("published", { summary: r.summary ?? "" }), missing: r.missingPictures ?? [] });
        setSavedAtMs(null);
        setDirty(false);
      } else if (r.type === "menuPublished") setResult({ ok: false, text: w("notPublished"), problems: r.problems });
      else if (r.type === "error") setResult({ ok: false, text: r.message });
    } finally {
      setBusy(false);
    }
  };
  const discard = async () => {
    const r = await call({ type: "discardMenuDraft" });
    if (r.type === "menuDraft") {
      setDraft(fromMenu(r.published));
      setSavedAtMs(null);
      setDirty(false);
      setResult(undefined);
    }
  };
  const startEmpty = () => {
    if (typeof window !== "undefined" && typeof window.confirm === "function" && !window.confirm(w("confirmEmpty"))) return;
    change(() => emptyDraft((published.current ?? (draft as unknown as Menu)).store));
  };

  const partProps: EditorPartProps = { draft, change, problems, w, call, lang: storeLang };
  // The kiosk checks with the same validator; its (English) words show only if it found something this screen did not.
  const shown = problems.length === 0 && result?.problems?.length ? result.problems : problems;
  return (
    <div className="menu-editor">
      <div className="menu-editor-bar">
        <span className="menu-draft-state" role="status">
          {dirty ? w("draftUnsaved") : savedAtMs ? w("draftSaved", { time: clockTime(savedAtMs, lang) }) : w("noDraft")}
        </span>
        <label className="menu-by">
          {w("publishedBy")}
          <input type="text" value={by} maxLength={80} onChange={(e) => setBy(e.currentTarget.value)} />
        </label>
        <button type="button" className="admin-button" disabled={busy} onClick={() => void publish()}>
          {busy ? w("publishing") : w("publish")}
        </button>
        <button type="button" className="admin-button secondary" onClick={() => void discard()}>
          {w("discard")}
        </button>
        <button type="button" className="admin-button secondary" onClick={startEmpty}>
          {w("startEmpty")}
        </button>
      </div>
      {result ? (
        <p className={result.ok ? "admin-message ok" : "admin-message"} role={result.ok ? "status" : "alert"}>
          {result.text}
          {result.missing?.length ? ` ${w("flaggedPicture", { list: result.missing.join(", ") })}` : ""}
        </p>
      ) : null}
      <details className="menu-problem-summary" open={shown.length > 0 && shown.length <= 8}>
        <summary>{shown.length ? w("problems", { n: shown.length }) : w("noProblems")}</summary>
        <ul>
          {shown.map((p, i) => (
            <li key={i}>
              <strong>{p.where}</strong>: {p.message}
            </li>
          ))}
        </ul>
      </details>
      <nav className="admin-tabs menu-parts" role="tablist">
        {PARTS.map((p) => (
          <button key={p} type="button" role="tab" aria-selected={part === p} className={part === p ? "admin-tab selected" : "admin-tab"} onClick={() => setPart(p)}>
            {w(PART_LABEL[p])}
          </button>
        ))}
      </nav>
      <div role="tabpanel">
        {part === "store" ? <StoreEditor {...partProps} /> : null}
        {part === "categories" ? <CategoriesEditor {...partProps} /> : null}
        {part === "items" ? <ItemsEditor {...partProps} /> : null}
        {part === "optionGroups" ? <GroupsEditor {...partProps} list="optionGroups" /> : null}
        {part === "orderOptions" ? <GroupsEditor {...partProps} list="orderOptions" /> : null}
      </div>
    </div>
  );
}
