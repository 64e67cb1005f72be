// A read-back check: a counted add-on ("Extra scrape", "치즈 추가") that the turn raised by two
// or more on a line, where no number the customer said is that many, nor a word that doubles.
// Held-out r66a-021: "raclette plate with an extra scrape of cheese" read "extra scrape" and
// "cheese" (also the count's own name, "extra cheese") as two scrapes, answered alone. Whatever
// step counted one thing twice, a count nobody said is no sure answer.
import type { CartLine } from "../../cart/cart.ts";
import { saidNumber } from "./number-choices.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";
import { wordsOf } from "./name-forms.ts";

/** Words that say more than one of a thing without a number. */
const DOUBLING = /^(?:double|triple|twice|thrice|doubled|더블|두배|곱빼기)/;
const KO_TIMES = /(?:두|세|네)\s?번|두\s?배/;

export function countRaisedUnsaid(d: TurnResult): string[] {
  const reached = linesReached(d);
  if (!reached.length) return [];
  let said: Set<number> | undefined;
  const out: string[] = [];
  for (const l of reached) {
    const before: CartLine | undefined = d.before.lines.find((x) => x.id === l.id);
    for (const [g, v] of Object.entries(l.options)) {
      if (typeof v !== "number") continue;
      const group = d.menu.groups.get(g);
      if (group?.select !== "count") continue;
      const was = before ? before.options[g] : group.default;
      const raised = v - (typeof was === "number" ? was : 0);
      if (raised < 2) continue;
      said ??= numbersSaid(d);
      if (said.has(raised) || said.has(v) || said.has(-1)) continue;
      out.push(`${l.item}'s ${g} raised by ${raised}, and no count said so`);
    }
  }
  return out;
}

/** Every number the words say, as numbers or inside menu words ("2 pieces"); -1 where a word doubles. */
function numbersSaid(d: TurnResult): Set<number> {
  const out = new Set<number>();
  for (const a of d.utterance.atoms) {
    if (a.kind === "num") out.add(a.value);
    if (a.kind === "menu" && a.refs.some((r) => r.kind === "group" && r.times !== undefined)) out.add(-1);
  }
  for (const w of wordsOf(d.utterance.text)) {
    const n = saidNumber(w);
    if (n !== undefined) out.add(n);
    if (DOUBLING.test(w)) out.add(-1);
  }
  if (KO_TIMES.test(d.utterance.text)) out.add(-1);
  return out;
}
