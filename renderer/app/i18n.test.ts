import { describe, expect, it } from "vitest";
import { strings, translator } from "./i18n.ts";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?::[^}]+)?\}/g)].map((m) => m[1]).sort();

describe("i18n table", () => {
  const langs = Object.keys(strings) as (keyof typeof strings)[];
  const keys = Object.keys(strings.en) as (keyof typeof strings.en)[];

  it("has every key in every language, with the same placeholders", () => {
    for (const lang of langs) {
      expect(Object.keys(strings[lang]).sort()).toEqual([...keys].sort());
      for (const k of keys) expect(placeholders(strings[lang][k]), `${lang}.${k}`).toEqual(placeholders(strings.en[k]));
    }
  });

  it("fills placeholders and falls back to English for a language it lacks", () => {
    expect(translator("ko")("addWithQty", { n: 3 })).toBe("3개 담기");
    expect(translator("en")("confirmOrder", { amount: "$5.00" })).toBe("Place order · $5.00");
    expect(translator("ja")("attractTitle")).toBe(strings.en.attractTitle);
    expect(translator("en")("idleBody")).toBe("Starting over in {s} s");
  });

  it("puts the Korean particle the value takes", () => {
    expect(translator("ko")("chooseFirst", { group: "원두" })).toBe("원두를 골라 주세요");
    expect(translator("ko")("chooseFirst", { group: "사이즈, 온도" })).toBe("사이즈, 온도를 골라 주세요");
    expect(translator("ko")("chooseFirst", { group: "샷" })).toBe("샷을 골라 주세요");
  });
});
