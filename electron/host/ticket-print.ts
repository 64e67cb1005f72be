// How the Electron shell prints a kitchen ticket (electron/core/orders/ticket.ts), as
// pure decisions electron/main.ts only carries out: the page the hidden print window
// loads (a data: URL that may run nothing and fetch nothing), the paper size (80 mm
// roll, as long as the ticket), which printer (KIOSK_PRINTER, else the system
// default), and what staff read when printing fails.

/** Receipt roll width, in micrometres (Electron's pageSize unit). */
export const TICKET_WIDTH_UM = 80_000;
/** Used when the ticket's height could not be measured: long enough for a big order. */
export const TICKET_FALLBACK_HEIGHT_UM = 300_000;
/** Chromium refuses pages under 353 µm; a ticket is never shorter than this anyway. */
const MIN_HEIGHT_UM = 20_000;
/** A runaway measurement must not feed metres of paper. */
const MAX_HEIGHT_UM = 2_000_000;
/** 1 CSS px = 1/96 inch = 25 400/96 µm. */
const UM_PER_CSS_PX = 25_400 / 96;
/** Paper the printer feeds past the last line, so the cutter does not cut through it. */
const BOTTOM_SLACK_UM = 5_000;

/** The ticket's page locked down: no script, no fetches, only its own inline style. */
export const TICKET_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; script-src 'none'; form-action 'none'; base-uri 'none'";

/** The ticket HTML as the data: URL the hidden print window loads. */
export function ticketPageUrl(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${TICKET_PAGE_CSP}">`;
  // The policy must come before anything it governs, so right after <head>.
  const head = /<head(\s[^>]*)?>/i.exec(html);
  const page = head ? `${html.slice(0, head.index + head[0].length)}${meta}${html.slice(head.index + head[0].length)}` : `${meta}${html}`;
  return `data:text/html;charset=utf-8;base64,${Buffer.from(page, "utf8").toString("base64")}`;
}

/** Run in the loaded ticket page by main (executeJavaScript): the ticket's height in CSS px. */
export const TICKET_MEASURE_SCRIPT = "document.body.getBoundingClientRect().bottom";

/**
 * The page size for Electron's webContents.print: 80 mm wide, as long as the ticket
 * (its measured height in CSS px, or undefined when it could not be measured).
 */
export function ticketPageSize(contentHeightPx: number | undefined): { width: number; height: number } {
  if (contentHeightPx === undefined || !Number.isFinite(contentHeightPx) || contentHeightPx <= 0) {
    return { width: TICKET_WIDTH_UM, height: TICKET_FALLBACK_HEIGHT_UM };
  }
  const height = Math.ceil(contentHeightPx * UM_PER_CSS_PX) + BOTTOM_SLACK_UM;
  return { width: TICKET_WIDTH_UM, height: Math.min(MAX_HEIGHT_UM, Math.max(MIN_HEIGHT_UM, height)) };
}

export interface PrinterEntry {
  /** The name the OS knows it by (what webContents.print's deviceName wants). */
  name: string;
  displayName?: string;
}

export type PrinterChoice =
  /** deviceName undefined: the system's default printer. */
  | { ok: true; deviceName: string | undefined }
  | { ok: false; message: string };

/** The printer to use: the one KIOSK_PRINTER names (OS or display name), else the system default. */
export function choosePrinter(printers: readonly PrinterEntry[], wanted: string | undefined): PrinterChoice {
  if (printers.length === 0) return { ok: false, message: "no printer is installed on this computer; install the receipt printer first" };
  const name = wanted?.trim();
  if (!name) return { ok: true, deviceName: undefined };
  const found = printers.find((p) => p.name === name) ?? printers.find((p) => p.displayName === name);
  if (found) return { ok: true, deviceName: found.name };
  const known = printers.map((p) => (p.displayName && p.displayName !== p.name ? `${p.name} (${p.displayName})` : p.name));
  return { ok: false, message: `the printer "${name}" (KIOSK_PRINTER) is not installed; installed: ${known.join(", ")}` };
}

/** What staff read for Electron's print failure reasons. */
export function printFailureMessage(reason: string): string {
  const r = reason.trim();
  if (/cancel/i.test(r)) return "the print job was cancelled";
  if (/invalid printer settings/i.test(r)) return "the printer refused the settings (is the receipt printer the default printer, or named in KIOSK_PRINTER, and does it take 80 mm paper?)";
  if (/failed/i.test(r)) return "the printer could not print the ticket (is it on, connected and loaded with paper?)";
  return r ? `the ticket was not printed: ${r}` : "the ticket was not printed (the printer gave no reason)";
}
