// The ways a turn changes lines: add an item, remove (some of) a line, set a line's
// options or quantity, replace lines by another item. Each runs the cart's rules on the
// draft and returns what it did, or why it could not, as outcomes.
import type { OptionValue } from "../../../../shared/menu/schema.ts";
import type { CartLine, CartResult } from "../../cart/cart.ts";
import { optionsFor } from "./options.ts";
import { modGroups } from "./option-names.ts";
import type { Outcome } from "./outcomes.ts";
import { lineLabel } from "./phrases.ts";
import { apply, lineAdded, lineById, lineChanged, linesOf, recent, touch, type TurnDraft } from "./turn-draft.ts";
import { countsOnLinesInHand, partOfLine, removalsOnLinesInHand } from "./removal-named-item.ts";
import type { Keyword } from "./language.ts";
import type { Mod, Unit } from "./utterance.ts";

/** How many a unit orders: its own number, or the sum of its parts ("one iced, one hot"). */
export function unitQty(u: Unit): number {
  const partsQty = u.parts.reduce((s, p) => s + p.qty, 0);
  return Math.max(u.qty ?? (partsQty || 1), partsQty);
}

export function addItem(d: TurnDraft, item: string, qty: number, preset: Record<string, OptionValue>, mods: Mod[], parts: Unit["parts"]): Outcome[] {
  if (d.menu.item(item)?.soldOut) return [{ kind: "sold-out", item }];
  const oc = optionsFor(d.menu, item, {}, mods, preset);
  const out = notTaken(item, oc.ignored, oc.applied.length > 0);
  // ("extra cocktail" on a basket that comes with tartar: that dip, or one more cup of it?)
  for (const m of oc.unsure) out.push({ kind: "which-unsettled", text: m.text });
  let r = apply(d, { type: "add", item, qty, options: oc.changes });
  if (!r.ok && Object.keys(oc.changes).length && r.error.code === "invalid-choice") {
    // An option combination the cart refuses still leaves the item itself orderable.
    out.push({ kind: "options-dropped" });
    r = apply(d, { type: "add", item, qty, options: {} });
  }
  if (!r.ok || !r.lineId) return [...out, ...cartRefused(r)];
  out.push(lineAdded(d, r.lineId));
  d.saidGroups.set(r.lineId, new Set([...Object.keys(preset), ...oc.applied.flatMap(modGroups)]));
  for (const p of parts) out.push(...applyPart(d, r.lineId, p));
  return out;
}

/**
 * "cancel the boba" then "I'll take a coconut water instead": the item takes the place of the
 * line the last turn took away, so nothing more goes. ("make it an iced tea", "no, a tea
 * instead" then: that one, or the line in hand? More likely what went; a guess.)
 */
export function inPlaceOfWhatWent(d: TurnDraft, u: Unit): Outcome[] {
  const item = u.item!;
  const insteadOnly = !u.corrects && !u.afterChange && !u.kws.has("change");
  return [...(insteadOnly ? [] : [{ kind: "item-guessed" as const, item }]), ...addItem(d, item, unitQty(u), u.preset ?? {}, u.mods, u.parts)];
}

export function removeItem(d: TurnDraft, u: Unit): Outcome[] {
  let lines = linesOf(d, u.item!);
  const wanted = u.mods.filter((m) => m.kind === "choice" && !m.neg);
  if (wanted.length) {
    const fit = lines.filter((l) => wanted.every((m) => m.kind === "choice" && m.cands.some((c) => optionHas(l.options[c.group], c.choice))));
    if (fit.length) lines = fit;
  }
  // "뜨아는 취소할게요" with an 아아 and a 뜨아 ordered: a name that sets options ("뜨아" =
  // hot americano) names the lines made so.
  const preset = Object.entries(u.preset ?? {});
  if (preset.length) {
    const fit = lines.filter((l) => preset.every(([g, v]) => JSON.stringify(l.options[g]) === JSON.stringify(v)));
    if (fit.length) lines = fit;
  }
  if (!lines.length) {
    // "not the croissant" with an almond croissant ordered, where "croissant" is another
    // item's name: the one line whose name holds the word (part of a name: a guess).
    const said = d.lex.itemWords(u.item!).keys.filter((k) => k.length >= 2);
    const held = d.state.lines.filter((l) => d.lex.itemWords(l.item).keys.some((k) => said.some((w) => k !== w && k.includes(w))));
    if (held.length === 1) return [{ kind: "part-of-a-name", text: u.text }, ...removeFrom(d, held[0]!, u.qtyExplicit && u.qty !== undefined ? u.qty : held[0]!.qty)];
    // Several such lines: which one was meant is for the customer (or the model) to say.
    if (held.length > 1) return [{ kind: "which-unsettled", text: u.text }, { kind: "not-in-order", item: u.item! }];
    // "without the slaw" said after a sandwich that spells it "No slaw", with no slaw ordered:
    // that removal on the line in hand that has it (removal-named-item.ts). Several lines in
    // hand have it: all of them when "both"/"all" is said, else the latest, which a guess.
    const holders = removalsOnLinesInHand(d, u, [u.item!]);
    if (holders.length === 1) return changeOptions(d, holders[0]!.line, [holders[0]!.mod], partOfLine(u, holders[0]!.line)).outcomes;
    if (holders.length > 1) {
      const every = (["both", "all"] as const).some((k) => d.utterance.kws.has(k));
      const which: Outcome[] = every ? [] : [{ kind: "which-unsettled", text: u.text }];
      return [...which, ...(every ? holders : holders.slice(-1)).flatMap((h) => changeOptions(d, h.line, [h.mod], undefined).outcomes)];
    }
    // ("hold the ice cream" of a slice à la mode, the scoop also sold alone: the slice's scoops.)
    const counts = countsOnLinesInHand(d, u, [u.item!]);
    if (counts.length === 1) return changeOptions(d, counts[0]!.line, [counts[0]!.mod], undefined).outcomes;
    if (counts.length > 1) return [{ kind: "which-unsettled", text: u.text }, ...counts.slice(-1).flatMap((h) => changeOptions(d, h.line, [h.mod], undefined).outcomes)];
    return [{ kind: "not-in-order", item: u.item! }];
  }
  if (u.qtyExplicit && u.qty !== undefined) return removeFrom(d, lines[lines.length - 1]!, u.qty);
  // "take off a sprite" with two sprites ordered: "a" is one of them ("the sprites" is all).
  if (d.utterance.lang === "en" && !u.the && u.qty === 1) return removeFrom(d, lines[lines.length - 1]!, 1);
  return lines.flatMap((l) => removeFrom(d, l, l.qty));
}

