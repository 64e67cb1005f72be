// English says how many, and which one of several, with words about people rather than
// numbers: "two italians, mine on wheat", "the fish and chips, his with haddock" (a
// possessive opens a part of one, as "one with" does), and "me and my buddy both want the
// four piece fish and chips", "we'll both have the burger" (two people wanting one thing
// order two of it). Read here as the numbers they are, so the rest of the parse treats them
// as it treats "one" and "two". (Round 14 made both fish haddock, answered alone.)
import type { Atom } from "./atoms.ts";
import { asNumber, isItemAtom } from "./atom-forms.ts";

/** Whose one, said right before what it has. */
const WHOSE = /^(?:mine|his|hers)$/i;
const WHAT_IT_HAS = /^(?:with|without|w|no|on|in|as|extra)\b/i;
/** "both" as the subject's count: "we both want", "they'll both have", "both of us want". */
const WANTING = /^(?:want|wants|wanna|would|'d|like|need|needs|have|get|take|are|will|'ll|gonna|do|go)$/i;


export function whoseCounts(atoms: Atom[]): Atom[] {
  return atoms.map((a, i) => {
    if (a.kind !== "kw") return a;
    const next = atoms[i + 1];
    const before = atoms.slice(0, i);
    // "mine on wheat" only of something ordered before it in the same breath.
    if (WHOSE.test(a.text) && next?.kind === "kw" && WHAT_IT_HAS.test(next.text) && before.some(isItemAtom)) return asNumber(a, 1);
    if (/^both$/i.test(a.text) && !before.some((x) => isItemAtom(x) || x.kind === "num")) {
      let k = i + 1;
      if (/^of$/i.test(atoms[k]?.text ?? "") && /^us$/i.test(atoms[k + 1]?.text ?? "")) k += 2;
      if (!WANTING.test(atoms[k]?.text ?? "")) return a;
      // The thing wanted follows in the same clause, with no count of its own.
      const rest = atoms.slice(k);
      const end = rest.findIndex((x) => x.kind === "sep");
      const clause = end < 0 ? rest : rest.slice(0, end);
      const item = clause.findIndex(isItemAtom);
      if (item < 0 || clause.slice(0, item).some((x) => x.kind === "num" && !x.article && !isCountOfPieces(x, clause))) return a;
      return asNumber(a, 2);
    }
    return a;
  });
}

/** "the four piece fish and chips": a number counting an option group's pieces, not the item. */
function isCountOfPieces(n: Atom, clause: Atom[]): boolean {
  const after = clause[clause.indexOf(n) + 1];
  return after?.kind === "menu" && after.refs.length > 0 && after.refs.every((r) => r.kind === "group" || r.kind === "choice");
}

/**
 * "can we do the siu mai with an extra piece, there's five of us": a number of people
 * said for itself, not followed by what they want ("two of us want the burger" counts the
 * burgers). It counts nothing said, and whether it should (one each?) only the customer
 * knows: the number counts nothing, and the turn is a guess (`partySizeGuesses`).
 * (Round 26 rang up five baskets, answered alone.)
 */
export function partySize(atoms: Atom[]): Atom[] {
  return atoms.map((a, i) => {
    if (a.kind !== "num" || a.article) return a;
    if (!/^of$/i.test(atoms[i + 1]?.text ?? "") || !/^us$/i.test(atoms[i + 2]?.text ?? "")) return a;
    // ("for the three of us, a lamb over rice, …": said of the orders that follow, for-whom.ts.)
    // ("there are three of us, each gets a tonkotsu": one each is said, whose-counts' count.)
    if (WANTING.test(atoms[i + 3]?.text ?? "") || /^(?:the|for)$/i.test(atoms[i - 1]?.text.trim() ?? "")) return a;
    if (atoms.slice(i + 3).some((x) => x.kind === "kw" && (x.flags.each || /^(?:each|everyone|everybody|all)$/i.test(x.text.trim())))) return a;
    return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "kw", keywords: ["filler"], flags: { party: true } } as Atom;
  });
}

export function partySizeGuesses(atoms: readonly Atom[]): string[] {
  return atoms.filter((a) => a.kind === "kw" && a.flags.party).map((a) => `"${a.text} of us": one each, or as said?`);
}
