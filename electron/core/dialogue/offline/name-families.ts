// "can I get fish and chips" where the menu sells Cod & Chips, Haddock & Chips and Pollock &
// Chips: the words have the shape of a family of the menu's names ("<X> and chips"), with a
// word that is none of them in X's place. That is one of the family, which one not said —
// not a choice of some other item ("fish" as a kids meal's fish bites) and a side of chips.
// It is read as naming the family (the engine asks which, with buttons; hybrid hands it on),
// so the next turn's "the cod please" orders the dinner instead of adding to two wrong lines.
// Read from the menu's names only: any "<X> and <Y>" names shared by two items or more.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import { tokenize } from "./normalize.ts";
import type { Atom } from "./scan.ts";

/** A name's words, "&" said as "and" ("Cod & Chips" → cod, and, chips). */
function wordsOf(name: string): string[] {
  return tokenize(name.replace(/&/g, " and ").toLowerCase())
    .filter((t) => t.script !== "punct")
    .map((t) => t.norm);
}

/** The items with an English name "<something> and <tail>", and the heads they are named by. */
function family(menu: MenuModel, tail: string[]): { items: string[]; heads: Set<string> } {
  const items = new Set<string>();
  const heads = new Set<string>();
  for (const it of menu.menu.items) {
    const names = [it.name.en, ...(it.aliases?.en ?? [])].flatMap((n) => (typeof n === "string" ? [n] : n && typeof n === "object" && "text" in n ? [(n as { text: string }).text] : []));
    for (const n of names) {
      const w = wordsOf(n);
      const k = w.length - tail.length - 1;
      if (k < 1 || w[k] !== "and" || w.slice(k + 1).join(" ") !== tail.join(" ")) continue;
      items.add(it.id);
      heads.add(w.slice(0, k).join(" "));
    }
  }
  return { items: [...items], heads };
}

/** "<word> and <tail>" said where items are named "<X> and <tail>": one atom naming the family. */
export function familyNamedByItsTail(atoms: Atom[], menu: MenuModel): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const [a, and, b] = [atoms[i]!, atoms[i + 1], atoms[i + 2]];
    const merged = and?.kind === "sep" && and.why === "conj" && /^(?:and|&|n)$/i.test(and.text.trim()) && b?.kind === "menu" ? asFamily(a, b, menu) : undefined;
    if (merged) {
      out.push(merged);
      i += 2;
      continue;
    }
    out.push(a);
  }
  return out;
}

function asFamily(a: Atom, b: Atom & { kind: "menu" }, menu: MenuModel): Atom | undefined {
  // (The head is a word that orders nothing by itself: "a coke and chips" is two things.)
  const head = a.kind === "unknown" || (a.kind === "menu" && !a.fuzzy && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice"));
  if (!head || b.fuzzy || a.tok0 !== a.tok1) return undefined;
  const { items, heads } = family(menu, wordsOf(b.text));
  if (items.length < 2 || heads.has(wordsOf(a.text).join(" "))) return undefined;
  const refs: MenuRef[] = items.map((item) => ({ kind: "item", item, partial: true }));
  return { start: a.start, end: b.end, tok0: a.tok0, tok1: b.tok1, text: `${a.text} and ${b.text}`, kind: "menu", refs, fuzzy: false, partial: true, flags: { ...b.flags } };
}
