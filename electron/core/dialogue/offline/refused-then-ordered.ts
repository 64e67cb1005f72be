// A read-back check: a thing the words refuse ("without the raita", "no malta", "without mushrooms
// or sweet potato", "식혜 말고", "콜라 빼고"), by a name of an item sold alone, and more of that
// item in the cart after the turn than before. Held-out rounds 66–70: "veg biryani hot without the
// raita, and a side of salan" (a raita line beside the biryani's "No raita"), "the vegetable
// assortment without mushrooms or sweet potato" (a sweet potato tempura), "콜라 하나 사이다 하나 아
// 콜라 말고 사이다 두 개로" (the cola kept, two more). Whatever step read the words so, a refused thing
// is never ordered: a guess. It reads the words as said (the refusal and the names after it in
// English, before it in Korean, and those joined to them by or/and/a comma with no article or count
// of their own), not a step's reading of them.
import type { Atom } from "./scan.ts";
import { keyOf, spokenNames } from "./name-forms.ts";
import type { TurnResult } from "./turn-draft.ts";

/** A name said as a removal ("without mushrooms", "hold the onions"): it refuses the list after it too. */
const SAID_AS_REMOVAL = /^(?:no|without|hold(?:\s+the)?|skip(?:\s+the)?)\s/i;

const isRefusalWord = (a: Atom, en: boolean): boolean =>
  a.kind === "kw" && (en ? a.keywords.includes("without") || a.keywords.includes("refuse") : a.keywords.includes("remove") || a.keywords.includes("without") || (a.keywords.includes("instead") && /말고|말구/.test(a.text)));
const isLink = (a: Atom | undefined) => a?.kind === "kw" && a.keywords.length > 0 && a.keywords.every((k) => k === "the" || k === "filler" || k === "of");
const isJoin = (a: Atom | undefined) => !!a && ((a.kind === "sep" && (a.why === "conj" || (a.why === "punct" && a.mark === ","))) || (a.kind === "kw" && /^(?:or|nor)$/i.test(a.text.trim())));
const isName = (a: Atom | undefined): a is Extract<Atom, { kind: "menu" }> => a?.kind === "menu" && !a.partial;

/** The names a refusal at `i` covers. */
function refusedNames(atoms: readonly Atom[], i: number, en: boolean, self: boolean): Atom[] {
  const out: Atom[] = [];
  if (en) {
    let j = self ? i : i + 1;
    while (!self && isLink(atoms[j])) j++;
    if (!isName(atoms[j])) return out;
    out.push(atoms[j]!);
    // "… or sweet potato": joined with no article or count of its own ("and a side of salan" is an order).
    while (isJoin(atoms[j + 1]) && isName(atoms[j + 2])) {
      out.push(atoms[j + 2]!);
      j += 2;
    }
    return out;
  }
  let j = i - 1;
  while (j >= 0 && isLink(atoms[j])) j--;
  if (!isName(atoms[j])) return out;
  out.push(atoms[j]!);
  while (isJoin(atoms[j - 1]) && isName(atoms[j - 2])) {
    out.push(atoms[j - 2]!);
    j -= 2;
  }
  return out;
}

export function refusedThenOrdered(d: TurnResult): string[] {
  const u = d.utterance;
  const en = u.lang === "en";
  const qty = (lines: typeof d.state.lines, item: string) => lines.filter((l) => l.item === item).reduce((n, l) => n + l.qty, 0);
  const out: string[] = [];
  u.atoms.forEach((a, i) => {
    const self = en && a.kind === "menu" && SAID_AS_REMOVAL.test(a.text.trim());
    if (!self && !isRefusalWord(a, en)) return;
    for (const n of refusedNames(u.atoms, i, en, self)) {
      if (n.kind !== "menu") continue;
      // The items the words name whole: by an item's reference, or by the words being an item's name.
      const said = keyOf(n.text.replace(SAID_AS_REMOVAL, ""));
      const items = new Set(n.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : [])));
      for (const l of d.state.lines) if (!items.has(l.item) && spokenNames(d.menu.item(l.item)).some((x) => keyOf(x) === said)) items.add(l.item);
      for (const item of items) if (qty(d.state.lines, item) > qty(d.before.lines, item)) out.push(`"${n.text}" was refused, and more of it was ordered`);
    }
  });
  return out;
}
