// "another shake but chocolate" after a vanilla shake, "and another dog but with ketchup"
// after a dog with mustard, "쉐이크 하나 더 근데 초코로": the item named again with a word
// that adds ("another", "one more", 하나 더) and a way of making it is a second line, made as
// the one before it is but with what is said — not the first one changed, and not a plain
// one. (Said with no item, "another one but chocolate", the same copy is bare-edits.ts'.)
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { CartLine } from "../../cart/cart.ts";
import { addItem, optionsCarriedOver, unitQty } from "./line-changes.ts";
import type { Outcome } from "./outcomes.ts";
import { itemTakes } from "./options.ts";
import { modGroups } from "./option-names.ts";
import { linesOf, recent, type TurnDraft } from "./turn-draft.ts";
import type { Mod, Unit } from "./utterance.ts";

/** "but" after the item: only what follows differs, the rest is as the one before. */
const BUT = /^(but|except|근데|그런데|다만)$/i;
/** Words that add to what the one before has ("but with ketchup too", "케첩도"). */
const TOO = /\b(too|also|as well|added|adding|on top)\b/i;

/** The atom naming the unit's item, and whether "another"/"additional" comes right before it (options between). */
function itemAtom(d: TurnDraft, u: Unit): { at: number; another: boolean } | undefined {
  const atoms = d.utterance.atoms;
  // (The same word may name the item twice, "a vanilla shake and another shake": the one
  // before the unit's own options, else the last.)
  const first = Math.min(...u.mods.map((m) => m.at ?? Infinity));
  let at = -1;
  atoms.forEach((a, i) => {
    if (a.kind === "menu" && a.text === u.text && (at < 0 || a.start < first)) at = i;
  });
  if (at < 0) return undefined;
  let j = at - 1;
  while (j >= 0 && atoms[j]!.kind === "menu" && (atoms[j] as { refs: Array<{ kind: string }> }).refs.every((r) => r.kind === "choice" || r.kind === "group")) j--;
  const before = atoms[j];
  return { at, another: before?.kind === "kw" && before.keywords.includes("more") && /^(another|additional)$/i.test(before.text.trim()) };
}

/** The new line's outcomes, or undefined where `u` is not another of a line of its item said with a difference. */
export function anotherOfTheLine(d: TurnDraft, u: Unit, lines: CartLine[]): Outcome[] | undefined {
  const item = u.item;
  if (!item || !lines.length || !u.kws.has("more") || u.parts.length || u.remove || u.the || u.topic || u.only || u.corrects || u.afterChange || u.asked || u.replaces || u.loc) return undefined;
  if (["change", "same", "instead", "remove", "cancel", "pronoun"].some((k) => u.kws.has(k as never))) return undefined;
  const named = itemAtom(d, u);
  // English "another <item>" or "one more <item>"; Korean "<item> 하나 더" (a count said with 더).
  if (!named || !(u.qtyExplicit || (d.utterance.lang === "en" && named.another))) return undefined;
  const ordered = recent(d, lines.map((l) => l.id));
  const latest = ordered[ordered.length - 1]!;
  const preset = u.preset ?? {};
  const same = (a: OptionValue | undefined, b: OptionValue | undefined) => JSON.stringify(Array.isArray(a) ? [...a].sort() : a) === JSON.stringify(Array.isArray(b) ? [...b].sort() : b);
  if (!u.mods.length && Object.entries(preset).every(([g, v]) => same(latest.options[g], v)) && !plainAfterItsKind(d, u, latest)) return undefined;

  const empty = (v: OptionValue) => (Array.isArray(v) ? v.length === 0 : v === 0);
  const carried: Record<string, OptionValue> = {};
  const unsettled: Outcome[] = [];
  const adds = addsToIt(d, u.kws, named.at + 1);
  // ("but", or words that add to what it has, "with ketchup too", "케첩 추가해서": a copy.)
  if (!saysBut(d, named.at + 1) && !adds) {
    // Without "but" ("another kids meal with popcorn shrimp", "쉐이크 하나 더 초코로") the item
    // is named with its own options, as any order is: made as the words make it. Said a turn
    // later of a line made otherwise in what the words leave alone (its size, its toppings),
    // whether the new one is made so too is a guess; in one breath each has its own words.
    const said = new Set([...u.mods.flatMap(modGroups), ...Object.keys(preset)]);
    const left = Object.entries(optionsCarriedOver(d, latest, item)).some(([g, v]) => !said.has(g) && !empty(v));
    if (left && !d.created.includes(latest.id)) unsettled.push({ kind: "which-unsettled", text: u.text });
  } else {
    // "but": only what follows differs; the rest is as the one before (a many-choice group
    // said anew takes the place of its choices: manyGroupsSaidAnew).
    const swapped = manyGroupsSaidAnew(d, latest, u.mods, adds);
    if (swapped.doubt) unsettled.push({ kind: "which-unsettled", text: u.text });
    const said = new Set(u.mods.flatMap((m) => (m.kind === "choice" && !m.neg ? m.cands.map((c) => c.group) : m.kind === "group" && !m.neg ? [m.group] : [])));
    for (const [g, v] of Object.entries(optionsCarriedOver(d, latest, item))) {
      if (g in preset || swapped.groups.has(g)) continue;
      // (A size, a flavour said anew is the new one's; a refusal takes from what is carried.)
      if (d.menu.itemGroup(item, g)?.select === "one" && said.has(g)) continue;
      carried[g] = v;
    }
    // Several lines of the item made differently: which one the new one is like is a guess.
    const made = (l: CartLine) => Object.keys(l.options).sort().map((g) => [g, Array.isArray(l.options[g]) ? [...(l.options[g] as string[])].sort() : l.options[g]]);
    if (ordered.some((l) => JSON.stringify(made(l)) !== JSON.stringify(made(latest)))) unsettled.push({ kind: "which-unsettled", text: u.text });
  }
  // (Read as another one made so: its "another" reaches no other line, line-doubts.ts.)
  u.another = new Set(u.kws);
  return [...unsettled.slice(0, 1), ...addItem(d, item, unitQty(u), { ...carried, ...preset }, u.mods, [])];
}

