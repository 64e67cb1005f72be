// A read-back check: a pick-one choice that no word named, where the words named another.
// Blind round 66: "보쌈 정식 2인분 된장찌개로 하고 마늘이랑 새우젓은 빼 주세요" of a set whose stew
// is 된장찌개 / 청국장 made the set with 청국장, answered alone (the refusal at the end reached
// the stew said with 로, and refusing one of two picked the other). Whatever step did it, a
// line whose pick-one group ends on a choice the turn never named, moved there in this turn,
// while the turn's words named another choice of that group, is the engine's guess: the words
// asked for something in that group and the cart shows something else. (Not the group's choice
// for none of it, which a refusal picks, nor its default, which a refusal of another goes back to.)
import type { CartLine } from "../../cart/cart.ts";
import { removalIndex } from "./refusal.ts";
import type { Atom } from "./scan.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";
import type { Mod } from "./utterance.ts";

/** Every "group/choice" the turn's words named, whatever the reading made of them. */
function choicesNamed(d: TurnResult): Set<string> {
  const u = d.utterance;
  const out = new Set<string>();
  const addPreset = (p: Record<string, unknown> | undefined) => {
    for (const [g, v] of Object.entries(p ?? {})) for (const c of Array.isArray(v) ? v : [v]) if (typeof c === "string") out.add(`${g}/${c}`);
  };
  for (const a of u.atoms as readonly Atom[]) {
    if (a.kind !== "menu") continue;
    for (const r of a.refs) {
      if (r.kind === "choice" && r.choice) out.add(`${r.group}/${r.choice}`);
      if (r.kind === "item") addPreset(r.preset);
    }
  }
  const mods: Mod[] = [...u.units.flatMap((x) => [...x.mods, ...x.parts.flatMap((p) => p.mods)]), ...u.bare.flatMap((b) => [...b.mods, ...b.parts.flatMap((p) => p.mods)])];
  for (const m of mods) if (m.kind === "choice") for (const c of m.cands) out.add(`${c.group}/${c.choice}`);
  for (const x of u.units) addPreset(x.preset);
  return out;
}

/** The groups the words moved by a step ("사이즈 업", "the bigger one"): no choice named there. */
function groupsStepped(d: TurnResult): Set<string> {
  const u = d.utterance;
  const mods: Mod[] = [...u.units.flatMap((x) => [...x.mods, ...x.parts.flatMap((p) => p.mods)]), ...u.bare.flatMap((b) => [...b.mods, ...b.parts.flatMap((p) => p.mods)])];
  return new Set(mods.flatMap((m) => (m.kind === "step" ? [m.group] : [])));
}

export function choiceMadeUnnamed(d: TurnResult): string[] {
  const reached = linesReached(d);
  if (!reached.length) return [];
  const named = choicesNamed(d);
  const stepped = groupsStepped(d);
  // (A thing refused whose group has a choice for none of it, "no whip", "설탕 빼고": that
  // choice is what the refusal picks.)
  const none = removalIndex(d.menu).none;
  const out: string[] = [];
  for (const l of reached) {
    const old = d.before.lines.find((x) => x.id === l.id);
    for (const g of d.menu.itemGroups(l.item)) {
      if (g.select !== "one" || stepped.has(g.id)) continue;
      const now = l.options[g.id];
      const was = old ? old.options[g.id] : g.default;
      // (Nor back to its default: "연유는 그냥 넣어 주세요" after 연유 빼고, a refusal taken back.)
      if (typeof now !== "string" || now === was || named.has(`${g.id}/${now}`) || none.get(g.id) === now || now === g.default) continue;
      const other = g.choices.filter((c) => c.id !== now && named.has(`${g.id}/${c.id}`));
      if (other.length) out.push(`${label(l)}: ${g.id} is ${now}, which no word named, where ${other.map((c) => c.id).join(", ")} was said`);
    }
  }
  return out;
}

const label = (l: CartLine) => `${l.item} (${l.id})`;
