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
      // (An add-on that starts at none: not the item's own pieces, "two dozen munchkins".)
      const group = d.menu.itemGroup(l.item, g);
      if (group?.select !== "count" || (typeof group.default === "number" && group.default > 0)) continue;
      const was = before ? before.options[g] : group.default;
      const raised = v - (typeof was === "number" ? was : 0);
      if (raised < 2) continue;
      said ??= numbersSaid(d);
      // (A number one off may say it too: "three scoops of gummy bears", three in all of which two
      // are extra; "아샷추 샷 하나 더", one more on the shot the name comes with.)
      if (said.has(-1) || [raised, v].some((n) => said!.has(n) || said!.has(n - 1) || said!.has(n + 1))) continue;
      out.push(`${l.item}'s ${g} raised by ${raised}, and no count said so`);
    }
  }
  return out;
}

/** Every number the words say, as numbers or inside menu words ("2 pieces"); -1 where a word doubles. */
function numbersSaid(d: TurnResult): Set<number> {
  const out = new Set<number>();
  const atoms = d.utterance.atoms;
  atoms.forEach((a, i) => {
    // (Not the count of an item, "one raclette", "라클렛 하나": what it counts is the orders.)
    const beside = d.utterance.lang === "en" ? atoms[i + 1] : atoms[i - 1];
    // ("아메리카노 두 샷 추가요": a number right before the option's own word counts that option.)
    const ofItem = beside?.kind === "menu" && beside.refs.some((r) => r.kind === "item") && !(a.kind === "num" && a.flags.countsOption);
    if (a.kind === "num" && !a.article && !ofItem) out.add(a.value);
    if (a.kind === "menu" && a.refs.some((r) => r.kind === "group" && r.times !== undefined)) out.add(-1);
  });
  for (const w of wordsOf(d.utterance.text)) {
    // (Numbers inside menu words, "2 extra", two or more.)
    const n = saidNumber(w);
    if (n !== undefined && n > 1) out.add(n);
    if (DOUBLING.test(w)) out.add(-1);
  }
  if (KO_TIMES.test(d.utterance.text)) out.add(-1);
  return out;
}
