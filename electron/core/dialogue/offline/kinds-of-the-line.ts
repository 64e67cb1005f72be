// "소주 두 병이요" then "참이슬 하나 진로 하나요", "two beers" then "one cass one terra": the
// turn right after a line was ordered names its kinds with the item's own names that carry
// the choice (참이슬 = soju made chamisul). That says what the line is, not two more bottles —
// whether the kiosk asked the brand (no default) or filled in its default. A step of the
// planner (planner.ts), before items named are ordered.
import { missingGroups, resolveOptions, type CartLine } from "../../cart/cart.ts";
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import { changeOptions, setQty, unitQty } from "./line-changes.ts";
import type { Outcome } from "./outcomes.ts";
import { lineById, type TurnDraft } from "./turn-draft.ts";
import type { Unit } from "./utterance.ts";

/** Words that order more of it, not say what it is: "진로도 하나", "진로 하나 더", "추가", "another". */
const ADDS = ["more", "add", "also", "same", "another"] as const;

/**
 * The line the last turn ordered, given the kinds the units name, or undefined when the
 * turn is no such answer. Each unit is one of the line's item, named with choices of
 * one-choice groups the customer left to the kiosk (its default, or still to ask); their
 * counts add up to the line's (one unit with no count is all of it). Fewer than the line's
 * is read the same way, the rest left as it was, as a guess ("진로 하나요" after two soju:
 * one of them, or one more?); more than the line's adds, as an order.
 */
export function kindsOfTheLine(d: TurnDraft, units: Unit[]): Outcome[] | undefined {
  const said = d.mem.saidOfAdded;
  const u = d.utterance;
  if (!said || !units.length || u.bare.some((b) => b.mods.length || b.qty !== undefined || b.parts.length)) return undefined;
  if (u.questions.length || ADDS.some((k) => u.orderKws.has(k as never))) return undefined;
  if (u.atoms.some((a) => "flags" in a && a.flags.also)) return undefined;
  const item = units[0]!.item;
  if (!item || !units.every((x) => plainKind(x) && x.item === item)) return undefined;
  // ("and a terra" in English: "and" goes on ordering.)
  const first = u.atoms[0];
  if (u.lang === "en" && first?.kind === "sep") return undefined;
  const held = Object.keys(said)
    .map((id) => lineById(d.state, id))
    .filter((l): l is CartLine => !!l && l.item === item && !d.created.includes(l.id));
  if (held.length !== 1) return undefined;
  const line = held[0]!;
  const open = new Set(missingGroups(d.menu, line));
  const left = (g: string) => open.has(g) || !said[line.id]!.includes(g);
  const groups = units.map((x) => kindGroups(d, item, x));
  if (groups.some((gs) => gs === undefined || gs.some((g) => !left(g))) || !groups.some((gs) => gs!.length)) return undefined;
  // A kind is named by a name of the item that carries it (진로, 통추어탕); option words said
  // with the item ("짜장면 곱빼기로", "칼국수 얼큰으로 두 개") may as well order another, as
  // orderUnit reads them — here only beside such a name ("one decaf and one regular").
  if (!units.some((x) => presetOf(x))) return undefined;
  const counts = units.map((x) => (units.length === 1 && !x.qtyExplicit ? line.qty : unitQty(x)));
  const total = counts.reduce((a, b) => a + b, 0);
  // ("하나는 통추어탕으로요", "one of the coffees decaf": a part said as such is read where parts are.)
  if (total > line.qty || (total < line.qty && units.some((x) => x.topic))) return undefined;
  const out: Outcome[] = [];
  // (English "a coffee" then "a decaf": that one, or one more? Korean says "도" or "더" for one more.
  // Said with no article or count, "a barley" then "hot barley no sugar", it is the line re-said.)
  const oneKindEn = u.lang === "en" && units.length === 1 && units[0]!.qty !== undefined && groups[0]!.some((g) => !open.has(g));
  if (total < line.qty || oneKindEn) out.push({ kind: "which-unsettled", text: units.map((x) => x.text).join(" ") });
  // Each kind in turn takes its count off the line; a kind the line already is ("그냥 추어탕
  // 하나", "보통 두 개") changes nothing, so its part is what is left of the line.
  // ("one decaf and one regular": "regular" is the roast the other kind named, not the size also so called.)
  const named = [...new Set(units.flatMap((x) => Object.keys(x.preset ?? {})))];
  const prefer = named.length === 1 ? named[0] : undefined;
  let rest = line.qty;
  units.forEach((x, i) => {
    out.push({ kind: "acted-on", text: x.text });
    const l = lineById(d.state, line.id);
    if (!l) return;
    const qty = Math.min(counts[i]!, rest);
    const changed = changeOptions(d, l, x.mods, qty, presetOf(x), prefer);
    out.push(...changed.outcomes);
    rest -= counts[i]!;
  });
  // ("추어탕 하나" then "남원추어탕이요": the line already is that kind; said back as it is.)
  const kept = lineById(d.state, line.id);
  if (kept && !out.some((o) => o.kind === "line-changed")) out.push(...setQty(d, kept, kept.qty));
  return out;
}

/** An item named plainly, to be ordered: not taken off, replaced, asked about or corrected. */
export function plainKind(x: Unit): boolean {
  if (x.kind !== "item" || x.remove || x.replaced || x.replaces || x.asked || x.corrects || x.afterChange || x.the || x.each) return false;
  if (x.partial || x.fuzzy || x.parts.length || x.absorbed || x.sameAsLine || x.another || x.ofHowMany !== undefined) return false;
  return !ADDS.some((k) => x.kws.has(k as never));
}

/** The one-choice groups of the item a unit's name and words set; undefined if it says anything else. */
export function kindGroups(d: TurnDraft, item: string, x: Unit): string[] | undefined {
  const groups = new Set(Object.keys(x.preset ?? {}));
  for (const m of x.mods) {
    if (m.kind !== "choice" || m.neg) return undefined;
    const taken = m.cands.filter((c) => d.menu.itemGroup(item, c.group));
    if (!taken.length) return undefined;
    for (const c of taken) groups.add(c.group);
  }
  for (const g of groups) if (d.menu.itemGroup(item, g)?.select !== "one") return undefined;
  return [...groups];
}

export function presetOf(x: Unit): Record<string, OptionValue> | undefined {
  return x.preset && Object.keys(x.preset).length ? x.preset : undefined;
}

/**
 * What the next turn needs of the lines a turn added: for each, the option groups the
 * customer named (by the item's name, its words, or any word that left it otherwise than
 * its default); the rest were left to the kiosk.
 */
export function saidOfAdded(d: TurnDraft, added: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const id of added) {
    const l = lineById(d.state, id);
    if (!l) continue;
    const r = resolveOptions(d.menu, l.item, {}, {});
    const defaults = "options" in r ? r.options : {};
    const key = (v: unknown) => JSON.stringify(Array.isArray(v) ? [...v].sort() : v ?? null);
    const otherwise = Object.keys(l.options).filter((g) => key(l.options[g]) !== key(defaults[g]));
    out[id] = [...new Set([...(d.saidGroups.get(id) ?? []), ...otherwise])];
  }
  return out;
}
