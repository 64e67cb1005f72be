// How single cells of the menu spreadsheet are written and read: lists, yes/no,
// prices, item aliases with preset options and an item's option groups with its
// narrowing. The layout itself (which sheet, which column) is in sheets.ts.
import type { ItemAlias, ItemGroupRef, OptionValue } from "../menu/schema.ts";

/** Entries of a list cell (aliases, tags) are separated by " | ". */
export const LIST_SEPARATOR = " | ";

export const joinList = (list: readonly string[] | undefined): string => (list ?? []).join(LIST_SEPARATOR);

export function splitList(cell: string): string[] {
  return cell
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

const YES = new Set(["yes", "y", "true", "1", "o", "품절", "예"]);
const NO = new Set(["", "no", "n", "false", "0", "x", "아니오", "판매"]);

export function readYesNo(cell: string): boolean | string {
  const v = cell.trim().toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return `"${cell}" is not yes or no`;
}

/** A whole number, allowing thousands separators and a currency sign ("4,500", "₩4500"). */
export function readWholeNumber(cell: string, allowNegative = false): number | string {
  const v = cell.trim().replace(/^[₩$€£¥]\s*/, "").replace(/(\d),(?=\d{3}(\D|$))/g, "$1");
  if (!/^-?\d+$/.test(v)) return `"${cell}" is not a whole number`;
  const n = Number(v);
  if (!Number.isSafeInteger(n)) return `"${cell}" is too large`;
  if (n < 0 && !allowNegative) return `"${cell}" must not be negative`;
  return n;
}

/** How a group is chosen decides how a value cell is read ("count" → number, "many" → list). */
export type SelectOf = (groupId: string) => "one" | "many" | "count" | undefined;

export function writeValue(v: OptionValue): string {
  return Array.isArray(v) ? v.join("+") : String(v);
}

export function readValue(raw: string, select: "one" | "many" | "count" | undefined): OptionValue {
  if (select === "many") return raw.split("+").map((s) => s.trim()).filter(Boolean);
  if (select === "count" || (select === undefined && /^-?\d+$/.test(raw))) {
    const n = Number(raw);
    return Number.isInteger(n) ? n : raw;
  }
  return raw.includes("+") && select === undefined ? raw.split("+").map((s) => s.trim()) : raw;
}

/** `아아 [temp=iced shots=1]`: an alias whose words also choose options. */
export function writeAlias(a: ItemAlias): string {
  if (typeof a === "string") return a;
  const opts = Object.entries(a.options).map(([g, v]) => `${g}=${writeValue(v)}`);
  return `${a.text} [${opts.join(" ")}]`;
}

export function readAlias(entry: string, selectOf: SelectOf): ItemAlias | string {
  const m = /^(.*?)\s*\[([^\]]*)\]$/.exec(entry);
  if (!m) return entry;
  const options: Record<string, OptionValue> = {};
  for (const tok of m[2]!.trim().split(/\s+/).filter(Boolean)) {
    const eq = tok.indexOf("=");
    if (eq <= 0 || eq === tok.length - 1) return `!the alias "${entry}" has "${tok}"; write options as group=choice`;
    const g = tok.slice(0, eq);
    options[g] = readValue(tok.slice(eq + 1), selectOf(g));
  }
  return { text: m[1]!, options };
}

/**
 * An item's option groups: `temp, size: choices=regular|large default=large, shots: max=2`.
 * Groups are separated by commas; after a colon come the item's own narrowing words.
 */
export function writeGroupRefs(refs: readonly ItemGroupRef[] | undefined): string {
  return (refs ?? [])
    .map((r) => {
      if (typeof r === "string") return r;
      const parts: string[] = [];
      if (r.choices) parts.push(`choices=${r.choices.join("|")}`);
      if (r.default !== undefined) parts.push(`default=${r.default}`);
      if (r.min !== undefined) parts.push(`min=${r.min}`);
      if (r.max !== undefined) parts.push(`max=${r.max}`);
      return parts.length ? `${r.group}: ${parts.join(" ")}` : `{${r.group}}`;
    })
    .join(", ");
}

export function readGroupRefs(cell: string, selectOf: SelectOf): ItemGroupRef[] | string {
  const out: ItemGroupRef[] = [];
  for (const part of cell.split(",").map((s) => s.trim()).filter(Boolean)) {
    // `{temp}` keeps the object form of a reference that narrows nothing (round trip).
    const bare = /^\{([^}]+)\}$/.exec(part);
    if (bare) {
      out.push({ group: bare[1]!.trim() });
      continue;
    }
    const colon = part.indexOf(":");
    if (colon < 0) {
      out.push(part);
      continue;
    }
    const group = part.slice(0, colon).trim();
    const ref: Exclude<ItemGroupRef, string> = { group };
    for (const tok of part.slice(colon + 1).trim().split(/\s+/).filter(Boolean)) {
      const [key, value = ""] = tok.split("=", 2) as [string, string?];
      if (value === "") return `"${tok}" in "${part}" needs a value (like max=2)`;
      if (key === "choices") ref.choices = value.split("|").filter(Boolean);
      else if (key === "default") ref.default = readValue(value, selectOf(group)) as string | number;
      else if (key === "min" || key === "max") {
        const n = readWholeNumber(value);
        if (typeof n === "string") return `${key} in "${part}": ${n}`;
        ref[key] = n;
      } else return `"${key}" in "${part}" is not one of choices, default, min, max`;
    }
    out.push(ref);
  }
  return out;
}