export function removeFrom(d: TurnDraft, l: CartLine, qty: number): Outcome[] {
  const n = Math.min(qty, l.qty);
  const r = apply(d, { type: "remove", lineId: l.id, ...(n < l.qty ? { qty: n } : {}) });
  if (!r.ok) return cartRefused(r);
  if (lineById(d.state, l.id)) touch(d, l.id);
  return [{ kind: "line-removed", label: lineLabel(d.menu, { ...l, qty: n }, d.lang) }];
}

/** What setting options on a line did; `applied` when any option said applies to it. */
export interface OptionsChanged {
  applied: boolean;
  outcomes: Outcome[];
}

/**
 * "just one extra shot" a turn after "two extra shots": a counted option said again for a
 * line ordered before, with no word that adds ("more", "another", "add", 더), restates its
 * total. Without "just"/"only" (or "make it", a target: "make it three extra balls") either
 * reading may be meant: the total is set, unsure.
 */
export function restateCounts(d: TurnDraft, l: CartLine, mods: Mod[], kws: ReadonlySet<Keyword>, only: boolean): { mods: Mod[]; doubts: Outcome[] } {
  if (d.created.includes(l.id) || kws.has("more") || kws.has("add")) return { mods, doubts: [] };
  const doubts: Outcome[] = [];
  const out = mods.map((m) => {
    if (m.kind !== "count" || m.op !== "add") return m;
    const g = d.menu.itemGroup(l.item, m.group);
    const now = l.options[m.group];
    if (!g || typeof now !== "number" || now === (g.default ?? g.min)) return m;
    if (!only && !kws.has("change")) doubts.push({ kind: "count-unsettled", group: m.group });
    return { ...m, op: "set" as const };
  });
  return { mods: out, doubts };
}

/** Set options on a line (or on `qty` of it, split off). */
export function changeOptions(d: TurnDraft, l: CartLine, mods: Mod[], qty: number | undefined, preset?: Record<string, OptionValue>, preferGroup?: string): OptionsChanged {
  const before = d.created.includes(l.id) ? undefined : lineById(d.before, l.id)?.options;
  const oc = optionsFor(d.menu, l.item, l.options, mods, preset, preferGroup, before);
  const outcomes = notTaken(l.item, oc.ignored, oc.applied.length > 0);
  // ("보통으로 해 주세요" on a ramen made rich and large: the broth or the amount?)
  for (const m of oc.unsure) outcomes.push({ kind: "which-unsettled", text: m.text });
  if (!Object.keys(oc.changes).length) {
    if (oc.applied.length) touch(d, l.id);
    return { applied: oc.applied.length > 0, outcomes };
  }
  const r = apply(d, { type: "setOptions", lineId: l.id, options: oc.changes, ...(qty !== undefined && qty < l.qty ? { qty } : {}) });
  if (!r.ok) return { applied: false, outcomes: [...outcomes, ...cartRefused(r)] };
  outcomes.push(lineChanged(d, r.lineId ?? l.id, l.id));
  return { applied: true, outcomes };
}

export function setQty(d: TurnDraft, l: CartLine, qty: number): Outcome[] {
  if (qty === l.qty) {
    touch(d, l.id);
    return [{ kind: "line-kept", label: lineLabel(d.menu, l, d.lang) }];
  }
  const r = apply(d, { type: "setQty", lineId: l.id, qty });
  if (!r.ok) return cartRefused(r);
  return [lineChanged(d, l.id)];
}

