// Money and text formatting for the screen. Prices in a menu and in a cart are
// integers in the currency's minor unit (KRW: won, USD: cents); how many minor
// digits a currency has comes from Intl, so any ISO 4217 currency works.

const digitsCache = new Map<string, number>();

/** How many minor-unit digits a currency has (KRW 0, USD 2, KWD 3). */
export function minorDigits(currency: string): number {
  const hit = digitsCache.get(currency);
  if (hit !== undefined) return hit;
  let digits = 2;
  try {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    // An unknown currency code: show the number as-is with the code (see formatMoney).
    digits = 0;
  }
  digitsCache.set(currency, digits);
  return digits;
}

/**
 * Locales where people write an amount followed by a unit word rather than a
 * symbol first ("4,500원", not "₩4,500"). Keyed by language, then currency.
 */
const unitSuffix: Record<string, Record<string, string>> = {
  ko: { KRW: "원" },
};

const formatterCache = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = formatterCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, opts);
    formatterCache.set(key, f);
  }
  return f;
}

/** 4500, "KRW", "ko" -> "4,500원"; 450, "USD", "en" -> "$4.50". */
export function formatMoney(minorUnits: number, currency: string, lang: string): string {
  const digits = minorDigits(currency);
  const amount = minorUnits / 10 ** digits;
  const suffix = unitSuffix[lang]?.[currency];
  if (suffix) {
    return formatter(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount) + suffix;
  }
  try {
    return formatter(lang, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
  } catch {
    return `${formatter(lang, { maximumFractionDigits: digits }).format(amount)} ${currency}`;
  }
}

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
