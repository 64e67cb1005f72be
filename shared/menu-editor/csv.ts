// CSV as spreadsheets write it (RFC 4180): fields separated by commas, quoted with
// double quotes when they hold a comma, a quote or a line break; "" is a quote.
// Pure, so the admin screen and the Node side read and write the same way.

/** Parse CSV text into rows of fields. A UTF-8 BOM (Excel adds one) is dropped. */
export function parseCsv(text: string): { rows: string[][]; problem?: string } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  let line = 1;
  let quoteStartLine = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (ch === "\n") line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      quoteStartLine = line;
      i++;
    } else if (ch === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (ch === "\r" || ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1;
      line++;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) return { rows, problem: `a quoted field that starts on line ${quoteStartLine} is never closed` };
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows };
}

const needsQuotes = /[",\r\n]|^\s|\s$/;

/** Write rows as CSV (CRLF line ends, as Excel writes), with a BOM so Excel reads Korean as UTF-8. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  const body = rows.map((r) => r.map((f) => (needsQuotes.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(",")).join("\r\n");
  return `\ufeff${body}\r\n`;
}
