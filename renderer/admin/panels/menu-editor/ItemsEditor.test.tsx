// The item form rendered to HTML: each problem sits under its own field, in words,
// tied to the input for screen readers.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { explainProblems } from "../../../../shared/menu-editor/problems.ts";
import { validateMenu } from "../../../../shared/menu/validate.ts";
import type { Draft } from "./draft.ts";
import { ItemsEditor } from "./ItemsEditor.tsx";
import { editorWords } from "./words.ts";

function render(d: Draft): string {
  const check = validateMenu(d);
  const problems = check.ok ? [] : explainProblems(check.problems, d, "ko");
  return renderToString(<ItemsEditor draft={d} change={() => {}} problems={problems} w={editorWords("en")} call={async () => ({ type: "done", message: "" })} lang="ko" />);
}

const base = (): Draft => ({
  version: 1,
  store: { id: "shop", name: { ko: "가게", en: "Shop" }, currency: "KRW", languages: ["ko", "en"] },
  optionGroups: [],
  categories: [{ id: "tea", name: { ko: "차", en: "Tea" } }],
  items: [{ id: "green", category: "tea", name: { ko: "녹차", en: "Green tea" }, price: "3천" }],
});

/** The field (label … its problems) whose label is `label`. */
function fieldHtml(html: string, label: string): string {
  const start = html.indexOf(`>${label}</label>`);
  expect(start, `no field "${label}"`).toBeGreaterThan(-1);
  const end = html.indexOf("</div>", start);
  return html.slice(start, end);
}

describe("item form problems", () => {
  it("a price typed in words: the message is under the price, the input marked and described by it", () => {
    const html = render(base());
    const price = fieldHtml(html, "Price");
    expect(price).toContain('aria-invalid="true"');
    expect(price).toMatch(/aria-describedby="[^"]+-problems"/);
    expect(price).toContain("must be a number");
    expect(fieldHtml(html, "Name (English)")).not.toContain("must");
  });

  it("a missing English name: said under the name's own field", () => {
    const d = base();
    d.items[0]!.price = 3000;
    d.items[0]!.name = { ko: "녹차" };
    const html = render(d);
    expect(html).toContain("English text is missing");
    expect(fieldHtml(html, "Price")).toContain('aria-invalid="false"');
  });
});
