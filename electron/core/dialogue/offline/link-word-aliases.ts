// "a cheesesteak no onions with provolone" where the menu gives its "With fried onions"
// choice the alias "with": a choice named by nothing but one of the language's linking
// words ("with", "without") is that choice only when it is said alone; right before another
// menu thing it is the linking word that introduces it ("with provolone"), and reading it as
// the choice would undo a refusal said just before ("no onions").
import type { Atom } from "./scan.ts";
import type { FunctionWord, Keyword } from "./language.ts";
import { languageLexicon } from "./language.ts";
import { keyOf } from "./lexicon.ts";

/** The linking keywords such a word may stand for. */
const LINKS: ReadonlySet<Keyword> = new Set<Keyword>(["with", "without", "add"]);

/** The language's function words by key, read once. */
let byKey: Map<string, { payloads: FunctionWord[] }> | undefined;
/** The language's linking keywords the words are, when they are nothing else. */
function linkKeywords(text: string): Keyword[] {
  byKey ??= new Map(languageLexicon().index.entries.map((e) => [e.key, e]));
  const entry = byKey.get(keyOf(text));
  const kws = (entry?.payloads ?? []).flatMap((p) => (p.kind === "kw" ? [p.keyword] : []));
  return kws.length && kws.every((k) => LINKS.has(k)) ? kws : [];
}

export function linkWordBeforeAThing(atoms: Atom[]): Atom[] {
  return atoms.map((a, i) => {
    const next = atoms[i + 1];
    // (Also a group so named: a currywurst's sides headed "With" — "a wiener schnitzel with potato
    // salad, uh, no, with fries" (held-out r120e-019) read both "with"s as that heading.)
    if (a.kind !== "menu" || !a.refs.length || !(a.refs.every((r) => r.kind === "choice") || a.refs.every((r) => r.kind === "group"))) return a;
    if (next?.kind !== "menu" || !next.refs.length) return a;
    const kws = linkKeywords(a.text);
    if (!kws.length) return a;
    return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "kw", keywords: kws, flags: {} };
  });
}
