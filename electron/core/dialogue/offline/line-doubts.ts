// Line-level doubts: what the cart looks like after a turn, against what was said. Which
// words went with which of several lines of one item, a "both" that reached one line, and
// choices said that no line the turn made or changed holds — each makes the turn a guess
// (accounting.ts folds them into the one confidence rule).
import type { CartLine } from "../../cart/cart.ts";
import type { Keyword } from "./language.ts";
import { type TurnResult, linesReached, linesMade } from "./turn-draft.ts";
import type { Mod } from "./utterance.ts";
import { optionHas } from "./line-changes.ts";
import { notAsSaid } from "./read-back-checks.ts";
import { countNotAsSaid } from "./count-read-back.ts";
import { spokenDoubts } from "./spoken-doubts.ts";
import { placesNotMet } from "./places.ts";
import { ownsUpToASlip, saysAnd } from "./self-corrections.ts";
import { inPlaceOrBeside } from "./in-place-or-beside.ts";
import { itemNamed } from "./just-the-part.ts";
import { servingOfSeveral } from "./serving-of-several.ts";

/** What the cart after the turn says against the words: each entry makes the turn a guess. */
export function lineDoubts(d: TurnResult): string[] {
  return [...severalOfOneItem(d), ...bothNotMet(d), ...everythingNotMet(d), ...choicesNotDone(d), ...notAsSaid(d), ...countNotAsSaid(d), ...copiedAndAdded(d), ...spokenDoubts(d), ...insteadOrBeside(d), ...inPlaceOrBeside(d), ...placesNotMet(d), ...servingOfSeveral(d)];
}

/**
 * Every choice said for something ordered or changed must be on a line the turn made or
 * changed: a path of the planner that drops words ("two more cannolis" taking the parts said
 * after it) leaves the turn looking carried out when it was not.
 */
function choicesNotDone(d: TurnResult): string[] {
  const u = d.utterance;
  const reached = linesReached(d);
  const holds = (l: CartLine, c: { group: string; choice: string }) => optionHas(l.options[c.group], c.choice);
  // The last choice said for a group is the one that counts ("large, no wait, medium",
  // "우유는 오트로 바꿔": the first word names what is replaced).
  const lastPerGroup = (mods: readonly Mod[]) => {
    const seen = new Set<string>();
    const out: Array<Mod & { kind: "choice" }> = [];
    for (const m of [...mods].reverse()) {
      if (m.kind !== "choice" || m.neg || m.orCount || m.keep) continue;
      if (!m.cands.some((c) => seen.has(c.group))) out.push(m);
      for (const c of m.cands) seen.add(c.group);
    }
    return out;
  };
  // Words that undo other words ("no wait, medium", "and cancel the small"): what was said
  // before them is not meant to be done; the planner's own outcomes speak for those turns.
  if (UNDOING.some((k) => u.kws.has(k))) return [];
  const missing: string[] = [];
  for (const x of u.units) {
    if (x.kind !== "item" || x.asked || x.remove || x.replaced) continue;
    const lines = reached.filter((l) => l.item === x.item);
    if (!lines.length) continue; // not made at all (sold out, refused): other outcomes say so
    for (const m of lastPerGroup([...x.mods, ...x.parts.flatMap((p) => p.mods)])) if (!lines.some((l) => m.cands.some((c) => holds(l, c)))) missing.push(m.text);
  }
  for (const b of u.bare) {
    if (b.kws.has("remove") || b.kws.has("cancel")) continue; // "cancel the small": the words pick a line
    // ("make it just fries" of a currywurst's fries: the fries sold alone were made, just-the-part.ts.)
    // ("two sodas" read as the soda sold alone, not the set whose drink it is: set-part-said-alone.ts.)
    const madeAlone = (m: Mod) => reached.some((l) => d.created.includes(l.id) && ((b.only && l.item === itemNamed(d.menu, m.text)) || l.item === b.readAsItem));
    for (const m of lastPerGroup([...b.mods, ...b.parts.flatMap((p) => p.mods)])) if (!reached.some((l) => m.cands.some((c) => holds(l, c))) && !madeAlone(m)) missing.push(m.text);
  }
  return missing.map((t) => `"${t}" is on no line the turn made or changed`);
}


/**
 * "둘 다 샷 추가" / "both with room" that reached one line only (one of the two was ordered
 * a turn before and the words went to the newer one): "both" was not carried out as said.
 */
function bothNotMet(d: TurnResult): string[] {
  if (!d.utterance.orderKws.has("both")) return [];
  const reached = linesReached(d);
  return reached.reduce((n, l) => n + l.qty, 0) < 2 ? ['"both" reached one line'] : [];
}

