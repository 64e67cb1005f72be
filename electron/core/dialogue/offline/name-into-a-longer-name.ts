// "a glass of red sangria" where the rioja is also "a glass of red" and the sangria is "Red
// sangria": the longest name first took "a glass of red" and left "sangria" a piece of a
// name. A name whose last words are the start of another item's name said whole after it
// is not what was said: the longer name is ("a glass of" then counts it). Only where
// nothing but a piece of a name (or nothing) was read in the rest of the longer name, and
// no item's name is left in the words before it.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { MenuRef } from "./lexicon.ts";
import type { PhraseCandidate } from "./atoms.ts";
import type { PhraseMatch, Stream } from "./phrase-index.ts";
import { alignedEnd, alignedStart } from "./phrase-choice.ts";

const fullItem = (r: MenuRef) => r.kind === "item" && !r.partial;
const onlyPieces = (c: PhraseCandidate) => !!c.menu?.length && c.menu.every((r) => (r.kind === "item" || r.kind === "category") && r.partial);

/** Each name chosen that runs into the start of a longer item name said whole, with that name. */
export function namesIntoLongerNames(s: Stream, menu: MenuModel, chosen: readonly PhraseCandidate[], covered: Int32Array, matches: readonly PhraseMatch<MenuRef>[]): Array<{ name: PhraseCandidate; longer: PhraseMatch<MenuRef> }> {
  const out: Array<{ name: PhraseCandidate; longer: PhraseMatch<MenuRef> }> = [];
  for (const c of chosen) {
    if (c.start < 0 || !c.menu?.length || !c.menu.some(fullItem) || c.menu.some((r) => r.kind === "item" && r.partial)) continue;
    const own = new Set(c.menu.flatMap((r) => (r.kind === "item" ? [r.item] : [])));
    const longer = matches.find(
      (m) => m.start > c.start && m.start < c.end && m.end > c.end && alignedStart(s, m.start) && alignedEnd(s, m.end) && m.payloads.some(fullItem) && !m.payloads.some((r) => r.kind === "item" && own.has(r.item)),
    );
    if (!longer) continue;
    // (Not where the longer name is also a choice of the item named, "a dozen pork red" of the
    // dozen whose flavour is the pork red: the name said then says which, dozen-flavour pork.)
    if (longer.payloads.some((r) => r.kind === "choice" && [...own].some((it) => menu.itemGroup(it, r.group)))) continue;
    // (The rest of the longer name was read as nothing, or a piece of a name: "sangria".)
    let restFree = true;
    for (let i = c.end; i < longer.end; i++) {
      const k = covered[i]!;
      if (k !== -1 && !onlyPieces(chosen[k]!)) restFree = false;
    }
    // (No item named whole in the words before it: "chicken caesar salad" keeps its chicken.)
    const before = matches.some((m) => m.start >= c.start && m.end <= longer.start && m.payloads.some(fullItem));
    if (restFree && !before) out.push({ name: c, longer });
  }
  return out;
}
