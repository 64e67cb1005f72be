// One definition per tool: the strict JSON schema the model sees is generated from the
// same zod schema that parses its calls; menu ids are told to the model but left to
// the cart to refuse.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineTool, strictJsonSchema, toldModel } from "./define-tool.ts";
import { MenuModel } from "../../../../shared/menu/model.ts";
import { validateMenu } from "../../../../shared/menu/validate.ts";

describe("strictJsonSchema", () => {
  it.each([
    ["a nullable string with told ids", toldModel(z.string().nullish(), { enum: ["hot", "iced"] }), { type: ["string", "null"], enum: ["hot", "iced", null] }],
    ["a nullable integer", z.number().int().nullish(), { type: ["integer", "null"] }],
    ["a told range", toldModel(z.number().int(), { minimum: 1, maximum: 20 }), { type: "integer", minimum: 1, maximum: 20 }],
    ["a nullable array", z.array(z.string()).nullish(), { type: ["array", "null"], items: { type: "string" } }],
    ["no arguments", z.object({}), { type: "object", properties: {}, required: [], additionalProperties: false }],
    [
      "an object with optional fields and a catch-all",
      z.object({ a: z.string(), b: z.number().int().optional() }).catchall(z.string()),
      { type: "object", properties: { a: { type: "string" }, b: { type: "integer" } }, required: ["a", "b"], additionalProperties: false },
    ],
  ])("%s", (_name, schema, want) => {
    expect(strictJsonSchema(z.object({ x: schema })).properties).toEqual({ x: want });
  });
});

describe("defineTool", () => {
  const v = validateMenu({
    version: 1,
    store: { id: "t", name: { en: "T" }, currency: "USD", languages: ["en"] },
    optionGroups: [],
    categories: [{ id: "c", name: { en: "C" } }],
    items: [{ id: "tea", category: "c", name: { en: "Tea" }, price: 200 }],
  });
  if (!v.ok) throw new Error(v.problems.join("; "));
  const menu = new MenuModel(v.menu);
  const seen: unknown[] = [];
  const pick = defineTool({
    name: "pick",
    description: "Pick an item.",
    parameters: (m: MenuModel) => z.object({ item: toldModel(z.string(), { enum: m.menu.items.map((i) => i.id) }) }),
    execute: (args, { run }: { run: string }) => {
      seen.push([run, args.item]);
      return "done";
    },
  });
  const bound = pick.bind(menu);
  const fail = (code: string, message: string) => `${code}: ${message}`;

  it("sends the menu's ids to the model", () => {
    expect(bound.def).toEqual({
      name: "pick",
      description: "Pick an item.",
      strict: true,
      parameters: { type: "object", properties: { item: { type: "string", enum: ["tea"] } }, required: ["item"], additionalProperties: false },
    });
  });

  it("runs a call with parsed arguments; an id the menu lacks is the cart's to refuse", () => {
    expect(bound.call({ item: "coffee" }, { run: "r1", fail })).toBe("done");
    expect(seen).toEqual([["r1", "coffee"]]);
  });

  it("refuses arguments of the wrong shape before running", () => {
    expect(bound.call({ item: 3 }, { run: "r2", fail })).toMatch(/^invalid-arguments: bad arguments \(item: /);
    expect(seen).toHaveLength(1);
  });
});