/**
 * "흑미밥 하나 공기밥 하나 더 주세요": the line just made in this breath by a name that makes it a
 * kind of the item (흑미밥, the rice's black kind), then the item's plain name with 더: one more
 * of the plain kind, a line of its own, not one more of the kind named before.
 */
function plainAfterItsKind(d: TurnDraft, u: Unit, latest: CartLine): boolean {
  if (Object.keys(u.preset ?? {}).length || !d.created.includes(latest.id)) return false;
  return d.utterance.units.some(
    (x) => x !== u && x.item === u.item && x.clause <= u.clause && x.text !== u.text && !x.asked && !x.remove &&
      Object.entries(x.preset ?? {}).some(([g, v]) => typeof v === "string" && latest.options[g] === v && d.menu.itemGroup(u.item!, g)?.select === "one" && d.menu.itemGroup(u.item!, g)?.default !== v),
  );
}

/** "but" said from atom `from` on ("another shake but chocolate", "하나 더 근데 초코로"). */
export function saysBut(d: TurnDraft, from = 0): boolean {
  return d.utterance.atoms.slice(from).some((a) => BUT.test(a.text.trim()));
}

/** Words that add to what the line has, from atom `from` on: "add", "too", "also", 도 ("케첩도"). */
export function addsToIt(d: TurnDraft, kws: ReadonlySet<string>, from = 0): boolean {
  const after = d.utterance.atoms.slice(from);
  return kws.has("add") || TOO.test(after.map((a) => a.text).join(" ")) || after.some((a) => (a.kind === "menu" && a.flags.also === true) || (a.kind === "kw" && a.keywords.includes("add")));
}

/**
 * "another dog but with ketchup" after one with mustard, "하나 더 근데 케첩으로": the
 * many-choice groups the words give a choice of, for a copy of `line` — the choices said
 * take the place of the line's own, most likely, though they may be one more topping
 * (a guess where the line had some). With `keep` ("with ketchup too") they add: no group is.
 */
export function manyGroupsSaidAnew(d: TurnDraft, line: CartLine, mods: readonly Mod[], keep: boolean): { groups: Set<string>; doubt: boolean } {
  const groups = new Set<string>();
  if (keep) return { groups, doubt: false };
  // ("but with strawberries instead of pecans": what goes is said, the rest stays.)
  const refused = new Set(mods.flatMap((m) => (m.kind === "choice" && m.neg ? m.cands.map((c) => c.group) : m.kind === "group" && m.neg ? [m.group] : [])));
  for (const m of mods) {
    if (m.kind !== "choice" || m.neg || m.orCount) continue;
    for (const c of m.cands) if (d.menu.itemGroup(line.item, c.group)?.select === "many" && !refused.has(c.group)) groups.add(c.group);
  }
  const had = (g: string) => {
    const v = line.options[g];
    return Array.isArray(v) && v.length > 0 && JSON.stringify(v) !== JSON.stringify(d.menu.itemGroup(line.item, g)?.default ?? []);
  };
  return { groups, doubt: [...groups].some(had) };
}

/**
 * "and another bowl but large" after a small coconut bowl, where "bowl" names a kind: another
 * of the line of that kind the words fit, made as it is (which one, of several items, a guess).
 */
export function anotherOfTheKind(d: TurnDraft, u: Unit, ordered: CartLine[]): Outcome[] | undefined {
  const fit = ordered.filter((l) => u.mods.every((m) => itemTakes(d.menu, l.item, m)));
  const target = fit[fit.length - 1];
  if (!target) return undefined;
  const asItem: Unit = { ...u, kind: "item", item: target.item };
  const another = anotherOfTheLine(d, asItem, linesOf(d, target.item));
  if (!another) return undefined;
  u.another = asItem.another;
  const several = fit.some((l) => l.item !== target.item);
  return [{ kind: "acted-on", text: u.text }, ...(several ? [{ kind: "which-unsettled" as const, text: u.text }] : []), ...another];
}
