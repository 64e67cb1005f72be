// "nihari please" → (which bread?) → "with naan. and add nalli … oh and one more naan on the
// side": the bread answered, the same word said again with a count of its own ("a", "one more")
// cannot be that one choice once more: it is the naan sold alone, ordered beside (held-out
// r98a-020 dropped it, alone). Said of another choice of the group ("… and a roti") it may be a
// change of mind: left as it was read.
import type { Atom } from "./scan.ts";

/**
 * The word at `i`, naming a choice already given in this turn (`given`, "group/choice"), is
 * counted on its own: a number or article right before it, or "more" / "another" (read as more).
 */
export function answerSaidAgainAsItem(atoms: Atom[], i: number, choices: Array<{ group: string; choice: string }>, given: ReadonlySet<string>): boolean {
  if (!choices.length || !choices.every((c) => given.has(`${c.group}/${c.choice}`))) return false;
  const prev = atoms[i - 1];
  const more = (x: Atom | undefined) => x?.kind === "kw" && x.keywords.includes("more");
  return prev?.kind === "num" || more(prev);
}
