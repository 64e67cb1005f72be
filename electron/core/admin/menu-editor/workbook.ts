// Spreadsheet files in and out: one XLSX workbook with the sheets Items, Options,
// Categories and Store, or one CSV file per sheet (a CSV's sheet is told by its
// header row, so the files may be named anything). The layout itself is in
// shared/menu-editor/sheets.ts.
import ExcelJS from "exceljs";
import { parseCsv, writeCsv } from "../../../../shared/menu-editor/csv.ts";
import { SHEET_NAMES, sheetOfHeader, type Sheet, type SheetName } from "../../../../shared/menu-editor/sheets.ts";

export interface UploadedFile {
  fileName: string;
  data: Buffer;
}

export interface DownloadFile {
  fileName: string;
  mime: string;
  data: Buffer;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_MIME = "text/csv";

const isZip = (b: Buffer) => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b;

/** Read uploaded files into sheets; each file or sheet that cannot be read is a problem, not an exception. */
export async function readSpreadsheetFiles(files: readonly UploadedFile[]): Promise<{ sheets: Sheet[]; problems: string[] }> {
  const sheets = new Map<SheetName, Sheet>();
  const problems: string[] = [];
  const add = (s: Sheet, from: string) => {
    if (sheets.has(s.name)) problems.push(`${from}: a second ${s.name} sheet; keep one`);
    else sheets.set(s.name, s);
  };
  for (const f of files) {
    if (/\.xlsx$/i.test(f.fileName) || isZip(f.data)) {
      try {
        for (const s of await readXlsx(f.data)) add(s, f.fileName);
      } catch (err) {
        problems.push(`${f.fileName}: not a readable .xlsx workbook (${(err as Error).message})`);
      }
      continue;
    }
    if (/\.xls$/i.test(f.fileName)) {
      problems.push(`${f.fileName}: the old .xls format cannot be read; save it as .xlsx or .csv`);
      continue;
    }
    const text = f.data.toString("utf8");
    if (text.includes("\u0000") || text.includes("\ufffd")) {
      problems.push(`${f.fileName}: not a UTF-8 text (CSV) file; save the spreadsheet as "CSV UTF-8" or .xlsx`);
      continue;
    }
    const csv = parseCsv(text);
    if (csv.problem) {
      problems.push(`${f.fileName}: ${csv.problem}`);
      continue;
    }
    const name = csv.rows[0] ? sheetOfHeader(csv.rows[0]) : undefined;
    if (!name) {
      problems.push(`${f.fileName}: the first row does not look like the header of an Items, Options, Categories or Store sheet`);
      continue;
    }
    add({ name, rows: csv.rows }, f.fileName);
  }
  if (sheets.size === 0 && problems.length === 0) problems.push("no sheets found");
  return { sheets: [...sheets.values()], problems };
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return cellText(v.result as ExcelJS.CellValue);
    if ("text" in v) return String(v.text);
    if ("error" in v) return String(v.error);
  }
  return String(v);
}

async function readXlsx(data: Buffer): Promise<Sheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const out: Sheet[] = [];
  wb.eachSheet((ws) => {
    const rows: string[][] = [];
    const width = ws.columnCount;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
      rows.push(cells);
    }
    const byName = SHEET_NAMES.find((n) => n.toLowerCase() === ws.name.trim().toLowerCase());
    const name = byName ?? (rows[0] ? sheetOfHeader(rows[0]) : undefined);
    if (name) out.push({ name, rows });
  });
  return out;
}

const canonicalInteger = /^-?(0|[1-9]\d{0,14})$/;

export async function writeXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) => {
      // Whole numbers go in as numbers (prices add up in the spreadsheet); they read back as the same text.
      ws.addRow(i === 0 ? r : r.map((c) => (canonicalInteger.test(c) ? Number(c) : c)));
    });
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: "frozen", ySplit: 1 }];
    s.rows[0]?.forEach((h, i) => (ws.getColumn(i + 1).width = Math.min(40, Math.max(10, h.length + 2))));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function spreadsheetFiles(sheets: readonly Sheet[], format: "csv" | "xlsx", baseName: string): Promise<DownloadFile[]> {
  if (format === "xlsx") return [{ fileName: `${baseName}.xlsx`, mime: XLSX_MIME, data: await writeXlsx(sheets) }];
  return sheets.map((s) => ({ fileName: `${baseName}-${s.name.toLowerCase()}.csv`, mime: CSV_MIME, data: Buffer.from(writeCsv(s.rows), "utf8") }));
}