/** Replace lines by a new item, keeping their quantity and the options the new item also has. */
export function replace(d: TurnDraft, old: CartLine[], u: Unit, replacedUnit: Unit | undefined): Outcome[] {
  const item = u.item!;
  if (d.menu.item(item)?.soldOut) return [{ kind: "sold-out", item }];
  const last = old[old.length - 1];
  const inherited = last ? optionsCarriedOver(d, last, item, u.mods) : {};
  const had = old.reduce((s, l) => s + l.qty, 0);
  // "swap one of the plain for a garlic" with two plain ordered: that many of the one line change
  // (also with the count said again of the new item, "쿠키 하나는 피스타치오 쿠키 하나로").
  const some = replacedUnit?.qtyExplicit && replacedUnit.qty !== undefined && (!u.qtyExplicit || u.qty === replacedUnit.qty) && old.length === 1 && replacedUnit.qty < had ? replacedUnit.qty : undefined;
  if (some !== undefined && last) return [...removeFrom(d, last, some), ...addItem(d, item, some, { ...inherited, ...(u.preset ?? {}) }, u.mods, u.parts)];
  const qty = u.qtyExplicit ? unitQty(u) : had || unitQty(u);
  // "make one of them a mocha": only that many of the last line change.
  const removed = !replacedUnit && u.qtyExplicit && last && qty < had ? removeFrom(d, last, Math.min(qty, last.qty)) : old.flatMap((l) => removeFrom(d, l, l.qty));
  return [...removed, ...addItem(d, item, qty, { ...inherited, ...(u.preset ?? {}) }, u.mods, u.parts)];
}

/** The options of a line another item takes the place of that the new item takes too (not its defaults). */
export function optionsCarriedOver(d: TurnDraft, last: CartLine, item: string, said: readonly Mod[] = []): Record<string, OptionValue> {
  const inherited: Record<string, OptionValue> = {};
  for (const g of d.menu.itemGroups(item)) {
    const v = last.options[g.id];
    if (v === undefined) continue;
    const lastGroup = d.menu.itemGroup(last.item, g.id);
    if (lastGroup && JSON.stringify(v) === JSON.stringify(lastGroup.default)) continue;
    if (g.select === "one" && !g.choices.some((c) => c.id === v)) continue;
    inherited[g.id] = v;
  }
  // "pick one adobo" → "make it a pick two with sisig": the one choice of a group the new item
  // holds several of, under a name grown from it ("entree" → "entrees"), is one of those.
  for (const g of d.menu.itemGroups(item).filter((x) => x.select === "many" && inherited[x.id] === undefined && !d.menu.itemGroup(last.item, x.id))) {
    const from = d.menu.itemGroups(last.item).find((x) => x.select === "one" && g.id.startsWith(x.id) && !d.menu.itemGroup(item, x.id));
    if (!from) continue;
    const v = last.options[from.id];
    // (Not past the group's most with the choices said: "make it a pick two with sisig and pancit" drops it, a guess.)
    const adds = said.filter((m) => m.kind === "choice" && !m.neg && m.cands.some((c) => c.group === g.id)).length;
    if (typeof v === "string" && g.choices.some((c) => c.id === v) && v !== from.default && (g.max === undefined || adds + 1 <= g.max)) inherited[g.id] = [v];
  }
  return inherited;
}

/** "빙수 말고 크로플로 할게요": the line of the kind named is replaced (which one, of several, a guess). */
export function replaceOfKind(d: TurnDraft, u: Unit, replaced: Unit): Outcome[] | undefined {
  if (replaced.kind !== "category" && replaced.kind !== "ambiguous") return undefined;
  const ids = replaced.kind === "ambiguous" ? replaced.candidates ?? [] : d.menu.menu.items.filter((i) => i.category === replaced.category).map((i) => i.id);
  const old = recent(d, d.state.lines.filter((l) => ids.includes(l.item)).map((l) => l.id));
  const last = old[old.length - 1];
  if (!last) return undefined;
  return [...(old.length > 1 ? [{ kind: "which-unsettled" as const, text: replaced.text }] : []), ...replace(d, [last], u, replaced)];
}

/** Options for part of a line ("one of them iced"): that many are split off and changed. */
export function applyPart(d: TurnDraft, lineId: string, p: { qty: number; mods: Mod[] }, preferGroup?: string): Outcome[] {
  const line = lineById(d.state, lineId);
  if (!line) return [];
  return changeOptions(d, line, p.mods, Math.min(p.qty, line.qty), undefined, preferGroup).outcomes;
}

export function cartRefused(r: CartResult): Outcome[] {
  return r.ok ? [] : [{ kind: "cart-refused", error: r.error }];
}

function notTaken(item: string, ignored: Mod[], anyApplied: boolean): Outcome[] {
  return ignored.length ? [{ kind: "options-not-taken", item, mods: ignored, anyApplied }] : [];
}

/** A line's value for a group holds the choice (one choice, or one of many). */
export function optionHas(v: OptionValue | undefined, choice: string): boolean {
  return Array.isArray(v) ? v.includes(choice) : v === choice;
}
