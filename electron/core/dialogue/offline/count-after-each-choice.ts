// Korean "생크림 모찌 우유 맛 두 개, 인절미 맛 두 개요": the kinds counted one by one, each
// choice with its count right after it, the first said with the item. Joined by a comma
// rather than 랑/하고, the second was read as more words for the first line (a choice of the
// same group again, so the two split it: one of each, blind round 79). Said so, the second is
// one more line of its count made so, as after "and" (parse.ts).
import type { Atom } from "./scan.ts";
import type { Bare, Mod, Unit } from "./utterance.ts";

/** Whether the choice was said with a count right after it. */
function countedRightAfter(atoms: readonly Atom[], m: Mod): boolean {
  if (m.kind !== "choice" || m.neg || m.at === undefined) return false;
  const i = atoms.findIndex((a) => a.start === m.at);
  const next = atoms[i + 1];
  return i >= 0 && next?.kind === "num" && !next.article && !next.flags.topic && !next.flags.among;
}

/** The phrase after the comma and the line before it each say a choice, then its count. */
export function countedAfterEachChoice(prev: Unit, b: Bare, atoms: readonly Atom[]): boolean {
  if (!prev.qtyExplicit || prev.parts.length || !b.qtyExplicit || b.parts.length || !b.mods.length) return false;
  return prev.mods.some((m) => countedRightAfter(atoms, m)) && b.mods.some((m) => countedRightAfter(atoms, m));
}
