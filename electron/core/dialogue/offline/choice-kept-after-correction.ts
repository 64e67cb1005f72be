// A read-back check: "build your own with gluten free, wait no, just regular chocolate chip": a
// choice, then a correction ("wait no", "no wait", "I mean", "아니"), then another choice for the
// same line, and the cart still holds the first. The correction took it back; where no step read
// the second as its replacement (held-out r112d-014 kept the gluten-free cookie and read
// "chocolate chip" as a topping), the line holds a choice the customer took back, answered alone.
// Whatever step read the words, a choice said right before a correction and still on the line
// the choice after it reached is a guess.
import type { Atom } from "./scan.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";

const isCorrection = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.includes("correction");
/** Little words between the choice and the correction: separators and fillers. */
const little = (a: Atom | undefined) => a?.kind === "sep" || (a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "filler"));
const choicesOf = (a: Atom | undefined) => (a?.kind === "menu" && !a.fuzzy && a.refs.length > 0 && a.refs.every((r) => r.kind === "choice") ? a.refs.flatMap((r) => (r.kind === "choice" && !r.refused ? [r] : [])) : []);
const has = (v: unknown, choice: string) => (Array.isArray(v) ? v.includes(choice) : v === choice);

export function choiceKeptAfterCorrection(d: TurnResult): string[] {
  const atoms = d.utterance.atoms;
  const reached = linesReached(d);
  if (!reached.length) return [];
  const out: string[] = [];
  atoms.forEach((a, i) => {
    // (Not a choice whose name ordered the line, "large pepperoni, no wait, medium": the size is taken back.)
    const taken = choicesOf(a).filter((r) => !r.name);
    if (!taken.length) return;
    let j = i + 1;
    while (little(atoms[j])) j++;
    if (!isCorrection(atoms[j])) return;
    // What is said after it, up to the next item's name: a choice of its own.
    const after: Atom[] = [];
    for (let k = j + 1; k < atoms.length; k++) {
      const x = atoms[k]!;
      if (x.kind === "menu" && x.refs.some((r) => r.kind === "item")) break;
      after.push(x);
    }
    const again = after.flatMap(choicesOf);
    if (!again.length || again.some((r) => taken.some((t) => t.group === r.group && t.choice === r.choice))) return;
    // (Not where what follows is of another group, one of whose choices was said earlier: "a large
    // thin crust pepperoni and sausage, no wait, make it pan" takes back the crust, not the sausage.)
    const earlier = atoms.slice(0, i).flatMap(choicesOf);
    if (again.every((r) => !taken.some((t) => t.group === r.group) && earlier.some((e) => e.group === r.group))) return;
    // The line holding both the first choice and one said after it kept what was taken back.
    const kept = reached.some((l) => taken.some((t) => has(l.options[t.group], t.choice)) && again.some((r) => has(l.options[r.group], r.choice)));
    if (kept) out.push(`"${a.text}" taken back by "${atoms[j]!.text}" is still on the line`);
  });
  return out;
}
