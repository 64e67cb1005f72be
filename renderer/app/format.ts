// Formatting for the screen. Money is written as shared/wording.ts writes it (the
// engines' replies say it from the same module).

export { formatMoney, minorDigits } from "../../shared/wording.ts";
import { formatMoney } from "../../shared/wording.ts";

/** A price difference for an option: "+500원", "−$0.50"; empty for 0. */
export function formatPriceDelta(minorUnits: number, currency: string, lang: string): string {
  if (!minorUnits) return "";
  const sign = minorUnits > 0 ? "+" : "−";
  return sign + formatMoney(Math.abs(minorUnits), currency, lang);
}

/** A language's own name for itself ("ko" -> "한국어", "en" -> "English"). */
export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: "language" }).of(code);
    if (name && name !== code) return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    // fall through
  }
  return code.toUpperCase();
}

/** Join an asset base ("/assets/menu/" or "http://x/menu") and a menu-relative path. */
export function assetUrl(assetBase: string, path: string | undefined): string | undefined {
  if (!path) return undefined;
  if (/^(?:[a-z]+:|\/)/i.test(path)) return path;
  const base = assetBase.endsWith("/") ? assetBase : `${assetBase}/`;
  return base + path.split("/").map(encodeURIComponent).join("/");
}
