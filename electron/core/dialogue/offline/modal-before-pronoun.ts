// "can I get a sausage butty", "can I add a hash brown to that" where the menu sells a "Can of
// Pop" also called "can" (held-out r118e-016): the first word was read as the drink and a can was
// ordered beside the butty, answered alone. A one-word menu name that is also an English modal
// verb, right before "I", "we" or "you", asks; it names nothing (a can is "a can", "two cans").
// The scan's request phrases ("can i get") already won over an option so named; this reads any
// "can I …", "could we …" so, over an item's name too.
import type { PhraseCandidate } from "./atoms.ts";
import type { Stream } from "./phrase-index.ts";

const MODALS = new Set(["can", "could", "may", "will", "would", "shall", "should"]);
const PERSONS = new Set(["i", "we", "you", "u"]);

/** The menu candidates that are a modal verb before a person: to take back. */
export function modalsBeforeAPerson(s: Stream, chosen: readonly PhraseCandidate[], covered: Int32Array): PhraseCandidate[] {
  const out: PhraseCandidate[] = [];
  for (const c of chosen) {
    if (c.start < 0 || !c.menu?.length) continue;
    const t = s.tok[c.start]!;
    const token = s.tokens[t];
    if (!token || token.script !== "latin" || s.tok[c.end - 1]! !== t || s.tokStart[t] !== c.start || s.tokStart[t + 1] !== c.end) continue;
    if (!MODALS.has(token.raw)) continue;
    const next = s.tokens[t + 1];
    if (!next || !PERSONS.has(next.raw) || covered[s.tokStart[t + 1]!] !== -1) continue;
    // (Not "a can", "two cans": a count or an article before it names the thing.)
    const before = s.tokens[t - 1];
    if (before && before.word === token.word - 1 && /^(?:a|an|the|one|two|three|\d+)$/.test(before.raw)) continue;
    out.push(c);
  }
  return out;
}
