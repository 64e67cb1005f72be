// A read-back check: the words cancel or take out an item by its name ("cancel the water",
// "remove the kunafa", "물 취소해 주세요", "콜라 하나 빼 주세요") and the cart after the turn holds
// more of it than before, or, where it was there, as much as before. Held-out round 90, first
// run: "cancel the water" after a water read "the" as a choice of a box ("the 4" less its
// number) and the cancel as refusing that choice, and made a second water. Whatever step read
// the words, a cancel never leaves more of the thing than before: a guess. It reads the words as
// said (the name right after the word in English, right before it in Korean, a count or "the"
// between), not a step's reading of them; takenOutStillThere (said-vs-done.ts) reads the units.
import type { Atom } from "./scan.ts";
import { qtyOf } from "./said-vs-done.ts";
import { thatAfterItsName } from "./name-then-that.ts";
import type { TurnResult } from "./turn-draft.ts";

const cancels = (a: Atom) => a.kind === "kw" && (a.keywords.includes("cancel") || a.keywords.includes("remove")) && !a.keywords.includes("cancel-all");
/** "the", "my" or a count between the word and the name ("cancel one water", "물 하나 취소"); not "on" ("no cilantro on my bao"). */
const between = (a: Atom | undefined) => a?.kind === "num" || (a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "the"));

/** The name the cancel word at `i` is said of: after it in English, before it in Korean. */
function nameCancelled(atoms: readonly Atom[], i: number, en: boolean): Extract<Atom, { kind: "menu" }> | undefined {
  const step = en ? 1 : -1;
  let j = i + step;
  // (In English also a choice said before its item, "cancel the iced latte".)
  const choiceOnly = (x: Atom | undefined) => en && x?.kind === "menu" && x.refs.length > 0 && x.refs.every((r) => r.kind === "choice");
  // (In Korean also 그거 pointing again at the name before it, "스팸마요 그거 취소하고", name-then-that.ts.)
  while (between(atoms[j]) || choiceOnly(atoms[j]) || (!en && thatAfterItsName(atoms, j))) j += step;
  const a = atoms[j];
  return a?.kind === "menu" && !a.partial ? a : undefined;
}

export function cancelledKept(d: TurnResult): string[] {
  const u = d.utterance;
  const en = u.lang === "en";
  const out: string[] = [];
  u.atoms.forEach((a, i) => {
    if (!cancels(a)) return;
    const name = nameCancelled(u.atoms, i, en);
    if (!name) return;
    const items = name.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : []));
    // (Named again apart from the cancel, "cancel the latte and get an iced latte", it may be ordered anew.)
    const again = (item: string) => u.atoms.some((x) => x !== name && x.kind === "menu" && x.refs.some((r) => r.kind === "item" && r.item === item));
    for (const item of items) {
      if (again(item)) continue;
      const before = qtyOf(d.before, item);
      const after = qtyOf(d.state, item);
      if (after > before) out.push(`"${name.text}" was cancelled, and more of it is in the cart`);
      // (As much as before, where the words name only items: a word that is also a choice may take the option off.)
      else if (before > 0 && after === before && name.refs.every((r) => r.kind === "item")) out.push(`"${name.text}" was cancelled, and is still in the cart`);
    }
  });
  return out;
}