/**
 * "turkey on ciabatta everything on it", "everything but onions on an italian", "all oat"
 * after three lattes: "everything" / "all" said of one line was read as nothing at all. (Not
 * "all of them" across lines, "no onions at all", "all to go", "all i want is".)
 */
function everythingNotMet(d: TurnResult): string[] {
  const u = d.utterance;
  if (u.lang !== "en") return [];
  const aside = (i: number) => {
    const before = u.atoms[i - 1];
    const after = u.atoms[i + 1];
    return before?.text.toLowerCase() === "at" || /^(i|we|you)\b/.test(after?.text.toLowerCase() ?? "") || (after?.kind === "menu" && after.refs.some((r) => r.kind === "order"));
  };
  const said = u.atoms.some((a, i) => a.kind === "kw" && a.keywords.includes("all") && /^(everything|all)$/.test(a.text.toLowerCase()) && !aside(i));
  if (!said) return [];
  const reached = linesReached(d);
  return reached.reduce((n, l) => n + l.qty, 0) === 1 ? ['"everything" was said of one line'] : [];
}

/**
 * Which words went with which of several lines of one item is where readings part ways
 * ("a large pepperoni and a medium sausage both on stuffed crust", "one with ham the other
 * with bacon", "뜨아는 취소" with an iced and a hot americano ordered): the turn is a guess
 * when it made or changed two or more lines of one item differently and some word reached
 * across lines (both, another, a refusal, a correction, "the … one"), or when it changed or
 * took away a line of an item the cart held in several different makings.
 */
function severalOfOneItem(d: TurnResult): string[] {
  const key = (l: CartLine) => JSON.stringify(Object.entries(l.options).sort());
  const differ = (ls: readonly CartLine[]) => new Set(ls.map(key)).size > 1;
  const out: string[] = [];
  const made = linesReached(d);
  const u = d.utterance;
  // Each line said with its own name and words ("아아 하나 뜨아 하나", "a large pepperoni and
  // a small cheese") is plain; words that reach across lines are where readings part.
  // ("짜장면 하나 주시고 곱빼기로 하나 더", "설탕 뺀 걸로 하나 더", "마늘 빼고 하나 더": a "더" or a refusal read as
  // another one made so, and said nowhere else, reaches no other line.)
  const readAsAnother = (k: Keyword) => READ_AS_ANOTHER.has(k) && u.units.some((x) => x.another?.has(k)) && !u.units.some((x) => !x.another && x.kws.has(k)) && !u.bare.some((b) => b.kws.has(k));
  // ("one with zhug, one without": a "without" that one-without.ts gave to its part alone reaches no other
  // line; nor does "one without marshmallows and one with", what it refuses said of that part alone.)
  const inAPart = (at: number | undefined) => at !== undefined && u.units.some((x) => x.parts.some((p) => p.mods.some((m) => m.at === at)));
  const ofPart = (k: Keyword) => k === "without" && u.atoms.every((a, i) => a.kind !== "kw" || !a.keywords.includes("without") || inAPart(a.start) || (u.atoms[i + 1]?.kind === "menu" && inAPart(u.atoms[i + 1]!.start) && !u.units.some((x) => x.mods.some((m) => m.at === u.atoms[i + 1]!.start))));
  // ("actually one horchata and one jamaica", the kinds of the one line re-said: the correction is that line's.)
  const restated = (k: Keyword) => (k === "soft-correction" || k === "correction") && u.units.length > 0 && u.units.every((x) => x.restates);
  const across = [...CROSS_LINE].some((k) => u.kws.has(k) && !readAsAnother(k) && !ofPart(k) && !restated(k)) || u.units.some((x) => x.the || x.each);
  for (const item of new Set(made.map((l) => l.item))) {
    if (across && differ(made.filter((l) => l.item === item)) && !everyLineAlike(d, item)) out.push(`several ${item} made differently`);
  }
  const after = new Map(d.state.lines.map((l) => [l.id, key(l) + l.qty]));
  const touched = d.before.lines.filter((l) => after.get(l.id) !== key(l) + l.qty);
  for (const item of new Set(touched.map((l) => l.item))) {
    if (differ(d.before.lines.filter((l) => l.item === item)) && !everyLineAlike(d, item)) out.push(`which of several ${item}`);
  }
  return out;
}

/**
 * "음료는 둘 다 따뜻한 라떼요" of two cake sets that differ in their cake: "both" (or "all"), and
 * no other word that reaches across lines, said in a turn that made nothing and changed every
 * line of the item, each of which now holds every choice said: the readings do not part.
 */
