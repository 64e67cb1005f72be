// "two milk teas and a lychee soda" → "no wait, just one milk tea", where "just one" is also
// an alias of a choice of another item (the bao's "1 piece"): a choice's name that is only a
// count ("just one", "two") said right before an item that does not take that choice's group
// counts that item. The choice's name won over the number, the milk teas stayed two and the
// "1 piece" fitted nothing. (A bare number before the item is left as it was read.) So in Korean after the item: "아니다 밀크티는 한 개만요", where
// "한 개" is the bao's "1개": one milk tea (three were made: "1개" fitted nothing).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { isCounter } from "./menu-counters.ts";
import { englishNumberWords, koreanNumberWords, parseDigits } from "./numbers.ts";
import type { Atom } from "./scan.ts";

// (Plain numbers only: "a half dozen red velvet", where "half dozen" is a box's choice, is read elsewhere.)
const NUMBER_WORDS = new Map(englishNumberWords().filter((w) => w.n > 0 && /^[a-z]+$/.test(w.text) && !/^(?:a|an|single|dozen)$/.test(w.text)).map((w) => [w.text, w.n]));
const KO_NUMBER_WORDS = new Map(koreanNumberWords().filter((w) => w.n > 0).map((w) => [w.text, w.n]));

/** The count, its counter and whether 만 ("only") was said, of Korean words that say only that ("한 개만요"). */
function koreanCountOnly(text: string, menu: MenuModel): { n: number; unit: string; only: boolean } | undefined {
  let t = text.trim().replace(/(?:이요|요)$/, "");
  const only = t.endsWith("만");
  if (only) t = t.slice(0, -1);
  const m = /^(\S+?)\s*([가-힣]+)$/.exec(t);
  if (!m) return undefined;
  const n = parseDigits(m[1]!) ?? KO_NUMBER_WORDS.get(m[1]!);
  return n !== undefined && isCounter(m[2]!, menu) ? { n, unit: m[2]!, only } : undefined;
}

/** The count a choice's words say and nothing more ("just one", "only 2"), else undefined. */
function countOnly(text: string): number | undefined {
  // (Said with "just"/"only": a bare "2" before an item, "2 pollock and chips", may be its "2 piece".)
  const m = /^(?:just|only)\s+(\S+)$/.exec(text.trim().toLowerCase());
  return m ? (parseDigits(m[1]!) ?? NUMBER_WORDS.get(m[1]!)) : undefined;
}

export function countSaidAsChoice(atoms: Atom[], menu: MenuModel, en: boolean): Atom[] {
  if (!en) return atoms.map((a, i) => koreanCount(atoms, i, menu) ?? a);
  return atoms.map((a, i) => {
    if (a.kind !== "menu" || !a.refs.length || !a.refs.every((r) => r.kind === "choice")) return a;
    const n = countOnly(a.text);
    const next = atoms[i + 1];
    if (n === undefined || next?.kind !== "menu") return a;
    const items = next.refs.flatMap((r) => (r.kind === "item" ? [r.item] : []));
    const groups = a.refs.flatMap((r) => (r.kind === "choice" ? [r.group] : []));
    if (!items.length || items.some((it) => groups.some((g) => menu.itemGroup(it, g)))) return a;
    return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "num", value: n, times: false, counted: false, article: false, flags: { ...a.flags } } as Atom;
  });
}

/** The Korean choice at i read as the count of the item right before it, or undefined. */
function koreanCount(atoms: readonly Atom[], i: number, menu: MenuModel): Atom | undefined {
  const a = atoms[i]!;
  const prev = atoms[i - 1];
  if (a.kind !== "menu" || !a.refs.length || !a.refs.every((r) => r.kind === "choice") || prev?.kind !== "menu") return undefined;
  const c = koreanCountOnly(a.text, menu);
  const items = prev.refs.flatMap((r) => (r.kind === "item" ? [r.item] : []));
  const groups = a.refs.flatMap((r) => (r.kind === "choice" ? [r.group] : []));
  if (!c || !items.length || items.some((it) => groups.some((g) => menu.itemGroup(it, g)))) return undefined;
  return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "num", value: c.n, times: false, counted: true, article: false, unit: c.unit, flags: { ...a.flags, ...(c.only ? { only: true } : {}) } } as Atom;
}
