// English "two shawarmas, one with zhug, one without": "without" with nothing after it, right
// after the count of a part, refuses what the part before was given "with". That part is
// made without those options (not "without" left with nothing to refuse, a guess).
import type { Atom } from "./scan.ts";
import type { Mod, Unit } from "./utterance.ts";

export function oneWithout(atoms: readonly Atom[], units: readonly Unit[]): void {
  atoms.forEach((a, i) => {
    if (a.kind !== "kw" || !/^without$/i.test(a.text.trim())) return;
    const count = atoms[i - 1];
    const next = atoms[i + 1];
    if (count?.kind !== "num" || count.article || (next && next.kind !== "sep" && next.kind !== "num")) return;
    for (const u of units) {
      const k = u.parts.findIndex((p) => p.qty === count.value && !p.mods.length);
      const given = u.parts.slice(0, Math.max(k, 0)).reverse().find((p) => p.mods.length);
      if (k < 0 || !given || !given.mods.every((m) => m.kind === "choice" && !m.neg && (m.at ?? Infinity) < a.start)) continue;
      // (Said of the "without": its place in the words is that word's.)
      u.parts[k]!.mods.push(...given.mods.flatMap((m): Mod[] => (m.kind === "choice" ? [{ ...m, neg: true, at: a.start }] : [])));
      return;
    }
  });
}