function everyLineAlike(d: TurnResult, item: string): boolean {
  const u = d.utterance;
  if (!(u.kws.has("both") || u.kws.has("all")) || [...CROSS_LINE].some((k) => k !== "both" && k !== "all" && u.kws.has(k))) return false;
  if (d.created.length || u.units.length || !u.bare.length) return false;
  const lines = d.state.lines.filter((l) => l.item === item);
  if (lines.length < 2 || d.before.lines.filter((l) => l.item === item).some((l) => !d.modified.includes(l.id))) return false;
  const said = u.bare.flatMap((b) => [...b.mods, ...b.parts.flatMap((p) => p.mods)]);
  if (said.some((m) => m.kind !== "choice" && m.kind !== "group")) return false;
  return said.every((m) => m.kind !== "choice" || (!m.neg && lines.every((l) => m.cands.some((c) => optionHas(l.options[c.group], c.choice)))));
}

const UNDOING: readonly Keyword[] = ["correction", "soft-correction", "cancel", "remove", "instead"];
const READ_AS_ANOTHER: ReadonlySet<Keyword> = new Set(["more", "refuse", "without", "remove"]);
const CROSS_LINE: ReadonlySet<Keyword> = new Set(["both", "all", "same", "more", "pronoun", "correction", "soft-correction", "remove", "refuse", "without", "cancel", "change", "instead"]);

/**
 * "6 wings buffalo" → "and 6 more with bbq" that made bbq and buffalo: another one, made like
 * the one before, with a choice said beside choices of the same kind it copied — as well, or
 * instead? ("with sausage added", "instead of pecans", "too" say which.)
 */
function copiedAndAdded(d: TurnResult): string[] {
  const u = d.utterance;
  if (u.lang !== "en" || u.kws.has("add") || u.kws.has("instead") || /\b(added|adding|too|also|as well|both)\b/i.test(u.text)) return [];
  const said = u.bare.filter((b) => !b.asked && (b.kws.has("more") || b.kws.has("same"))).flatMap((b) => b.mods);
  const out: string[] = [];
  for (const l of d.state.lines.filter((x) => d.created.includes(x.id))) {
    for (const m of said) {
      if (m.kind !== "choice" || m.neg) continue;
      for (const c of m.cands) {
        const v = l.options[c.group];
        if (d.menu.itemGroup(l.item, c.group)?.select === "many" && Array.isArray(v) && v.includes(c.choice) && v.some((x) => !said.some((o) => o.kind === "choice" && o.cands.some((k) => k.group === c.group && k.choice === x)))) out.push(`"${m.text}": as well as what it copied, or instead?`);
      }
    }
  }
  return out;
}

/**
 * "a ribeye" → "actually a sirloin will do just as well": "actually" (or "sorry", "wait")
 * before another thing of the kind ordered last may put it in that one's place or beside it;
 * the turn put it beside. Which was meant is the customer's to say ("and", "also", "too",
 * "another" settle it).
 */
function insteadOrBeside(d: TurnResult): string[] {
  const u = d.utterance;
  // ("a coke" then "and a diet coke sorry": "and" adds, "sorry" takes back; which is open.)
  const slipWithAnd = ownsUpToASlip(u.text) && saysAnd(u.text);
  if (u.lang !== "en" || !(slipWithAnd || /^(?:actually|sorry|wait|oh|hmm)\b/i.test(u.text.trim())) || /\b(?:also|too|another|plus|more|add)\b/i.test(u.text) || (!slipWithAnd && /\band\b/i.test(u.text))) return [];
  const made = linesMade(d);
  const last = d.before.lines[d.before.lines.length - 1];
  if (made.length !== 1 || !last || (last.item === made[0]!.item && !slipWithAnd)) return [];
  if (d.menu.item(last.item)?.category !== d.menu.item(made[0]!.item)?.category) return [];
  const kept = d.before.lines.every((b) => d.state.lines.some((l) => l.id === b.id && l.qty === b.qty));
  // (Put in its place, self-corrections.ts, where it is another item: still the customer's to say.)
  // ("make it a boston cream", "no not the chai, a matcha": the words themselves said instead.)
  const saidInstead = (["change", "instead", "correction", "remove", "refuse"] as const).some((k) => u.kws.has(k));
  const inItsPlace = !saidInstead && last.item !== made[0]!.item && !d.state.lines.some((l) => l.id === last.id) && d.before.lines.slice(0, -1).every((b) => d.state.lines.some((l) => l.id === b.id && l.qty === b.qty));
  return kept || inItsPlace ? [`"${u.text}": in place of the ${last.item}, or beside it?`] : [];
}
