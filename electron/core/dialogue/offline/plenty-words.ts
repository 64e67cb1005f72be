// "lots of red sauce", "a lot of white sauce", "plenty of onions", "red sauce on it, lots":
// a word of plenty said with an option (before it with "of", or after it with nothing but
// "on it"/"on top" between) asks for more of it. Where the option's group has a choice
// that gives more ("Extra hot sauce"), that choice is meant. Where it has none, the word
// cannot be carried out, and dropping it would answer the customer wrong: it is left
// unplaced (a guess), as is "lots of fries" (how many?). The words stay filler elsewhere
// ("thanks a lot").
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { ADD_WORDS } from "./language.ts";
import type { MenuRef } from "./lexicon.ts";
import type { Atom } from "./scan.ts";

const PLENTY = new Set(["lot", "lots", "lotsa", "plenty", "loads", "load", "tons", "ton", "heaps"]);
/** Words that may stand between an option and a word of plenty said after it ("red sauce on it lots"). */
const BETWEEN_AFTER = new Set(["on", "it", "top", "the", "please", "and"]);
const MORE_WORDS = new Set([...ADD_WORDS.map((w) => w.toLowerCase()), "heavy", "lots", "double"]);

type MenuAtom = Atom & { kind: "menu" };

const isPlenty = (a: Atom | undefined) => !!a && (a.kind === "kw" || a.kind === "unknown") && PLENTY.has(a.text.toLowerCase());
const isWord = (a: Atom | undefined, w: string) => !!a && a.kind !== "menu" && a.text.toLowerCase() === w;

/** The group an option word names (the group itself or one of its choices), and only that. */
function groupOf(a: Atom | undefined): string | undefined {
  if (a?.kind !== "menu" || a.refs.some((r) => r.kind !== "group" && r.kind !== "choice")) return undefined;
  const groups = new Set(a.refs.map((r) => (r.kind === "group" || r.kind === "choice" ? r.group : "")));
  return groups.size === 1 ? [...groups][0] : undefined;
}

/** The one choice of a pick-one group that gives more of it ("Extra hot sauce", "More rice"). */
function moreChoice(menu: MenuModel, group: string): string | undefined {
  const g = menu.groups.get(group);
  if (!g || g.select !== "one") return undefined;
  const hits = (g.choices ?? []).filter((c) => Object.values(c.name).some((n) => MORE_WORDS.has(n.toLowerCase().split(/\s+/)[0] ?? "")));
  return hits.length === 1 ? hits[0]!.id : undefined;
}

export function plentyOfAnOption(atoms: Atom[], menu: MenuModel, unplaced: Atom[]): Atom[] {
  const out = [...atoms];
  const drop = new Set<number>();
  const upgrade = (at: number, words: number[]) => {
    const a = out[at] as MenuAtom;
    const group = groupOf(a)!;
    const choice = moreChoice(menu, group);
    if (!choice) {
      unplaced.push(...words.map((k) => atoms[k]!));
      return;
    }
    const span = [at, ...words];
    const first = atoms[Math.min(...span)]!;
    const last = atoms[Math.max(...span)]!;
    const ref: MenuRef = { kind: "choice", group, choice, name: false };
    out[at] = { ...a, start: first.start, tok0: first.tok0, end: last.end, tok1: last.tok1, refs: [ref] };
    for (const k of words) drop.add(k);
  };
  for (let i = 0; i < atoms.length; i++) {
    if (!isPlenty(atoms[i]) || drop.has(i)) continue;
    // "a lot of": the article belongs to the word of plenty.
    const words = atoms[i - 1]?.kind === "num" && (atoms[i - 1] as { article: boolean }).article ? [i - 1, i] : [i];
    // Before the option: "lots of red sauce", "plenty of the white sauce".
    let j = i + 1;
    if (isWord(atoms[j], "of")) {
      words.push(j++);
      if (isWord(atoms[j], "the")) words.push(j++);
      if (groupOf(atoms[j])) {
        upgrade(j, words);
        continue;
      }
      // "lots of fries": how many is not said.
      if (atoms[j]?.kind === "menu") {
        unplaced.push(...words.map((w) => atoms[w]!));
        continue;
      }
    }
    // After it: "red sauce on it lots", "white sauce, lots".
    let k = i - 1;
    const between: number[] = [];
    while (k >= 0 && (isWord(atoms[k], ",") || (atoms[k]!.kind === "kw" && BETWEEN_AFTER.has(atoms[k]!.text.toLowerCase())))) between.push(k--);
    const next = atoms[i + 1];
    const ends = !next || next.kind === "sep";
    if (ends && words.length === 1 && groupOf(atoms[k]) && !between.includes(k)) upgrade(k, [...between, i]);
  }
  return out.filter((_, i) => !drop.has(i));
}
