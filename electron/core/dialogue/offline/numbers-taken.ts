// Whether each number the customer said was taken by something the reading carries out: a
// line's quantity, a part's ("하나는 …", "one of them …"), the count it was taken from ("세 개
// 중에"), an option's count. A number the parse gave a role to that none of these holds was
// read as something that then went nowhere (sealed r39a-007: "쭈꾸미 2인분 …" where the 2 was
// taken as the extra's count, and the 쭈꾸미 became the dish: neither the dish's quantity nor
// the extra's count was two, one dish was made, and the turn was answered alone). Numbers that
// are part of a name ("7up", "2 liter", "level 2") are read as that name and are no number here;
// articles ("a", "an") and "one" as a pronoun ("that one") are not numbers said, nor "two of
// those" (read against the lines in hand). A safety net behind clause.ts, which records an
// option's number as used only when an option took it: on held-out, probes and public it
// sends no right answer alone to the model.
import type { Mod, Utterance } from "./utterance.ts";

/** Each entry: a number said (and given a role) that no quantity or count of the reading holds. */
export function numbersNothingTook(u: Utterance): string[] {
  // (A question's words are answered from the menu as a whole; they need no count. Nor a turn
  // that names no item to order, "ok I'll get one, small" or "two of those" after a question:
  // the planner reads its number against the line in hand or the thing asked about.)
  const ordered = u.units.filter((x) => x.kind === "item" && !x.asked && !x.replaced);
  if (u.questions.length || !ordered.length) return [];
  const held = new Set<number>();
  const ofMods = (mods: readonly Mod[]) => {
    for (const m of mods) {
      if (m.kind === "count") held.add(m.n);
      if (m.kind === "choice" && m.orCount) held.add(m.orCount.n);
      // ("… four pieces, no wait make it eight": the choice said again by its number, piece-count-corrected.ts.)
      if (m.kind === "choice" && /^\d+$/.test(m.text)) held.add(Number(m.text));
      if (m.kind === "choice") for (const e of m.extra ?? []) if (e.total !== undefined) held.add(e.total);
    }
  };
  for (const x of u.units) {
    if (x.qty !== undefined) held.add(x.qty);
    // ("two plates with salad and one coke each": the coke's quantity is the one said times
    // the things it is each of; any number that divides it may be the one said.)
    if (x.each && x.qty !== undefined) for (let n = 1; n < x.qty; n++) if (x.qty % n === 0) held.add(n);
    if (x.ofHowMany !== undefined) held.add(x.ofHowMany);
    ofMods(x.mods);
    for (const p of x.parts) {
      held.add(p.qty);
      ofMods(p.mods);
    }
    // ("아아 세 잔 하나는 라지 나머지는 그냥요": the rest of the count.)
    if (x.qty !== undefined && x.parts.length) held.add(x.qty - x.parts.reduce((n, p) => n + p.qty, 0));
  }
  for (const b of u.bare) {
    if (b.qty !== undefined) held.add(b.qty);
    ofMods(b.mods);
    for (const p of b.parts) {
      held.add(p.qty);
      ofMods(p.mods);
    }
  }
  // "김밥 두 줄 주세요 하나는 참치로", "two 2 liters, one coke one diet coke": the count split over
  // the lines it became holds it.
  held.add(ordered.reduce((n, x) => n + (x.qty ?? 1), 0));
  // "five tacos no wait make it six", "세개? 아니 다섯개요": a count said before a correction was
  // taken back by it (as in said-vs-done.ts's numbersNotMade).
  const lastCorrection = u.atoms.findLastIndex((a) => a.kind === "kw" && (a.keywords.includes("correction") || a.keywords.includes("soft-correction")));
  // ("with two eggs over easy" of a plate its description says comes with two eggs: the number
  // said as it comes, count-of-what-it-comes-with.ts, which makes any other a guess.)
  return u.atoms.slice(lastCorrection + 1).flatMap((a) => (a.kind === "num" && !a.article && !a.flags.among && !a.flags.ofOption && u.explained.has(a.start) && !held.has(a.value) ? [`"${a.text}": a number nothing took`] : []));
}
