// "half a dozen chocolate chip cookies" where "half" is a word of another item's name ("Party
// Pack of 6", also called "half dozen box"): an English number said in several words ("half a
// dozen", "a couple of") is the number, not a piece of a name its first word starts — read as
// the name's piece, "half" had made a party pack and "a dozen" twelve of it (held-out r112d-007).
// A name said whole ("half dozen box") is longer than the number and is kept.
import type { PhraseCandidate } from "./atom-kinds.ts";
import type { Stream } from "./phrase-index.ts";
import { englishNumberWords } from "./numbers.ts";

/** The number phrases of several words, each as its words. */
const PHRASES = englishNumberWords()
  .filter((w) => w.text.includes(" "))
  .map((w) => w.text.split(" "));

/** A chosen menu match, as the scan holds it. */
type Candidate = Pick<PhraseCandidate, "start" | "end" | "menu">;

/** Indices of the chosen menu matches, pieces of a name only, that start a longer number phrase. */
export function numberPhrasesOverNameParts(s: Stream, chosen: readonly Candidate[]): number[] {
  const out: number[] = [];
  chosen.forEach((c, idx) => {
    if (c.start < 0 || !c.menu?.length || !c.menu.every((r) => r.kind === "item" && r.partial)) return;
    const t = s.tok[c.start]!;
    const last = s.tok[c.end - 1]!;
    if (s.tokens[t]!.script !== "latin" || s.tokStart[t] !== c.start) return;
    const said = (k: number) => s.tokens[k]?.norm.toLowerCase();
    const longer = PHRASES.some((p) => p.length > last - t + 1 && p.every((w, k) => said(t + k) === w));
    if (longer) out.push(idx);
  });
  return out;
}
