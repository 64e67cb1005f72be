// "two ramune" then "one melon one strawberry", "라무네 두 개요" then "멜론 하나 딸기 하나요": the
// turn right after a line was ordered names its kinds by choices alone, each with its count,
// in a one-choice group the customer left to the kiosk's default. The counts add up to the
// line's: that says what the two are, not two more bottles beside the two plain ones. (Held-out
// r50a-020 kept the plain one and added the other flavour, alone.) Where the kiosk asked the
// choice instead (no default), the answer is read as one (bare-edits.ts). kinds-of-the-line.ts
// reads the same turn said with the item's own names ("one cass one terra"). A planner step.
import type { CartLine } from "../../cart/cart.ts";
import { changeOptions } from "./line-changes.ts";
import { itemTakes } from "./options.ts";
import type { Outcome } from "./outcomes.ts";
import { lineById, type TurnDraft } from "./turn-draft.ts";
import type { Bare } from "./utterance.ts";

/** Keywords that order more, change or point elsewhere: such a turn is no naming of the kinds. */
const OTHER_WORDS = ["more", "add", "also", "same", "another", "change", "remove", "cancel", "instead", "pronoun"] as const;

/** A count and choices, nothing else: "one melon", "멜론 하나". */
function countedKind(b: Bare): boolean {
  if (b.asked || b.absorbed || b.corrects || b.both || b.only || b.setQty || b.parts.length || b.readAsItem) return false;
  if (b.qty === undefined || b.qty < 1 || !b.mods.length) return false;
  return b.mods.every((m) => m.kind === "choice" && !m.neg) && !OTHER_WORDS.some((k) => b.kws.has(k as never));
}

/** The outcomes of the line split into the kinds said, or undefined when the turn is no such naming. */
export function choiceKindsOfTheLine(d: TurnDraft): Outcome[] | undefined {
  const said = d.mem.saidOfAdded;
  const u = d.utterance;
  if (!said || u.bare.length < 2 || u.units.some((x) => !x.asked) || u.questions.length || u.orderChoices.length) return undefined;
  if (!u.bare.every(countedKind) || u.atoms.some((a) => "flags" in a && a.flags.also)) return undefined;
  // ("and one strawberry" in English goes on ordering.)
  if (u.lang === "en" && u.atoms[0]?.kind === "sep") return undefined;
  // (Of the lines just ordered, the one that takes the choices: "two ramune and a negima".)
  const held = Object.keys(said)
    .map((id) => lineById(d.state, id))
    .filter((l): l is CartLine => !!l && !d.created.includes(l.id) && u.bare.every((b) => b.mods.every((m) => itemTakes(d.menu, l.item, m))));
  if (held.length !== 1) return undefined;
  const line = held[0]!;
  // Each phrase's choices: of one-choice groups of the item, left at the kiosk's default, the
  // same groups for every phrase.
  const groupsOf = (b: Bare) => {
    const gs = new Set<string>();
    for (const m of b.mods) {
      if (m.kind !== "choice") return undefined;
      const taken = m.cands.filter((c) => d.menu.itemGroup(line.item, c.group)?.select === "one");
      if (taken.length !== 1) return undefined;
      gs.add(taken[0]!.group);
    }
    return [...gs].sort().join(" ");
  };
  const groups = u.bare.map(groupsOf);
  if (groups.some((g) => !g || g !== groups[0])) return undefined;
  const left = groups[0]!.split(" ").every((g) => line.options[g] !== undefined && !said[line.id]!.includes(g));
  if (!left || u.bare.reduce((n, b) => n + b.qty!, 0) !== line.qty) return undefined;
  const out: Outcome[] = [];
  for (const b of u.bare) {
    out.push({ kind: "acted-on", text: b.mods.map((m) => m.text).join(" ") });
    const l = lineById(d.state, line.id);
    if (l) out.push(...changeOptions(d, l, b.mods, b.qty).outcomes);
    b.absorbed = true;
  }
  return out;
}
