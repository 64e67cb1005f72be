// The menu editor's side of the admin service: the draft kept between visits, publishing
// (through MenuAdmin.publish, the one way a menu goes live), pictures, spreadsheet
// preview/export and the history with rollback. Every answer is one AdminReply;
// a menu with problems is answered with them, in words, and changes nothing.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import type { AdminCommand, AdminReply } from "../../../../shared/admin-contract.ts";
import { diffMenus } from "../../../../shared/menu-editor/diff.ts";
import { explainProblems, type FieldProblem } from "../../../../shared/menu-editor/problems.ts";
import { menuToSheets, rowOfPath, sheetsToMenu, type RowProblem } from "../../../../shared/menu-editor/sheets.ts";
import type { Menu } from "../../../../shared/menu/schema.ts";
import { validateMenu } from "../../../../shared/menu/validate.ts";
import { writeFileAtomic } from "../../orders/db.ts";
import type { MenuAdmin, PublishMeta } from "../menu-admin.ts";
import type { MenuHistory } from "./history.ts";
import { PictureError, storePicture } from "./pictures.ts";
import { readSpreadsheetFiles, spreadsheetFiles } from "./workbook.ts";

export type MenuEditorCommand = Extract<
  AdminCommand,
  { type: "menuDraft" | "saveMenuDraft" | "discardMenuDraft" | "publishMenu" | "uploadPicture" | "previewSpreadsheet" | "exportSpreadsheet" | "menuHistory" | "restoreMenuVersion" }
>;

export const MENU_EDITOR_COMMANDS: ReadonlySet<string> = new Set<MenuEditorCommand["type"]>([
  "menuDraft", "saveMenuDraft", "discardMenuDraft", "publishMenu", "uploadPicture", "previewSpreadsheet", "exportSpreadsheet", "menuHistory", "restoreMenuVersion",
]);

export const isMenuEditorCommand = (cmd: AdminCommand): cmd is MenuEditorCommand => MENU_EDITOR_COMMANDS.has(cmd.type);

export interface MenuEditorDeps {
  menu: MenuAdmin;
  dataDir: string;
  /** Undefined when menus.sqlite could not be opened: publishing still works, without history. */
  history: MenuHistory | undefined;
  historyProblem?: string;
  now?: () => number;
}

const DEFAULT_BY = "admin screen";

interface StoredDraft {
  menu: unknown;
  savedAtMs: number;
  soldOutBasis?: Record<string, boolean>;
}

export const soldOutOf = (m: Menu): Record<string, boolean> => Object.fromEntries(m.items.map((i) => [i.id, Boolean(i.soldOut)]));

/**
 * A draft can be open for hours while staff switch items sold out and back. An item
 * whose sold-out box the draft did not change (it still says what it said when the
 * draft began) takes today's switch; one changed in the draft keeps the draft's.
 */
export function keepLiveSoldOut(draft: unknown, basis: Record<string, boolean>, live: Record<string, boolean>): unknown {
  if (!draft || typeof draft !== "object" || !Array.isArray((draft as { items?: unknown }).items)) return draft;
  const out = structuredClone(draft) as { items: unknown[] };
  for (const item of out.items) {
    if (!item || typeof item !== "object") continue;
    const it = item as { id?: unknown; soldOut?: unknown };
    if (typeof it.id !== "string" || basis[it.id] === undefined || live[it.id] === undefined) continue;
    if (Boolean(it.soldOut) !== basis[it.id] || live[it.id] === basis[it.id]) continue;
    if (live[it.id]) it.soldOut = true;
    else delete it.soldOut;
  }
  return out;
}

export class MenuEditor {
  private readonly draftFile: string;
  private readonly now: () => number;

  constructor(private readonly deps: MenuEditorDeps) {
    this.draftFile = join(deps.dataDir, "menus", "draft.json");
    this.now = deps.now ?? Date.now;
  }

  private get lang(): string {
    return this.deps.menu.current().model.defaultLanguage;
  }

  private published(): Menu {
    return this.deps.menu.current().model.menu;
  }

  private problemsOf(menu: unknown): FieldProblem[] {
    const check = validateMenu(menu);
    return check.ok ? [] : explainProblems(check.problems, menu, this.lang);
  }

  private readDraft(): StoredDraft | undefined {
    if (!existsSync(this.draftFile)) return undefined;
    try {
      const d = JSON.parse(readFileSync(this.draftFile, "utf8")) as { menu?: unknown; savedAtMs?: unknown; soldOutBasis?: unknown };
      if (d.menu === undefined) return undefined;
      const basis = d.soldOutBasis && typeof d.soldOutBasis === "object" ? (d.soldOutBasis as Record<string, boolean>) : undefined;
      return { menu: d.menu, savedAtMs: typeof d.savedAtMs === "number" ? d.savedAtMs : 0, ...(basis ? { soldOutBasis: basis } : {}) };
    } catch {
      return undefined; // a damaged draft is just no draft: the published menu is untouched
    }
  }

