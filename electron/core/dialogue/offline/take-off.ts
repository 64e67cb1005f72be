// English removals said around what they remove: "take the butter off", "take the onions
// out", and "take off both toppings" / "no to all the toppings" where "both"/"all" only
// counts the things of the group named after it (it reaches no other line); a count taken
// off ("take one off", "take a coke off", "one less") is a removal of that many.
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
        // ("take one off", "take a coke off": a count said between is how many go.)
        const counted = out.slice(i + 1, j).some((y) => y.kind === "num");
        // ("take that off", "take it off": the line just ordered, as "remove it" is.)
        const pointed = j === i + 2 && out[i + 1]!.kind === "kw" && /^(?:that|it|this)$/i.test(out[i + 1]!.text);
        if (j > i + 1 && (counted || pointed || out.slice(i + 1, j).some((y) => y.kind === "menu"))) {
          a.keywords = ["remove"];
          x.keywords = ["filler"];
        }
        return;
      }
      // ("take a coke off", "take the pad thai off": the item named between is what goes.)
      const countedItem = x.kind === "menu" && x.refs.some((r) => r.kind === "item");
      const between = (j === i + 1 && x.kind === "kw" && /^(?:that|it|this)$/i.test(x.text)) || (x.kind === "menu" && x.refs.every((r) => r.kind === "choice" || r.kind === "group")) || x.kind === "num" || countedItem || (x.kind === "kw" && x.keywords.every((k) => k === "the" || k === "filler")) || (x.kind === "sep" && x.why !== "punct") || (x.kind === "sep" && x.mark === ",");
      if (!between) return;
    }
  });
  return countLess(out);
}

/**
 * "one less", "one less coke": that many taken away, not the line set to that many. Read
 * as "remove one (coke)": the removal word goes before the count it takes away, as English
 * says it ("remove one cappuccino"), so that what it removes follows it.
 */
function countLess(atoms: Atom[]): Atom[] {
  const out = [...atoms];
  for (let i = 1; i < out.length; i++) {
    const a = out[i]!;
    const count = out[i - 1]!;
    if (a.kind !== "kw" || !/^less$/i.test(a.text.trim()) || count.kind !== "num" || count.article) continue;
    out[i - 1] = { ...a, keywords: ["remove"] };
    out[i] = count;
  }
  return out;
}
