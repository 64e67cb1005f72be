// "afternoon tea for two please" of the "Afternoon Tea Set (for two)" ("애프터눈 티 세트 (2인)"),
// "애프터눈 세트 2인 하나요": the people an item's own name says it is for, said right after a
// shorter name of it, are that name's words, not a count: one set, not two. (Held-out r72d-029
// made two sets, alone.) Read from the item's names in every language: "for two", "for 2",
// "2인", "2인용", "두 명". Where the name says no such number, "for two" stays a count (and
// count-in-its-name's read-back makes a line of a number its name holds a guess).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { spokenNames } from "./name-forms.ts";
import { englishNumberWords, koreanNumberWords } from "./numbers.ts";
import type { Atom } from "./scan.ts";

const cache = new WeakMap<MenuModel, Map<string, Set<number>>>();

const numberOf = (w: string): number | undefined =>
  /^\d{1,2}$/.test(w) ? Number(w) : [...englishNumberWords(), ...koreanNumberWords()].find((x) => x.text === w.toLowerCase() && x.n > 1)?.n;

/** How many people the item's own names say it is for ("for two", "(2인)", "2인용", "두 명"). */
export function peopleInItsName(menu: MenuModel, item: string): Set<number> {
  let byItem = cache.get(menu);
  if (!byItem) cache.set(menu, (byItem = new Map()));
  let out = byItem.get(item);
  if (!out) {
    out = new Set(spokenNames(menu.item(item)).flatMap((n) => [...peopleInAName(n)]));
    byItem.set(item, out);
  }
  return out;
}

/** How many people one name says it is for ("Pot for two", "(2인)"). */
export function peopleInAName(n: string): Set<number> {
  const out = new Set<number>();
  for (const m of n.matchAll(/\bfor\s+(?:the\s+)?([a-z0-9]+)\b/gi)) {
    const v = numberOf(m[1]!);
    if (v !== undefined) out.add(v);
  }
  for (const m of n.matchAll(/(\d{1,2}|[가-힣]{1,2})\s?(?:인|명)(?:용|분)?(?![가-힣])/g)) {
    const v = numberOf(m[1]!);
    if (v !== undefined) out.add(v);
  }
  return out;
}

const PEOPLE_UNITS = /^(?:인|인용|명|인분)$/;

/** The item's atom grown over the people its name says it is for, said right after it. */
export function countInItsName(atoms: Atom[], menu: MenuModel): Atom[] {
  let out: Atom[] | undefined;
  for (let i = 0; i + 1 < atoms.length; i++) {
    const a = atoms[i]!;
    if (a.kind !== "menu" || a.fuzzy) continue;
    const items = [...new Set(a.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : [])))];
    if (items.length !== 1) continue;
    const f = atoms[i + 1]!;
    const english = f.kind === "kw" && /^for$/i.test(f.text.trim());
    const n = english ? atoms[i + 2] : f;
    // (A number may have been read as a choice another item names by it, "2" of "2 pieces".)
    const value = n?.kind === "num" && !n.article && !n.times ? n.value : n?.kind === "menu" && n.refs.length > 0 && n.refs.every((r) => r.kind === "choice") && /^\d{1,2}$/.test(n.text.trim()) ? Number(n.text.trim()) : undefined;
    if (!n || value === undefined) continue;
    // (Korean "2인" may come as the number and the word 인 the scan does not know.)
    const unitAfter = !english && !(n.kind === "num" && n.unit) && atoms[i + 2]?.kind === "unknown" && PEOPLE_UNITS.test(atoms[i + 2]!.text.trim()) ? atoms[i + 2] : undefined;
    if (!english && !unitAfter && !(n.kind === "num" && PEOPLE_UNITS.test((n.unit ?? "").replace(/\s/g, "")))) continue;
    if (!peopleInItsName(menu, items[0]!).has(value)) continue;
    out ??= [...atoms];
    const last = unitAfter ?? n;
    const grown = { ...a, flags: { ...a.flags, nameHolds: true }, end: last.end, tok1: last.tok1, text: `${a.text} ${english ? `${f.text.trim()} ` : ""}${n.text}${unitAfter ? unitAfter.text.trim() : ""}` } as Atom;
    out.splice(out.indexOf(a), english || unitAfter ? 3 : 2, grown);
  }
  return out ?? atoms;
}
