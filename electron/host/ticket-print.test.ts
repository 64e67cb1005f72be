import { describe, expect, it } from "vitest";
import { choosePrinter, printFailureMessage, TICKET_FALLBACK_HEIGHT_UM, TICKET_PAGE_CSP, ticketPageSize, ticketPageUrl, TICKET_WIDTH_UM, type PrinterEntry } from "./ticket-print.ts";

const decode = (url: string) => {
  const prefix = "data:text/html;charset=utf-8;base64,";
  expect(url.startsWith(prefix)).toBe(true);
  return Buffer.from(url.slice(prefix.length), "base64").toString("utf8");
};

describe("ticketPageUrl", () => {
  it("puts the no-script, no-fetch policy first in <head> and keeps the ticket byte for byte (Korean included)", () => {
    const html = '<!doctype html>\n<html lang="ko"><head><meta charset="utf-8"><title>#12</title></head><body>아메리카노 &amp; 라떼</body></html>';
    const page = decode(ticketPageUrl(html));
    expect(page).toBe(html.replace("<head>", `<head><meta http-equiv="Content-Security-Policy" content="${TICKET_PAGE_CSP}">`));
  });

  it("finds a <head> with attributes, and is not fooled by <header>", () => {
    expect(decode(ticketPageUrl('<html><head lang="ko"><title>t</title></head><body><header>x</header></body></html>'))).toMatch(/^<html><head lang="ko"><meta http-equiv="Content-Security-Policy"/);
    expect(decode(ticketPageUrl("<body><header>x</header></body>"))).toMatch(/^<meta http-equiv="Content-Security-Policy"[^>]*><body><header>x<\/header>/);
  });

  it("allows no script, no fetch, no form", () => {
    for (const d of ["default-src 'none'", "script-src 'none'", "form-action 'none'", "base-uri 'none'"]) expect(TICKET_PAGE_CSP).toContain(d);
  });
});

describe("ticketPageSize", () => {
  const cases: Array<[string, number | undefined, number]> = [
    // 96 CSS px = 1 inch = 25 400 µm, plus 5 mm for the cutter.
    ["one inch of ticket", 96, 25_400 + 5_000],
    ["a typical ticket (600 px)", 600, 158_750 + 5_000],
    ["partial micrometres round up", 100, 26_459 + 5_000],
    ["a tiny page is at least 20 mm", 10, 20_000],
    ["a runaway measurement is capped at 2 m", 1_000_000, 2_000_000],
    ["no measurement", undefined, TICKET_FALLBACK_HEIGHT_UM],
    ["zero", 0, TICKET_FALLBACK_HEIGHT_UM],
    ["NaN", Number.NaN, TICKET_FALLBACK_HEIGHT_UM],
    ["Infinity", Number.POSITIVE_INFINITY, TICKET_FALLBACK_HEIGHT_UM],
  ];
  it.each(cases)("%s", (_name, px, height) => {
    expect(ticketPageSize(px)).toEqual({ width: TICKET_WIDTH_UM, height });
  });
});

describe("choosePrinter", () => {
  const installed: PrinterEntry[] = [
    { name: "EPSON_TM_T20III", displayName: "EPSON TM-T20III" },
    { name: "Office_Laser", displayName: "Office_Laser" },
  ];
  const cases: Array<[string, PrinterEntry[], string | undefined, ReturnType<typeof choosePrinter>]> = [
    ["nothing asked: the system default", installed, undefined, { ok: true, deviceName: undefined }],
    ["blank: the system default", installed, "  ", { ok: true, deviceName: undefined }],
    ["the OS name", installed, "EPSON_TM_T20III", { ok: true, deviceName: "EPSON_TM_T20III" }],
    ["the display name gives the OS name", installed, "EPSON TM-T20III", { ok: true, deviceName: "EPSON_TM_T20III" }],
    ["surrounding spaces are ignored", installed, " Office_Laser ", { ok: true, deviceName: "Office_Laser" }],
    [
      "a printer that is not there",
      installed,
      "Star_TSP100",
      { ok: false, message: 'the printer "Star_TSP100" (KIOSK_PRINTER) is not installed; installed: EPSON_TM_T20III (EPSON TM-T20III), Office_Laser' },
    ],
    ["no printer at all", [], undefined, { ok: false, message: "no printer is installed on this computer; install the receipt printer first" }],
    ["no printer at all, one asked for", [], "EPSON_TM_T20III", { ok: false, message: "no printer is installed on this computer; install the receipt printer first" }],
  ];
  it.each(cases)("%s", (_name, printers, wanted, expected) => {
    expect(choosePrinter(printers, wanted)).toEqual(expected);
  });
});

describe("printFailureMessage", () => {
  const cases: Array<[string, string]> = [
    ["Print job canceled", "the print job was cancelled"],
    ["Invalid printer settings", "the printer refused the settings (is the receipt printer the default printer, or named in KIOSK_PRINTER, and does it take 80 mm paper?)"],
    ["Print job failed", "the printer could not print the ticket (is it on, connected and loaded with paper?)"],
    ["Something new", "the ticket was not printed: Something new"],
    ["", "the ticket was not printed (the printer gave no reason)"],
  ];
  it.each(cases)("%j", (reason, message) => {
    expect(printFailureMessage(reason)).toBe(message);
  });
});
