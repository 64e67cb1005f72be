import { describe, expect, it } from "vitest";
import { validateMenu } from "../menu/validate.ts";
import { explainProblems, problemsAt } from "./problems.ts";

function menu(): Record<string, unknown> & { items: Record<string, unknown>[]; optionGroups: Record<string, unknown>[] } {
  return {
    version: 1,
    store: { id: "shop", name: { ko: "가게", en: "Shop" }, currency: "KRW", languages: ["ko", "en"] },
    optionGroups: [{ id: "size", name: { ko: "크기", en: "Size" }, select: "one", choices: [{ id: "s", name: { ko: "작은", en: "Small" } }] }],
    categories: [{ id: "tea", name: { ko: "차", en: "Tea" } }],
    items: [
      { id: "green", category: "tea", name: { ko: "녹차", en: "Green tea" }, price: 3000, optionGroups: ["size"] },
      { id: "black", category: "tea", name: { ko: "홍차", en: "Black tea" }, price: 3500 },
    ],
  };
}

type M = ReturnType<typeof menu>;
const cases: [string, (m: M) => void, { path: string; where: string; message: string }][] = [
  ["a price typed as text", (m) => (m.items[1]!.price = "35OO"), { path: "items[1].price", where: 'Item "홍차", price', message: "must be a number" }],
  ["a price with decimals", (m) => (m.items[1]!.price = 3500.5), { path: "items[1].price", where: 'Item "홍차", price', message: "must be a whole number (no decimals)" }],
  ["a negative price", (m) => (m.items[0]!.price = -1), { path: "items[0].price", where: 'Item "녹차", price', message: "must not be negative" }],
  ["a missing English name", (m) => (m.items[0]!.name = { ko: "녹차" }), { path: "items[0].name", where: 'Item "녹차", name', message: "English text is missing" }],
  ["an empty Korean name", (m) => (m.items[0]!.name = { ko: "", en: "Green" }), { path: "items[0].name.ko", where: 'Item "Green", name (Korean)', message: "must not be empty" }],
  ["a duplicate id", (m) => (m.items[1]!.id = "green"), { path: "items[1].id", where: 'Item "홍차", id', message: 'duplicate item id "green"' }],
  ["an id with spaces", (m) => (m.items[1]!.id = "Black Tea"), { path: "items[1].id", where: 'Item "홍차", id', message: "use lowercase letters, digits, - and _ only, starting with a letter or digit" }],
  ["a half-filled item", (m) => m.items.push({ id: "new" }), { path: "items[2].category", where: 'Item "new", category', message: "is required" }],
  ["an unknown category", (m) => (m.items[0]!.category = "coffee"), { path: "items[0].category", where: 'Item "녹차", category', message: 'unknown category "coffee"' }],
  ["a choice without an English name", (m) => ((m.optionGroups[0]!.choices as { name: object }[])[0]!.name = { ko: "작은" }), { path: "optionGroups[0].choices[0].name", where: 'Option group "크기", choice "작은", name', message: "English text is missing" }],
];

describe("validation problems in words", () => {
  it.each(cases)("%s", (_n, breakIt, expected) => {
    const m = menu();
    breakIt(m);
    const check = validateMenu(m);
    expect(check.ok).toBe(false);
    const explained = explainProblems(check.problems, m, "ko");
    expect(explained).toContainEqual(expected);
    // Never a bare JSON path as the message.
    for (const p of explained) expect(p.message).not.toMatch(/\w\[\d+\]\./);
  });

  const korean: [string, (m: M) => void, { path: string; where: string; message: string }][] = [
    ["a price typed as text", (m) => (m.items[1]!.price = "35OO"), { path: "items[1].price", where: '상품 "홍차", 가격', message: "숫자로 적어 주세요" }],
    ["a missing English name", (m) => (m.items[0]!.name = { ko: "녹차" }), { path: "items[0].name", where: '상품 "녹차", 이름', message: "영어가 비어 있어요" }],
    ["a duplicate id", (m) => (m.items[1]!.id = "green"), { path: "items[1].id", where: '상품 "홍차", ID', message: 'ID "green"가 겹쳐요' }],
    ["an unknown category", (m) => (m.items[0]!.category = "coffee"), { path: "items[0].category", where: '상품 "녹차", 카테고리', message: '카테고리 "coffee"가 없어요' }],
    ["no items", (m) => (m.items = []), { path: "items", where: "상품", message: "상품이 하나 이상 있어야 해요" }],
  ];
  it.each(korean)("in Korean for Korean staff: %s", (_n, breakIt, expected) => {
    const m = menu();
    breakIt(m);
    expect(explainProblems(validateMenu(m).problems, m, "ko", "ko")).toContainEqual(expected);
  });

  it("a form finds the problems of a field and of everything inside it", () => {
    const m = menu();
    m.items[0]!.name = { ko: "" };
    const explained = explainProblems(validateMenu(m).problems, m);
    expect(problemsAt(explained, "items[0]").map((p) => p.path).sort()).toEqual(["items[0].name", "items[0].name.ko"]);
    expect(problemsAt(explained, "items[0].name", true).map((p) => p.path)).toEqual(["items[0].name"]);
    expect(problemsAt(explained, "items[1]")).toEqual([]);
  });
});
