// A picture: upload a photo (the kiosk shrinks it and keeps it in its data folder) or
// clear it (the screen then shows its placeholder). A file that is not a picture is
// refused with the kiosk's message; the item keeps the picture it had.
import { useId, useState } from "react";
import { problemsAt, type FieldProblem } from "../../../../shared/menu-editor/problems.ts";
import { FieldProblems } from "./fields.tsx";
import type { EditorPartProps } from "./types.ts";
import type { EditorT } from "./words.ts";

/** Pictures uploaded in this visit, by path, for a preview before they are published. */
const previews = new Map<string, string>();
/**
 * Where both hosts serve the published menu's pictures (MENU_ASSET_BASE on the Node
 * side; the customer screen gets it in the menu event, which the admin screen does not see).
 */
const MENU_ASSETS = "/menu-assets/";

export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function PictureField({ w, call, value, path, problems, onChange }: {
  w: EditorT;
  call: EditorPartProps["call"];
  value: string | undefined;
  path: string;
  problems: readonly FieldProblem[];
  onChange(path: string | undefined): void;
}) {
  const id = useId();
  const [note, setNote] = useState<{ ok: boolean; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const r = await call({ type: "uploadPicture", file: { fileName: file.name, dataBase64: await fileToBase64(file) } });
      if (r.type === "picture") {
        previews.set(r.path, r.preview);
        onChange(r.path);
        setNote({ ok: true, text: w("pictureUploaded", { w: r.width, h: r.height, kb: Math.round(r.bytes / 1024) }) });
      } else setNote({ ok: false, text: r.type === "error" ? r.message : r.type });
    } finally {
      setBusy(false);
    }
  };
  const mine = problemsAt(problems, path, true);
  const preview = value ? (previews.get(value) ?? `${MENU_ASSETS}${value.split("/").map(encodeURIComponent).join("/")}`) : undefined;
  const [broken, setBroken] = useState<string | undefined>();
  return (
    <div className={mine.length ? "menu-field invalid" : "menu-field"}>
      <span>{w("picture")}</span>
      <div className="menu-picture">
        {preview && broken !== preview ? <img src={preview} alt="" width={96} height={96} onError={() => setBroken(preview)} /> : null}
        <code>{value ?? w("none")}</code>
        <label className="admin-button secondary admin-file" htmlFor={id}>
          {w("uploadPicture")}
          <input id={id} type="file" accept="image/*" disabled={busy} onChange={(e) => void upload(e.currentTarget.files?.[0])} />
        </label>
        {value ? (
          <button type="button" className="admin-button secondary" onClick={() => onChange(undefined)}>
            {w("remove")}
          </button>
        ) : null}
      </div>
      {note ? (
        <p className={note.ok ? "admin-message ok" : "admin-message"} role={note.ok ? "status" : "alert"}>
          {note.text}
        </p>
      ) : null}
      <FieldProblems id={`${id}-problems`} problems={mine} />
    </div>
  );
}
