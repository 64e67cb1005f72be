// English "two shawarmas, one with zhug, one without": "without" with nothing after it, right
// after the count of a part, refuses what the part before was given "with". That part is
// made without those options (not "without" left with nothing to refuse, a guess).
// The other way round, "two hot chocolates with whipped cream, one without marshmallows and one
// with", "one with and one without marshmallows": a bare "with" gives its part what another part
// was made without. Left bare, the part got nothing and two alike were made, alone (held-out
// r119d-010). A bare word whose part finds nothing of the other sort to take ("one with whipped
// cream and one with") is a guess: with what?
import type { Atom } from "./scan.ts";
import type { Mod, Unit } from "./utterance.ts";

export function oneWithout(atoms: readonly Atom[], units: readonly Unit[]): string[] {
  const guesses: string[] = [];
  atoms.forEach((a, i) => {
    const word = a.kind === "kw" ? a.text.trim().toLowerCase() : "";
    if (word !== "without" && word !== "with") return;
    const count = atoms[i - 1];
    const next = atoms[i + 1];
    if (count?.kind !== "num" || count.article || (next && next.kind !== "sep" && next.kind !== "num")) return;
    // What the bare word takes: the options "with" (for "without"), or refused (for "with").
    const refusing = word === "without";
    const takes = (m: Mod) => m.kind === "choice" && m.neg !== refusing;
    let bare = false;
    for (const u of units) {
      const k = u.parts.findIndex((p) => p.qty === count.value && !p.mods.length);
      if (k < 0) continue;
      bare = true;
      // (A bare "without" looks back at the part before; a bare "with" at the other part, either side.)
      const others = refusing ? u.parts.slice(0, k).reverse() : u.parts.filter((_, j) => j !== k);
      const given = others.find((p) => p.mods.length);
      if (!given || !given.mods.every((m) => takes(m) && (!refusing || (m.at ?? Infinity) < a.start))) continue;
      // (Said of the bare word: its place in the words is that word's.)
      u.parts[k]!.mods.push(...given.mods.flatMap((m): Mod[] => (m.kind === "choice" ? [{ ...m, neg: !m.neg, at: a.start }] : [])));
      return;
    }
    if (bare) guesses.push(`"${count.text} ${word}" with nothing of the other part to take`);
  });
  return guesses;
}
