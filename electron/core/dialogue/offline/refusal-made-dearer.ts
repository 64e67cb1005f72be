// A read-back check: a refusal that left a line dearer. "육개장 하나 밥은 빼 주세요" of a soup whose
// rice is "공기밥 / 밥 곱빼기 / 밥 없이" ended on the double rice, answered alone (blind round 56:
// 곱빼기 read as a removal, 빼기): refusing a thing leaves the line without it, or as it comes,
// never with a dearer choice that no word of the turn asked for. Whatever step put it there, a
// pick-one group moved to a choice that costs more than the one before, in a turn that refused
// something and named no choice of that group, is the engine's guess.
import type { CartLine } from "../../cart/cart.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";
import type { Mod } from "./utterance.ts";

export function refusalMadeDearer(d: TurnResult): string[] {
  const u = d.utterance;
  const units = u.units.filter((x) => !x.asked);
  const bare = u.bare.filter((b) => !b.asked);
  const mods: Mod[] = [...units.flatMap((x) => [...x.mods, ...x.parts.flatMap((p) => p.mods)]), ...bare.flatMap((b) => [...b.mods, ...b.parts.flatMap((p) => p.mods)])];
  const refuses = units.some((x) => x.remove) || mods.some((m) => (m.kind === "choice" || m.kind === "group") && m.neg);
  if (!refuses) return [];
  // The groups the words chose in: a choice said (not refused), a step up or down, a name that sets it.
  const named = new Set([
    ...mods.flatMap((m) => (m.kind === "choice" && !m.neg ? m.cands.map((c) => c.group) : m.kind === "step" ? [m.group] : [])),
    ...units.flatMap((x) => Object.keys(x.preset ?? {})),
  ]);
  const out: string[] = [];
  for (const l of linesReached(d)) {
    const old = d.before.lines.find((x) => x.id === l.id);
    for (const eg of d.menu.itemGroups(l.item)) {
      if (eg.select !== "one" || named.has(eg.id)) continue;
      const was = old ? old.options[eg.id] : eg.default;
      const now = l.options[eg.id];
      if (typeof was !== "string" || typeof now !== "string" || was === now) continue;
      if (priceOf(eg.choices, now) > priceOf(eg.choices, was)) out.push(`${label(l)}: ${eg.id} went from ${was} to the dearer ${now} in a turn that refused something`);
    }
  }
  return out;
}

const priceOf = (choices: ReadonlyArray<{ id: string; price?: number }>, id: string) => choices.find((c) => c.id === id)?.price ?? 0;
const label = (l: CartLine) => `${l.item} (${l.id})`;
