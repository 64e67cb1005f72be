// "a hot dog with ketchup mustard and relish" → "just ketchup", "a pound of shrimp with corn
// and sausage" → "just the corn", "no salad no sesame" → "just no salad": "just"/"only"/만
// with options and nothing else, a turn after the line was made, keeps those of its extras
// and takes the others off (the sixth English red team found 15 such turns answered alone
// with every extra left on). The line's extras are its choices of many-choice groups, its
// counted extras, and a one-choice group's choice over its "none" default ("Butter" over "No
// butter"); a size or a spice level is no extra. What is kept says which extras: additions
// ("just the egg") take off the other additions, a removal ("just no salad") the other
// removals. Said of options the line did not have ("just mustard" after ketchup), these
// instead of the others or beside them is a guess.
import type { CartLine } from "../../cart/cart.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import { changeOptions, restateCounts } from "./line-changes.ts";
import { isRemovalName, spokenNames } from "./name-forms.ts";
import type { Outcome } from "./outcomes.ts";
import { removalIndex } from "./refusal.ts";
import type { TurnDraft } from "./turn-draft.ts";
import type { Bare, Mod } from "./utterance.ts";

/** What "just <options>" did to the line, or undefined when the words are not that. */
export function onlyTheseOptions(d: TurnDraft, b: Bare, l: CartLine): Outcome[] | undefined {
  if (!b.only || b.qty !== undefined || b.parts.length || b.both || !b.mods.length || d.created.includes(l.id)) return undefined;
  if (["remove", "cancel", "add", "more", "same", "instead"].some((k) => b.kws.has(k as never))) return undefined;
  const kept = b.mods.map((m) => keptOption(d, l, m));
  if (kept.some((k) => !k)) return undefined;
  const keys = new Set(kept.map((k) => k!.key));
  const removal = kept[0]!.removal;
  if (kept.some((k) => k!.removal !== removal)) return undefined;
  const off: Record<string, OptionValue> = {};
  let offDefault = false;
  for (const g of d.menu.itemGroups(l.item)) {
    const now = l.options[g.id];
    if (g.select === "many" && Array.isArray(now)) {
      const left = now.filter((c) => keys.has(`${g.id}/${c}`) || isRemoval(d, g.id, c) !== removal);
      if (left.length === now.length) continue;
      off[g.id] = left;
      if (Array.isArray(g.default) && now.some((c) => !left.includes(c) && (g.default as string[]).includes(c))) offDefault = true;
    } else if (removal || keys.has(g.id)) continue;
    else if (g.select === "count" && typeof now === "number") {
      const base = typeof g.default === "number" ? g.default : g.min;
      if (now > base) off[g.id] = base;
    } else if (g.select === "one" && typeof g.default === "string" && now !== undefined && now !== g.default && removalIndex(d.menu).none.get(g.id) === g.default && !keys.has(`${g.id}/${now}`)) off[g.id] = g.default;
  }
  if (!Object.keys(off).length) return undefined;
  const said = restateCounts(d, l, b.mods, b.kws, true);
  const out: Outcome[] = [];
  // ("just mustard" after ketchup: mustard instead, or beside it?) (Taking off what the item
  // comes with is no extra taken off.)
  if (kept.some((k) => !k!.there) || offDefault) out.push({ kind: "which-unsettled", text: b.mods.map((m) => m.text).join(" ") });
  return [...out, ...said.doubts, ...changeOptions(d, l, said.mods, undefined, off).outcomes];
}

/** The option a mod keeps on the line: its group and choice, whether the line has it, whether it is a removal. */
function keptOption(d: TurnDraft, l: CartLine, m: Mod): { key: string; there: boolean; removal: boolean } | undefined {
  if (m.kind === "count") {
    const g = d.menu.itemGroup(l.item, m.group);
    const now = l.options[m.group];
    // ("just the corn" reads as that one of it: op "set" with no number, mods.ts.)
    if (g?.select !== "count" || m.op === "clear" || m.numbered) return undefined;
    return { key: m.group, there: typeof now === "number" && now > (typeof g.default === "number" ? g.default : g.min), removal: false };
  }
  if (m.kind !== "choice" || m.neg || m.to) return undefined;
  const hits = m.cands.filter((c) => d.menu.itemGroup(l.item, c.group)?.choices.some((x) => x.id === c.choice));
  const c = hits.find((x) => has(l.options[x.group], x.choice)) ?? hits[0];
  if (!c) return undefined;
  const g = d.menu.itemGroup(l.item, c.group)!;
  if (g.select === "count") return undefined;
  return { key: g.select === "one" ? c.group : `${c.group}/${c.choice}`, there: has(l.options[c.group], c.choice), removal: isRemoval(d, c.group, c.choice) };
}

const has = (v: OptionValue | undefined, choice: string) => (Array.isArray(v) ? v.includes(choice) : v === choice);

/** A choice that leaves something off ("No salad" in a "Hold" group, "No pickles"), as refusal.ts reads the menu. */
function isRemoval(d: TurnDraft, group: string, choice: string): boolean {
  const idx = removalIndex(d.menu);
  if (idx.adds.has(`${group}/${choice}`)) return false;
  if (idx.groups.has(group) || idx.none.get(group) === choice) return true;
  const c = d.menu.groups.get(group)?.choices?.find((x) => x.id === choice);
  return spokenNames(c).some(isRemovalName);
}
