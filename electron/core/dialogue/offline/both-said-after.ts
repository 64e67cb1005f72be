// A read-back check: "both of them", "for both", "all of them" closing an English turn that
// made two or more lines says what came before it goes on every one. "a sugar cookie and a
// chocolate chip, not warmed, both of them" left the sugar cookie warm, answered alone
// (held-out round 44, first run); said before ("both not warmed") it is read right. A group
// the new lines take that differs between them, after such words, is no sure answer: a group
// one of whose choices the turn named (items may have defaults of their own).
import { type TurnResult, linesMade } from "./turn-draft.ts";
import { saysName, spokenNames, wordsOf } from "./name-forms.ts";

/** The turn ends with words that say "every one of them". */
const CLOSES_WITH_BOTH = /(?:^|\s)(?:both(?: of them| of those| of em)?|for both|on both|all of them|for all of them|on all of them|for all|each of them|for each)(?: please| thanks| thank you)?$/;

export function bothSaidAfter(d: TurnResult): string[] {
  if (d.utterance.lang === "ko") return [];
  const words = wordsOf(d.utterance.text);
  if (!CLOSES_WITH_BOTH.test(words.join(" "))) return [];
  const made = linesMade(d);
  if (made.length < 2) return [];
  const out: string[] = [];
  const named = (g: string) => (d.menu.groups.get(g)?.choices ?? []).some((c) => spokenNames(c, true).some((n) => saysName(words, n)));
  const groups = new Set(made.flatMap((l) => d.menu.itemGroups(l.item).map((g) => g.id)).filter(named));
  for (const g of groups) {
    const taking = made.filter((l) => d.menu.itemGroups(l.item).some((x) => x.id === g));
    if (taking.length < 2) continue;
    const values = new Set(taking.map((l) => JSON.stringify(l.options[g] ?? d.menu.groups.get(g)?.default ?? null)));
    if (values.size > 1) out.push(`${g} differs between the lines, though "both" closes the turn`);
  }
  return out;
}
