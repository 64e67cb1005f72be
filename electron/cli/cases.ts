// Case files (JSON Lines; docs/eval.md): one conversation per line with the customer's
// turns and, for scoring, the cart it must end with. Shared by `kiosk converse --cases`
// and `kiosk eval`. A malformed line is reported with its line number and never stops
// the other cases.
import { readFile } from "node:fs/promises";
import type { ExpectedCart } from "../core/cart/score.ts";
import { UsageError } from "./args.ts";

export interface Case {
  id: string;
  turns: string[];
  lang?: string;
  expect?: ExpectedCart;
}

export type CaseLine = { line: number; case: Case } | { line: number; error: string };

export async function readCases(file: string): Promise<CaseLine[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new UsageError(`cannot read cases file ${file}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message}`);
  }
  const out: CaseLine[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (!raw) continue;
    const parsed = parseCase(raw);
    out.push("error" in parsed ? { line: i + 1, error: parsed.error } : { line: i + 1, case: parsed });
  }
  return out;
}

export function parseCase(raw: string): Case | { error: string } {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return { error: "not a JSON object" };
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) return { error: "not a JSON object" };
  const o = v as Record<string, unknown>;
  if (typeof o.id !== "string" && typeof o.id !== "number") return { error: 'case has no "id"' };
  const id = String(o.id);
  if (!Array.isArray(o.turns) || !o.turns.every((t) => typeof t === "string")) return { error: `case ${id}: "turns" must be a list of strings` };
  const c: Case = { id, turns: o.turns as string[] };
  if (typeof o.lang === "string") c.lang = o.lang;
  if (o.expect !== undefined) {
    const e = o.expect as Record<string, unknown> | null;
    const linesOk = e !== null && typeof e === "object" && Array.isArray(e.lines) && e.lines.every(isCaseLine);
    if (!linesOk) return { error: `case ${id}: "expect.lines" must be a list of {item, qty, options?}` };
    if (e.orderOptions !== undefined && (typeof e.orderOptions !== "object" || e.orderOptions === null)) return { error: `case ${id}: "expect.orderOptions" must be an object` };
    c.expect = e as unknown as ExpectedCart;
  }
  return c;
}

function isCaseLine(l: unknown): boolean {
  if (typeof l !== "object" || l === null) return false;
  const o = l as Record<string, unknown>;
  return typeof o.item === "string" && typeof o.qty === "number" && (o.options === undefined || (typeof o.options === "object" && o.options !== null));
}
