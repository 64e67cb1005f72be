// "a domino and a reina" → "never mind I'll just do the reina": "never mind" (forget it,
// scratch that) takes back what was said before, and "just the X" after it, of lines in hand
// beside others, says what is kept; it is not a refusal of the X. Read as "actually" is, so
// keep-only.ts keeps the X and takes the rest away. ("never mind the domino" still refuses it.)
// So too "never mind, cabbage is fine" of a plate with no cabbage: what was refused before is
// wanted after all, the plate kept (it was taken away, and a cabbage ordered); and "never
// mind, ice is fine" of a horchata with "No ice": the group's word, its default again.
import { saidToBeFine } from "./keep-default.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

const TAKING_BACK = /^(?:never ?mind|forget (?:it|that)|scratch that|scrap that)$/i;

export function takenBackForJust(said: Atom[], ctx: ParseContext): Atom[] {
  const held = new Set((ctx.focus ?? []).map((f) => f.item));
  const atoms = said.map((a, i) => groupFineAgain(said, i, ctx) ?? a);
  return atoms.map((a, i) => {
    if (a.kind !== "kw" || !a.keywords.includes("cancel") || !TAKING_BACK.test(a.text)) return a;
    // Only words of no weight ("I'll do", "the", a comma) between it and the thing kept.
    let k = i + 1;
    while (atoms[k]?.kind === "sep" && (atoms[k] as Atom & { kind: "sep" }).why === "punct" || (atoms[k]?.kind === "kw" && (atoms[k] as Atom & { keywords: string[] }).keywords.every((w) => w === "filler" || w === "the"))) k++;
    const kept = atoms[k];
    // ("small jerk no cabbage" → "oh never mind, cabbage is fine": the refusal taken back, keep-default.ts.)
    // (An item or a choice: "ice is fine", a group's word, says no choice to take back.)
    if (kept?.kind === "menu" && held.size > 0 && kept.refs.some((r) => r.kind === "item" || r.kind === "choice") && saidToBeFine(atoms, k + 1)) return { ...a, keywords: ["soft-correction", "filler"] };
    if (kept?.kind !== "menu" || !kept.flags.only) return a;
    // (Of lines in hand, beside others: "a domino" then "never mind, just the reina" swaps, it keeps nothing.)
    const named = kept.refs.flatMap((r) => (r.kind === "item" ? [r.item] : []));
    if (!named.some((it) => held.has(it)) || ![...held].some((it) => !named.includes(it))) return a;
    return { ...a, keywords: ["soft-correction", "filler"] };
  });
}


/**
 * "ice is fine" where the one line in hand holds the group's removal ("No ice"): the word is the
 * group's default choice said again; undefined where it is anything else.
 */
function groupFineAgain(atoms: readonly Atom[], i: number, ctx: ParseContext): Atom | undefined {
  const a = atoms[i]!;
  if (a.kind !== "menu" || !a.refs.length || !a.refs.every((r) => r.kind === "group") || !saidToBeFine(atoms, i + 1)) return undefined;
  const lines = ctx.focus ?? [];
  if (lines.length !== 1) return undefined;
  const l = lines[0]!;
  const hits = a.refs.flatMap((r) => {
    const g = r.kind === "group" ? ctx.menu.itemGroup(l.item, r.group) : undefined;
    const now = g ? l.options?.[g.id] : undefined;
    const held = g?.select === "one" && typeof now === "string" ? g.choices.find((c) => c.id === now) : undefined;
    const removal = !!held && Object.values(held.name).some((n) => /^(?:no|without)\b/i.test(n.trim()));
    return g && removal && typeof g.default === "string" && g.default !== now ? [{ kind: "choice" as const, group: g.id, choice: g.default, name: true }] : [];
  });
  return hits.length === 1 ? ({ ...a, refs: hits } as Atom) : undefined;
}
