// Small shared pieces for the word-level passes that read or rewrite atoms (scan.ts's
// English passes, count-parts.ts, both-first.ts …): what an atom names, and an atom read
// as something else in the same place ("well" as filler, "his" as the number one).
import type { Atom } from "./atoms.ts";
import type { MenuRef } from "./lexicon.ts";

/** A menu phrase that names an item ("pitas", "fish and chips"). */
export function isItemAtom(a: Atom | undefined): boolean {
  return a?.kind === "menu" && a.refs.some((r) => r.kind === "item");
}

/** The items a menu phrase may name, in its refs' order ("horchata" may name the drink and the agua fresca so made). */
export const itemsOf = (a: Atom | undefined): string[] => (a?.kind === "menu" ? a.refs.flatMap((r) => (r.kind === "item" ? [r.item] : [])) : []);

/**
 * The one item a menu phrase names whole, where it names exactly one: its whole names of items
 * all name that item (a partial name of another, "새우" of "새우꼬치", is the weaker reading and
 * does not count); its other refs are of the kinds `beside` allows (a category or group of the
 * same name, a choice of that name), or of any kind with "any". A fuzzy match (a slip in
 * spelling) names nothing for certain unless `fuzzy` allows it.
 */
export function theItemNamed(a: Atom | undefined, beside: readonly MenuRef["kind"][] | "any", fuzzy = false): string | undefined {
  if (a?.kind !== "menu" || (a.fuzzy && !fuzzy)) return undefined;
  const items = new Set<string>();
  for (const r of a.refs) {
    if (r.kind === "item") {
      if (!r.partial) items.add(r.item);
    } else if (beside !== "any" && !beside.includes(r.kind)) return undefined;
  }
  return items.size === 1 ? [...items][0] : undefined;
}

/** The same words read as filler: said, accounted for, and meaning nothing for the order. */
export function asFiller(a: Atom): Atom {
  return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "kw", keywords: ["filler"], flags: {} };
}

/** The same words read as a plain count ("both" as two, "his" as one). */
export function asNumber(a: Atom, value: number): Atom {
  return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "num", value, times: false, counted: false, article: false, flags: {} };
}
