// "a half dozen red velvet", "a dozen lemon", "six chocolate" at a shop whose gift box comes
// in a "Half-dozen box" (also called "half dozen", "six") and a "Dozen box": said right
// before an item that does not take that box size, the words are how many of the item (6,
// 12), not a choice the item cannot have. Read from the menu: the choice belongs to groups
// the item named next does not take, and the words are a number ("half a dozen" too, where
// the menu's "dozen" left "half a" outside the name).
import type { MenuRef } from "./lexicon.ts";
import { saidNumber } from "./number-choices.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

type Menu = Atom & { kind: "menu" };

const itemsOf = (a: Atom | undefined): string[] => (a?.kind === "menu" ? a.refs.flatMap((r: MenuRef) => (r.kind === "item" && !r.partial ? [r.item] : [])) : []);

/** English: a number said as another item's choice, right before an item that does not take it, counts that item. */
export function numberChoiceCountsTheItem(atoms: Atom[], ctx: ParseContext): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const next = atoms[i + 1];
    const items = itemsOf(next);
    const n = a.kind === "menu" ? saidNumber(a.text) : undefined;
    // (Only words the menu wrote as the choice's name: "2" the engine read off "2 piece" stays
    // as it was, since "2 pollock and chips" before it is still read as that size.)
    if (n === undefined || a.kind !== "menu" || !items.length || next!.tok0 !== a.tok1 + 1 || !a.refs.length || !a.refs.every((r) => r.kind === "choice" && !r.derived)) {
      out.push(a);
      continue;
    }
    const m = a as Menu;
    // The item named next takes none of these choices ("a dozen box" keeps its size).
    const takes = items.some((it) => m.refs.some((r) => r.kind === "choice" && ctx.menu.itemGroup(it, r.group)?.choices.some((c) => c.id === r.choice)));
    // A count said before it already counts the item ("two dozen", "3 six").
    const before = out[out.length - 1];
    if (takes || (before?.kind === "num" && !before.article && before.tok1 + 1 === m.tok0)) {
      out.push(a);
      continue;
    }
    // "a dozen", "half a dozen": the article (and "half") said before it are part of the number.
    let first: Atom = m;
    let value = n;
    if (before?.kind === "num" && before.article && before.tok1 + 1 === m.tok0) {
      const half = out[out.length - 2];
      const halfSaid = half?.kind === "unknown" && /^half$/i.test(half.text.trim()) && half.tok1 + 1 === before.tok0 && /^dozen$/i.test(m.text.trim());
      out.pop();
      first = before;
      if (halfSaid) {
        out.pop();
        first = half!;
        value = n / 2;
      }
    }
    out.push({ kind: "num", start: first.start, end: m.end, tok0: first.tok0, tok1: m.tok1, text: m.text, value, times: false, counted: false, article: false, flags: {} } as Atom);
  }
  return out;
}

/**
 * English: "make half of them gluten free" of the one line in hand, a dozen chocolate: half
 * is that many of them (six), said as "six of them" would be. With no one line in hand, or
 * an odd count, "half" is left a word the engine does not know.
 */
export function halfOfTheLine(atoms: Atom[], ctx: ParseContext): Atom[] {
  const lines = (ctx.focus ?? []).filter((f) => (f.qty ?? 1) > 1);
  const qty = lines.length === 1 ? lines[0]!.qty! : undefined;
  if (qty === undefined || qty % 2) return atoms;
  return atoms.map((a) => (a.kind === "unknown" && a.flags.among && /^half$/i.test(a.text.trim()) ? ({ ...a, kind: "num", value: qty / 2, times: false, counted: false, article: false, flags: { ...a.flags } } as Atom) : a));
}
