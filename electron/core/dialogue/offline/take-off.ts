// English removals said around what they remove: "take the butter off", "take the onions
// out", and "take off both toppings" / "no to all the toppings" where "both"/"all" only
// counts the things of the group named after it (it reaches no other line).
import type { Atom } from "./scan.ts";

/** Reads "take … off/out" as a removal and "both"/"all" right before a group's word as "the". */
export function removalsAround(atoms: Atom[]): Atom[] {
  const out = atoms.map((a) => (a.kind === "kw" ? { ...a, keywords: [...a.keywords] } : a));
  out.forEach((a, i) => {
    if (a.kind !== "kw" || !/[a-z]/i.test(a.text)) return;
    let k = i + 1;
    while (out[k]?.kind === "kw" && /^(?:the|of|of the)$/i.test(out[k]!.text)) k++;
    const next = out[k];
    // "take off both toppings", "remove all the sauces": the group's choices, not every line.
    if (/^(?:both|all)(?: the| of the)?$/i.test(a.text) && next?.kind === "menu" && next.refs.length > 0 && next.refs.every((r) => r.kind === "group")) {
      a.keywords = ["the"];
      return;
    }
    if (!/^take$/i.test(a.text)) return;
    // "take the butter and the corn off": only options (and "the", "and") between the two words.
    for (let j = i + 1; j < out.length; j++) {
      const x = out[j]!;
      if (x.kind === "kw" && /^(?:off|out)$/i.test(x.text)) {
        if (j > i + 1 && out.slice(i + 1, j).some((y) => y.kind === "menu")) {
          a.keywords = ["remove"];
          x.keywords = ["filler"];
        }
        return;
      }
      const between = (x.kind === "menu" && x.refs.every((r) => r.kind === "choice" || r.kind === "group")) || (x.kind === "kw" && x.keywords.every((k) => k === "the" || k === "filler")) || (x.kind === "sep" && x.why !== "punct") || (x.kind === "sep" && x.mark === ",");
      if (!between) return;
    }
  });
  return out;
}
