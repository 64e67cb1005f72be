// A read-back check: "one more naan on the side", "another coke", a count said with "more" (or
// "another") right before a word that names an item sold alone, and the turn made no more of it
// and raised no count on any line. Held-out r98a-020: "with naan. and add nalli, ginger and lemon.
// oh and one more naan on the side" to a nihari in hand set its side to naan and made no naan,
// answered alone. Whatever step swallowed it, more was asked for and none is there: a guess.
import type { Atom } from "./scan.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import { qtyOf } from "./said-vs-done.ts";
import type { TurnResult } from "./turn-draft.ts";

const saysMore = (a: Atom | undefined) => (a?.kind === "num" && !!(a.flags.more || a.flags.added)) || (a?.kind === "kw" && a.keywords.includes("more"));

/** A count on a line the turn touched went up. */
function countRaised(d: TurnResult): boolean {
  return d.state.lines.some((l) => {
    const was = d.before.lines.find((b) => b.id === l.id);
    if (!was) return false;
    return Object.entries(l.options).some(([g, v]) => typeof v === "number" && typeof was.options[g] === "number" && v > (was.options[g] as number));
  });
}

/** The items sold alone `a` names: among its readings, or by a whole name ("naan" read as a plate's side). */
function itemsNamed(d: TurnResult, a: Atom & { kind: "menu" }): string[] {
  const said = keyOf(a.text);
  const read = a.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : []));
  const whole = d.menu.menu.items.filter((it) => spokenNames(it).some((n) => keyOf(n) === said)).map((it) => it.id);
  return [...new Set([...read, ...whole])];
}

export function oneMoreMadeNothing(d: TurnResult): string[] {
  const u = d.utterance;
  const out: string[] = [];
  u.atoms.forEach((a, i) => {
    if (a.kind !== "menu" || a.partial || a.fuzzy || !saysMore(u.atoms[i - 1])) return;
    for (const item of itemsNamed(d, a)) {
      if (qtyOf(d.state, item) > qtyOf(d.before, item) || countRaised(d)) continue;
      out.push(`"${a.text}": more said, none made`);
    }
  });
  return out;
}
