// "a domino and a reina" → "never mind I'll just do the reina": "never mind" (forget it,
// scratch that) takes back what was said before, and "just the X" after it, of lines in hand
// beside others, says what is kept; it is not a refusal of the X. Read as "actually" is, so
// keep-only.ts keeps the X and takes the rest away. ("never mind the domino" still refuses it.)
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

const TAKING_BACK = /^(?:never ?mind|forget (?:it|that)|scratch that|scrap that)$/i;

export function takenBackForJust(atoms: Atom[], ctx: ParseContext): Atom[] {
  const held = new Set((ctx.focus ?? []).map((f) => f.item));
  return atoms.map((a, i) => {
    if (a.kind !== "kw" || !a.keywords.includes("cancel") || !TAKING_BACK.test(a.text)) return a;
    // Only words of no weight ("I'll do", "the", a comma) between it and the thing kept.
    let k = i + 1;
    while (atoms[k]?.kind === "sep" && (atoms[k] as Atom & { kind: "sep" }).why === "punct" || (atoms[k]?.kind === "kw" && (atoms[k] as Atom & { keywords: string[] }).keywords.every((w) => w === "filler" || w === "the"))) k++;
    const kept = atoms[k];
    if (kept?.kind !== "menu" || !kept.flags.only) return a;
    // (Of lines in hand, beside others: "a domino" then "never mind, just the reina" swaps, it keeps nothing.)
    const named = kept.refs.flatMap((r) => (r.kind === "item" ? [r.item] : []));
    if (!named.some((it) => held.has(it)) || ![...held].some((it) => !named.includes(it))) return a;
    return { ...a, keywords: ["soft-correction", "filler"] };
  });
}