  /** Publish (the history listens to MenuAdmin and keeps it; see BackOffice). */
  private publish(menu: unknown, meta: PublishMeta): AdminReply {
    const r = this.deps.menu.publish(menu, meta);
    if (!r.ok) return { type: "menuPublished", ok: false, problems: explainProblems(r.problems, menu, this.lang) };
    const version = this.deps.history?.latestId();
    return { type: "menuPublished", ok: true, summary: r.summary, problems: [], ...(version ? { version } : {}), missingPictures: r.missingPictures ?? [] };
  }

  async handle(cmd: MenuEditorCommand): Promise<AdminReply> {
    switch (cmd.type) {
      case "menuDraft": {
        const d = this.readDraft();
        return { type: "menuDraft", draft: d?.menu ?? null, savedAtMs: d?.savedAtMs ?? null, published: this.published(), problems: d ? this.problemsOf(d.menu) : [] };
      }
      case "saveMenuDraft": {
        const savedAtMs = this.now();
        mkdirSync(dirname(this.draftFile), { recursive: true });
        // The sold-out switches as they were when this draft began (see keepLiveSoldOut).
        const soldOutBasis = this.readDraft()?.soldOutBasis ?? soldOutOf(this.published());
        writeFileAtomic(this.draftFile, JSON.stringify({ savedAtMs, menu: cmd.menu, soldOutBasis }));
        return { type: "menuDraftSaved", savedAtMs, problems: this.problemsOf(cmd.menu) };
      }
      case "discardMenuDraft":
        rmSync(this.draftFile, { force: true });
        return { type: "menuDraft", draft: null, savedAtMs: null, published: this.published(), problems: [] };
      case "publishMenu": {
        const basis = (cmd.source ?? "editor") === "editor" ? this.readDraft()?.soldOutBasis : undefined;
        const menu = basis ? keepLiveSoldOut(cmd.menu, basis, soldOutOf(this.published())) : cmd.menu;
        const reply = this.publish(menu, { by: cmd.by || DEFAULT_BY, source: cmd.source ?? "editor" });
        if (reply.type === "menuPublished" && reply.ok) rmSync(this.draftFile, { force: true });
        return reply;
      }
      case "uploadPicture": {
        try {
          const p = await storePicture(join(this.deps.dataDir, "menus"), Buffer.from(cmd.file.dataBase64, "base64"), cmd.file.fileName);
          return { type: "picture", ...p };
        } catch (err) {
          if (err instanceof PictureError) return { type: "error", code: "bad-picture", message: err.message };
          throw err;
        }
      }
      case "previewSpreadsheet":
        return this.preview(cmd.files);
      case "exportSpreadsheet": {
        const files = await spreadsheetFiles(menuToSheets(this.published()), cmd.format, `menu-${this.published().store.id}`);
        return { type: "spreadsheetFiles", files: files.map((f) => ({ fileName: f.fileName, mime: f.mime, dataBase64: f.data.toString("base64") })) };
      }
      case "menuHistory": {
        const h = this.deps.history;
        if (!h) return { type: "error", code: "no-history", message: this.deps.historyProblem ?? "the menu history is not available" };
        return { type: "menuHistory", versions: h.list(), currentId: h.latestId() ?? null };
      }
      case "restoreMenuVersion": {
        const h = this.deps.history;
        if (!h) return { type: "error", code: "no-history", message: this.deps.historyProblem ?? "the menu history is not available" };
        const v = h.menu(cmd.id);
        if (!v.ok) return { type: "error", code: "unknown-version", message: v.problem };
        return this.publish(v.menu, { by: cmd.by || DEFAULT_BY, source: "restore", note: `version ${cmd.id}` });
      }
    }
  }

  private async preview(files: { fileName: string; dataBase64: string }[]): Promise<AdminReply> {
    const read = await readSpreadsheetFiles(files.map((f) => ({ fileName: f.fileName, data: Buffer.from(f.dataBase64, "base64") })));
    const published = this.published();
    const empty = { added: [], changed: [], removed: [] };
    if (read.sheets.length === 0) {
      return { type: "spreadsheetPreview", ok: false, menu: null, diff: empty, fileProblems: read.problems, rowProblems: [], problems: [] };
    }
    const fromSheets = sheetsToMenu(read.sheets, published);
    const rowProblems: RowProblem[] = [...fromSheets.problems];
    const problems: FieldProblem[] = [];
    const check = validateMenu(fromSheets.menu);
    if (!check.ok) {
      for (const p of explainProblems(check.problems, fromSheets.menu, this.lang)) {
        const at = rowOfPath(p.path, fromSheets.rows);
        if (at) rowProblems.push({ ...at, message: `${p.where}: ${p.message}` });
        else problems.push(p);
      }
    }
    rowProblems.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
    return {
      type: "spreadsheetPreview",
      ok: check.ok && rowProblems.length === 0 && read.problems.length === 0,
      menu: fromSheets.menu,
      diff: check.ok ? diffMenus(published, check.menu) : empty,
      fileProblems: read.problems,
      rowProblems,
      problems,
    };
  }
}
