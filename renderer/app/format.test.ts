import { describe, expect, it } from "vitest";
import { assetUrl, formatMoney, formatPriceDelta, languageName, minorDigits } from "./format.ts";

describe("formatMoney", () => {
  it.each([
    [4500, "KRW", "ko", "4,500원"],
    [4500, "KRW", "en", "₩4,500"],
    [0, "KRW", "ko", "0원"],
    [1250, "USD", "en", "$12.50"],
    [5, "USD", "en", "$0.05"],
    [1250, "EUR", "en", "€12.50"],
    [500, "JPY", "en", "¥500"],
    [12345, "KWD", "en", "KWD 12.345"],
  ])("%i %s in %s -> %s", (n, cur, lang, want) => {
    expect(formatMoney(n, cur, lang).replace(/\u00a0/g, " ")).toBe(want);
  });

  it("uses the currency's minor units from Intl", () => {
    expect(minorDigits("KRW")).toBe(0);
    expect(minorDigits("USD")).toBe(2);
    expect(minorDigits("KWD")).toBe(3);
  });

  it("shows a currency Intl does not know by its code, with two minor digits", () => {
    expect(formatMoney(1000, "XQZ", "en").replace(/\u00a0/g, " ")).toBe("XQZ 10.00");
  });
});

describe("formatPriceDelta", () => {
  it.each([
    [500, "KRW", "ko", "+500원"],
    [-500, "KRW", "ko", "−500원"],
    [0, "KRW", "ko", ""],
    [50, "USD", "en", "+$0.50"],
  ])("%i %s %s -> %s", (n, cur, lang, want) => {
    expect(formatPriceDelta(n, cur, lang)).toBe(want);
  });
});

describe("languageName", () => {
  it("names a language in itself", () => {
    expect(languageName("ko")).toBe("한국어");
    expect(languageName("en")).toBe("English");
    expect(languageName("ja")).toBe("日本語");
  });
});

describe("assetUrl", () => {
  it.each([
    ["/menu-assets/", "images/a.svg", "/menu-assets/images/a.svg"],
    ["/menu-assets", "images/a.svg", "/menu-assets/images/a.svg"],
    ["/m/", "images/big latte.png", "/m/images/big%20latte.png"],
    ["/m/", undefined, undefined],
  ])("%s + %s", (base, path, want) => {
    expect(assetUrl(base, path)).toBe(want);
  });
});
