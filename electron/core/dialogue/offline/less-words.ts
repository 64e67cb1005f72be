// "less hot sauce", "not too much hot sauce", "not so much hot sauce, just a little",
// "hot sauce, just a little": words that ask for less of an option. Where the option's
// group has the one choice that gives less ("Light hot sauce", "Easy ice"), that choice is
// meant; "not … much" is never a refusal of it. Where it has none, the words cannot be
// carried out and are left unplaced (a guess), as plenty-words.ts does for more.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";

const LESS_WORDS = new Set(["light", "lite", "easy", "less", "little", "low"]);

type MenuAtom = Atom & { kind: "menu" };

const word = (a: Atom | undefined) => (a && a.kind !== "menu" ? a.text.toLowerCase().trim() : "");

/** The group an option word names (the group itself or one of its choices), and only that. */
function groupOf(a: Atom | undefined): string | undefined {
  if (a?.kind !== "menu" || !a.refs.length || a.refs.some((r) => r.kind !== "group" && r.kind !== "choice")) return undefined;
  const groups = new Set(a.refs.map((r) => (r.kind === "group" || r.kind === "choice" ? r.group : "")));
  return groups.size === 1 ? [...groups][0] : undefined;
}

/** The one choice of a pick-one group whose name starts with a word of less ("Light hot sauce", "A little ice"). */
function lessChoice(menu: MenuModel, group: string): string | undefined {
  const g = menu.groups.get(group);
  if (!g || g.select !== "one") return undefined;
  const first = (n: string) => n.toLowerCase().replace(/^a\s+/, "").split(/\s+/)[0] ?? "";
  const hits = (g.choices ?? []).filter((c) => Object.values(c.name).some((n) => LESS_WORDS.has(first(n))));
  return hits.length === 1 ? hits[0]!.id : undefined;
}

/** The words before atoms[i] that ask for less of it: their indexes, or undefined. */
function lessBefore(atoms: Atom[], i: number): number[] | undefined {
  let j = i - 1;
  if (word(atoms[j]) === "the") j--;
  // "less hot sauce", "a little less hot sauce", "less of the hot sauce".
  if (word(atoms[j]) === "less" || word(atoms[j]) === "less of") return word(atoms[j - 1]) === "a little" ? [j - 1, j] : [j];
  // "not too much hot sauce", "not so much", "not much".
  if (word(atoms[j]) !== "much") return undefined;
  const k = /^(too|so)$/.test(word(atoms[j - 1])) ? j - 2 : j - 1;
  return word(atoms[k]) === "not" ? Array.from({ length: j - k + 1 }, (_, n) => k + n) : undefined;
}

/** "just a little" right after atoms[i], ending its phrase ("hot sauce, just a little"): their indexes, or undefined. */
function littleAfter(atoms: Atom[], i: number): number[] | undefined {
  const out: number[] = [];
  let j = i + 1;
  if (atoms[j]?.kind === "sep" && word(atoms[j]) === ",") out.push(j++);
  if (/^(just|only)$/.test(word(atoms[j]))) out.push(j++);
  if (word(atoms[j]) !== "a little" && word(atoms[j]) !== "a little bit") return undefined;
  out.push(j);
  const next = atoms[j + 1];
  return !next || next.kind === "sep" ? out : undefined;
}

export function lessOfAnOption(atoms: Atom[], menu: MenuModel, unplaced: Atom[]): Atom[] {
  const out = [...atoms];
  const drop = new Set<number>();
  for (let i = 0; i < atoms.length; i++) {
    const group = groupOf(atoms[i]);
    if (!group || drop.has(i)) continue;
    const before = lessBefore(atoms, i);
    const after = littleAfter(atoms, i);
    if (!before && !after) continue;
    const words = [...(before ?? []), ...(after ?? [])];
    const choice = lessChoice(menu, group);
    if (!choice) {
      unplaced.push(...words.map((k) => atoms[k]!));
      continue;
    }
    const first = atoms[Math.min(i, ...words)]!;
    const last = atoms[Math.max(i, ...words)]!;
    const ref: MenuRef = { kind: "choice", group, choice, name: false };
    out[i] = { ...(atoms[i] as MenuAtom), start: first.start, tok0: first.tok0, end: last.end, tok1: last.tok1, refs: [ref] };
    for (const k of words) drop.add(k);
  }
  return out.filter((_, i) => !drop.has(i));
}
