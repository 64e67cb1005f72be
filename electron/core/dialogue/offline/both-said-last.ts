// English "a sugar cookie and a chocolate chip, not warmed, both of them": options said in a
// clause of their own go to the thing just named (parse.ts); "both of them" said after them,
// in a clause with nothing else, says they were meant of every thing named — not of the
// chocolate chip alone, leaving the sugar cookie warmed as it comes.
import type { Atom } from "./scan.ts";
import type { Mod, Unit } from "./utterance.ts";

/** A clause of "both"/"both of them" only: the options said just before go to the other things named too. */
export function bothSaidLast(clause: readonly Atom[], units: readonly Unit[], merged: { unit: Unit; mods: Mod[] } | undefined): boolean {
  if (!merged) return false;
  const words = clause.filter((a) => a.kind !== "sep");
  const both = words.some((a) => a.kind === "kw" && a.keywords.includes("both"));
  if (!both || !words.every((a) => a.kind === "kw" && a.keywords.every((k) => k === "both" || k === "filler" || k === "pronoun"))) return false;
  const others = units.filter((u) => u !== merged.unit && u.kind === "item" && !u.replaced && !u.remove && !u.asked);
  if (!others.length || !merged.mods.every((m) => m.kind === "choice" && !m.neg)) return false;
  for (const u of others) u.mods.push(...merged.mods.map((m) => ({ ...m })));
  return true;
}
