// Scores a final cart against the cart a case expects (the case format of docs/eval.md):
// lines compared as a multiset of (item, fully resolved options) with quantities,
// options a line does not name taking the item's default, the total checked against
// the menu's prices, and the order options the case names. Pure: used by `kiosk eval`
// and by the regression tests that run the project's own case sets.
import type { MenuModel } from "../../../shared/menu/model.ts";
import { unitPriceOf } from "../../../shared/menu/model.ts";
import type { OptionValue } from "../../../shared/menu/schema.ts";

export interface CaseLine {
  item: string;
  qty: number;
  options?: Record<string, OptionValue>;
}

export interface ExpectedCart {
  lines: CaseLine[];
  orderOptions?: Record<string, OptionValue>;
}

/** The parts of a reported cart (`kiosk converse --json`) that scoring reads. */
export interface ReportedCart {
  lines: CaseLine[];
  orderOptions?: Record<string, OptionValue>;
  total?: number;
}

function normalValue(model: MenuModel, itemId: string, groupId: string, v: OptionValue | undefined): unknown {
  const g = model.itemGroup(itemId, groupId)!;
  if (g.select === "many") {
    const arr = Array.isArray(v) ? v : v == null ? [] : [v];
    const order = (g.group.choices ?? []).map((c) => c.id);
    return [...new Set(arr as string[])].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  if (g.select === "count") return Number(v ?? 0);
  return v ?? null;
}

/** A canonical key for a line: the item and every option group it has, resolved. */
export function lineKey(model: MenuModel, line: CaseLine): string {
  if (!model.item(line.item)) return `UNKNOWN-ITEM:${line.item}`;
  const opts = line.options ?? {};
  const groups = model.itemGroups(line.item);
  const parts = groups.map((g) => `${g.id}=${JSON.stringify(normalValue(model, line.item, g.id, g.id in opts ? opts[g.id] : g.default))}`);
  for (const k of Object.keys(opts)) if (!groups.some((g) => g.id === k)) parts.push(`EXTRA:${k}=${JSON.stringify(opts[k])}`);
  return `${line.item}{${parts.join(",")}}`;
}

function bag(model: MenuModel, lines: readonly CaseLine[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of lines) {
    const k = lineKey(model, l);
    out.set(k, (out.get(k) ?? 0) + Number(l.qty ?? 0));
  }
  for (const [k, q] of out) if (q === 0) out.delete(k);
  return out;
}

/** What differs between the expected and the reported cart; empty when the case passes. */
export function cartDifferences(model: MenuModel, expected: ExpectedCart, got: ReportedCart): string[] {
  const want = bag(model, expected.lines);
  const have = bag(model, got.lines);
  const problems: string[] = [];
  for (const k of new Set([...want.keys(), ...have.keys()])) {
    const e = want.get(k) ?? 0;
    const g = have.get(k) ?? 0;
    if (e !== g) problems.push(`${k}: expected ${e}, got ${g}`);
  }
  if (problems.length === 0 && got.total !== undefined) {
    const total = expected.lines.reduce((sum, l) => sum + expectedUnitPrice(model, l) * Number(l.qty ?? 0), 0);
    if (got.total !== total) problems.push(`total: expected ${total}, got ${got.total}`);
  }
  for (const [k, v] of Object.entries(expected.orderOptions ?? {})) {
    const def = model.orderGroup(k)?.default ?? null;
    const have = got.orderOptions?.[k] ?? def;
    if (have !== v) problems.push(`orderOptions.${k}: expected ${String(v)}, got ${String(have)}`);
  }
  return problems;
}

function expectedUnitPrice(model: MenuModel, line: CaseLine): number {
  const opts: Record<string, OptionValue> = {};
  for (const g of model.itemGroups(line.item)) {
    const v = line.options?.[g.id] ?? g.default;
    if (v !== undefined) opts[g.id] = v;
  }
  return unitPriceOf(model, line.item, opts);
}
