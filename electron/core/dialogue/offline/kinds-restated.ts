// "two agua frescas" → "horchata" → "actually one horchata and one jamaica": after
// "actually"/"sorry", the kinds of the one line of that item said again, their counts adding
// up to the line's, say what the line is now (one of each), not two more drinks. Unlike the
// kinds said right after ordering (kinds-of-the-line.ts) the kind may have been said before:
// the correction word is what says the line is re-said. A step of the planner (planner.ts).
import type { CartLine } from "../../cart/cart.ts";
import { kindGroups, plainKind, presetOf } from "./kinds-of-the-line.ts";
import { changeOptions, unitQty } from "./line-changes.ts";
import type { Outcome } from "./outcomes.ts";
import { lineById, type TurnDraft } from "./turn-draft.ts";
import type { Unit } from "./utterance.ts";

/** Words that order more of it: "actually one more horchata and one jamaica" adds. */
const ADDS = ["more", "add", "also", "same", "another"] as const;

/**
 * The one line of the item the units name, re-said as the kinds they name, or undefined
 * when the turn is no such correction: it opens with a correction word; two or more units,
 * each counted, of that item, each named with choices of the same one-choice groups, at
 * least two kinds; their counts add up to the line's exactly; the line was talked about.
 */
export function kindsRestated(d: TurnDraft, units: Unit[]): Outcome[] | undefined {
  const u = d.utterance;
  if (units.length < 2 || u.bare.length || u.questions.length || ADDS.some((k) => u.orderKws.has(k as never))) return undefined;
  const first = u.atoms.find((a) => a.kind !== "sep" && !(a.kind === "kw" && a.keywords.every((w) => w === "filler")));
  if (first?.kind !== "kw" || !first.keywords.includes("soft-correction")) return undefined;
  const item = units[0]!.item;
  if (!item || !units.every((x) => plainKind(x) && x.item === item && x.qtyExplicit && presetOf(x))) return undefined;
  const groups = units.map((x) => kindGroups(d, item, x));
  const key = (gs: string[] | undefined) => (gs ? [...gs].sort().join("|") : "");
  if (!groups[0]?.length || groups.some((gs) => key(gs) !== key(groups[0]))) return undefined;
  const kinds = new Set(units.map((x) => JSON.stringify(presetOf(x))));
  if (kinds.size < 2) return undefined;
  const lines = d.state.lines.filter((l) => l.item === item);
  if (lines.length !== 1 || !d.mem.focus.includes(lines[0]!.id)) return undefined;
  const line: CartLine = lines[0]!;
  const counts = units.map(unitQty);
  if (counts.reduce((a, b) => a + b, 0) !== line.qty) return undefined;
  // (Each kind said with its own name: the correction reaches this line only, line-doubts.ts.)
  for (const x of units) x.restates = true;
  const out: Outcome[] = [];
  let rest = line.qty;
  units.forEach((x, i) => {
    out.push({ kind: "acted-on", text: x.text });
    const l = lineById(d.state, line.id);
    if (!l) return;
    out.push(...changeOptions(d, l, x.mods, Math.min(counts[i]!, rest), presetOf(x)).outcomes);
    rest -= counts[i]!;
  });
  return out;
}
